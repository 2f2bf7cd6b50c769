"""What each command shows, as plain data: the same view feeds every output format.

A view has three faces: ``document`` (nested data for JSON and YAML), ``records`` (flat rows
for plain text, TSV and CSV: one record a line, nothing nested) and ``grids`` (tables with
headings for Rich and Markdown). Building all three is cheap; the render layer picks one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ctocio.catalogue import text
from ctocio.kb import KnowledgeBase
from ctocio.model import ITEM_FIELDS, Item, Role, Statement
from ctocio.query import CompareRow, Entry


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a grid, with a colour hint for terminals."""

    cells: tuple[str, ...]
    status_style: str | None = None  # colour of the last cell, the row's status


@dataclass(frozen=True, slots=True)
class Grid:
    """A titled table for people: columns, and rows in sections separated by a rule."""

    title: str
    columns: tuple[str, ...]
    sections: tuple[tuple[Row, ...], ...]
    caption: str | None = None
    # Per column: "label" (short row headings), "text" (takes the spare width) or "narrow".
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class View:
    """A command's result in the three shapes the output formats need."""

    document: Any
    header: tuple[str, ...]
    records: Sequence[Sequence[str]]
    grids: list[Grid] = field(default_factory=list)


def list_view(kb: KnowledgeBase, lang: str = "en") -> View:
    """Every role: id, abbreviation, title and focus."""
    document = [
        {
            "id": role_id,
            "abbr": role.abbr.get(lang),
            "title": role.title.get(lang),
            "focus": role.focus.value,
        }
        for role_id, role in kb.roles.items()
    ]
    records = [(d["id"], d["abbr"], d["title"], d["focus"]) for d in document]
    rows = tuple(
        Row((role_id, role.abbr.get(lang), role.title.get(lang), text(f"focus.{role.focus.value}", lang)))
        for role_id, role in kb.roles.items()
    )
    columns = tuple(text(f"column.{key}", lang) for key in ("id", "abbr", "title", "focus"))
    grid = Grid(text("title.list", lang), columns, (rows,))
    return View(document, ("id", "abbr", "title", "focus"), records, [grid])


def _sourced(entry: Entry, lang: str) -> dict[str, Any]:
    return {"text": entry.get(lang), "sources": list(entry.sources)}


def _item(item: Item, lang: str) -> dict[str, Any]:
    return {"area": item.area, **_sourced(item, lang)}


def role_document(kb: KnowledgeBase, role_id: str, lang: str = "en") -> dict[str, Any]:
    """One role as nested data, the shape documented for ``show -f json``."""
    role = kb.roles[role_id]
    return {
        "id": role_id,
        "abbr": role.abbr.get(lang),
        "title": role.title.get(lang),
        "aliases": list(role.aliases),
        "focus": {"value": role.focus.value, **_sourced(role.focus, lang)},
        "summary": _sourced(role.summary, lang),
        "manages": [_sourced(s, lang) for s in role.manages],
        "reports_to": [_sourced(s, lang) for s in role.reports_to],
        **{name: [_item(item, lang) for item in role.items(name)] for name in ITEM_FIELDS},
        "sources": [_source(kb, source_id) for source_id in role.sources],
    }


def _source(kb: KnowledgeBase, source_id: str) -> dict[str, Any]:
    source = kb.sources[source_id]
    return {
        "id": source_id,
        "title": source.title,
        "url": source.url or None,
        "language": source.language,
        "weak": source.weak,
    }


def show_view(kb: KnowledgeBase, role_ids: list[str], lang: str = "en") -> View:
    """Everything about the given roles; one role gives an object, several a list."""
    documents = [role_document(kb, role_id, lang) for role_id in role_ids]
    records: list[tuple[str, ...]] = []
    grids = []
    for role_id in role_ids:
        records.extend(_role_records(kb, role_id, lang))
        grids.append(_role_grid(kb, role_id, lang))
    header = ("role", "field", "area", "text", "sources")
    return View(documents[0] if len(documents) == 1 else documents, header, records, grids)


def _role_records(kb: KnowledgeBase, role_id: str, lang: str) -> list[tuple[str, ...]]:
    role = kb.roles[role_id]
    records: list[tuple[str, ...]] = [
        (role_id, "abbr", "", role.abbr.get(lang), ""),
        (role_id, "title", "", role.title.get(lang), ""),
    ]
    records += [(role_id, "alias", "", alias, "") for alias in role.aliases]
    records.append((role_id, "focus", "", role.focus.value, ""))
    records.append((role_id, "focus_detail", "", role.focus.get(lang), ",".join(role.focus.sources)))
    records.append((role_id, "summary", "", role.summary.get(lang), ",".join(role.summary.sources)))
    for name in ("manages", "reports_to"):
        statements: tuple[Statement, ...] = getattr(role, name)
        records += [(role_id, name, "", s.get(lang), ",".join(s.sources)) for s in statements]
    for name in ITEM_FIELDS:
        records += [(role_id, name, i.area, i.get(lang), ",".join(i.sources)) for i in role.items(name)]
    records += [(role_id, "source", "", kb.sources[s].title, s) for s in role.sources]
    return records


def _role_grid(kb: KnowledgeBase, role_id: str, lang: str) -> Grid:
    role = kb.roles[role_id]

    def group(field_name: str, entries: list[tuple[str, str, str]]) -> tuple[Row, ...]:
        label = text(f"field.{field_name}", lang)
        return tuple(Row((label if i == 0 else "", *entry)) for i, entry in enumerate(entries))

    def sources(entry: Entry) -> str:
        return ", ".join(entry.sources)

    focus = f"{text(f'focus.{role.focus.value}', lang)}: {role.focus.get(lang)}"
    sections = [
        group("abbr", [("", role.abbr.get(lang), "")])
        + group("aliases", [("", ", ".join(role.aliases), "")] if role.aliases else []),
        group("focus", [("", focus, sources(role.focus))]),
        group("summary", [("", role.summary.get(lang), sources(role.summary))]),
    ]
    for name in ("manages", "reports_to"):
        statements: tuple[Statement, ...] = getattr(role, name)
        sections.append(group(name, [("", s.get(lang), sources(s)) for s in statements]))
    for name in ITEM_FIELDS:
        sections.append(group(name, [(kb.areas[i.area].get(lang), i.get(lang), sources(i)) for i in role.items(name)]))
    sections.append(group("sources", [("", _source_line(kb, s), s) for s in role.sources]))
    columns = ("", text("column.area", lang), text("column.statement", lang), text("column.sources", lang))
    title = f"{role.abbr.get(lang)} — {role.title.get(lang)}"
    kinds = ("label", "label", "text", "narrow")
    return Grid(title, columns, tuple(section for section in sections if section), kinds=kinds)


def _source_line(kb: KnowledgeBase, source_id: str) -> str:
    source = kb.sources[source_id]
    line = source.title + (f" ({source.url})" if source.url else "")
    return line + (f" [{text('source.weak')}]" if source.weak else "")


def compare_view(kb: KnowledgeBase, role_ids: list[str], rows: list[CompareRow], lang: str = "en") -> View:
    """Roles side by side, one row per field or area, with what they share marked."""
    roles: list[Role] = [kb.roles[role_id] for role_id in role_ids]
    document = {
        "roles": [
            {"id": rid, "abbr": r.abbr.get(lang), "title": r.title.get(lang)}
            for rid, r in zip(role_ids, roles, strict=True)
        ],
        "rows": [
            {
                "field": row.field,
                "area": row.area,
                "status": row.status,
                "cells": {
                    role_id: [
                        {
                            "text": _cell_text(row, cell.entry, lang, machine=True),
                            "shared": cell.shared,
                            "sources": list(cell.entry.sources),
                        }
                        for cell in cells
                    ]
                    for role_id, cells in row.cells.items()
                },
            }
            for row in rows
        ],
    }
    records = [
        (
            row.field,
            row.area or "",
            row.status,
            role_id,
            "yes" if cell.shared else "no",
            _cell_text(row, cell.entry, lang, machine=True),
        )
        for row in rows
        for role_id, cells in row.cells.items()
        for cell in cells
    ]
    abbrs = {role_id: role.abbr.get(lang) for role_id, role in zip(role_ids, roles, strict=True)}
    sections: list[list[Row]] = []
    for row in rows:
        label = text(f"field.{row.field}", lang)
        if row.area is not None:
            label = f"{label}: {kb.areas[row.area].get(lang)}"
        cells = tuple(
            "\n".join(
                text("marker.shared" if cell.shared else "marker.own", lang) + _cell_text(row, cell.entry, lang)
                for cell in row.cells[role_id]
            )
            for role_id in role_ids
        )
        present = [abbrs[rid] for rid in role_ids if row.cells[rid]]
        status = text(f"status.{row.status}", lang, roles=", ".join(present))
        # A rule under every row: cells of several lines would otherwise run into the next row.
        sections.append([Row((label, *cells, status), status_style=_STATUS_STYLE[row.status])])
    columns = (text("column.aspect", lang), *abbrs.values(), text("column.status", lang))
    title = text("title.compare", lang, roles=" · ".join(abbrs.values()))
    kinds = ("label", *("text" for _ in role_ids), "narrow")
    grid = Grid(title, columns, tuple(tuple(s) for s in sections), text("caption.compare", lang), kinds)
    header = ("field", "area", "status", "role", "shared", "text")
    return View(document, header, records, [grid])


_STATUS_STYLE = {"same": "green", "different": "yellow", "partial": "cyan"}


def _cell_text(row: CompareRow, entry: Entry, lang: str, *, machine: bool = False) -> str:
    if row.field == "focus" and hasattr(entry, "value"):
        value: str = entry.value
        return value if machine else text(f"focus.{value}", lang)
    return entry.get(lang)
