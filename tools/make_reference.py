"""Write the command reference (docs/commands.md) and the man page (docs/ctocio.1) from the app.

Both are generated from the commands Typer builds, so they say what the code does:
tests/test_reference_docs.py fails when either is out of date. After changing a command:

    python tools/make_reference.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
COMMANDS_MD = ROOT / "docs" / "commands.md"
MAN_PAGE = ROOT / "docs" / "ctocio.1"


def _commands() -> tuple[Any, list[tuple[str, Any]]]:
    import typer

    from ctocio.cli.app import app

    group = typer.main.get_command(app)
    return group, list(group.commands.items())  # type: ignore[attr-defined]


def _choices(param: Any) -> str:
    choices = getattr(param.type, "choices", None)
    return "|".join(str(getattr(choice, "value", choice)) for choice in choices) if choices else ""


def _option_line(param: Any) -> str:
    """``--format, -f FORMAT``: how an option or argument is written on the command line."""
    if param.param_type_name == "argument":
        return param.metavar or param.name.upper()
    names = ", ".join(param.opts)
    if getattr(param, "is_flag", False):
        return names
    value = _choices(param) or (param.metavar or param.type.name.upper())
    return f"{names} {value}"


def _usage(name: str, command: Any) -> str:
    arguments = " ".join(_option_line(p) for p in command.params if p.param_type_name == "argument")
    return f"ctocio {name} [OPTIONS] {arguments}".rstrip()


def markdown() -> str:
    """The command reference as Markdown."""
    group, commands = _commands()
    lines = [
        "# ctocio commands",
        "",
        "Generated from the app by `python tools/make_reference.py`: do not edit by hand. The",
        "[reference](reference.md) explains what the commands do; this page lists their options.",
        "",
        "```text",
        "ctocio [--lang LANG] [--version] COMMAND ...",
        "```",
        "",
        *(f"- `{_option_line(p)}`: {p.help}" for p in group.params),
        "",
        group.epilog,
        "",
    ]
    for name, command in commands:
        lines += [f"## `ctocio {name}`", "", command.help, "", "```text", _usage(name, command), "```", ""]
        lines += [f"- `{_option_line(p)}`: {p.help}" for p in command.params]
        lines += ["", command.epilog, ""]
    return "\n".join(lines)


def _roff(text: str) -> str:
    """Text for roff: a backslash doubled, a hyphen that is a minus sign escaped, no line led by a dot."""
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + escaped if escaped.startswith((".", "'")) else escaped


def man_page() -> str:
    """The man page, ``ctocio.1``, in roff."""
    from ctocio import __version__
    from ctocio.exitcodes import ExitCode

    group, commands = _commands()
    lines = [
        f'.TH CTOCIO 1 "" "ctocio {__version__}" "User Commands"',
        ".SH NAME",
        "ctocio \\- technology\\-leadership roles (CTO, CIO and their team) compared, in English and Hindi",
        ".SH SYNOPSIS",
        ".B ctocio",
        "[\\-\\-lang \\fILANG\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]",
        ".SH DESCRIPTION",
        _roff(group.help.splitlines()[0]),
    ]
    for param in group.params:
        lines += [".TP", f"\\fB{_roff(_option_line(param))}\\fR", _roff(param.help)]
    lines.append(".SH COMMANDS")
    for name, command in commands:
        lines += [f".SS {_roff(_usage(name, command))}", _roff(command.help)]
        for param in command.params:
            lines += [".TP", f"\\fB{_roff(_option_line(param))}\\fR", _roff(param.help or "")]
        lines += [".PP", _roff(command.epilog)]
    lines.append(".SH EXIT STATUS")
    for code in ExitCode:
        lines += [".TP", f"\\fB{code.value}\\fR", _roff(code.name)]
    lines += [".SH EXAMPLES", _roff(group.epilog), ".SH SEE ALSO", "docs/reference.md in the ctocio sources.", ""]
    return "\n".join(lines)


def main() -> None:
    COMMANDS_MD.write_text(markdown(), encoding="utf-8")
    MAN_PAGE.write_text(man_page(), encoding="utf-8")
    print(f"wrote {COMMANDS_MD.relative_to(ROOT)} and {MAN_PAGE.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
