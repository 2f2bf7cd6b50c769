"""``search --explain``: for each text, which words of the question met which of its words, and how."""

from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from conftest import Run

BACKUPS = "Oversees backups and disaster recovery for the company's systems."


@pytest.mark.parametrize(
    ("query", "text", "explain"),
    [
        (
            "backups",
            BACKUPS,
            [
                {"word": "backups", "matched": "backups", "lang": "en", "via": "exact"},
                {"word": "backups", "matched": "बैकअप", "lang": "hi", "via": "lexicon"},
            ],
        ),
        (
            "backup",
            BACKUPS,
            [
                {"word": "backup", "matched": "backups", "lang": "en", "via": "stem"},
                {"word": "backup", "matched": "बैकअप", "lang": "hi", "via": "lexicon"},
            ],
        ),
        (
            "bakcups",
            BACKUPS,
            [
                {"word": "bakcups", "matched": "backups", "lang": "en", "via": "typo"},
                {"word": "bakcups", "matched": "बैकअप", "lang": "hi", "via": "typo+lexicon"},
            ],
        ),
        (
            "supplier",
            "IT suppliers",
            [{"word": "supplier", "matched": "suppliers", "lang": "en", "via": "stem"}],
        ),
        (
            "vendor",
            "IT suppliers",
            [{"word": "vendor", "matched": "suppliers", "lang": "en", "via": "lexicon"}],
        ),
        (
            "anupalan",
            "Keeps track of technical standards and compliance.",
            [{"word": "anupalan", "matched": "अनुपालन", "lang": "hi", "via": "transliteration"}],
        ),
        (
            "vendros",
            "IT suppliers",
            [{"word": "vendros", "matched": "suppliers", "lang": "en", "via": "typo+lexicon"}],
        ),
    ],
)
def test_each_way_a_word_can_match(run: Run, query: str, text: str, explain: list[dict[str, str]]) -> None:
    document = json.loads(run("search", query, "--explain", "-f", "json").out)
    reasons = [
        match["explain"] for result in document["results"] for match in result["matches"] if match["text"] == text
    ]
    assert reasons[0] == explain


def test_a_text_matched_in_both_languages_gives_both_reasons(run: Run) -> None:
    document = json.loads(run("search", "suraksha", "--explain", "-r", "cio", "-f", "json").out)
    foundry = next(m for m in document["results"][0]["matches"] if m["text"].startswith("In Foundry's State"))
    assert foundry["explain"] == [
        {"word": "suraksha", "matched": "security", "lang": "en", "via": "lexicon"},
        {"word": "suraksha", "matched": "सुरक्षा", "lang": "hi", "via": "lexicon"},
    ]


def test_without_explain_the_output_is_unchanged(run: Run) -> None:
    document = json.loads(run("search", "backups", "-f", "json").out)
    assert "explain" not in document["results"][0]["matches"][0]
    assert run("search", "backups").out.split("\t")[-1] == "en\n"


def test_explain_in_the_line_formats_is_one_more_column(run: Run) -> None:
    row = ["cio", "duties", "infrastructure", "5.46", BACKUPS, "en", "backup=backups:stem"]
    assert run("search", "backup", "--explain").out == "\t".join(row) + "\n"
    assert run("search", "backup", "--explain", "-f", "tsv").out.splitlines() == [
        "role\tfield\tarea\tscore\ttext\tlang\texplain",
        "\t".join(row),
    ]
    assert list(csv.reader(io.StringIO(run("search", "backup", "--explain", "-f", "csv").out))) == [
        ["role", "field", "area", "score", "text", "lang", "explain"],
        row,
    ]


def test_explain_in_yaml(run: Run) -> None:
    document = yaml.safe_load(run("search", "backup", "--explain", "-f", "yaml").out)
    assert document["results"][0]["matches"][0]["explain"] == [
        {"word": "backup", "matched": "backups", "lang": "en", "via": "stem"},
        {"word": "backup", "matched": "बैकअप", "lang": "hi", "via": "lexicon"},
    ]


def test_explain_in_the_tables_for_people(run: Run) -> None:
    markdown = run("search", "backup", "--explain", "-f", "markdown").out.splitlines()
    assert markdown[2:5] == [
        "|  | Area | Statement | Score | Why |",
        "|---|---|---|---|---|",
        "| Duties | Infrastructure and operations | Oversees **backups** and disaster recovery for the company's "
        "systems. | 5.46 | backup → backups (another form) |",
    ]
    table = run("search", "backup", "--explain", "-f", "table").out
    assert "│ Why " in table
    assert "backup → backups (another" in table


def test_explain_speaks_hindi(run: Run) -> None:
    markdown = run("search", "vendor", "--explain", "--limit", "1", "-f", "markdown", "-l", "hi").out.splitlines()
    assert markdown[2] == "|  | क्षेत्र | विवरण | अंक | क्यों |"
    assert any("| vendor → विक्रेताओं (समान अर्थ)" in line for line in markdown)
    typo = run("search", "vendros", "--explain", "--limit", "1", "-f", "markdown", "-l", "hi").out
    assert "vendros → वेंडर (टाइपो, फिर समान अर्थ)" in typo
