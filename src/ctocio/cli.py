"""The command line: parse arguments, ask the knowledge base, hand the view to the renderer.

Errors of every kind end here, as one line on stderr and a documented exit code.
"""

import io
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
    from ctocio.search import MAX_QUERY, Filters, load_index, search_roles, suggestions
    from ctocio.view import search_view

    chosen = _lang(lang)
    text_query = " ".join(query)
    if len(text_query) > MAX_QUERY:
        raise UsageError(key="error.query_too_long", length=f"{len(text_query):,}", limit=f"{MAX_QUERY:,}")
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
        if filters != Filters() and search_roles(index, text_query).results:
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
        _say(f"ctocio: debug: {message}")


CELL_WIDTH_MODES = ("codepoint", "grapheme", "rich")


def _cell_width(environ: Mapping[str, str]) -> str:
    """CTOCIO_CELL_WIDTH: how the terminal measures text (see ctocio.render.cellwidth)."""
    mode = environ.get("CTOCIO_CELL_WIDTH", "").strip().lower() or "codepoint"
    if mode not in CELL_WIDTH_MODES:
        raise UsageError(key="error.cell_width", value=mode, allowed=", ".join(CELL_WIDTH_MODES))
    return mode


def _use_colour(mode: ColourMode, is_terminal: bool) -> bool:
    """--color beats NO_COLOR, which beats FORCE_COLOR, which beats TERM=dumb, then "is it a terminal?"."""
    if mode is not ColourMode.AUTO:
        return mode is ColourMode.ALWAYS
    if os.environ.get("NO_COLOR"):
        return False
    # FORCE_COLOR=0 (or false) is how some tools spell "no"; only other values force colour.
    if os.environ.get("FORCE_COLOR", "").lower() not in ("", "0", "false"):
        return True
    # A dumb terminal (Emacs shell buffers, some CI logs) shows escape sequences as text.
    if os.environ.get("TERM", "").strip().lower() == "dumb":
        return False
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
    _write_bytes(sys.stdout, data)


def _write_bytes(stream: Any, data: bytes) -> None:
    """Write ``data`` to ``stream`` and flush it, turning every failure into an OutputError or silence."""
    if stream is None:
        raise OutputError(key="error.no_stdout")
    try:
        stream.flush()
        stream.buffer.write(data)
        stream.flush()
    except BrokenPipeError:
        # The reader has gone (`ctocio list | head -1`): that is its choice, not an error.
        _silence(stream)
    except OSError as exc:
        # What could not be written stays in the stream's buffer, and the interpreter would try
        # again at exit, with a second message and exit code 120.
        _silence(stream)
        raise OutputError(key="error.write", reason=exc.strerror or str(exc)) from None


def _silence(stream: Any) -> None:
    """Point ``stream``'s file descriptor at /dev/null, so the interpreter's last flush stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    finally:
        os.close(devnull)


class _Captured(io.TextIOWrapper):
    """Stdout while a command runs: everything written is kept, and written once at the end.

    Typer and Rich write help and the version themselves; kept here, their output meets a full
    disk, a closed stdout or a closed pipe in the same one place as a command's. It answers
    ``isatty`` and ``fileno`` for the real stdout, so tables, colour and help look the same.
    """

    def __init__(self, real: Any) -> None:
        self._kept = io.BytesIO()
        super().__init__(
            self._kept,
            encoding=getattr(real, "encoding", None) or "utf-8",
            errors=getattr(real, "errors", None) or "strict",
            write_through=True,
        )
        self._real = real

    def isatty(self) -> bool:
        try:
            return bool(self._real is not None and self._real.isatty())
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._real is None:
            raise io.UnsupportedOperation("fileno")
        return int(self._real.fileno())

    def kept(self) -> bytes:
        """Everything written so far."""
        self.flush()
        return self._kept.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit code instead of exiting."""
    args = sys.argv[1:] if argv is None else list(argv)
    _State.debug = False
    _State.no_cache = False
    _State.lang = "en"
    cache = sys.modules.get("ctocio.cache")  # imported only by runs that use the cache
    if cache is not None:
        cache.start()
    real = sys.stdout
    for last_try in (False, True):
        captured = _Captured(real)
        sys.stdout = captured
        try:
            code = _run(args, last_try=last_try)
        except _TryAgain:
            continue  # with the cache entries it read removed; what it wrote is dropped
        finally:
            sys.stdout = real
        break
    if code == ExitCode.INTERRUPTED:
        return code  # an interrupted run shows nothing of what it did
    try:
        output = captured.kept()
        if output:
            _write_bytes(real, output)
    except OutputError as exc:
        _report(exc)
        return int(exc.exit_code)
    return code


class _TryAgain(Exception):
    """The run failed after reading the cache, whose entries are removed: run it again."""


def _run(args: list[str], *, last_try: bool) -> int:  # noqa: PLR0911 -- one return for each way a run ends
    """Run the command ``args`` name, say on stderr what went wrong, return the exit code."""
    try:
        _check_arguments(args)
        command = typer.main.get_command(_app_for(args))
        if not args or "--help" in args or "-h" in args:
            _State.lang = _help_language(args)  # and of the message, should the help not get written
            _prepare_help(command, _State.lang)
        result = command.main(args=args or ["--help"], prog_name="ctocio", standalone_mode=False)
    except CtocioError as exc:
        _report(exc)
        return int(exc.exit_code)
    except UnicodeEncodeError:
        # Help and other text Typer writes itself, to a terminal that cannot show it.
        _say(*UsageError(key="error.encoding", encoding=str(getattr(sys.stdout, "encoding", "?"))).lines("en"))
        return int(ExitCode.USAGE)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else int(ExitCode.USAGE)
    except (typer.Abort, KeyboardInterrupt):
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
        if not last_try and _forget_cache(exc):
            raise _TryAgain from exc
        if _State.debug:
            raise
        _say(f"ctocio: internal error: {exc!r}; run again with --debug for the traceback")
        return int(ExitCode.INTERNAL)
    if result == ExitCode.INTERRUPTED:
        # Typer turns Ctrl-C into exit code 130 without a word; say what happened.
        _say("ctocio: interrupted")
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


def _forget_cache(exc: Exception) -> bool:
    """Remove the cache entries this run read, if it read any; say whether it did.

    An entry with a sound checksum can still hold contents ctocio cannot use (crafted, or
    written by a build with a bug), and parts of it are unpacked only when used, as late as
    rendering. Any failure after reading one is therefore put down to the entry first: the
    command runs again without it, and an error that comes back is ctocio's own.
    """
    cache = sys.modules.get("ctocio.cache")
    forgotten = cache.forget_read() if cache is not None else []
    for path in forgotten:
        _debug(f"cache entry {path} not used: {exc!r}; reading the files again")
    return bool(forgotten)


def _check_arguments(args: list[str]) -> None:
    """Refuse an argument that is not UTF-8, before Typer or a search makes anything of it."""
    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(key="error.not_utf8", argument=_spelled(arg)) from None


def _spelled(arg: str) -> str:
    """``arg`` with each byte that was not UTF-8 written out as ``\\xff``.

    Python keeps such a byte of the command line as a lone surrogate, U+DC80 to U+DCFF
    (surrogateescape); any other lone surrogate is written as ``\\udxxx``.
    """
    spelled = []
    for char in arg:
        point = ord(char)
        if 0xDC80 <= point <= 0xDCFF:
            spelled.append(f"\\x{point - 0xDC00:02x}")
        elif 0xD800 <= point <= 0xDFFF:
            spelled.append(f"\\u{point:04x}")
        else:
            spelled.append(char)
    return "".join(spelled)


def _report(exc: CtocioError) -> None:
    lang = "en" if isinstance(exc, UsageError) and exc.key == "error.encoding" else _State.lang
    lines = exc.lines(lang)
    if not _can_show("\n".join(lines), sys.stderr):
        lines = exc.lines("en")  # a terminal that cannot show Hindi still gets a readable line
    _say(*lines)


MAX_MESSAGE = 300
"""Longest a message line gets: an argument of 100,000 characters is not echoed whole."""


def _printable(line: str) -> str:
    """A message line made safe to print: unsafe characters spelled out, length bounded.

    Messages quote what the user typed and what files hold; a newline in it must not make two
    lines, nor an escape sequence reach the terminal (the policy of ``render.escape``).
    """
    from ctocio.render.escape import visible

    safe = visible(line[: MAX_MESSAGE * 2])
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
    for line in lines:
        clean = _printable(line)
        if not _can_show(clean, sys.stderr):
            clean = clean.encode("ascii", "backslashreplace").decode("ascii")
        _write_stderr(clean + "\n")


def _write_stderr(text: str) -> None:
    """Write to stderr if it can be written; a closed or full stderr leaves the exit code to tell."""
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError):
        # Nowhere left to say anything; silenced, the interpreter's own last flush cannot
        # print a complaint or change the exit code either.
        _silence(sys.stderr)


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
    """The entry point of earlier installs; :func:`ctocio.entry.run` is today's."""
    from ctocio.entry import run as entry

    entry()
