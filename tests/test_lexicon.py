"""The lexicon: words that mean one thing across English, Hindi and Hindi in Latin letters.

Search takes a question's word for any other word of its concept, both ways; a user file adds
concepts and words like any other section; validate checks them. Hindi typed in Latin letters
that no concept lists is matched through its spelling key.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Run
from ctocio.exitcodes import ExitCode
from ctocio.kb import load_builtin
from ctocio.search import LEXICON_WEIGHT, ROMANISED_WEIGHT, build_index, search_roles, terms
from ctocio.transliterate import devanagari_key, is_romanisable, key
from ctocio.words import words

INDEX = build_index(load_builtin())


def _routes(query: str) -> list[tuple[str, str, float, str]]:
    counting = [word for word in words(query, INDEX.known()) if not word.stop]
    found = terms(INDEX, counting)
    return [(term.word, route.stem, route.weight, route.via) for term in found for route in term.routes]


def _texts(query: str) -> set[str]:
    return {match.text.en or match.text.hi for result in search_roles(INDEX, query).results for match in result.matches}


def test_a_word_leads_to_every_other_word_of_its_concept_both_ways() -> None:
    # Only the words some text holds are worth leading to: no role says "contractor".
    assert _routes("supplier") == [
        ("supplier", "supplier", 1.0, "word"),
        ("supplier", "provid", LEXICON_WEIGHT, "lexicon"),
        ("supplier", "vendor", LEXICON_WEIGHT, "lexicon"),
        ("supplier", "विक्रेत", LEXICON_WEIGHT, "lexicon"),
        ("supplier", "वेंडर", LEXICON_WEIGHT, "lexicon"),
        ("supplier", "सप्लायर", LEXICON_WEIGHT, "lexicon"),
    ]
    # "vendor" finds what says "supplier"; "supplier" finds what says "vendor".
    assert "IT suppliers" in _texts("vendor")
    assert "Looks after relationships with vendors and partners." in _texts("supplier")


def test_a_word_only_the_lexicon_knows_still_finds_its_concept() -> None:
    # Neither "procurement" nor "kharidari" is written in any role; "buy", "purchases" and ख़रीद are.
    assert [route[1:] for route in _routes("procurement")] == [
        ("buy", LEXICON_WEIGHT, "lexicon"),
        ("purchas", LEXICON_WEIGHT, "lexicon"),
        ("खरीद", LEXICON_WEIGHT, "lexicon"),
    ]
    assert "Manages the IT budget and spending, including equipment purchases." in _texts("procurement")


def test_a_synonym_counts_less_than_the_word_itself() -> None:
    text = "Looks after relationships with vendors and partners."
    by_word, by_synonym = (
        next(m.score for r in search_roles(INDEX, query).results for m in r.matches if m.text.en == text)
        for query in ("vendor", "supplier")
    )
    # A word and its synonym are equally rare (they reach the same texts); scores are rounded to 0.01.
    assert by_synonym == pytest.approx(by_word * LEXICON_WEIGHT, abs=0.01)
    assert by_synonym < by_word


def test_a_user_file_adds_words_and_concepts(run: Run, tmp_path: Path) -> None:
    assert run("search", "seller", "-f", "json").code == ExitCode.NOT_FOUND
    mine = tmp_path / "mine.yaml"
    mine.write_text("version: 1\nlexicon:\n  vendor:\n    en: [seller]\n", encoding="utf-8")
    found = json.loads(run("search", "seller", "--kb", str(mine), "-f", "json").out)
    shown = {match["text"] for result in found["results"] for match in result["matches"]}
    assert "Looks after relationships with vendors and partners." in shown
    # The built-in words of the concept stay: the file adds to it.
    assert run("search", "supplier", "--kb", str(mine), "-f", "json").code == ExitCode.OK


def test_validate_checks_the_lexicon(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text(
        "version: 1\n"
        "lexicon:\n"
        "  Bad Id:\n"
        "    en: [seller]\n"
        "  desk:\n"
        "    en: [help desk, helpdesk, the]\n"
        "    hi: [desk]\n"
        "    roman: [मेज़]\n",
        encoding="utf-8",
    )
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert result.out.splitlines() == [
        f"{path}:3:3: error: lexicon.Bad Id: concept id 'Bad Id' must be a plain identifier: "
        "lowercase letters, digits, '-' and '_', starting with a letter",
        f"{path}:6:10: error: lexicon.desk.en[0]: 'help desk' is not one word to search ('help', 'desk'); "
        "a concept groups single words",
        f"{path}:6:31: warning: lexicon.desk.en[2]: 'the' is a stop word, which search leaves out of every question",
        f"{path}:7:10: warning: lexicon.desk.hi[0]: 'desk' is not in Devanagari, as the words of 'hi' are",
        f"{path}:8:13: warning: lexicon.desk.roman[0]: 'मेज़' is not in Latin letters, as the words of 'roman' are",
        "errors: 2, warnings: 3; files checked: 2",
    ]


def test_an_unknown_field_of_a_concept_is_an_error(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text("version: 1\nlexicon:\n  desk:\n    english: [desk]\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert result.out.splitlines()[0] == (
        f"{path}:4:5: error: lexicon.desk.english: unknown field 'english'; known fields: en, hi, roman"
    )


@pytest.mark.parametrize(
    ("typed", "devanagari"),
    [
        ("suraksha", "सुरक्षा"),
        ("surakhsa", "सुरक्षा"),
        ("prashikshan", "प्रशिक्षण"),
        ("kharcha", "ख़र्चा"),
        ("munafa", "मुनाफ़ा"),
        ("sanchalan", "संचालन"),
        ("zimmedari", "ज़िम्मेदारी"),
        ("karmchariyon", "कर्मचारियों"),
        ("anupalan", "अनुपालन"),
    ],
)
def test_casual_latin_spellings_meet_the_devanagari_word(typed: str, devanagari: str) -> None:
    assert key(typed) == devanagari_key(devanagari)


def test_spelling_keys() -> None:
    assert [key(word) for word in ("suraksha", "surakhsa", "Surksha", "kharcha", "sanchalan", "munafa")] == [
        "srks",
        "srks",
        "srks",
        "krc",
        "sncln",
        "nnf",
    ]
    # Too short a key would stand for too many words; digits and Devanagari are not romanised Hindi.
    assert [is_romanisable(word) for word in ("suraksha", "aai", "it", "2026", "सुरक्षा")] == [
        True,
        False,
        False,
        False,
        False,
    ]


def test_hindi_typed_in_latin_letters_finds_the_devanagari_text() -> None:
    # "anupalan" is in no concept: only its spelling key finds अनुपालन (compliance).
    assert _routes("anupalan") == [("anupalan", "अनुपालन", ROMANISED_WEIGHT, "romanised")]
    found = search_roles(INDEX, "anupalan").results
    assert [(result.role, result.matches[0].text.hi[:28]) for result in found] == [
        ("ciso", "अनुपालन"),
        ("cto", "तकनीकी मानकों और अनुपालन (कं"),
    ]


def test_an_english_word_is_not_taken_for_hindi() -> None:
    # "budget" is a word of the index: it is matched as itself, never through a spelling key.
    assert [route[3] for route in _routes("budget")] == ["word"]


def test_a_typo_of_a_word_leads_on_through_its_concept() -> None:
    assert ("vendros", "supplier", round(0.6 * LEXICON_WEIGHT, 2), "typo+lexicon") in [
        (word, stem, round(weight, 2), via) for word, stem, weight, via in _routes("vendros")
    ]
