"""Roles as a knowledge-base file: what ``show ROLE -f yaml`` writes.

A user copies a built-in role this way, edits it, and loads it with ``--kb``: the file holds the
roles in both languages, and the areas, sources and executives they use, so it validates on
its own terms and a role in it replaces the built-in one of the same id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ctocio.fields import ITEM_FIELDS
from ctocio.model import SCHEMA_VERSION, Confusable, FocusStatement, Item, Keywords, ReportingLine, Text

if TYPE_CHECKING:
    from ctocio.kb import KnowledgeBase
    from ctocio.model import Entry, Executive, Role, Source


def kb_file(kb: KnowledgeBase, role_ids: list[str]) -> dict[str, Any]:
    """The roles ``role_ids`` as one knowledge-base file, with what they use, in the schema's order."""
    roles = {role_id: kb.roles[role_id] for role_id in role_ids}
    used = {item.area for role in roles.values() for name in ITEM_FIELDS for item in role.items(name)}
    areas = [area for area in kb.areas if area in used]
    targets = [line.to for role in roles.values() for line in role.reporting_lines]
    executives = {eid: kb.executives[eid] for eid in dict.fromkeys(targets) if eid in kb.executives}
    sources = dict.fromkeys(
        [
            *(source for role in roles.values() for source in _role_sources(role)),
            *(source for executive in executives.values() for source in executive.sources),
        ]
    )
    document: dict[str, Any] = {"version": SCHEMA_VERSION}
    document["areas"] = {area: _text(kb.areas[area]) for area in areas}
    document["sources"] = {source: _source(kb.sources[source]) for source in sources if source in kb.sources}
    if executives:
        document["executives"] = {eid: _executive(executive) for eid, executive in executives.items()}
    document["roles"] = {role_id: _role(role) for role_id, role in roles.items()}
    return document


def _role_sources(role: Role) -> list[str]:
    entries: list[Entry | ReportingLine] = [
        role.focus, role.summary, *role.manages, *role.reports_to, *role.reporting_lines,
        *(item for name in ITEM_FIELDS for item in role.items(name)), *role.confused_with,
    ]  # fmt: skip
    return [*role.sources, *(source for entry in entries for source in entry.sources)]


def _text(text: Text) -> dict[str, Any]:
    written: dict[str, Any] = {language: value for language, value in (("en", text.en), ("hi", text.hi)) if value}
    if text.translated:
        written["translated"] = True
    return written


def _entry(entry: Entry) -> dict[str, Any]:
    """A statement, item, focus or confused-with entry, as the schema has it, defaults left out."""
    written: dict[str, Any] = {}
    if isinstance(entry, Item):
        written["area"] = entry.area
    if isinstance(entry, FocusStatement):
        written["value"] = entry.value
    if isinstance(entry, Confusable):
        written["name"] = _text(entry.name)
        if entry.aliases:
            written["aliases"] = list(entry.aliases)
    written |= _text(Text(entry.en, entry.hi))
    written["sources"] = list(entry.sources)
    if entry.disputed:
        written["disputed"] = True
    return written


def _line(line: ReportingLine) -> dict[str, Any]:
    written: dict[str, Any] = {"to": line.to}
    if line.typical is not None:
        written["typical"] = line.typical
    if line.share is not None:
        written["share"] = int(line.share) if line.share.is_integer() else line.share
    for name in ("survey", "year", "sample"):
        if getattr(line, name) not in (None, ""):
            written[name] = getattr(line, name)
    written["sources"] = list(line.sources)
    if line.disputed:
        written["disputed"] = True
    return written


def _keywords(keywords: Keywords) -> dict[str, list[str]]:
    return {language: list(words) for language, words in (("en", keywords.en), ("hi", keywords.hi)) if words}


def _role(role: Role) -> dict[str, Any]:
    written: dict[str, Any] = {"abbr": _text(role.abbr), "title": _text(role.title)}
    if role.aliases:
        written["aliases"] = list(role.aliases)
    written["focus"] = _entry(role.focus)
    written["summary"] = _entry(role.summary)
    for name in ("manages", "reports_to", *ITEM_FIELDS, "confused_with"):
        entries: tuple[Entry, ...] = getattr(role, name)
        if entries:
            written[name] = [_entry(entry) for entry in entries]
    if role.reporting_lines:
        written["reporting_lines"] = [_line(line) for line in role.reporting_lines]
    if role.keywords.en or role.keywords.hi:
        written["keywords"] = _keywords(role.keywords)
    if role.sources:
        written["sources"] = list(role.sources)
    return written


def _source(source: Source) -> dict[str, Any]:
    written: dict[str, Any] = {"title": source.title, "language": source.language}
    written |= {name: getattr(source, name) for name in ("url", "note") if getattr(source, name)}
    if source.weak:
        written["weak"] = True
    return written


def _executive(executive: Executive) -> dict[str, Any]:
    written: dict[str, Any] = {"abbr": _text(executive.abbr), "title": _text(executive.title)}
    if executive.aliases:
        written["aliases"] = list(executive.aliases)
    written["sources"] = list(executive.sources)
    return written
