"""Every command in every output format: exact output, and every machine format saying the same."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest
import yaml

from conftest import DATA, Run

COMMANDS = {
    "list": ["list"],
    "show-cto": ["show", "cto"],
    "show-cto-cio": ["show", "cto", "cio"],
    "compare": ["compare"],
    "compare-only-diff": ["compare", "--only-diff"],
    "list-hi": ["list", "--lang", "hi"],
    "show-cto-hi": ["show", "सीटीओ", "--lang", "hi"],
    "compare-hi": ["compare", "सीटीओ", "सीआईओ", "-l", "hi"],
    "org": ["org"],
    "org-hi": ["org", "-l", "hi"],
    "org-cio": ["org", "cio"],
    # A user's role that reports to a built-in one.
    "org-user": ["org", "--kb", str(DATA / "org_user.yaml")],
    "org-user-hi": ["org", "soc-lead", "--kb", str(DATA / "org_user.yaml"), "-l", "hi"],
}
FORMATS = ["table", "plain", "json", "yaml", "csv", "tsv", "markdown"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", COMMANDS)
def test_output_matches_golden_file(run: Run, golden: Callable[[str, str], None], case: str, fmt: str) -> None:
    result = run(*COMMANDS[case], "--format", fmt)
    assert (result.code, result.err) == (0, "")
    golden(f"{case}.{fmt}", result.out)


@pytest.mark.parametrize("case", COMMANDS)
def test_piped_default_is_plain(run: Run, case: str) -> None:
    """Stdout is not a terminal here, so the default is the plain format, byte for byte."""
    assert run(*COMMANDS[case]).out == run(*COMMANDS[case], "-f", "plain").out


@pytest.mark.parametrize("case", [case for case in COMMANDS if not case.startswith("show")])
def test_yaml_carries_the_same_data_as_json(run: Run, case: str) -> None:
    as_json = json.loads(run(*COMMANDS[case], "-f", "json").out)
    assert yaml.safe_load(run(*COMMANDS[case], "-f", "yaml").out) == as_json


@pytest.mark.parametrize("case", [case for case in COMMANDS if case.startswith("show")])
def test_show_as_yaml_is_a_knowledge_base_file_of_the_same_roles(run: Run, case: str) -> None:
    """To copy, edit and load with --kb (tests/test_round_trip.py); JSON is the data shape."""
    as_json = json.loads(run(*COMMANDS[case], "-f", "json").out)
    roles = [as_json] if isinstance(as_json, dict) else as_json
    document = yaml.safe_load(run(*COMMANDS[case], "-f", "yaml").out)
    assert (document["version"], list(document["roles"])) == (1, [role["id"] for role in roles])


@pytest.mark.parametrize("case", COMMANDS)
def test_tsv_csv_and_plain_carry_the_same_records(run: Run, case: str) -> None:
    plain = [line.split("\t") for line in run(*COMMANDS[case], "-f", "plain").out.splitlines()]
    tsv = [line.split("\t") for line in run(*COMMANDS[case], "-f", "tsv").out.splitlines()]
    rows = list(csv.reader(io.StringIO(run(*COMMANDS[case], "-f", "csv").out)))
    assert tsv[1:] == plain
    assert rows == tsv
    assert len({len(row) for row in rows}) == 1, "every record has the same number of columns"


@pytest.mark.parametrize("case", COMMANDS)
def test_plain_output_has_no_colour_or_box_drawing(run: Run, case: str) -> None:
    out = run(*COMMANDS[case]).out
    assert "\x1b[" not in out
    assert not set(out) & set("│─╭╮╰╯┼├┤")


def test_colour_always_adds_ansi_to_tables(run: Run, golden: Callable[[str, str], None]) -> None:
    result = run("compare", "-f", "table", "--color", "always")
    golden("compare.table-colour", result.out)
    assert "\x1b[" in result.out


@pytest.mark.parametrize("env", ["NO_COLOR", "FORCE_COLOR"])
def test_colour_environment(run: Run, monkeypatch: pytest.MonkeyPatch, env: str) -> None:
    monkeypatch.setenv(env, "1")
    out = run("list", "-f", "table").out
    assert ("\x1b[" in out) == (env == "FORCE_COLOR")
    # --color beats both variables.
    assert "\x1b[" not in run("list", "-f", "table", "--color", "never").out
    assert "\x1b[" in run("list", "-f", "table", "--color", "always").out


def test_format_names_ignore_case(run: Run) -> None:
    assert run("list", "-f", "JSON").out == run("list", "-f", "json").out


def test_force_color_zero_means_no(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "0")
    assert "\x1b[" not in run("list", "-f", "table").out


def test_cell_width_setting_only_matters_to_tables(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTOCIO_CELL_WIDTH", "bogus")
    assert run("list", "-f", "json").code == 0
    assert run("list", "-f", "table").code == 2
