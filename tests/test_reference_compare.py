"""A role against its reference definition: `ctocio compare cio@builtin cio`, and any file's."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode
from ctocio.reference import split

OURS = str(DATA / "our_cio.yaml")


def test_a_name_with_a_source() -> None:
    assert split("cio@builtin") == ("cio", "builtin")
    assert split("cio@path/to/our@file.yaml") == ("cio", "path/to/our@file.yaml")
    assert split("cio") == ("cio", None)
    assert split("cio@") == ("cio@", None)


def test_a_replaced_role_against_the_built_in_one(run: Run) -> None:
    result = run("compare", "cio@builtin", "cio", "--kb", OURS, "--only-diff", "-f", "json")
    assert (result.code, result.err) == (ExitCode.DIFFERENT, "")
    document = json.loads(result.out)
    assert document["roles"] == [
        {"id": "cio@builtin", "abbr": "CIO@builtin", "title": "Chief Information Officer", "lang": "en"},
        {"id": "cio", "abbr": "CIO", "title": "Chief Information Officer", "lang": "en"},
    ]
    assert [(row["field"], row["area"], row["status"]) for row in document["rows"]] == [
        ("reports_to", None, "partial"),
        ("manages", None, "partial"),
        ("duties", "strategy", "different"),
        ("duties", "department", "partial"),
        ("duties", "infrastructure", "partial"),
        ("duties", "users", "partial"),
        ("duties", "finance", "partial"),
        ("duties", "research", "partial"),
        ("duties", "security", "partial"),
        ("vendor_relations", "vendors", "partial"),
        ("goals", "strategy", "partial"),
        ("goals", "users", "partial"),
        ("goals", "finance", "partial"),
    ]


def test_the_comparison_as_a_table(run: Run, golden: Callable[[str, str], None]) -> None:
    result = run("compare", "cio@builtin", "cio", "--kb", OURS, "--only-diff", "-f", "table", "-l", "hi")
    assert result.code == ExitCode.DIFFERENT
    golden("compare-our-cio-hi.table", result.out)


def test_the_same_definitions_exit_0_as_diff_does(run: Run) -> None:
    result = run("compare", "cio@builtin", "cio", "-f", "json")
    assert (result.code, result.err) == (ExitCode.OK, "")
    assert {row["status"] for row in json.loads(result.out)["rows"]} == {"same"}


def test_any_file_gives_a_definition(run: Run) -> None:
    result = run("compare", "cio@builtin", f"cio@{OURS}", "-f", "json")
    assert result.code == ExitCode.DIFFERENT
    assert [role["id"] for role in json.loads(result.out)["roles"]] == ["cio@builtin", "cio@our_cio.yaml"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["cio@builtin", "cio@builtin"], ExitCode.USAGE, "ctocio: error: needs at least 2 different roles, got 1\n"),
        (["cxo@builtin", "cio"], ExitCode.NOT_FOUND, "ctocio: error: unknown role 'cxo'; did you mean 'cto'?\n"),
        (["cio@nowhere.yaml", "cio"], ExitCode.INVALID_KB, "nowhere.yaml:1:1: error: no such file\n"),
    ],
)
def test_a_bad_definition_is_one_line_and_no_output(run: Run, args: list[str], code: int, message: str) -> None:
    result = run("compare", *args)
    assert (result.code, result.out, result.err) == (code, "", message)
