"""Help in the reader's language, and the one-command app a run builds its parser from."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import typer

from ctocio.catalogue import text
from ctocio.cli.app import app
from ctocio.cli.terminal import can_show, cell_width
from ctocio.errors import UsageError
from ctocio.language import Lang, choose


def app_for(args: list[str]) -> typer.Typer:
    """The app with just the command ``args`` names, when it names one.

    Typer builds a command-line parser for every command of an app on every run; building the
    one that runs saves most of that: 0.43 ms instead of 2.31 ms (measured with the seven
    commands), against about 36 ms to import Typer, which the speed targets are ratios of.
    Top-level help and unknown commands get the whole app.
    """
    name = next((arg for arg in args if not arg.startswith("-")), None)
    chosen = [info for info in app.registered_commands if (info.name or _function_name(info)) == name]
    if name is None or len(chosen) != 1:
        return app
    lean = typer.Typer(
        name=app.info.name,
        help=app.info.help,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings=app.info.context_settings,
    )
    lean.registered_callback = app.registered_callback
    lean.registered_commands = chosen
    return lean


def _function_name(info: Any) -> str | None:
    return info.callback.__name__.replace("_", "-") if info.callback else None


def help_language(args: list[str], environ: Mapping[str, str]) -> str:
    """The language --help speaks, read before the arguments are parsed.

    English where the environment names no language ctocio knows, or where stdout cannot show
    Devanagari: help must always be there.
    """
    flag: Lang | None = None
    for index, arg in enumerate(args):
        value = None
        if arg in ("--lang", "-l") and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None and value.lower() in tuple(Lang):
            flag = Lang(value.lower())
    try:
        chosen = choose(flag, environ)
    except UsageError:
        return "en"
    if chosen is not Lang.HI or not can_show("\u0905", sys.stdout):
        return "en"
    return str(chosen)


def prepare_help(command: Any, lang: str, environ: Mapping[str, str]) -> None:
    """Put the catalogue's help texts for ``lang`` on the commands Typer built.

    Typer draws help with Rich, so Rich must also measure Hindi as the terminal does.
    """
    if lang == "en":
        return
    from ctocio.render.cellwidth import install

    install(cell_width(environ))
    command.help = text("help.app", lang)
    for param in command.params:
        param.help = text(f"help.param.{param.name}", lang)
    for name, subcommand in command.commands.items():
        subcommand.help = subcommand.short_help = text(f"help.command.{name}", lang)
        for param in subcommand.params:
            key = f"help.param.{param.name}"
            param.help = text(f"{key}.{name}" if param.name == "roles" else key, lang)
