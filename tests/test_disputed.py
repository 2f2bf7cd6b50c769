"""Where sources disagree, each view stays, with its own source, marked disputed wherever it is shown."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode

KB = ["--no-builtin", "--kb", str(DATA / "disputed.yaml")]


def test_show_marks_a_disputed_entry_in_every_format(run: Run) -> None:
    document = json.loads(run("show", "gamma", *KB, "-f", "json").out)
    assert [(duty["text"], duty["disputed"]) for duty in document["duties"]] == [
        ("Retires products.", True),
        ("Designs products.", False),
    ]
    assert (
        run("show", "gamma", *KB).out.splitlines()[5] == "gamma\tduties\tproduct\t[disputed] Retires products.\tone\ten"
    )
    markdown = run("show", "gamma", *KB, "-f", "markdown", "-l", "hi").out.splitlines()
    assert "| ज़िम्मेदारियाँ | उत्पाद | \\[विवादित\\] उत्पाद बंद करता है। | one |" in markdown
    assert "[disputed] Retires products." in run("show", "gamma", *KB, "-f", "table").out


def test_compare_marks_both_views(run: Run) -> None:
    rows = json.loads(run("compare", "gamma", "delta", *KB, "-f", "json").out)["rows"]
    duties = next(row for row in rows if row["field"] == "duties")
    assert {role: [(cell["text"], cell["disputed"]) for cell in cells] for role, cells in duties["cells"].items()} == {
        "gamma": [("Retires products.", True), ("Designs products.", False)],
        "delta": [("Decides which products to retire.", True)],
    }
    assert run("compare", "gamma", "delta", *KB).out.splitlines()[2:] == [
        "duties\tproduct\tdifferent\tgamma\tno\t[disputed] Retires products.\ten",
        "duties\tproduct\tdifferent\tgamma\tno\tDesigns products.\ten",
        "duties\tproduct\tdifferent\tdelta\tno\t[disputed] Decides which products to retire.\ten",
    ]


def test_disputed_and_translated_are_checked_by_the_schema(run: Run, tmp_path: Path) -> None:
    assert run("validate", "--strict", "--no-builtin", str(DATA / "disputed.yaml")).code == ExitCode.OK
    bad = tmp_path / "bad.yaml"
    text = (DATA / "disputed.yaml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("disputed: true}", "disputed: maybe}", 1).replace("translated: true", "translated: 2"),
        encoding="utf-8",
    )
    result = run("validate", "--no-builtin", str(bad))
    assert result.code == ExitCode.INVALID_KB
    assert [line.split(": ", 1)[1] for line in result.out.splitlines()[:-1]] == [
        "error: roles.gamma.title.translated: 'translated' must be true or false, not a number (2)",
        "error: roles.gamma.duties[0].disputed: 'disputed' must be true or false, not 'maybe'",
    ]
