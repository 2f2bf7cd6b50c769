"""The command that answers questions: ``search``, and ``who``, the same under the name a question starts with."""

from enum import StrEnum
from typing import Annotated

import typer

from ctocio.catalogue import text
from ctocio.cli import completion
from ctocio.cli.shared import Shared, app, environment_of, shared_options
from ctocio.errors import NotFound, UsageError
from ctocio.fields import SEARCH_FIELDS

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

    env = environment_of(context)
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
