"""The Hindi house style's mechanical rules, and `ctocio validate` warning about them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Run
from ctocio.catalogue import text
from ctocio.exitcodes import ExitCode
from ctocio.housestyle import StyleProblem, check, english_plurals, latin_glosses
from ctocio.kb import load_builtin


@pytest.mark.parametrize(
    ("hindi", "plurals"),
    [
        ("विक्रेताओं (वेंडर्स) और साझेदारों (पार्टनर्स) से", ["वेंडर्स", "पार्टनर्स"]),
        ("ऑफ़िसर्स, यूज़र्स, सर्वर्स और ड्राइवर्स", ["ऑफ़िसर्स", "यूज़र्स", "सर्वर्स", "ड्राइवर्स"]),
        ("प्रोडक्ट्स, टीम्स, टूल्स, बोर्ड्स, ऐप्स, सॉल्यूशन्स", ["प्रोडक्ट्स", "टीम्स", "टूल्स", "बोर्ड्स", "ऐप्स", "सॉल्यूशन्स"]),
        ("वेंडर्स से मिलना, फिर वेंडर्स को भुगतान", ["वेंडर्स"]),
        # ज़ typed as one code point (U+095B) is the same letter.
        ("यू\u095bर्स", ["यूज़र्स"]),
    ],
)
def test_english_plurals_are_found(hindi: str, plurals: list[str]) -> None:
    assert english_plurals(hindi) == plurals


@pytest.mark.parametrize(
    "hindi",
    [
        # Loanwords that end like a plural but are singular: a short first syllable before र्स,
        # a vowel sign before र, or one of NOT_PLURALS.
        "नर्स, पर्स, कोर्स, सोर्स, रिसोर्स, फ़ोर्स, ई-कॉमर्स, यूनिवर्स, रिवर्स, सेल्स टीम",
        # Hindi's own words, and anusvara before स.
        "वत्स, उत्स, हंस, बस, कंप्लायंस, गवर्नेंस, ऑफ़िस, सर्विस",
        "वेंडर, पार्टनर, ऑफ़िसर",
        # Names written whole: Heidrick & Struggles, the New York Times.
        "हाइड्रिक एंड स्ट्रगल्स, न्यूयॉर्क टाइम्स",
    ],
)
def test_singular_and_hindi_words_are_not_plurals(hindi: str) -> None:
    assert english_plurals(hindi) == []


def test_latin_glosses_other_than_acronyms_are_found() -> None:
    hindi = (
        "मानव-घंटे (man-hours), अनुसंधान और विकास (R&D), सूचना का अधिकार (RTI), आईसीटी (ICT), "
        "डेलॉइट (Deloitte), (1,126 उत्तरदाता), (café), (IT director), मानव-घंटे (man-hours)"
    )
    assert latin_glosses(hindi) == ["(man-hours)", "(Deloitte)", "(café)", "(IT director)"]


def test_check_gives_codes_and_the_singular() -> None:
    assert check("विक्रेताओं (वेंडर्स) और मानव-घंटे (man-hours)") == [
        StyleProblem("hindi-plural", "वेंडर्स", "वेंडर"),
        StyleProblem("latin-gloss", "(man-hours)", ""),
    ]
    assert check("विक्रेताओं (वेंडर) और मानव-घंटे (मैन-आवर), अनुसंधान (R&D)") == []


def _hindi_texts() -> list[str]:
    kb = load_builtin()
    texts = [area.hi for area in kb.areas.values()]
    for role in kb.roles.values():
        texts += [role.abbr.hi, role.title.hi, role.focus.hi, role.summary.hi, *role.keywords.hi]
        for field in ("manages", "reports_to", "duties", "vendor_relations", "goals", "confused_with"):
            texts += [entry.hi for entry in getattr(role, field)]
        texts += [entry.name.hi for entry in role.confused_with]
    return texts


def test_the_builtin_knowledge_base_keeps_the_house_style() -> None:
    texts = _hindi_texts()
    assert len(texts) == 353
    assert [problem for hindi in texts for problem in check(hindi)] == []


STYLE_FILE = """\
version: 1
roles:
  coo:
    abbr: {en: COO, hi: सीओओ}
    title: {en: Chief Operating Officer, hi: "चीफ़ ऑपरेटिंग ऑफ़िसर (Chief Operating Officer)"}
    focus: {value: internal, en: Looks inward., hi: "आंतरिक संचालन पर", sources: [article-hi]}
    summary: {en: Runs operations., hi: "संचालन, रिसर्च (R&D) नहीं", sources: [article-hi]}
    duties:
      - area: vendors
        hi: "वेंडर्स और पार्टनर्स से अनुबंध करता है"
        sources: [article-hi]
    keywords: {hi: ["आईटी वेंडर्स", "संचालन"]}
"""


def test_validate_warns_about_the_house_style(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "style.yaml"
    path.write_text(STYLE_FILE, encoding="utf-8")
    result = run("validate", str(path), "-f", "json")
    assert result.code == ExitCode.OK
    plural = "ends in an English plural -s; Hindi writes the loanword as"
    latin = "is in Latin letters; write the gloss in Devanagari (Latin only for acronyms such as RTI, R&D, ICT)"
    no_english = "no English text ('en'); Hindi will be shown instead"
    problems = json.loads(result.out)["problems"]
    assert [(p["line"], p["column"], p["severity"], p["code"], p["message"]) for p in problems] == [
        (5, 42, "warning", "latin-gloss", f"roles.coo.title.hi: '(Chief Operating Officer)' {latin}"),
        (9, 9, "warning", "missing-english", f"roles.coo.duties[0]: {no_english}"),
        (10, 9, "warning", "hindi-plural", f"roles.coo.duties[0].hi: 'पार्टनर्स' {plural} 'पार्टनर'"),
        (10, 9, "warning", "hindi-plural", f"roles.coo.duties[0].hi: 'वेंडर्स' {plural} 'वेंडर'"),
        (12, 21, "warning", "hindi-plural", f"roles.coo.keywords.hi[0]: 'वेंडर्स' {plural} 'वेंडर'"),
    ]
    plain = run("validate", str(path))
    assert (plain.code, plain.out.splitlines()[0], plain.out.splitlines()[-1]) == (
        ExitCode.OK,
        f"{path}:5:42: warning: roles.coo.title.hi: '(Chief Operating Officer)' {latin}",
        "errors: 0, warnings: 5; files checked: 2",
    )
    strict = run("validate", str(path), "--strict")
    assert (strict.code, strict.out.splitlines()[-1]) == (
        ExitCode.INVALID_KB,
        "errors: 5, warnings: 0; files checked: 2",
    )
    # Warnings never stop the file from loading.
    assert run("show", "coo", "--kb", str(path), "-f", "json").code == ExitCode.OK


def test_the_warnings_are_worded_in_hindi_too() -> None:
    assert text("problem.hindi-plural", "hi", found="वेंडर्स", fix="वेंडर") == (
        "'वेंडर्स' में अंग्रेज़ी बहुवचन का -s है; हिंदी में यह शब्द 'वेंडर' लिखा जाता है"
    )
    assert text("problem.latin-gloss", "hi", found="(man-hours)", fix="") == (
        "'(man-hours)' रोमन अक्षरों में है; कोष्ठक का अर्थ देवनागरी में लिखिए (रोमन अक्षर केवल RTI, R&D, ICT जैसे संक्षिप्त रूपों के लिए)"
    )
