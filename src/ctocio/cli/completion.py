"""Shell completion: Typer's own mechanism, built only for a run that asks for it.

An ordinary run builds the lean app of :func:`ctocio.cli.help.app_for`; a shell asking for
candidates (``_CTOCIO_COMPLETE`` set) or ``--install-completion`` / ``--show-completion`` gets
the whole app with Typer's completion options, so no command pays for them. Candidates come
from the knowledge base actually loaded (user files included), through the cache, as any run's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

# Typer reads the callbacks' annotations at run time to know what to pass them.
import typer

if TYPE_CHECKING:
    from ctocio.kb import KnowledgeBase

COMPLETE_VAR = "_CTOCIO_COMPLETE"
FLAGS = ("--install-completion", "--show-completion")


def wanted(args: list[str], environ: Mapping[str, str]) -> bool:
    """Whether this run is the shell asking for candidates, or for its completion script."""
    return COMPLETE_VAR in environ or any(arg.split("=", 1)[0] in FLAGS for arg in args)


def completing_app() -> typer.Typer:
    """The whole app, with Typer's completion options and shells made known to it.

    Typer passes each candidate's help through Rich to strip markup, which imports Rich's
    Markdown support: 44 ms of a 114 ms Tab. ctocio's help holds no markup, and a title from a
    shared file is never markup but may hold control characters: it is escaped as every text
    bound for a terminal is, instead.
    """
    import typer._completion_classes

    from ctocio.cli.app import app
    from ctocio.cli.help import app_with
    from ctocio.render.escape import visible

    typer._completion_classes._sanitize_help_text = visible
    return app_with(app.registered_commands, completion=True)


def _kb(ctx: typer.Context) -> KnowledgeBase:
    from ctocio.cli.environment import Environment

    env = ctx.obj if isinstance(ctx.obj, Environment) else Environment()
    return env.load(ctx.params.get("kb_paths"), bool(ctx.params.get("no_builtin")))


def roles(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids and abbreviations, English and Hindi, that begin with what is typed, each with its title."""
    from ctocio.names import normalise
    from ctocio.render.escape import visible

    kb = _kb(ctx)
    typed = incomplete.casefold()
    found: dict[str, str] = {}
    for role_id, role in kb.roles.items():
        abbrs = [abbr for abbr in (role.abbr.en, role.abbr.hi) if abbr and normalise(abbr) not in kb.shared]
        for name in (role_id, *abbrs):
            # A shell splits a candidate at its spaces: names with one are left to the id, as
            # are names with characters a terminal must not get raw; and a name two roles
            # share (CDO) is never offered, as it is never guessed.
            if " " not in name and visible(name) == name and name.casefold().startswith(typed):
                found.setdefault(name, role.title.en or role.title.hi)
    return list(found.items())


def areas(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Area ids that begin with what is typed, each with its English name."""
    kb = _kb(ctx)
    typed = incomplete.casefold()
    return [(area, name.en or name.hi) for area, name in kb.areas.items() if area.startswith(typed)]
