"""The commands that look roles up: ``list``, ``show``, ``compare`` and ``org``."""

from typing import Annotated

import typer

from ctocio.catalogue import text
from ctocio.cli import completion
from ctocio.cli.shared import Shared, app, environment_of, shared_options
from ctocio.errors import UsageError
from ctocio.exitcodes import ExitCode
from ctocio.render import OutputFormat

OriginOption = Annotated[bool, typer.Option("--origin", help=text("help.param.origin"))]


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

    env = environment_of(context)
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

    env = environment_of(context)
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

    env = environment_of(context)
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

    env = environment_of(context)
    wording = env.wording(shared.lang)
    base = env.load(shared.kb_paths, shared.no_builtin)
    role_id = None if role is None else base.resolve(role)
    env.emit(org_view(base, reporting_lines(base, role_id), wording), shared, wording, base)
