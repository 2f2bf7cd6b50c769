"""The built-in knowledge base: complete, bilingual, sourced, and reachable by every name."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from claims import CLAIMS
from conftest import Run
from ctocio.fields import ITEM_FIELDS
from ctocio.kb import KnowledgeBase, load_builtin
from ctocio.model import FocusStatement, Item, Statement
from test_sources import BUILTIN_CIO_ALIASES

KB = load_builtin()


def _entries(role_id: str, field: str) -> list[Statement | Item | FocusStatement]:
    role = KB.roles[role_id]
    value = getattr(role, field)
    return list(value) if isinstance(value, tuple) else [value]


def test_roles_and_areas() -> None:
    assert list(KB.roles) == [
        "cto", "cio", "ciso", "caio", "chief-data-officer", "chief-digital-officer", "cpo", "vp-engineering",
        "chief-architect",
    ]  # fmt: skip
    assert list(KB.areas) == [
        "strategy", "department", "infrastructure", "product", "users", "vendors", "finance", "research", "security",
    ]  # fmt: skip
    assert (KB.roles["cto"].focus.value, KB.roles["cio"].focus.value) == ("customer-facing", "internal")


@pytest.mark.parametrize("claim", sorted(CLAIMS))
def test_every_article_statement_is_in_both_languages_with_the_article_as_source(claim: str) -> None:
    for role_id, field, english, hindi in CLAIMS[claim]:
        matches = [e for e in _entries(role_id, field) if english in e.en]
        assert len(matches) == 1, f"{claim}: no single {role_id}.{field} entry says {english!r}"
        assert hindi in matches[0].hi, f"{claim}: the Hindi text lacks {hindi!r}"
        assert "article-hi" in matches[0].sources


def test_every_claim_of_the_article_is_placed() -> None:
    assert sorted(CLAIMS) == sorted(["G1", *(f"I{n}" for n in range(1, 10)), *(f"T{n}" for n in range(1, 8))])
    assert {role for entries in CLAIMS.values() for role, *_ in entries} == {"cto", "cio"}
    assert {role for role, *_ in CLAIMS["G1"]} == {"cto", "cio"}


def test_every_text_has_hindi_and_every_statement_a_source() -> None:
    for role_id, role in KB.roles.items():
        assert role.abbr.hi, role_id
        assert role.title.hi, role_id
        for field in ("focus", "summary", "manages", "reports_to", *ITEM_FIELDS):
            for entry in _entries(role_id, field):
                assert entry.hi, f"{role_id}.{field}: {entry.en}"
                assert any("\u0900" <= ch <= "\u097f" for ch in entry.hi), f"{role_id}.{field}: {entry.hi}"
                assert entry.sources
    for area_id, area in KB.areas.items():
        assert area.hi, area_id


def test_every_source_is_defined_and_used() -> None:
    used = set()
    for role in KB.roles.values():
        used.update(role.sources)
        for field in ("manages", "reports_to", *ITEM_FIELDS):
            for entry in getattr(role, field):
                used.update(entry.sources)
                assert set(entry.sources) <= set(role.sources), f"{entry.en}: list its sources on the role too"
    assert used == set(KB.sources)


@pytest.mark.parametrize(
    ("name", "role_id"),
    [
        ("cto", "cto"),
        ("CTO", "cto"),
        ("chief technology officer", "cto"),
        ("Chief  Technology   Officer", "cto"),
        ("C.T.O.", "cto"),
        ("chief-technical-officer", "cto"),
        ("सीटीओ", "cto"),
        ("मुख्य प्रौद्योगिकी अधिकारी", "cto"),
        ("मुख्य तकनीकी अधिकारी", "cto"),
        ("cio", "cio"),
        ("Chief Information Officer", "cio"),
        ("सीआईओ", "cio"),
        ("मुख्य सूचना अधिकारी", "cio"),
        ("it director", "cio"),
        # Transliterated titles, as Hindi media write them and as people type them.
        ("चीफ़ टेक्नोलॉजी ऑफ़िसर", "cto"),
        ("चीफ टेक्नोलॉजी ऑफिसर", "cto"),
        # फ़ typed as one code point (U+095E), as some keyboards do.
        (
            "\u091a\u0940\u095e टेक्नोलॉजी \u0911\u095e\u093f\u0938\u0930",
            "cto",
        ),
        ("चीफ़-टेक्नोलॉजी-ऑफ़िसर", "cto"),
        ("चीफ़ इन्फ़ॉर्मेशन ऑफ़िसर", "cio"),
        ("चीफ इन्फॉर्मेशन ऑफिसर", "cio"),
        ("आईटी डायरेक्टर", "cio"),
        ("आईटी निदेशक", "cio"),
        ("आईटी हेड", "cio"),
    ],
)
def test_names_resolve(name: str, role_id: str) -> None:
    assert KB.resolve(name) == role_id


def test_show_by_transliterated_title(run: Run) -> None:
    expected = run("show", "cio", "-l", "hi", "-f", "json")
    result = run("show", "चीफ़ इन्फ़ॉर्मेशन ऑफ़िसर", "-l", "hi", "-f", "json")
    assert (result.code, result.out, result.err) == (0, expected.out, "")
    assert json.loads(result.out)["aliases"] == BUILTIN_CIO_ALIASES


def test_differently_composed_unicode_is_the_same_name() -> None:
    from ctocio.names import normalise

    # क़ written as one code point (U+0958) and as क + nukta; é precomposed and combining.
    assert normalise("\u0958") == normalise("\u0915\u093c")
    assert normalise("Caf\u00e9") == normalise("cafe\u0301")
    assert KB.resolve(unicodedata.normalize("NFD", "Chief Technology Officer")) == "cto"


def test_show_by_hindi_name(run: Run) -> None:
    assert run("show", "सीटीओ", "-f", "json").out == run("show", "cto", "-f", "json").out


def test_knowledge_base_is_read_only_to_the_type_checker(tmp_path: Path) -> None:
    """The model's classes are read-only to mypy, which CI runs; at run time they are plain (see ``model.record``)."""
    from mypy import api

    snippet = tmp_path / "change.py"
    snippet.write_text(
        "from ctocio.model import Role\n\n\ndef change(role: Role) -> None:\n"
        "    role.focus = role.focus\n    role.title.en = 'x'\n    role.duties[0].area = 'x'\n",
        encoding="utf-8",
    )
    source = str(Path(__file__).resolve().parents[1] / "src")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MYPYPATH", source)
        out, _, status = api.run(["--strict", "--no-incremental", "--cache-dir", os.devnull, str(snippet)])
    assert [line.split(": ", 1)[1] for line in out.splitlines()[:-1]] == [
        'error: Property "focus" defined in "Role" is read-only  [misc]',
        'error: Property "en" defined in "Text" is read-only  [misc]',
        'error: Property "area" defined in "Item" is read-only  [misc]',
    ]
    assert status == 1
    assert isinstance(KB, KnowledgeBase)
