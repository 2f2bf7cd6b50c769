"""compare with four or more roles, and --all: a table for each aspect, readable at 80 columns."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode

FOUR = ["--no-builtin", "--kb", str(DATA / "four_roles.yaml")]


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("columns", [80, 160])
def test_four_roles_get_a_table_for_each_aspect(
    run: Run, golden: Callable[[str, str], None], monkeypatch: pytest.MonkeyPatch, columns: int, lang: str
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run("compare", "--all", *FOUR, "-f", "table", "-l", lang)
    assert (result.code, result.err) == (ExitCode.OK, "")
    golden(f"compare-four-{lang}-{columns}.table", result.out)
    if lang == "en":  # a Devanagari line is fewer terminal cells than code points: its golden file shows it
        assert max(len(line) for line in result.out.splitlines()) <= columns


def test_four_roles_in_markdown(run: Run, golden: Callable[[str, str], None]) -> None:
    golden("compare-four.markdown", run("compare", "--all", *FOUR, "-f", "markdown").out)


def test_three_roles_stay_side_by_side(run: Run) -> None:
    table = run("compare", "north", "south", "east", *FOUR, "-f", "table").out
    assert table.splitlines()[0].strip() == "NOR · SOU · EAS: side by side"


def test_all_compares_every_role_loaded_in_order(run: Run) -> None:
    document = json.loads(run("compare", "--all", *FOUR, "-f", "json").out)
    assert [role["id"] for role in document["roles"]] == ["north", "south", "east", "west"]
    every = [role["id"] for role in json.loads(run("list", "-f", "json").out)]
    assert [role["id"] for role in json.loads(run("compare", "--all", "-f", "json").out)["roles"]] == every


def test_all_and_roles_together_are_a_usage_error(run: Run) -> None:
    result = run("compare", "cto", "--all")
    assert (result.code, result.out, result.err) == (
        ExitCode.USAGE,
        "",
        "ctocio: error: give roles to compare or --all, not both\n",
    )
    hindi = run("compare", "cto", "--all", "-l", "hi")
    assert hindi.err == "ctocio: त्रुटि: तुलना के लिए भूमिकाएँ दें या --all, दोनों नहीं\n"


def test_roles_that_share_an_abbreviation_are_told_apart_by_title(run: Run) -> None:
    table = run("compare", "chief-data-officer", "chief-digital-officer", "-f", "markdown").out.splitlines()
    assert [line for line in table if line.startswith("| Aspect")] == [
        "| Aspect | Chief Data Officer | Chief Digital Officer | Status |"
    ]
    hindi = run("compare", "chief-data-officer", "chief-digital-officer", "-f", "markdown", "-l", "hi").out
    assert "| मुख्य डेटा अधिकारी | मुख्य डिजिटल अधिकारी |" in hindi
