"""Reporting lines as data: whom a role reports to, how typically, and what surveys measured."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from conftest import Run
from ctocio.exitcodes import ExitCode

THIS_YEAR = datetime.date.today().year

ROLE = """\
version: 1
sources:
  s: {{title: A survey}}
roles:
  ops:
    abbr: {{en: OPS, hi: ओपीएस}}
    title: {{en: Head of Operations, hi: संचालन प्रमुख}}
    focus: {{value: internal, en: Looks inward., hi: भीतर देखता है।, sources: [s]}}
    summary: {{en: Runs operations., hi: संचालन चलाता है।, sources: [s]}}
    reporting_lines:
      - {line}
"""


def _validate(run: Run, tmp_path: Path, line: str) -> list[str]:
    path = tmp_path / "ops.yaml"
    path.write_text(ROLE.format(line=line), encoding="utf-8")
    result = run("validate", str(path), "-f", "json")
    return [f"{problem['code']}: {problem['message']}" for problem in json.loads(result.out)["problems"]]


@pytest.mark.parametrize(
    ("line", "problems"),
    [
        ("{to: ceo, typical: usually, sources: [s]}", []),
        ("{to: cio, share: 40, survey: S, year: 2020, sample: 10, sources: [s]}", []),
        (
            "{to: cieo, typical: usually, sources: [s]}",
            ["unknown-target: roles.ops.reporting_lines[0].to: unknown role or executive 'cieo'; did you mean 'cio'?"],
        ),
        (
            "{to: ceo, share: 140, survey: S, year: 2020, sources: [s]}",
            ["bad-share: roles.ops.reporting_lines[0].share: share 140 is not a percentage from 0 to 100"],
        ),
        (
            "{to: ceo, share: 40, sources: [s]}",
            [
                "figure-without-survey: roles.ops.reporting_lines[0]: a share needs the survey that "
                "measured it and its year: add 'survey' and 'year'"
            ],
        ),
        (
            "{to: ceo, sources: [s]}",
            [
                "empty-line: roles.ops.reporting_lines[0]: says neither how typical the line is nor "
                "a survey's share: add 'typical' or 'share'"
            ],
        ),
        (
            "{to: ceo, share: 40, survey: S, year: 9999, sources: [s]}",
            [f"bad-year: roles.ops.reporting_lines[0].year: year 9999 is not from 1900 to {THIS_YEAR}"],
        ),
        (
            "{to: ceo, typical: usually}",
            ["no-source: roles.ops.reporting_lines[0]: names no source; add 'sources: [...]'"],
        ),
    ],
)
def test_validate_checks_each_reporting_line(run: Run, tmp_path: Path, line: str, problems: list[str]) -> None:
    assert _validate(run, tmp_path, line) == problems


def test_a_typo_in_a_field_name_or_a_value_is_an_error(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "ops.yaml"
    path.write_text(ROLE.format(line="{to: ceo, shar: 40, sources: [s]}"), encoding="utf-8")
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert "roles.ops.reporting_lines[0].shar: unknown field 'shar'; did you mean 'share'?" in result.out
    path.write_text(ROLE.format(line="{to: ceo, typical: always, sources: [s]}"), encoding="utf-8")
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert "roles.ops.reporting_lines[0].typical:" in result.out


def test_show_gives_the_lines_as_data(run: Run) -> None:
    lines = json.loads(run("show", "cio", "-f", "json").out)["reporting_lines"]
    assert lines[5] == {
        "to": "ceo",
        "to_abbr": "CEO",
        "typical": None,
        "share": 56.0,
        "survey": "CIO UK, CIO 100",
        "year": 2016,
        "sample": 100,
        "sources": ["cio100"],
        "disputed": False,
    }
    assert [(line["to"], line["share"], line["year"]) for line in lines if line["share"] is not None] == [
        ("ceo", 42.0, 2006),
        ("cfo", 23.0, 2006),
        ("ceo", 56.0, 2016),
        ("cfo", 25.0, 2016),
        ("coo", 10.0, 2016),
    ]


def test_show_gives_one_record_a_line_in_the_line_formats(run: Run) -> None:
    records = [line for line in run("show", "cio").out.splitlines() if "\treporting_line\t" in line]
    assert records[0] == "cio\treporting_line\t\tCEO: usually\twp-cio\ten"
    assert records[5] == "cio\treporting_line\t\tCEO: 56% (CIO UK, CIO 100, 2016, 100 asked)\tcio100\ten"
    hindi = [line for line in run("show", "cio", "-l", "hi").out.splitlines() if "\treporting_line\t" in line]
    assert hindi[5] == "cio\treporting_line\t\tसीईओ: 56% (CIO UK, CIO 100, 2016, 100 से पूछा गया)\tcio100\thi"


def test_figures_of_different_surveys_stay_apart_and_disputed_lines_are_marked(run: Run) -> None:
    records = [
        line.split("\t")[3]
        for line in run("show", "chief-data-officer").out.splitlines()
        if "\treporting_line\t" in line
    ]
    assert records == [
        "[disputed] CEO: usually",
        "[disputed] CEO: 30% (Gartner, Chief Data Officer survey, 2016)",
        "[disputed] CEO: 21% (Gartner, CDAO Agenda survey, 2024)",
        "[disputed] CEO: 36% (Gartner, CDAO Agenda survey, 2025, 504 asked)",
        "[disputed] CIO: 33% (Data Foundation and Deloitte, US federal CDOs, 2023)",
        "[disputed] CIO: 36% (Data Foundation and Deloitte, US federal CDOs, 2024)",
        "[disputed] CIO: 52% (Data Foundation and Deloitte, US federal CDOs, 2025, 189 asked)",
    ]


def test_a_table_of_reporting_lines_under_the_role(run: Run) -> None:
    table = run("show", "cpo", "-f", "markdown").out
    assert table.endswith(
        "## CPO: reports to\n\n"
        "| Reports to | How often | Survey, year | Sources |\n"
        "|---|---|---|---|\n"
        "| CEO | usually |  | cpo-pm |\n"
    )


def test_every_role_but_the_chief_architect_has_reporting_lines(run: Run) -> None:
    roles = json.loads(run("show", "cto", "cio", "ciso", "caio", "chief-data-officer", "chief-digital-officer",
                           "cpo", "vp-engineering", "chief-architect", "-f", "json").out)  # fmt: skip
    assert {role["id"]: len(role["reporting_lines"]) for role in roles} == {
        "cto": 2,
        "cio": 8,
        "ciso": 11,
        "caio": 3,
        "chief-data-officer": 7,
        "chief-digital-officer": 3,
        "cpo": 1,
        "vp-engineering": 1,
        "chief-architect": 0,
    }


def test_the_table_at_80_columns_folds_the_survey_not_the_figures(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """The survey column folds; the figures and the sources keep their words."""
    monkeypatch.setenv("COLUMNS", "80")
    table = run("show", "ciso", "-f", "table").out.splitlines()
    start = table.index(" " * 32 + "CISO: reports to" + " " * 32)
    assert table[start + 5 : start + 9] == [
        "│ CIO           │ often    │                                    │ hs-2022,     │",
        "│               │          │                                    │ ians         │",
        "│ CIO           │ 38%      │ Heidrick & Struggles, CISO survey, │ hs-2022      │",
        "│               │          │ 2022 (327 asked)                   │              │",
    ]


@pytest.mark.parametrize(
    ("line", "valid"),
    [
        ("{to: ceo, typical: usually, sources: [s]}", True),
        ("{to: ceo, share: 56, survey: S, year: 2016, sample: 100, sources: [s]}", True),
        ("{to: ceo, typical: always, sources: [s]}", False),
        ("{to: ceo, shar: 40, sources: [s]}", False),
        ("{to: ceo, share: many, sources: [s]}", False),
        ("{typical: usually, sources: [s]}", False),
    ],
)
def test_the_committed_schema_knows_reporting_lines(line: str, valid: bool) -> None:
    import jsonschema
    import yaml

    from conftest import ROOT

    schema = json.loads((ROOT / "data" / "roles.schema.json").read_text(encoding="utf-8"))
    document = yaml.safe_load(ROLE.format(line=line))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    assert (errors == []) is valid
