"""The command line as Typer declares it: commands, arguments and options, and nothing else.

Each command reads its :class:`~ctocio.cli.environment.Environment` from Typer's context, asks
the knowledge base, and hands the view to the renderer.
"""

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, NamedTuple

import typer

from ctocio import __version__
from ctocio.catalogue import text
from ctocio.cli import completion
from ctocio.cli.environment import Environment
from ctocio.cli.terminal import ColourMode, write_stdout
from ctocio.errors import NotFound, UsageError
from ctocio.exitcodes import ExitCode
from ctocio.fields import SEARCH_FIELDS
from ctocio.language import Lang
from ctocio.render import OutputFormat


def _environment(context: typer.Context) -> Environment:
    found = context.find_object(Environment)
    return found if found is not None else Environment()


def _set_debug(context: typer.Context, value: bool) -> bool:
    if value:
        _environment(context).debug = True
    return value


def _set_no_cache(context: typer.Context, value: bool) -> bool:
    if value:
        _environment(context).no_cache = True
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
OriginOption = Annotated[bool, typer.Option("--origin", help=text("help.param.origin"))]
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
    _environment(context).lang_flag = lang


@app.command("list", help=text("help.command.list"), epilog=text("help.epilog.list"))
@shared_options
def list_roles(
    context: typer.Context,
    origin: OriginOption = False,
    *,
    shared: Shared,
) -> None:
    """List every role: id, abbreviation, title and focus."""
    from ctocio.view import list_view

    env = _environment(context)
    wording = env.wording(shared.lang)
    base = env.load(shared.kb_paths, shared.no_builtin)
    env.emit(list_view(base, wording, origin=origin), shared, wording, base)


@app.command(help=text("help.command.show"), epilog=text("help.epilog.show"))
@shared_options
def show(
    context: typer.Context,
    roles: Annotated[
        list[str],
        typer.Argument(metavar="ROLE...", help=text("help.param.roles.show"), autocompletion=completion.roles),
    ],
    origin: OriginOption = False,
    *,
    shared: Shared,
) -> None:
    """Show everything about one or more roles."""
    from ctocio.view import show_view

    env = _environment(context)
    wording = env.wording(shared.lang)
    base = env.load(shared.kb_paths, shared.no_builtin)
    role_ids = base.resolve_all(roles)
    view = show_view(base, role_ids, wording, origin=origin)
    if shared.fmt is OutputFormat.YAML:
        # YAML is a knowledge-base file: copy a role, edit it, load it with --kb.
        from ctocio.export import kb_file

        view = view._replace(kb_file=kb_file(base, role_ids))
    env.emit(view, shared, wording, base)


@app.command(help=text("help.command.compare"), epilog=text("help.epilog.compare"))
@shared_options
def compare(
    context: typer.Context,
    roles: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ROLE...]", help=text("help.param.roles.compare"), autocompletion=completion.roles),
    ] = None,
    only_diff: Annotated[bool, typer.Option("--only-diff", help=text("help.param.only_diff"))] = False,
    every_role: Annotated[bool, typer.Option("--all", help=text("help.param.every_role"))] = False,
    *,
    shared: Shared,
) -> int | None:
    """Compare roles side by side, area by area."""
    from ctocio.compare import compare as compare_roles
    from ctocio.reference import split, with_definitions
    from ctocio.view import compare_view

    env = _environment(context)
    wording = env.wording(shared.lang)
    if every_role and roles:
        raise UsageError(key="error.all_and_roles")
    base = env.load(shared.kb_paths, shared.no_builtin)
    names = list(base.roles) if every_role else roles or ["cto", "cio"]
    if not any(split(name)[1] for name in names):
        role_ids = base.resolve_all(names, at_least=2)
        rows = compare_roles(base, role_ids, only_diff=only_diff)
        env.emit(compare_view(base, role_ids, rows, wording), shared, wording, base)
        return None
    # A role against another definition of it (cio@builtin): exit as diff does, 0 for the same.
    from ctocio.cache import load_kb
    from ctocio.kb import builtin_path

    base, role_ids = with_definitions(
        base, names, lambda files: load_kb(files, env.cache_folder(), env.log), builtin_path()
    )
    if len(dict.fromkeys(role_ids)) < 2:
        raise UsageError(key="error.too_few_roles", needed="2", got=str(len(dict.fromkeys(role_ids))))
    every = compare_roles(base, role_ids)
    rows = [row for row in every if row.status != "same"] if only_diff else every
    env.emit(compare_view(base, role_ids, rows, wording), shared, wording, base)
    return int(ExitCode.DIFFERENT) if any(row.status != "same" for row in every) else None


@app.command(help=text("help.command.org"), epilog=text("help.epilog.org"))
@shared_options
def org(
    context: typer.Context,
    role: Annotated[
        str | None,
        typer.Argument(metavar="[ROLE]", help=text("help.param.role.org"), autocompletion=completion.roles),
    ] = None,
    *,
    shared: Shared,
) -> None:
    """Who reports to whom: the roles' reporting lines as a tree, a Mermaid chart or data."""
    from ctocio.org import org as reporting_lines
    from ctocio.org import org_view

    env = _environment(context)
    wording = env.wording(shared.lang)
    base = env.load(shared.kb_paths, shared.no_builtin)
    role_id = None if role is None else base.resolve(role)
    env.emit(org_view(base, reporting_lines(base, role_id), wording), shared, wording, base)


class ProblemFormat(StrEnum):
    """The ``--format`` choices of ``validate``."""

    PLAIN = "plain"
    JSON = "json"


@app.command(help=text("help.command.validate"), epilog=text("help.epilog.validate"))
def validate(
    context: typer.Context,
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
    from ctocio.cli.environment import given_paths
    from ctocio.kb import builtin_path, check, expand, once, source_files
    from ctocio.render.problems import render_problems

    env = _environment(context)
    wording = env.wording(lang)
    if paths:
        # The files given, on top of the built-in file whose areas and sources they may use.
        given = [file for path in given_paths(paths) for file in expand(path)]
        files = once(([] if no_builtin else [builtin_path()]) + given)
    else:
        files = source_files([], env.environ, builtin=not no_builtin)
    if not files:
        raise UsageError(key="error.no_files")
    result = check(files)
    if strict:
        result = result.strict()
    write_stdout(render_problems(result.problems, len(files), str(fmt), wording.ui, result.unlisted))
    if result.failed:
        raise typer.Exit(int(ExitCode.INVALID_KB))


@app.command(help=text("help.command.schema"), epilog=text("help.epilog.schema"))
def schema(debug: DebugOption = False) -> None:
    """Print the JSON Schema of a knowledge-base file."""
    import json

    from ctocio.validate import json_schema

    write_stdout(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


# The ``--field`` choices of ``search``: the fields search looks in. Built from the list, so mypy
# cannot see its members; nothing here names one.
SearchField = StrEnum("SearchField", [(name.upper(), name) for name in SEARCH_FIELDS])  # type: ignore[misc]


QueryArgument = Annotated[list[str], typer.Argument(metavar="TEXT...", help=text("help.param.query"))]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help=text("help.param.limit"))]
RoleFilterOption = Annotated[
    list[str] | None, typer.Option("--role", "-r", help=text("help.param.role"), autocompletion=completion.roles)
]
FieldFilterOption = Annotated[
    list[SearchField] | None,
    typer.Option("--field", case_sensitive=False, help=text("help.param.field")),
]
AreaFilterOption = Annotated[
    list[str] | None, typer.Option("--area", help=text("help.param.area"), autocompletion=completion.areas)
]
ExplainOption = Annotated[bool, typer.Option("--explain", help=text("help.param.explain"))]


@app.command(help=text("help.command.search"), epilog=text("help.epilog.search"))
@shared_options
def search(
    context: typer.Context,
    query: QueryArgument,
    limit: LimitOption = 5,
    role: RoleFilterOption = None,
    field: FieldFilterOption = None,
    area: AreaFilterOption = None,
    explain: ExplainOption = False,
    *,
    shared: Shared,
) -> None:
    """Which role owns this responsibility? Search every text of every role."""
    from ctocio.cache import load_index
    from ctocio.search import MAX_QUERY, Filters, no_match, search_roles
    from ctocio.view import search_view

    env = _environment(context)
    wording = env.wording(shared.lang)
    text_query = " ".join(query)
    if len(text_query) > MAX_QUERY:
        raise UsageError(key="error.query_too_long", length=f"{len(text_query):,}", limit=f"{MAX_QUERY:,}")
    base = env.load(shared.kb_paths, shared.no_builtin)
    filters = Filters(
        frozenset(base.resolve_all(role)) if role else None,
        frozenset(str(f) for f in field) if field else None,
        frozenset(base.resolve_areas(area)) if area else None,
    )
    index = load_index(base, env.cache_folder(), env.log)
    found = search_roles(index, text_query, filters, limit)
    if not found.words and not found.confused:
        raise UsageError(key="error.empty_query" if not text_query.strip() else "error.common_words", query=text_query)
    if not found.results:
        raise NotFound(**no_match(index, base, text_query, found, filters))
    view = search_view(base, text_query, found.words, found.results, wording, close=found.close, explain=explain)
    env.emit(view, shared, wording, base)


# `who` is `search` under the name a question starts with: one function, two commands.
app.command("who", help=text("help.command.who"), epilog=text("help.epilog.who"))(search)
