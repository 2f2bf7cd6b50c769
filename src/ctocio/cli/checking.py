"""The commands for people who write knowledge-base files: ``validate`` and ``schema``."""

from enum import StrEnum
from typing import Annotated

import typer

from ctocio.catalogue import text
from ctocio.cli.shared import DebugOption, LangOption, NoBuiltinOption, app, environment_of
from ctocio.cli.terminal import write_stdout
from ctocio.errors import UsageError
from ctocio.exitcodes import ExitCode


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

    env = environment_of(context)
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
