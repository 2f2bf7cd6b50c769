"""The command line: parse arguments, ask the knowledge base, hand the view to the renderer.

Errors of every kind end here, as one line on stderr and a documented exit code.
"""

import os
import shutil
import sys
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ctocio import __version__
from ctocio.catalogue import text
from ctocio.errors import CtocioError, NotFound, OutputError, UsageError
from ctocio.exitcodes import ExitCode
from ctocio.language import Lang, choose
from ctocio.render import OutputFormat

if TYPE_CHECKING:
    from ctocio.kb import KnowledgeBase
    from ctocio.view import View, Wording


class ColourMode(StrEnum):
    """The ``--color`` choices."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class _State:
    debug = False
    no_cache = False
    lang = "en"  # for messages; set as soon as a command knows its language


def _set_debug(value: bool) -> bool:
    if value:
        _State.debug = True
    return value


def _set_no_cache(value: bool) -> bool:
    if value:
        _State.no_cache = True
    return value


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ctocio {__version__}\n")
        raise typer.Exit()


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help=text("help.param.fmt"),
    ),
]
ColourOption = Annotated[
    ColourMode,
    typer.Option("--color", case_sensitive=False, help=text("help.param.color")),
]
KbOption = Annotated[
    list[str] | None,
    typer.Option("--kb", metavar="PATH", help=text("help.param.kb")),
]
NoBuiltinOption = Annotated[bool, typer.Option("--no-builtin", help=text("help.param.no_builtin"))]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        "-l",
        case_sensitive=False,
        help=text("help.param.lang"),
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", callback=_set_no_cache, is_eager=True, help=text("help.param.no_cache"))
]
OriginOption = Annotated[bool, typer.Option("--origin", help=text("help.param.origin"))]
DebugOption = Annotated[
    bool, typer.Option("--debug", callback=_set_debug, is_eager=True, help=text("help.param.debug"))
]

app = typer.Typer(
    name="ctocio",
    help=text("help.app"),
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help=text("help.param.version"))
    ] = False,
) -> None:
    """What a CTO does that a CIO does not: technology-leadership roles, compared."""


@app.command("list", help=text("help.command.list"))
def list_roles(
    origin: OriginOption = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    color: ColourOption = ColourMode.AUTO,
    kb: KbOption = None,
    no_builtin: NoBuiltinOption = False,
    no_cache: NoCacheOption = False,
    debug: DebugOption = False,
) -> None:
    """List every role: id, abbreviation, title and focus."""
    from ctocio.view import list_view

    chosen = _lang(lang)
    _emit(list_view(_load(kb, no_builtin), chosen, origin=origin), fmt, color, chosen)


@app.command(help=text("help.command.show"))
def show(
    roles: Annotated[list[str], typer.Argument(metavar="ROLE...", help=text("help.param.roles.show"))],
    origin: OriginOption = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    color: ColourOption = ColourMode.AUTO,
    kb: KbOption = None,
    no_builtin: NoBuiltinOption = False,
    no_cache: NoCacheOption = False,
    debug: DebugOption = False,
) -> None:
    """Show everything about one or more roles."""
    from ctocio.view import show_view

    chosen = _lang(lang)
    base = _load(kb, no_builtin)
    _emit(show_view(base, base.resolve_all(roles), chosen, origin=origin), fmt, color, chosen)


@app.command(help=text("help.command.compare"))
def compare(
    roles: Annotated[
        list[str] | None, typer.Argument(metavar="[ROLE...]", help=text("help.param.roles.compare"))
    ] = None,
    only_diff: Annotated[bool, typer.Option("--only-diff", help=text("help.param.only_diff"))] = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    color: ColourOption = ColourMode.AUTO,
    kb: KbOption = None,
    no_builtin: NoBuiltinOption = False,
    no_cache: NoCacheOption = False,
    debug: DebugOption = False,
) -> None:
    """Compare roles side by side, area by area."""
    from ctocio.query import compare as compare_roles
    from ctocio.view import compare_view

    chosen = _lang(lang)
    base = _load(kb, no_builtin)
    role_ids = base.resolve_all(roles or ["cto", "cio"], at_least=2)
    rows = compare_roles(base, role_ids, only_diff=only_diff)
    _emit(compare_view(base, role_ids, rows, chosen), fmt, color, chosen)


class ProblemFormat(StrEnum):
    """The ``--format`` choices of ``validate``."""

    PLAIN = "plain"
    JSON = "json"


@app.command(help=text("help.command.validate"))
def validate(
    paths: Annotated[list[str] | None, typer.Argument(metavar="[PATH...]", help=text("help.param.paths"))] = None,
    strict: Annotated[bool, typer.Option("--strict", help=text("help.param.strict"))] = False,
    fmt: Annotated[
        ProblemFormat, typer.Option("--format", "-f", case_sensitive=False, help=text("help.param.problem_format"))
    ] = ProblemFormat.PLAIN,
    lang: LangOption = None,
    no_builtin: NoBuiltinOption = False,
    debug: DebugOption = False,
) -> None:
    """Check knowledge-base files and report every problem."""
    from ctocio.kb import builtin_path, check, expand, once, source_files
    from ctocio.render.problems import render_problems

    wording = _lang(lang)
    if paths:
        # The files given, on top of the built-in file whose areas and sources they may use.
        given = [file for path in _paths(paths) for file in expand(path)]
        files = once(([] if no_builtin else [builtin_path()]) + given)
    else:
        files = source_files([], os.environ, builtin=not no_builtin)
    if not files:
        raise UsageError(key="error.no_files")
    result = check(files)
    if strict:
        result = result.strict()
    write_stdout(render_problems(result.problems, len(files), str(fmt), wording.ui, result.unlisted))
    if result.failed:
        raise typer.Exit(int(ExitCode.INVALID_KB))


@app.command(help=text("help.command.schema"))
def schema(debug: DebugOption = False) -> None:
    """Print the JSON Schema of a knowledge-base file."""
    import json

    from ctocio.validate import json_schema

    write_stdout(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


class SearchField(StrEnum):
    """The ``--field`` choices of ``search``."""

    TITLE = "title"
    ABBR = "abbr"
    ALIASES = "aliases"
    KEYWORDS = "keywords"
    FOCUS = "focus"
    SUMMARY = "summary"
    MANAGES = "manages"
    REPORTS_TO = "reports_to"
    DUTIES = "duties"
    VENDOR_RELATIONS = "vendor_relations"
    GOALS = "goals"


QueryArgument = Annotated[list[str], typer.Argument(metavar="TEXT...", help=text("help.param.query"))]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help=text("help.param.limit"))]
RoleFilterOption = Annotated[list[str] | None, typer.Option("--role", "-r", help=text("help.param.role"))]
FieldFilterOption = Annotated[
    list[SearchField] | None, typer.Option("--field", case_sensitive=False, help=text("help.param.field"))
]
AreaFilterOption = Annotated[list[str] | None, typer.Option("--area", help=text("help.param.area"))]


@app.command(help=text("help.command.search"))
def search(
    query: QueryArgument,
    limit: LimitOption = 5,
    role: RoleFilterOption = None,
    field: FieldFilterOption = None,
    area: AreaFilterOption = None,
    fmt: FormatOption = None,
    lang: LangOption = None,
    color: ColourOption = ColourMode.AUTO,
    kb: KbOption = None,
    no_builtin: NoBuiltinOption = False,
    no_cache: NoCacheOption = False,
    debug: DebugOption = False,
) -> None:
    """Which role owns this responsibility? Search every text of every role."""
    _search(query, limit, role, field, area, fmt, lang, color, kb, no_builtin)


# `who` is `search` under the name a question starts with: one function, two commands.
app.command("who", help=text("help.command.who"))(search)


def _search(
    query: list[str],
    limit: int,
    roles: list[str] | None,
    fields: list[SearchField] | None,
    areas: list[str] | None,
    fmt: OutputFormat | None,
    lang: Lang | None,
    color: ColourMode,
    paths: list[str] | None,
    no_builtin: bool,
) -> None:
    from ctocio.search import Filters, load_index, search_roles, suggestions
    from ctocio.view import search_view

    chosen = _lang(lang)
    base = _load(paths, no_builtin)
    # Area ids are lowercase; --area VENDORS means vendors.
    areas = [area.casefold() for area in areas or []]
    for area_id in areas:
        if area_id not in base.areas:
            import difflib

            close = difflib.get_close_matches(area_id, list(base.areas), n=1)
            if close:
                raise UsageError(key="error.unknown_area.suggest", area=area_id, suggestion=close[0])
            raise UsageError(key="error.unknown_area", area=area_id, known=", ".join(base.areas))
    filters = Filters(
        frozenset(base.resolve_all(roles)) if roles else None,
        frozenset(str(f) for f in fields) if fields else None,
        frozenset(areas) if areas else None,
    )
    text_query = " ".join(query)
    index = load_index(base, _cache_folder(), _debug)
    found = search_roles(index, text_query, filters, limit)
    if not found.words:
        raise UsageError(key="error.empty_query" if not text_query.strip() else "error.common_words", query=text_query)
    if not found.results:
        if found.confused:
            # The query names something a role is not (an RTI commissioner for the CIO): say so.
            role_id, position, phrase = found.confused[0]
            values = {**base.confusion(phrase, role_id, position), "key": "error.no_match.confused"}
            raise NotFound(**values, query=text_query)
        if search_roles(index, text_query).results:
            raise NotFound(key="error.no_match.filtered", query=text_query)
        close = suggestions(index, base, text_query)
        if close:
            raise NotFound(key="error.no_match.suggest", query=text_query, words="', '".join(close))
        raise NotFound(key="error.no_match", query=text_query)
    view = search_view(base, text_query, found.words, found.results, chosen, known=index.stems_of)
    _emit(view, fmt, color, chosen)


def _lang(flag: Lang | None) -> "Wording":
    from ctocio.view import Wording

    chosen = choose(flag, os.environ)
    _State.lang = "en" if chosen is Lang.BOTH else str(chosen)
    return Wording(str(chosen))


def _paths(given: list[str] | None) -> list[Path]:
    """Paths from the command line; an empty one would quietly mean the current folder."""
    if any(not path.strip() for path in given or []):
        raise UsageError(key="error.empty_path")
    return [Path(path) for path in given or []]


def _load(paths: list[str] | None, no_builtin: bool) -> "KnowledgeBase":
    from ctocio.kb import load, source_files

    files = source_files(_paths(paths), os.environ, builtin=not no_builtin)
    return load(files, cache_folder=_cache_folder(), log=_debug)


def _cache_folder() -> Path | None:
    """Where the compiled cache lives, or None when --no-cache or CTOCIO_NO_CACHE says not to."""
    if _State.no_cache or os.environ.get("CTOCIO_NO_CACHE", "") not in ("", "0"):
        return None
    from ctocio.cache import cache_dir

    return cache_dir(os.environ)


def _debug(message: str) -> None:
    if _State.debug:
        sys.stderr.write(f"ctocio: debug: {message}\n")


CELL_WIDTH_MODES = ("codepoint", "grapheme", "rich")


def _cell_width(environ: Mapping[str, str]) -> str:
    """CTOCIO_CELL_WIDTH: how the terminal measures text (see ctocio.render.cellwidth)."""
    mode = environ.get("CTOCIO_CELL_WIDTH", "").strip().lower() or "codepoint"
    if mode not in CELL_WIDTH_MODES:
        raise UsageError(key="error.cell_width", value=mode, allowed=", ".join(CELL_WIDTH_MODES))
    return mode


def _use_colour(mode: ColourMode, is_terminal: bool) -> bool:
    """--color beats NO_COLOR, which beats FORCE_COLOR, which beats "is it a terminal?"."""
    if mode is not ColourMode.AUTO:
        return mode is ColourMode.ALWAYS
    if os.environ.get("NO_COLOR"):
        return False
    # FORCE_COLOR=0 (or false) is how some tools spell "no"; only other values force colour.
    if os.environ.get("FORCE_COLOR", "").lower() not in ("", "0", "false"):
        return True
    return is_terminal


def _emit(view: "View", fmt: OutputFormat | None, colour: ColourMode, wording: "Wording") -> None:
    from ctocio.render import render

    if sys.stdout is None:
        raise OutputError(key="error.no_stdout")
    is_terminal = sys.stdout.isatty()
    chosen = fmt or (OutputFormat.TABLE if is_terminal else OutputFormat.PLAIN)
    if wording.lang == Lang.BOTH and chosen not in (OutputFormat.JSON, OutputFormat.YAML):
        raise UsageError(key="error.both_languages")
    width = shutil.get_terminal_size((80, 24)).columns
    # Only a table is measured in terminal cells, so only a table reads CTOCIO_CELL_WIDTH.
    cell_width = _cell_width(os.environ) if chosen is OutputFormat.TABLE else "codepoint"
    output = render(view, chosen, width=width, colour=_use_colour(colour, is_terminal), cell_width=cell_width)
    write_stdout(output)


def write_stdout(output: str) -> None:
    """Write all of ``output`` or nothing: encode first, so a failure leaves stdout untouched."""
    if sys.stdout is None:
        raise OutputError(key="error.no_stdout")
    encoding = sys.stdout.encoding or "utf-8"
    try:
        data = output.encode(encoding)
    except UnicodeEncodeError:
        # The message is English on purpose: a terminal that cannot show this output may not
        # show Hindi either.
        raise UsageError(key="error.encoding", encoding=encoding) from None
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone (`ctocio list | head -1`): that is its choice, not an error.
        _silence_stdout()
    except OSError as exc:
        raise OutputError(key="error.write", reason=exc.strerror or str(exc)) from None


def _pipe_closed() -> bool:
    """Whether stdout was a pipe that closed: Typer wraps it, Rich points it at /dev/null."""
    if type(sys.stdout).__name__ == "PacifyFlushWrapper":
        return True
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, ValueError, AttributeError):
        return False


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of a closed pipe stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    finally:
        os.close(devnull)


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0911 -- one return for each way a run ends
    """Run the CLI on ``argv`` and return the exit code instead of exiting."""
    args = sys.argv[1:] if argv is None else list(argv)
    _State.debug = False
    _State.no_cache = False
    _State.lang = "en"
    command = typer.main.get_command(_app_for(args))
    try:
        if not args or "--help" in args or "-h" in args:
            _prepare_help(command, _help_language(args))
        result = command.main(args=args or ["--help"], prog_name="ctocio", standalone_mode=False)
    except CtocioError as exc:
        lang = "en" if isinstance(exc, UsageError) and exc.key == "error.encoding" else _State.lang
        lines = exc.lines(lang)
        if not _can_show("\n".join(lines), sys.stderr):
            lines = exc.lines("en")  # a terminal that cannot show Hindi still gets a readable line
        _say(*lines)
        return int(exc.exit_code)
    except UnicodeEncodeError:
        # Help and other text Typer writes itself, to a terminal that cannot show it.
        _say(*UsageError(key="error.encoding", encoding=str(getattr(sys.stdout, "encoding", "?"))).lines("en"))
        return int(ExitCode.USAGE)
    except SystemExit as exc:
        # Typer, and Rich drawing its help, end a closed pipe under --help or --version with
        # exit code 1; like any other closed pipe, it is the reader's choice, not an error.
        if exc.code == 1 and _pipe_closed():
            _silence_stdout()
            return int(ExitCode.OK)
        return exc.code if isinstance(exc.code, int) else int(ExitCode.USAGE)
    except typer.Abort:
        _say("ctocio: interrupted")
        return int(ExitCode.INTERRUPTED)
    except typer.TyperException as exc:
        # Typer's own usage errors: one line instead of its usage block.
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        context = getattr(exc, "ctx", None)
        hint = f" (see '{context.command_path} --help')" if context is not None else ""
        _say(f"ctocio: error: {message}{hint}")
        return int(ExitCode.USAGE)
    except Exception as exc:
        if _State.debug:
            raise
        _say(f"ctocio: internal error: {exc!r}; run again with --debug for the traceback")
        return int(ExitCode.INTERNAL)
    if result == ExitCode.INTERRUPTED:
        # Typer turns Ctrl-C into exit code 130 without a word; say what happened.
        _say("ctocio: interrupted")
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


MAX_MESSAGE = 300
"""Longest a message line gets: an argument of 100,000 characters is not echoed whole."""


def _printable(line: str) -> str:
    """A message line made safe to print: control characters spelled out, length bounded.

    Messages quote what the user typed; a newline in it must not make two lines, nor an escape
    sequence reach the terminal.
    """
    import unicodedata

    safe = "".join(repr(ch)[1:-1] if unicodedata.category(ch) == "Cc" else ch for ch in line[: MAX_MESSAGE * 2])
    return safe if len(safe) <= MAX_MESSAGE else safe[: MAX_MESSAGE - 1] + "…"


def _can_show(text: str, stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _say(*lines: str) -> None:
    """Lines on stderr, each one line, in a form the terminal can show."""
    if sys.stderr is None:
        return
    for line in lines:
        clean = _printable(line)
        if not _can_show(clean, sys.stderr):
            clean = clean.encode("ascii", "backslashreplace").decode("ascii")
        sys.stderr.write(clean + "\n")


def _app_for(args: list[str]) -> typer.Typer:
    """The app with just the command ``args`` names, when it names one.

    Typer builds a command-line parser for every command of an app on every run; building the
    one that runs saves most of that. Top-level help and unknown commands get the whole app.
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


def _help_language(args: list[str]) -> str:
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
        chosen = choose(flag, os.environ)
    except UsageError:
        return "en"
    if chosen is not Lang.HI or not _can_show("\u0905", sys.stdout):
        return "en"
    return str(chosen)


def _prepare_help(command: Any, lang: str) -> None:
    """Put the catalogue's help texts for ``lang`` on the commands Typer built.

    Typer draws help with Rich, so Rich must also measure Hindi as the terminal does.
    """
    if lang == "en":
        return
    from ctocio.render.cellwidth import install

    install(_cell_width(os.environ))
    command.help = text("help.app", lang)
    for param in command.params:
        param.help = text(f"help.param.{param.name}", lang)
    for name, subcommand in command.commands.items():
        subcommand.help = subcommand.short_help = text(f"help.command.{name}", lang)
        for param in subcommand.params:
            key = f"help.param.{param.name}"
            param.help = text(f"{key}.{name}" if param.name == "roles" else key, lang)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
