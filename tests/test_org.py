"""`ctocio org`: who reports to whom, drawn from the reporting lines of the roles loaded."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Run
from ctocio.exitcodes import ExitCode
from ctocio.model import ReportingLine
from ctocio.org import primary_line

TWO_ROLES = """\
version: 1
sources:
  s: {{title: Our chart}}
roles:
  one:
    abbr: {{en: {one}, hi: एक}}
    title: {{en: First role, hi: पहली भूमिका}}
    focus: {{value: internal, en: In., hi: भीतर।, sources: [s]}}
    summary: {{en: One., hi: एक।, sources: [s]}}
    reporting_lines: [{{to: two, typical: usually, sources: [s]}}]
  two:
    abbr: {{en: TWO, hi: दो}}
    title: {{en: Second role, hi: दूसरी भूमिका}}
    focus: {{value: internal, en: In., hi: भीतर।, sources: [s]}}
    summary: {{en: Two., hi: दो।, sources: [s]}}
    reporting_lines: [{{to: one, typical: usually, sources: [s]}}]
"""


def test_a_role_is_drawn_under_its_most_typical_line() -> None:
    sometimes = ReportingLine("cio", typical="sometimes")
    often = ReportingLine("cio", typical="often")
    usually = ReportingLine("ceo", typical="usually")
    old = ReportingLine("cfo", share=60, survey="S", year=2006)
    new = ReportingLine("ceo", share=40, survey="S", year=2016)
    disputed = ReportingLine("coo", typical="usually", disputed=True)
    assert primary_line([sometimes, often, usually]) is usually
    assert primary_line([sometimes, often]) is often
    assert primary_line([sometimes, old, new]) is new  # a survey's figure, the latest first
    assert primary_line([sometimes, old]) is old
    assert primary_line([disputed, sometimes]) is sometimes  # undisputed where it can be
    assert primary_line([disputed]) is disputed
    assert primary_line([]) is None


def test_org_of_one_role_gives_its_lines_up_and_down(run: Run) -> None:
    document = json.loads(run("org", "ciso", "-f", "json").out)
    assert [(edge["from"], edge["to"], edge["primary"]) for edge in document["edges"]][:3] == [
        ("ciso", "cio", True),
        ("ciso", "cio", False),
        ("ciso", "cto", False),
    ]
    assert {edge["from"] for edge in document["edges"]} == {"ciso"}
    down = json.loads(run("org", "cio", "-f", "json").out)["edges"]
    assert sorted({edge["from"] for edge in down if edge["to"] == "cio"}) == [
        "chief-data-officer",
        "chief-digital-officer",
        "ciso",
        "cto",
    ]


def test_a_cycle_in_a_shared_file_is_drawn_once(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "cycle.yaml"
    path.write_text(TWO_ROLES.format(one="ONE"), encoding="utf-8")
    result = run("org", "--kb", str(path), "--no-builtin", "-f", "table")
    assert (result.code, result.err) == (ExitCode.OK, "")
    assert result.out == (
        "Who reports to whom\n"
        "└── Under no one here: no reporting line, or a circle of them\n"
        "    └── ONE — First role: usually\n"
        "        └── TWO — Second role: usually\n"
    )


def test_a_label_cannot_break_out_of_the_mermaid_chart(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(TWO_ROLES.format(one='"X\\"]; click n0 evil <script> #1 \\u001b[31m"'), encoding="utf-8")
    chart = run("org", "--kb", str(path), "--no-builtin", "-f", "markdown").out
    assert '  n0["X#quot;]; click n0 evil #lt;script#gt; #35;1 \\x1b[31m"]' in chart.splitlines()
    assert "\x1b" not in chart


def test_an_unknown_role_is_an_error(run: Run) -> None:
    result = run("org", "cfoo")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err.startswith("ctocio: error: unknown role 'cfoo'")
