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
    "error": "error",
    "error.unknown_role.suggest": "unknown role '{name}'; did you mean '{suggestion}'?",
    "error.unknown_role.known": "unknown role '{name}'; known roles: {known}",
    "error.too_few_roles": "needs at least {needed} different roles, got {got}",
    "error.no_builtin": "--no-builtin leaves no roles; give at least one --kb FILE",
    "error.cell_width": "CTOCIO_CELL_WIDTH is '{value}'; use one of {allowed}",
    "error.encoding": (
        "this terminal's encoding ({encoding}) cannot show ctocio's output; "
        "use a UTF-8 locale (for example LANG=C.UTF-8) or set PYTHONIOENCODING=utf-8"
    ),
}

HI: Final[dict[str, str]] = {
    "title.list": "तकनीकी नेतृत्व की भूमिकाएँ",
    "title.compare": "{roles}: आमने-सामने",
    "column.id": "आईडी",
    "column.abbr": "संक्षेप",
    "column.title": "पद",
    "column.focus": "ध्यान",
    "column.area": "क्षेत्र",
    "column.statement": "विवरण",
    "column.sources": "स्रोत",
    "column.aspect": "पहलू",
    "column.status": "स्थिति",
    "field.abbr": "संक्षिप्त नाम",
    "field.title": "पद",
    "field.aliases": "अन्य नाम",
    "field.focus": "ध्यान",
    "field.summary": "सार",
    "field.manages": "किसका प्रबंधन",
    "field.reports_to": "किसे रिपोर्ट करता है",
    "field.duties": "कर्तव्य",
    "field.vendor_relations": "विक्रेताओं (वेंडर्स) से संबंध",
    "field.goals": "लक्ष्य",
    "field.sources": "स्रोत",
    "focus.internal": "आंतरिक",
    "focus.customer-facing": "ग्राहक-केंद्रित",
    "focus.both": "आंतरिक और ग्राहक-केंद्रित",
    "status.same": "एक जैसा",
    "status.different": "अलग",
    "status.partial": "केवल {roles}",
    "caption.compare": "= सभी भूमिकाओं में समान   • केवल इसी भूमिका का",
    "source.weak": "कमज़ोर स्रोत",
    "error": "त्रुटि",
    "error.unknown_role.suggest": "'{name}' नाम की कोई भूमिका नहीं मिली; क्या आपका मतलब '{suggestion}' था?",
    "error.unknown_role.known": "'{name}' नाम की कोई भूमिका नहीं मिली; उपलब्ध भूमिकाएँ: {known}",
    "error.too_few_roles": "तुलना के लिए कम से कम {needed} अलग-अलग भूमिकाएँ चाहिए, मिलीं {got}",
    "error.no_builtin": "--no-builtin के साथ कोई भूमिका नहीं बचती; कम से कम एक --kb FILE दीजिए",
    "error.cell_width": "CTOCIO_CELL_WIDTH का मान '{value}' है; इनमें से एक दीजिए: {allowed}",
}

CATALOGUES: Final[dict[str, dict[str, str]]] = {"en": EN, "hi": HI}


def text(key: str, lang: str = "en", **values: str) -> str:
    """The interface string ``key`` in ``lang``, with ``values`` filled in."""
    template = CATALOGUES.get(lang, EN).get(key) or EN[key]
    return template.format(**values) if values else template
