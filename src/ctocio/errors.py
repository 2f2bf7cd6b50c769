"""The one exception family: each error knows its message and its exit code; and Damaged, for the cache."""

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ctocio.exitcodes import ExitCode


class CtocioError(Exception):
    """An error the user can act on; the CLI prints ``message`` and exits with ``exit_code``."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str = "", *, key: str = "", **values: str) -> None:
        """An error with a fixed ``message``, or a catalogue ``key`` filled with ``values``."""
        from ctocio.catalogue import text

        self.message = text(key, **values) if key else message
        self.key = key
        self.values = values
        super().__init__(self.message)

    def lines(self, lang: str = "en") -> list[str]:
        """What to print on stderr, one problem a line, in ``lang`` where the catalogue has it."""
        from ctocio.catalogue import text

        message = text(self.key, lang, **self.values) if self.key else self.message
        return [f"ctocio: {text('error', lang)}: {message}"]


class NotFound(CtocioError):
    """Nothing answers: an unknown role, or a search that matched nothing."""

    exit_code = ExitCode.NOT_FOUND


class RoleNotFound(NotFound):
    """A role name that matches no role."""


class AmbiguousName(NotFound):
    """A role name that several roles share: ctocio never guesses which is meant."""


class OutputError(CtocioError):
    """The output could not be written: a full disk, a closed stdout."""

    exit_code = ExitCode.OUTPUT


class UsageError(CtocioError):
    """Arguments that make no sense together, or output the terminal cannot show."""

    exit_code = ExitCode.USAGE


class Damaged(Exception):
    """A cache entry with a sound header and checksum whose contents are not what ctocio stores.

    Never shown as such: parts of an entry are unpacked only when used, so this can come late in
    a run; the command line then removes the entries the run read and runs the command again
    without them.
    """


class Problem(NamedTuple):
    """One thing wrong with a knowledge-base file, at a place a person can jump to."""

    file: str
    line: int
    column: int
    message: str
    severity: str = "error"  # or "warning"
    code: str = "invalid"  # a stable name for the kind of problem, for editors and CI

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """``problems`` by file, line and column, as they are printed; by message where two share a place."""
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.message))


MAX_SHOWN = 100
"""Problems printed at most; a file with 100,000 of them would bury the first in megabytes."""


def shown(problems: list[Problem]) -> tuple[list[Problem], int]:
    """The problems to print, sorted by file and place, and how many more there are."""
    in_order = ordered(problems)
    return in_order[:MAX_SHOWN], max(0, len(in_order) - MAX_SHOWN)


def more_line(more: int) -> str:
    """The line that stands for the problems not printed."""
    return f"... and {more} more problem{'s' if more != 1 else ''}"


class KnowledgeBaseError(CtocioError):
    """A knowledge base that cannot be read or does not validate: every problem found."""

    exit_code = ExitCode.INVALID_KB

    def __init__(self, problems: list[Problem], unlisted: Mapping[str, int] | None = None) -> None:
        self.problems = ordered(problems)
        self.unlisted: dict[str, int] = {severity: count for severity, count in (unlisted or {}).items() if count}
        """Problems counted, by severity, but never placed nor worded: they come after the first 100."""
        super().__init__("; ".join(str(p) for p in self.problems[:MAX_SHOWN]))

    def lines(self, lang: str = "en") -> list[str]:  # noqa: ARG002 -- see below
        # Problems in files stay in English until the validator's messages join the catalogue.
        first, more = shown(self.problems)
        more += sum(self.unlisted.values())
        return [str(p) for p in first] + ([more_line(more)] if more else [])
