"""Every string of the interface a person reads, in one place per language."""

from __future__ import annotations

from typing import Final

EN: Final[dict[str, str]] = {
    "title.list": "Technology-leadership roles",
    "title.compare": "{roles}: side by side",
    "column.id": "ID",
    "column.abbr": "Abbr.",
    "column.title": "Title",
    "column.focus": "Focus",
    "column.area": "Area",
    "column.statement": "Statement",
    "column.sources": "Sources",
    "column.aspect": "Aspect",
    "column.status": "Status",
    "field.abbr": "Abbreviation",
    "field.title": "Title",
    "field.aliases": "Also called",
    "field.focus": "Focus",
    "field.summary": "Summary",
    "field.manages": "Manages",
    "field.reports_to": "Reports to",
    "field.duties": "Duties",
    "field.vendor_relations": "Vendor relations",
    "field.goals": "Goals",
    "field.sources": "Sources",
    "focus.internal": "internal",
    "focus.customer-facing": "customer-facing",
    "focus.both": "internal and customer-facing",
    "status.same": "same",
    "status.different": "differs",
    "status.partial": "only {roles}",
    "marker.shared": "= ",
    "marker.own": "• ",
    "caption.compare": "= said of every role   • said of this role only",
    "source.weak": "weak source",
}

CATALOGUES: Final[dict[str, dict[str, str]]] = {"en": EN}


def text(key: str, lang: str = "en", **values: str) -> str:
    """The interface string ``key`` in ``lang``, with ``values`` filled in."""
    template = CATALOGUES.get(lang, EN).get(key) or EN[key]
    return template.format(**values) if values else template
