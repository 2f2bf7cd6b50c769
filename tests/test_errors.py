"""Bad input: one line per problem on stderr, a documented exit code, nothing on stdout."""

from __future__ import annotations

import pytest

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode

BAD = DATA / "bad"


def test_unknown_role_suggests_the_closest_name(run: Run) -> None:
    result = run("show", "ctoo")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err == "ctocio: error: unknown role 'ctoo'; did you mean 'cto'?\n"


def test_unknown_role_without_a_close_name_lists_the_roles(run: Run) -> None:
    result = run("show", "xyz")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err == (
        "ctocio: error: unknown role 'xyz'; known roles: "
        "cto, cio, ciso, caio, chief-data-officer, chief-digital-officer, cpo, vp-engineering, chief-architect\n"
    )


def test_one_unknown_role_among_several_prints_nothing(run: Run) -> None:
    result = run("show", "cto", "ctoo", "-f", "json")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")


def test_compare_needs_two_different_roles(run: Run) -> None:
    result = run("compare", "cto", "CTO")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == "ctocio: error: needs at least 2 different roles, got 1\n"


def test_unknown_format_is_a_usage_error(run: Run) -> None:
    result = run("list", "-f", "xml")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == (
        "ctocio: error: Invalid value for '--format' / '-f': 'xml' is not one of "
        "'table', 'plain', 'json', 'yaml', 'csv', 'tsv', 'markdown', 'svg', 'html'. (see 'ctocio list --help')\n"
    )


def test_unknown_option_is_a_usage_error(run: Run) -> None:
    result = run("compare", "--only-dif")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err.count("\n") == 1
    assert result.err.startswith("ctocio: error: No such option: --only-dif")


def test_unknown_command_is_a_usage_error(run: Run) -> None:
    result = run("shwo", "cto")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err.count("\n") == 1
    assert result.err.startswith("ctocio: error: No such command 'shwo'.")


def test_show_without_a_role_is_a_usage_error(run: Run) -> None:
    result = run("show")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == "ctocio: error: Missing argument 'ROLE...'. (see 'ctocio show --help')\n"


def test_no_builtin_without_files_is_a_usage_error(run: Run) -> None:
    result = run("list", "--no-builtin")
    assert (result.code, result.err) == (
        ExitCode.USAGE,
        "ctocio: error: no knowledge-base files to load; give --kb FILE, or leave out --no-builtin\n",
    )


def test_bare_command_prints_help(run: Run) -> None:
    result = run()
    assert result.code == ExitCode.OK
    assert "Usage: ctocio" in result.out
    for command in ("list", "show", "compare"):
        assert command in result.out


def test_version(run: Run) -> None:
    from ctocio import __version__

    assert run("--version").out == f"ctocio {__version__}\n"


def test_internal_errors_are_one_line_and_debug_shows_the_traceback(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("ctocio.view.list_view", broken)
    result = run("list")
    assert result.code == ExitCode.INTERNAL
    assert result.err == "ctocio: internal error: RuntimeError('boom'); run again with --debug for the traceback\n"
    with pytest.raises(RuntimeError, match="boom"):
        run("list", "--debug")


def test_keyboard_interrupt_exits_130(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("ctocio.view.list_view", interrupted)
    result = run("list")
    assert (result.code, result.out, result.err) == (ExitCode.INTERRUPTED, "", "ctocio: interrupted\n")


BROKEN_FILES = {
    "syntax.yaml": ["5:10: error: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping)"],
    "duplicate_key.yaml": ["11:47: error: duplicate key 'en' (first defined at line 11, column 15)"],
    "wrong_type.yaml": [
        "9:13: error: roles.alpha.title.en: 'en' must be text, not a number (42); "
        "put it in quotes if it is meant as text",
        "11:33: error: roles.alpha.summary.sources: 'sources' must be a list, not 's'",
    ],
    "unknown_field.yaml": [
        "10:13: error: roles.alpha.focus.value: 'value' is 'inward'; "
        "allowed values: 'internal', 'customer-facing' or 'both'",
        "12:5: error: roles.alpha.dutes: unknown field 'dutes'; did you mean 'duties'?",
    ],
    "python_tag.yaml": [
        "2:8: error: the YAML tag '!!python/object/apply:os.system' is not allowed; only plain data is"
    ],
    "alias.yaml": ["3:8: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out"],
    "empty.yaml": ["1:1: error: file is empty; a knowledge base starts with 'version: 1'"],
    "latin1.yaml": ["3:16: error: not valid UTF-8; save the file as UTF-8"],
}


@pytest.mark.parametrize("name", BROKEN_FILES)
@pytest.mark.parametrize("command", [["list"], ["show", "cto"], ["compare"]])
def test_broken_knowledge_base(run: Run, name: str, command: list[str]) -> None:
    path = BAD / name
    result = run(*command, "--kb", str(path), "-f", "json")
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == "".join(f"{path}:{line}\n" for line in BROKEN_FILES[name])


def test_references_and_names_are_checked_across_files(run: Run) -> None:
    from ctocio.kb import builtin_path

    path = BAD / "references.yaml"
    result = run("list", "--kb", str(path))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    lines = result.err.splitlines()
    assert lines[0] == (
        f"{path}:7:3: error: roles.Alpha Role: role id 'Alpha Role' must be a plain identifier: "
        "lowercase letters, digits, '-' and '_', starting with a letter"
    )
    assert lines[1] == (
        f"{path}:8:12: error: roles.Alpha Role.abbr.en: the name 'CTO' is the id of role 'cto' "
        f"(in {builtin_path()}); an id names its own role only"
    )
    assert lines[2] == (
        f"{path}:11:43: error: roles.Alpha Role.summary.sources[0]: unknown source 't' (known sources: ahima, "
        "article-hi, bfo, bhaskar, bwl-cdo, ceohangout, chatforest, cio-29, cio-cdigo, cio-expire, cio-uk-cdo, cio100, "
        "and 120 more)"
    )
    assert lines[3] == (
        f"{path}:13:10: error: roles.Alpha Role.duties[0].area: unknown area 'opps'; did you mean 'ops'?"
    )
    assert len(lines) == 4


def test_problems_of_every_file_are_reported_together(run: Run) -> None:
    first, second = BAD / "unknown_field.yaml", BAD / "syntax.yaml"
    result = run("list", "--kb", str(first), "--kb", str(second))
    assert result.code == ExitCode.INVALID_KB
    assert [line.split(":")[0] for line in result.err.splitlines()] == [str(second), str(first), str(first)]


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing.yaml", "no such file")],
)
def test_unreadable_paths(run: Run, path: str, message: str) -> None:
    target = BAD / path
    result = run("list", "--kb", str(target))
    assert (result.code, result.err) == (ExitCode.INVALID_KB, f"{target}:1:1: error: {message}\n")


def test_the_builtin_file_can_be_left_out(run: Run) -> None:
    result = run("list", "--no-builtin", "--kb", str(DATA / "shared.yaml"))
    assert result.out == "alpha\tA\tAlpha Officer\tinternal\ten\nbeta\tB\tBeta Officer\tinternal\ten\n"


@pytest.mark.parametrize("name", ["list", "show", "compare", "search", "who", "validate", "schema"])
def test_each_command_runs_from_a_parser_of_its_own(name: str) -> None:
    """Typer builds the parser of the one command that runs (a start-up saving)."""
    from ctocio.cli.app import app
    from ctocio.cli.help import app_for

    lean = app_for([name, "--help"])
    assert len(lean.registered_commands) == 1
    assert lean.registered_commands[0] in app.registered_commands
    assert app_for(["--help"]) is app
    assert app_for(["nonsense"]) is app


def test_messages_stay_one_line_whatever_was_typed(run: Run) -> None:
    result = run("show", "cto\nx")
    assert result.err == "ctocio: error: unknown role 'cto\\nx'; did you mean 'cto'?\n"
    escape = run("show", "\x1b[31mred")
    assert "\x1b" not in escape.err
    assert escape.err.count("\n") == 1
    long = run("show", "a" * 100_000)
    assert long.err.endswith("…\n")
    assert len(long.err) == 1001  # 1,000 characters and the newline
