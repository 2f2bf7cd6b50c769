"""Missing Hindi falls back to English, visibly for people and as a field for scripts."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import yaml

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode

KB = ["--no-builtin", "--kb", str(DATA / "partial_hindi.yaml")]


def test_json_marks_each_fallback_with_its_language(run: Run) -> None:
    document = json.loads(run("show", "ops", "-l", "hi", "-f", "json", *KB).out)
    assert document == {
        "id": "ops",
        "abbr": "सीओओ",
        "title": "Chief Operating Officer",
        "lang": "en",
        "aliases": [],
        "focus": {"value": "internal", "text": "भीतर की ओर देखता है।", "lang": "hi", "sources": ["s"], "disputed": False},
        "summary": {"text": "Runs the company day to day.", "lang": "en", "sources": ["s"], "disputed": False},
        "manages": [],
        "reports_to": [],
        "reporting_lines": [],
        "duties": [
            {"area": "ops", "text": "संचालन चलाता है।", "lang": "hi", "sources": ["s"], "disputed": False},
            {"area": "money", "text": "Keeps the budget.", "lang": "en", "sources": ["s"], "disputed": False},
        ],
        "vendor_relations": [],
        "goals": [],
        "confused_with": [],
        "sources": [{"id": "s", "title": "Test source", "url": None, "language": "en", "weak": False}],
    }


def test_records_carry_the_language_of_each_text(run: Run) -> None:
    lines = run("show", "ops", "-l", "hi", *KB).out.splitlines()
    assert lines == [
        "ops\tabbr\t\tसीओओ\t\thi",
        "ops\ttitle\t\tChief Operating Officer\t\ten",
        "ops\tfocus\t\tinternal\t\t",
        "ops\tfocus_detail\t\tभीतर की ओर देखता है।\ts\thi",
        "ops\tsummary\t\tRuns the company day to day.\ts\ten",
        "ops\tduties\tops\tसंचालन चलाता है।\ts\thi",
        "ops\tduties\tmoney\tKeeps the budget.\ts\ten",
        "ops\tsource\t\tTest source\ts\t",
    ]


def test_tables_mark_english_text_in_a_hindi_table(run: Run, golden: Callable[[str, str], None]) -> None:
    out = run("show", "ops", "-l", "hi", "-f", "table", *KB).out
    golden("fallback-hi.table", out)
    assert "[अंग्रेज़ी में] Keeps the budget." in out
    assert "[अंग्रेज़ी में] Money" in out
    assert "[अंग्रेज़ी में] संचालन" not in out
    # In English nothing is marked.
    assert "[" not in run("show", "ops", "-f", "table", *KB).out.replace("[s]", "")


def test_both_languages_at_once(run: Run) -> None:
    document = json.loads(run("show", "ops", "-l", "both", "-f", "json", *KB).out)
    assert document["abbr"] == {"en": "COO", "hi": "सीओओ"}
    assert document["title"] == {"en": "Chief Operating Officer", "hi": None}
    assert document["lang"] is None
    assert document["duties"] == [
        {
            "area": "ops",
            "text": {"en": "Runs operations.", "hi": "संचालन चलाता है।"},
            "lang": None,
            "sources": ["s"],
            "disputed": False,
        },
        {
            "area": "money",
            "text": {"en": "Keeps the budget.", "hi": None},
            "lang": None,
            "sources": ["s"],
            "disputed": False,
        },
    ]
    # YAML is a knowledge-base file, always in both languages.
    role = yaml.safe_load(run("show", "ops", "-l", "both", "-f", "yaml", *KB).out)["roles"]["ops"]
    assert role["duties"] == [
        {"area": "ops", "en": "Runs operations.", "hi": "संचालन चलाता है।", "sources": ["s"]},
        {"area": "money", "en": "Keeps the budget.", "sources": ["s"]},
    ]


@pytest.mark.parametrize("command", [["list"], ["show", "cto"], ["compare"]])
def test_both_languages_for_every_command_of_the_builtin_roles(run: Run, command: list[str]) -> None:
    both = json.loads(run(*command, "-l", "both", "-f", "json").out)
    english = json.loads(run(*command, "-l", "en", "-f", "json").out)
    hindi = json.loads(run(*command, "-l", "hi", "-f", "json").out)
    assert _pick(both, "en") == _drop_lang(english)
    assert _pick(both, "hi") == _drop_lang(hindi)


def _pick(node: object, lang: str) -> object:
    """The one-language document inside a both-languages one."""
    if isinstance(node, dict):
        if set(node) == {"en", "hi"}:
            return node[lang]
        return {key: _pick(value, lang) for key, value in node.items() if key != "lang"}
    if isinstance(node, list):
        return [_pick(value, lang) for value in node]
    return node


def _drop_lang(node: object) -> object:
    if isinstance(node, dict):
        return {key: _drop_lang(value) for key, value in node.items() if key != "lang"}
    if isinstance(node, list):
        return [_drop_lang(value) for value in node]
    return node


@pytest.mark.parametrize("fmt", ["table", "plain", "csv", "tsv", "markdown"])
def test_both_languages_only_in_json_and_yaml(run: Run, fmt: str) -> None:
    result = run("list", "-l", "both", "-f", fmt)
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == "ctocio: error: --lang both needs --format json or --format yaml\n"
