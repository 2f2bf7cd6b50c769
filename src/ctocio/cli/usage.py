"""What the argument parser says when a command line is wrong, in the reader's language.

Typer words its usage errors in English only. ctocio keeps each message as Typer words it, and
for a Hindi reader recognises it by a pattern and says it again from the catalogue. A message
no pattern knows keeps its English words inside the Hindi frame, so nothing is ever lost.
"""

from __future__ import annotations

import re
from typing import Any

from ctocio.catalogue import text
from ctocio.errors import UsageError

# (catalogue key, the pattern of Typer's English message). The English catalogue text, filled
# with the pattern's groups, gives back Typer's message exactly (a test checks each one), so a
# change of Typer's wording shows up as a failing test, not as a wrong translation.
_INVALID = r"Invalid value for (?P<param>.+?): "
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.DOTALL))
    for key, pattern in (
        ("parser.missing_argument", r"Missing argument '(?P<name>.+)'\."),
        ("parser.missing_command", r"Missing command\."),
        ("parser.no_such_option.possible", r"No such option: (?P<option>\S+) \(Possible options: (?P<possible>.+)\)"),
        ("parser.no_such_option", r"No such option: (?P<option>\S+)"),
        ("parser.no_such_command.suggest", r"No such command '(?P<name>.+)'\. Did you mean '(?P<suggestion>.+)'\?"),
        ("parser.no_such_command", r"No such command '(?P<name>.+)'\."),
        ("parser.not_one_of", _INVALID + r"'(?P<value>.*)' is not one of (?P<choices>.+)\."),
        ("parser.out_of_range", _INVALID + r"(?P<value>\S+) is not in the range (?P<range>.+)\."),
        ("parser.not_a_number", _INVALID + r"'(?P<value>.*)' is not a valid (?P<kind>.+?)\."),
        ("parser.invalid_value", _INVALID + r"(?P<message>.+)"),
        ("parser.extra_arguments", r"Got unexpected extra argument\(s\) \((?P<arguments>.+)\)"),
        ("parser.needs_value", r"Option '(?P<option>.+)' requires an argument\."),
        ("parser.takes_no_value", r"Option '(?P<option>.+)' does not take a value\."),
    )
)


class ParserError(UsageError):
    """A usage error found by the argument parser: Typer's message, and how to say it in Hindi."""

    def __init__(self, message: str, command: str | None) -> None:
        super().__init__(message)
        self.command = command
        self.pattern_key, self.groups = recognise(message)

    def lines(self, lang: str = "en") -> list[str]:
        """One line: the message, then where to look for help."""
        message = self.message
        if lang != "en" and self.pattern_key:
            message = text(self.pattern_key, lang, **self.groups)
        hint = f" {text('parser.hint', lang, command=self.command)}" if self.command else ""
        return [f"ctocio: {text('error', lang)}: {message}{hint}"]


def recognise(message: str) -> tuple[str, dict[str, str]]:
    """The catalogue key of Typer's ``message`` and the parts it names; ``("", {})`` if none fits."""
    for key, pattern in PATTERNS:
        found = pattern.fullmatch(message)
        if found:
            return key, found.groupdict()
    return "", {}


def parser_error(exc: Any) -> ParserError:
    """The :class:`ParserError` for one of Typer's usage exceptions."""
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    context = getattr(exc, "ctx", None)
    return ParserError(message, context.command_path if context is not None else None)
