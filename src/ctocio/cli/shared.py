"""What every command of the command line shares: the app, its options, and how they are declared.

The commands themselves live in :mod:`ctocio.cli.lookup` (list, show, compare, org),
:mod:`ctocio.cli.questions` (search, who) and :mod:`ctocio.cli.checking` (validate, schema),
each registering on :data:`app` when imported. A run imports only the module of the command it
runs (:func:`ctocio.cli.help.app_for`): declaring every command's options costs start-up time,
about 6M instructions of the 320M a ``show`` takes. :mod:`ctocio.cli.app` imports them all.
"""

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, NamedTuple

import typer

from ctocio import __version__
from ctocio.catalogue import text
from ctocio.cli.environment import Environment
from ctocio.cli.terminal import ColourMode, write_stdout
from ctocio.language import Lang
from ctocio.render import OutputFormat


def environment_of(context: typer.Context) -> Environment:
    """The settings of this run, which ``main()`` hands every command through Typer's context."""
    found = context.find_object(Environment)
    return found if found is not None else Environment()


def _set_debug(context: typer.Context, value: bool) -> bool:
    if value:
        environment_of(context).debug = True
    return value


def _set_no_cache(context: typer.Context, value: bool) -> bool:
    if value:
        environment_of(context).no_cache = True
    return value


def _print_version(value: bool) -> None:
    if value:
        write_stdout(f"ctocio {__version__}\n")
        raise typer.Exit()


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", case_sensitive=False, help=text("help.param.fmt")),
]
OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help=text("help.param.output")),
]
ColourOption = Annotated[
    ColourMode,
    typer.Option("--color", case_sensitive=False, help=text("help.param.color")),
]
KbPathsOption = Annotated[
    list[str] | None,
    typer.Option("--kb", metavar="PATH", help=text("help.param.kb_paths")),
]
NoBuiltinOption = Annotated[bool, typer.Option("--no-builtin", help=text("help.param.no_builtin"))]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", "-l", case_sensitive=False, help=text("help.param.lang")),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", callback=_set_no_cache, is_eager=True, help=text("help.param.no_cache"))
]
DebugOption = Annotated[
    bool, typer.Option("--debug", callback=_set_debug, is_eager=True, help=text("help.param.debug"))
]


class Shared(NamedTuple):
    """The options every role command takes, in the order --help lists them."""

    fmt: OutputFormat | None
    output: str | None
    lang: Lang | None
    color: ColourMode
    kb_paths: list[str] | None
    no_builtin: bool
    no_cache: bool
    debug: bool


_SHARED = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, annotation, default in (
        ("fmt", FormatOption, None),
        ("output", OutputOption, None),
        ("lang", LangOption, None),
        ("color", ColourOption, ColourMode.AUTO),
        ("kb_paths", KbPathsOption, None),
        ("no_builtin", NoBuiltinOption, False),
        ("no_cache", NoCacheOption, False),
        ("debug", DebugOption, False),
    )
]


def shared_options(command: Callable[..., int | None]) -> Callable[..., int | None]:
    """Declare the shared options once: Typer sees them after the command's own, as one ``shared``.

    Typer reads a command's options from its signature, so the wrapper shows Typer the
    command's own parameters followed by :data:`_SHARED`, and hands the command those eight as
    a :class:`Shared`.
    """
    own = [p for p in inspect.signature(command).parameters.values() if p.name != "shared"]

    @functools.wraps(command)
    def with_shared(**values: Any) -> int | None:
        shared = Shared(**{p.name: values.pop(p.name) for p in _SHARED})
        # A command's exit code, where it has one of its own (compare ROLE@SOURCE, as diff).
        return command(**values, shared=shared)

    parameters = [*own, *_SHARED]
    with_shared.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    with_shared.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_shared


app = typer.Typer(
    name="ctocio",
    help=text("help.app"),
    epilog=text("help.epilog.app"),
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _main(
    context: typer.Context,
    lang: LangOption = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help=text("help.param.version"))
    ] = False,
) -> None:
    """What a CTO does that a CIO does not: technology-leadership roles, compared."""
    # `ctocio --lang hi show cto`: the language for every command, unless the command names its own.
    environment_of(context).lang_flag = lang


COMMAND_MODULES = {
    "list": "ctocio.cli.lookup",
    "show": "ctocio.cli.lookup",
    "compare": "ctocio.cli.lookup",
    "org": "ctocio.cli.lookup",
    "validate": "ctocio.cli.checking",
    "schema": "ctocio.cli.checking",
    "search": "ctocio.cli.questions",
    "who": "ctocio.cli.questions",
}
"""The module that declares each command, in the order ``--help`` lists them."""


def command_name(info: Any) -> str | None:
    """The name a registered command is run by: its own, else its function's."""
    return info.name or (info.callback.__name__.replace("_", "-") if info.callback else None)
