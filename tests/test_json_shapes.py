"""The documented JSON shapes, checked against the knowledge-base file read independently."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from conftest import DATA, ROOT, Run

RAW = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))


def _statement(entry: dict[str, Any]) -> dict[str, Any]:
    return {"text": entry["en"], "lang": "en", "sources": entry["sources"], "disputed": entry.get("disputed", False)}


def _line(line: dict[str, Any]) -> dict[str, Any]:
    target = RAW["roles"].get(line["to"]) or RAW["executives"][line["to"]]
    return {
        "to": line["to"],
        "to_abbr": target["abbr"]["en"],
        "typical": line.get("typical"),
        "share": line.get("share"),
        "survey": line.get("survey"),
        "year": line.get("year"),
        "sample": line.get("sample"),
        "sources": line["sources"],
        "disputed": line.get("disputed", False),
    }


def _expected_role(role_id: str) -> dict[str, Any]:
    role = RAW["roles"][role_id]
    return {
        "id": role_id,
        "abbr": role["abbr"]["en"],
        "title": role["title"]["en"],
        "lang": "en",
        "aliases": role["aliases"],
        "focus": {"value": role["focus"]["value"], **_statement(role["focus"])},
        "summary": _statement(role["summary"]),
        "manages": [_statement(s) for s in role["manages"]],
        "reports_to": [_statement(s) for s in role["reports_to"]],
        "reporting_lines": [_line(line) for line in role.get("reporting_lines", [])],
        **{
            name: [{"area": item["area"], **_statement(item)} for item in role[name]]
            for name in ("duties", "vendor_relations", "goals")
        },
        "confused_with": [
            {"name": entry["name"]["en"], **_statement(entry)} for entry in role.get("confused_with", [])
        ],
        "sources": [
            {
                "id": source_id,
                "title": RAW["sources"][source_id]["title"],
                "url": RAW["sources"][source_id].get("url"),
                "language": RAW["sources"][source_id]["language"],
                "weak": RAW["sources"][source_id].get("weak", False),
            }
            for source_id in role["sources"]
        ],
    }


def test_list_json(run: Run) -> None:
    assert json.loads(run("list", "-f", "json").out) == [
        {"id": "cto", "abbr": "CTO", "title": "Chief Technology Officer", "focus": "customer-facing", "lang": "en"},
        {"id": "cio", "abbr": "CIO", "title": "Chief Information Officer", "focus": "internal", "lang": "en"},
        {
            "id": "ciso",
            "abbr": "CISO",
            "title": "Chief Information Security Officer",
            "focus": "internal",
            "lang": "en",
        },
        {"id": "caio", "abbr": "CAIO", "title": "Chief AI Officer", "focus": "internal", "lang": "en"},
        {"id": "chief-data-officer", "abbr": "CDO", "title": "Chief Data Officer", "focus": "internal", "lang": "en"},
        {"id": "chief-digital-officer", "abbr": "CDO", "title": "Chief Digital Officer", "focus": "both", "lang": "en"},
        {"id": "cpo", "abbr": "CPO", "title": "Chief Product Officer", "focus": "customer-facing", "lang": "en"},
        {"id": "vp-engineering", "abbr": "VPE", "title": "VP of Engineering", "focus": "internal", "lang": "en"},
        {
            "id": "chief-architect",
            "abbr": "Chief Architect",
            "title": "Chief Architect",
            "focus": "internal",
            "lang": "en",
        },
    ]


@pytest.mark.parametrize("role_id", ["cto", "cio"])
def test_show_one_role_gives_an_object(run: Run, role_id: str) -> None:
    assert json.loads(run("show", role_id, "-f", "json").out) == _expected_role(role_id)


def test_show_several_roles_gives_a_list_in_the_order_given(run: Run) -> None:
    assert json.loads(run("show", "cio", "cto", "-f", "json").out) == [_expected_role("cio"), _expected_role("cto")]


def test_show_names_a_role_once_however_often_it_is_given(run: Run) -> None:
    assert json.loads(run("show", "cto", "CTO", "सीटीओ", "-f", "json").out) == _expected_role("cto")


def test_compare_rows_of_the_builtin_roles(run: Run) -> None:
    document = json.loads(run("compare", "-f", "json").out)
    assert document["roles"] == [
        {"id": "cto", "abbr": "CTO", "title": "Chief Technology Officer", "lang": "en"},
        {"id": "cio", "abbr": "CIO", "title": "Chief Information Officer", "lang": "en"},
    ]
    assert [(row["field"], row["area"], row["status"]) for row in document["rows"]] == [
        ("focus", None, "different"),
        ("reports_to", None, "different"),
        ("manages", None, "different"),
        ("duties", "strategy", "different"),
        ("duties", "department", "different"),
        ("duties", "infrastructure", "partial"),
        ("duties", "product", "partial"),
        ("duties", "users", "partial"),
        ("duties", "finance", "partial"),
        ("duties", "research", "different"),
        ("duties", "security", "different"),
        ("vendor_relations", "vendors", "different"),
        ("goals", "strategy", "partial"),
        ("goals", "infrastructure", "partial"),
        ("goals", "product", "partial"),
        ("goals", "users", "partial"),
        ("goals", "finance", "different"),
    ]
    focus = document["rows"][0]["cells"]
    assert focus == {
        "cto": [
            {
                "text": "customer-facing",
                "lang": None,
                "shared": False,
                "sources": RAW["roles"]["cto"]["focus"]["sources"],
                "disputed": False,
            }
        ],
        "cio": [
            {
                "text": "internal",
                "lang": None,
                "shared": False,
                "sources": RAW["roles"]["cio"]["focus"]["sources"],
                "disputed": False,
            }
        ],
    }
    product = document["rows"][6]["cells"]
    assert product["cio"] == []
    assert [cell["text"] for cell in product["cto"]] == [
        item["en"] for item in RAW["roles"]["cto"]["duties"] if item["area"] == "product"
    ]


def test_compare_marks_what_roles_share(run: Run) -> None:
    """A small knowledge base where two roles share a focus, a duty and a whole area."""
    kb = str(DATA / "shared.yaml")
    document = json.loads(run("compare", "alpha", "beta", "--no-builtin", "--kb", kb, "-f", "json").out)
    assert document == {
        "roles": [
            {"id": "alpha", "abbr": "A", "title": "Alpha Officer", "lang": "en"},
            {"id": "beta", "abbr": "B", "title": "Beta Officer", "lang": "en"},
        ],
        "rows": [
            {
                "field": "focus",
                "area": None,
                "status": "same",
                "cells": {
                    "alpha": [{"text": "internal", "lang": None, "shared": True, "sources": ["s"], "disputed": False}],
                    "beta": [{"text": "internal", "lang": None, "shared": True, "sources": ["s"], "disputed": False}],
                },
            },
            {
                "field": "duties",
                "area": "ops",
                "status": "same",
                "cells": {
                    "alpha": [
                        {"text": "Runs operations.", "lang": "en", "shared": True, "sources": ["s"], "disputed": False}
                    ],
                    "beta": [
                        {"text": "Runs operations.", "lang": "en", "shared": True, "sources": ["s"], "disputed": False}
                    ],
                },
            },
            {
                "field": "duties",
                "area": "money",
                "status": "different",
                "cells": {
                    "alpha": [
                        {
                            "text": "Keeps the budget.",
                            "lang": "en",
                            "shared": True,
                            "sources": ["s"],
                            "disputed": False,
                        },
                        {"text": "Raises money.", "lang": "en", "shared": False, "sources": ["s"], "disputed": False},
                    ],
                    "beta": [
                        {"text": "Keeps the budget.", "lang": "en", "shared": True, "sources": ["s"], "disputed": False}
                    ],
                },
            },
            {
                "field": "goals",
                "area": "ops",
                "status": "partial",
                "cells": {
                    "alpha": [],
                    "beta": [
                        {"text": "Never stop.", "lang": "en", "shared": False, "sources": ["s"], "disputed": False}
                    ],
                },
            },
        ],
    }
    only_diff = json.loads(run("compare", "a", "b", "--only-diff", "--no-builtin", "--kb", kb, "-f", "json").out)
    assert [(row["field"], row["area"]) for row in only_diff["rows"]] == [("duties", "money"), ("goals", "ops")]
