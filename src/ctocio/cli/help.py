"""Help in the reader's language, and the one-command app a run builds its parser from."""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Mapping
from typing import Any

import typer

from ctocio.catalogue import EN, text
from ctocio.cli.shared import COMMAND_MODULES, app, command_name
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
    module = COMMAND_MODULES.get(name or "")
    if module is None:
        import ctocio.cli.app

        return ctocio.cli.app.app
    importlib.import_module(module)  # declares the command, and only its neighbours
    chosen = [info for info in app.registered_commands if command_name(info) == name]
    return app_with(chosen)


def app_with(commands: list[Any], *, completion: bool = False) -> typer.Typer:
    """The app holding only ``commands``, with Typer's completion options where asked for."""
    chosen = typer.Typer(
        name=app.info.name,
        help=app.info.help,
        epilog=app.info.epilog,
        add_completion=completion,
        pretty_exceptions_enable=False,
        context_settings=app.info.context_settings,
    )
    chosen.registered_callback = app.registered_callback
    chosen.registered_commands = commands
    return chosen


def language_flags(args: list[str]) -> list[tuple[int, int, str]]:
    """Each ``--lang X``, ``--lang=X``, ``-l X`` or ``-lX`` in ``args``: where, how many arguments, the value.

    Read before Typer parses anything, wherever the flag stands; nothing after ``--`` is a flag.
    """
    found = []
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg in ("--lang", "-l") and index + 1 < len(args):
            found.append((index, 2, args[index + 1]))
        elif arg.startswith("--lang="):
            found.append((index, 1, arg.removeprefix("--lang=")))
        elif arg.startswith("-l") and len(arg) > 2:
            found.append((index, 1, arg[2:]))
    return found


def early_language(args: list[str], environ: Mapping[str, str]) -> str:
    """The language of a run's messages before its arguments are parsed: ``en`` or ``hi``.

    ``--lang``/``-l`` wherever it stands (before the command or after it), else CTOCIO_LANG,
    else the locale. English where none of them names a language ctocio knows: a usage error
    must always be said, and ``both`` is for the data of JSON and YAML, not for messages.
    """
    flag: Lang | None = None
    for _, _, value in language_flags(args):
        if value.lower() in tuple(Lang):
            flag = Lang(value.lower())
    try:
        chosen = choose(flag, environ)
    except UsageError:
        return "en"
    return "hi" if chosen is Lang.HI else "en"


def help_language(args: list[str], environ: Mapping[str, str]) -> str:
    """The language --help speaks: :func:`early_language`, or English where stdout cannot show Devanagari."""
    lang = early_language(args, environ)
    return lang if lang == "en" or can_show("\u0905", sys.stdout) else "en"


def localise(command: Any, lang: str) -> None:
    """Put the words of ``lang`` on the commands Typer built: help texts, metavars, the usage line.

    Done before parsing, so that a usage error names an argument the way its help does.
    English needs nothing: the commands are declared in English.
    """
    if lang == "en":
        return
    metavar_keys = {value: key for key, value in EN.items() if key.startswith("metavar.")}
    for cmd in (command, *getattr(command, "commands", {}).values()):
        _localise_one(cmd, lang, metavar_keys)
    command.help = text("help.app", lang)
    command.epilog = text("help.epilog.app", lang)
    command.subcommand_metavar = text("frame.subcommand_metavar", lang)


def _localise_one(cmd: Any, lang: str, metavar_keys: dict[str, str]) -> None:
    if f"help.command.{cmd.name}" in EN:
        cmd.help = cmd.short_help = text(f"help.command.{cmd.name}", lang)
    if f"help.epilog.{cmd.name}" in EN:
        cmd.epilog = text(f"help.epilog.{cmd.name}", lang)
    cmd.options_metavar = text("frame.options_metavar", lang)
    for param in cmd.params:
        key = f"help.param.{param.name}"
        # A parameter a command describes its own way (ROLE of org, ROLE... of show) has its own text.
        param.help = text(f"{key}.{cmd.name}" if f"{key}.{cmd.name}" in EN else key, lang)
        if param.metavar in metavar_keys:
            param.metavar = text(metavar_keys[param.metavar], lang)
        type_key = f"type.{param.type.name}"
        if type_key in EN:
            # A copy: the type object may be Typer's one instance, shared by every command.
            param.type = copy.copy(param.type)
            param.type.name = text(type_key, lang)

    def format_usage(ctx: Any, formatter: Any) -> None:
        pieces = cmd.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=text("frame.usage", lang))

    own_help_option = cmd.get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = own_help_option(ctx)
        if option is not None:
            option.help = text("help.param.help", lang)
        return option

    cmd.format_usage = format_usage
    cmd.get_help_option = get_help_option


# The words of the help frame that Typer keeps as module constants, and their catalogue keys.
_FRAME = {
    "ARGUMENTS_PANEL_TITLE": "frame.arguments",
    "OPTIONS_PANEL_TITLE": "frame.options",
    "COMMANDS_PANEL_TITLE": "frame.commands",
    "DEFAULT_STRING": "frame.default",
    "REQUIRED_LONG_STRING": "frame.required",
}


def prepare_help(lang: str, environ: Mapping[str, str]) -> None:
    """Get Typer ready to draw help in ``lang``: the panel titles, and Hindi measured as the terminal does.

    Typer keeps the frame's words as constants of its module; they are set on every help run,
    English included, so that one run's Hindi never stays for the next run in the same process.
    """
    from typer import rich_utils

    for name, key in _FRAME.items():
        setattr(rich_utils, name, text(key, lang))
    if lang == "en":
        return
    from ctocio.render.cellwidth import install

    install(cell_width(environ))
