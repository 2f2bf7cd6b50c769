"""What each command shows, as plain data: the same view feeds every output format.

A view has three faces: ``document`` (nested data for JSON and YAML), ``records`` (flat rows
for plain text, TSV and CSV: one record a line, nothing nested) and ``grids`` (tables with
headings for Rich and Markdown). Building all three is cheap; the render layer picks one.
"""

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ctocio.catalogue import text
from ctocio.fields import ITEM_FIELDS
from ctocio.kb import KnowledgeBase
from ctocio.language import Lang
from ctocio.model import Entry, Executive, FocusStatement, Item, ReportingLine, Role, Statement, Text

if TYPE_CHECKING:
    from ctocio.compare import CompareRow
    from ctocio.search import Match, RoleResult, Why

Bilingual = Text | Entry


class Wording(NamedTuple):
    """How knowledge-base text is put into words for one run: ``en``, ``hi`` or both."""

    lang: str

    @property
    def ui(self) -> str:
        """The language of headings and labels (English when both are asked for)."""
        return "en" if self.lang == Lang.BOTH else self.lang

    def data(self, value: Bilingual) -> Any:
        """For JSON and YAML: the text, or ``{"en": ..., "hi": ...}`` (null where missing)."""
        if self.lang == Lang.BOTH:
            return {"en": value.en or None, "hi": value.hi or None}
        return value.get(self.lang)

    def lang_of(self, *values: Bilingual) -> str | None:
        """The language these texts are shown in: the other one where any has none in ``lang``."""
        if self.lang == Lang.BOTH:
            return None
        if all(value.has(self.lang) for value in values):
            return self.lang
        return "hi" if self.lang == "en" else "en"

    def plain(self, value: Bilingual) -> str:
        """For records: the text in ``lang`` (English where it is missing), marked where disputed."""
        return self.disputed(value) + value.get(self.ui)

    def shown(self, value: Bilingual) -> str:
        """For people: the text in ``lang``, marked where it had to fall back to the other language,
        and where sources dispute it."""
        used = self.lang_of(value) or self.ui
        marker = text(f"marker.fallback.{used}", self.ui) if used != self.ui else ""
        return self.disputed(value) + marker + value.get(self.ui)

    def disputed(self, value: Bilingual) -> str:
        """The mark of a text that sources disagree on (another entry gives the other view), or ""."""
        return text("marker.disputed", self.ui) if getattr(value, "disputed", False) else ""


class Marked(NamedTuple):
    """A cell's text with spans to highlight: the words a search matched."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def __str__(self) -> str:
        return self.text


class _SlottedCell:
    """A cell that is a plain class rather than a named tuple: every run that shows or compares
    roles creates these classes, and a named tuple costs several times as much to create. Equal
    by the values of their slots, and shown as their class with those values."""

    __slots__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._values()!r}"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()


class Cited(_SlottedCell):
    """A cell of statements, a line each, with each statement's source ids: a web page links them."""

    __slots__ = ("lines", "sources")

    def __init__(self, lines: tuple[str, ...], sources: tuple[tuple[str, ...], ...]) -> None:
        self.lines = lines
        self.sources = sources

    def __str__(self) -> str:
        return "\n".join(self.lines)


class SourceIds(_SlottedCell):
    """A cell of source ids, written as a list: a web page links each to its entry."""

    __slots__ = ("ids",)

    def __init__(self, ids: tuple[str, ...]) -> None:
        self.ids = ids

    def __str__(self) -> str:
        return ", ".join(self.ids)


Cell = str | Marked | Cited | SourceIds


class Row(NamedTuple):
    """One row of a grid, with a colour hint for terminals."""

    cells: tuple[Cell, ...]
    status_style: str | None = None  # colour of the last cell, the row's status


class Grid(NamedTuple):
    """A titled table for people: columns, and rows in sections separated by a rule."""

    title: str
    columns: tuple[str, ...]
    sections: tuple[tuple[Row, ...], ...]
    caption: str | None = None
    # Per column: "label" (short row headings), "text" (takes the spare width) or "narrow".
    kinds: tuple[str, ...] = ()
    header: bool = True
    """Whether a terminal shows the column headings; Markdown always does, as its tables need them."""


class Branch(NamedTuple):
    """A node of a tree for people, with its children; ``note`` for a line about the node itself."""

    label: str
    children: "tuple[Branch, ...]" = ()
    note: bool = False


class Graph(NamedTuple):
    """A chart: nodes ``(id, label)`` and edges ``(from, to, label, dashed)``, from top to bottom."""

    title: str
    nodes: tuple[tuple[str, str], ...]
    edges: tuple[tuple[str, str, str, bool], ...]


class View(NamedTuple):
    """A command's result in the shapes the output formats need: a terminal draws ``tree`` where
    there is one, else ``grids``; Markdown draws ``graph`` where there is one, else ``grids``."""

    document: Any
    header: tuple[str, ...]
    records: Sequence[Sequence[str]]
    grids: list[Grid]
    tree: Branch | None = None
    graph: Graph | None = None
    kb_file: Any = None
    """What YAML writes instead of ``document``, where it is set: for ``show``, a knowledge-base file."""
    cited: tuple[tuple[str, str, str], ...] = ()
    """The sources the view names, ``(id, title, address)`` in order of first mention, where a web
    page lists them (see :func:`citations`)."""


def citations(kb: KnowledgeBase, document: Any) -> tuple[tuple[str, str, str], ...]:
    """Every source a view's document names under ``sources``, in order of first mention."""
    found: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "sources" and isinstance(item, list | tuple):
                    found.update(dict.fromkeys(str(source_id) for source_id in item))
                else:
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(document)
    return tuple(
        (source_id, kb.sources[source_id].title, kb.sources[source_id].url)
        for source_id in found
        if source_id in kb.sources
    )


def list_view(kb: KnowledgeBase, wording: Wording, *, origin: bool = False) -> View:
    """Every role: id, abbreviation, title and focus; with ``origin``, the files it came from."""
    ui = wording.ui
    document = []
    records = []
    rows = []
    for role_id, role in kb.roles.items():
        lang = wording.lang_of(role.abbr, role.title)
        entry = {
            "id": role_id,
            "abbr": wording.data(role.abbr),
            "title": wording.data(role.title),
            "focus": role.focus.value,
            "lang": lang,
        }
        record = [role_id, wording.plain(role.abbr), wording.plain(role.title), role.focus.value, lang or ""]
        row = [role_id, wording.shown(role.abbr), wording.shown(role.title), text(f"focus.{role.focus.value}", ui)]
        if origin:
            files = list(kb.origins.get(role_id, ()))
            entry["origin"] = files
            record.append(os.pathsep.join(files))  # the separator of path lists, as in CTOCIO_KB
            row.append("\n".join(files))
        document.append(entry)
        records.append(tuple(record))
        rows.append(Row(tuple(row)))
    keys = ("id", "abbr", "title", "focus", *(("origin",) if origin else ()))
    columns = tuple(text(f"column.{key}", ui) for key in keys)
    grid = Grid(text("title.list", ui), columns, (tuple(rows),), kinds=("label",) * len(columns))
    header = ("id", "abbr", "title", "focus", "lang", *(("origin",) if origin else ()))
    return View(document, header, records, [grid])


def _sourced(entry: Entry, wording: Wording) -> dict[str, Any]:
    return {
        "text": wording.data(entry),
        "lang": wording.lang_of(entry),
        "sources": list(entry.sources),
        "disputed": entry.disputed,
    }


def _item(item: Item, wording: Wording) -> dict[str, Any]:
    return {"area": item.area, **_sourced(item, wording)}


def role_document(kb: KnowledgeBase, role_id: str, wording: Wording) -> dict[str, Any]:
    """One role as nested data, the shape documented for ``show -f json``."""
    role = kb.roles[role_id]
    return {
        "id": role_id,
        "abbr": wording.data(role.abbr),
        "title": wording.data(role.title),
        "lang": wording.lang_of(role.abbr, role.title),
        "aliases": list(role.aliases),
        "focus": {"value": role.focus.value, **_sourced(role.focus, wording)},
        "summary": _sourced(role.summary, wording),
        "manages": [_sourced(s, wording) for s in role.manages],
        "reports_to": [_sourced(s, wording) for s in role.reports_to],
        "reporting_lines": [line_data(kb, line, wording) for line in role.reporting_lines],
        **{name: [_item(item, wording) for item in role.items(name)] for name in ITEM_FIELDS},
        "confused_with": [
            {"name": wording.data(entry.name), **_sourced(entry, wording)} for entry in role.confused_with
        ],
        "sources": [_source(kb, source_id) for source_id in role.sources],
    }


def line_data(kb: KnowledgeBase, line: ReportingLine, wording: Wording) -> dict[str, Any]:
    return {
        "to": line.to,
        "to_abbr": wording.data(line_target(kb, line.to).abbr),
        "typical": line.typical,
        "share": line.share,
        "survey": line.survey or None,
        "year": line.year,
        "sample": line.sample,
        "sources": list(line.sources),
        "disputed": line.disputed,
    }


def line_target(kb: KnowledgeBase, target: str) -> Role | Executive:
    """The role or executive a reporting line goes to."""
    return kb.roles[target] if target in kb.roles else kb.executives[target]


def percent(value: float) -> str:
    return f"{value:g}"


def line_text(kb: KnowledgeBase, line: ReportingLine, wording: Wording) -> str:
    """A reporting line in a few words: ``CEO: 56% (CIO UK, CIO 100, 2016, 100 asked)``, ``CEO: usually``."""
    ui = wording.ui
    if line.share is None:
        how = text(f"typical.{line.typical}", ui)
    else:
        key = "line.share" if line.sample is None else "line.sample"
        how = text(key, ui, share=percent(line.share), survey=line.survey, year=str(line.year), sample=str(line.sample))
    marker = text("marker.disputed", ui) if line.disputed else ""
    return f"{marker}{wording.shown(line_target(kb, line.to).abbr)}: {how}"


def _lines_grid(kb: KnowledgeBase, role_id: str, wording: Wording) -> Grid:
    """A role's reporting lines as a small table: whom; how typically, or what share in which survey."""
    ui = wording.ui
    rows = []
    for line in kb.roles[role_id].reporting_lines:
        marker = text("marker.disputed", ui) if line.disputed else ""
        how = text(f"typical.{line.typical}", ui) if line.share is None else f"{percent(line.share)}%"
        survey = "" if line.year is None else f"{line.survey}, {line.year}"
        if line.sample is not None:
            survey = text("line.asked", ui, survey=survey, sample=str(line.sample))
        rows.append(Row((marker + wording.shown(line_target(kb, line.to).abbr), how, survey, SourceIds(line.sources))))
    # As many columns as a role's own table, so that whatever width shows one shows the other.
    columns = tuple(text(f"column.{name}", ui) for name in ("reports_to", "how", "survey", "sources"))
    title = text("title.reporting_lines", ui, abbr=wording.shown(kb.roles[role_id].abbr))
    return Grid(title, columns, (tuple(rows),), kinds=("label", "narrow", "text", "narrow"))


def _source(kb: KnowledgeBase, source_id: str) -> dict[str, Any]:
    source = kb.sources[source_id]
    return {
        "id": source_id,
        "title": source.title,
        "url": source.url or None,
        "language": source.language,
        "weak": source.weak,
    }


def show_view(kb: KnowledgeBase, role_ids: list[str], wording: Wording, *, origin: bool = False) -> View:
    """Everything about the given roles; one role gives an object, several a list."""
    documents = [role_document(kb, role_id, wording) for role_id in role_ids]
    records: list[tuple[str, ...]] = []
    grids = []
    for role_id, document in zip(role_ids, documents, strict=True):
        files = kb.origins.get(role_id, ())
        records.extend(_role_records(kb, role_id, wording))
        grid = _role_grid(kb, role_id, wording)
        if origin:
            document["origin"] = list(files)
            records += [(role_id, "origin", "", file, "", "") for file in files]
            label = text("field.origin", wording.ui)
            rows = tuple(Row((label if i == 0 else "", "", file, "")) for i, file in enumerate(files))
            grid = grid._replace(sections=(*grid.sections, rows))
        grids.append(grid)
        if kb.roles[role_id].reporting_lines:
            grids.append(_lines_grid(kb, role_id, wording))
    header = ("role", "field", "area", "text", "sources", "lang")
    return View(documents[0] if len(documents) == 1 else documents, header, records, grids)


def _role_records(kb: KnowledgeBase, role_id: str, wording: Wording) -> list[tuple[str, ...]]:
    role = kb.roles[role_id]

    def record(field_name: str, area: str, value: Bilingual) -> tuple[str, ...]:
        sources = ",".join(value.sources) if not isinstance(value, Text) else ""
        return (role_id, field_name, area, wording.plain(value), sources, wording.lang_of(value) or "")

    # Aliases, the focus value and source titles are never translated: their lang is empty.
    records = [record("abbr", "", role.abbr), record("title", "", role.title)]
    records += [(role_id, "alias", "", alias, "", "") for alias in role.aliases]
    records.append((role_id, "focus", "", role.focus.value, "", ""))
    records.append(record("focus_detail", "", role.focus))
    records.append(record("summary", "", role.summary))
    for name in ("manages", "reports_to"):
        statements: tuple[Statement, ...] = getattr(role, name)
        records += [record(name, "", s) for s in statements]
    records += [
        (role_id, "reporting_line", "", line_text(kb, line, wording), ",".join(line.sources), wording.ui)
        for line in role.reporting_lines
    ]
    for name in ITEM_FIELDS:
        records += [record(name, i.area, i) for i in role.items(name)]
    records += [
        (role_id, "confused_with", "", f"{wording.plain(c.name)}: {wording.plain(c)}", ",".join(c.sources),
         wording.lang_of(c.name, c) or "")
        for c in role.confused_with
    ]  # fmt: skip
    records += [(role_id, "source", "", kb.sources[s].title, s, "") for s in role.sources]
    return records


def _role_grid(kb: KnowledgeBase, role_id: str, wording: Wording) -> Grid:
    role = kb.roles[role_id]
    ui = wording.ui

    def group(field_name: str, entries: Sequence[tuple[str, str, Cell]]) -> tuple[Row, ...]:
        label = text(f"field.{field_name}", ui)
        return tuple(Row((label if i == 0 else "", *entry)) for i, entry in enumerate(entries))

    def sources(entry: Entry) -> SourceIds:
        return SourceIds(entry.sources)

    focus = f"{text(f'focus.{role.focus.value}', ui)}: {wording.shown(role.focus)}"
    sections = [
        group("abbr", [("", wording.shown(role.abbr), "")])
        + group("aliases", [("", ", ".join(role.aliases), "")] if role.aliases else []),
        group("focus", [("", focus, sources(role.focus))]),
        group("summary", [("", wording.shown(role.summary), sources(role.summary))]),
    ]
    for name in ("manages", "reports_to"):
        statements: tuple[Statement, ...] = getattr(role, name)
        sections.append(group(name, [("", wording.shown(s), sources(s)) for s in statements]))
    for name in ITEM_FIELDS:
        entries = [(wording.shown(kb.areas[i.area]), wording.shown(i), sources(i)) for i in role.items(name)]
        sections.append(group(name, entries))
    confusions = [("", f"{wording.shown(c.name)}: {wording.shown(c)}", sources(c)) for c in role.confused_with]
    sections.append(group("confused_with", confusions))
    sections.append(group("sources", [("", _source_line(kb, s, ui), SourceIds((s,))) for s in role.sources]))
    columns = ("", text("column.area", ui), text("column.statement", ui), text("column.sources", ui))
    title = f"{wording.shown(role.abbr)} — {wording.shown(role.title)}"
    kinds = ("label", "label", "text", "narrow")
    return Grid(title, columns, tuple(section for section in sections if section), kinds=kinds)


def _source_line(kb: KnowledgeBase, source_id: str, ui: str) -> str:
    source = kb.sources[source_id]
    line = source.title + (f" ({source.url})" if source.url else "")
    return line + (f" [{text('source.weak', ui)}]" if source.weak else "")


def compare_view(kb: KnowledgeBase, role_ids: list[str], rows: "list[CompareRow]", wording: Wording) -> View:
    """Roles side by side, one row per field or area, with what they share marked."""
    roles: list[Role] = [kb.roles[role_id] for role_id in role_ids]
    ui = wording.ui

    def cell_data(row: "CompareRow", entry: Entry) -> tuple[Any, str | None]:
        # The focus row compares values, which are ids and never translated.
        if row.field == "focus" and isinstance(entry, FocusStatement):
            return entry.value, None
        return wording.data(entry), wording.lang_of(entry)

    document = {
        "roles": [
            {"id": rid, "abbr": wording.data(r.abbr), "title": wording.data(r.title),
             "lang": wording.lang_of(r.abbr, r.title)}
            for rid, r in zip(role_ids, roles, strict=True)
        ],
        "rows": [
            {
                "field": row.field,
                "area": row.area,
                "status": row.status,
                "cells": {
                    role_id: [
                        dict(zip(("text", "lang"), cell_data(row, cell.entry), strict=True),
                             shared=cell.shared, sources=list(cell.entry.sources), disputed=cell.entry.disputed)
                        for cell in cells
                    ]
                    for role_id, cells in row.cells.items()
                },
            }
            for row in rows
        ],
    }  # fmt: skip

    def cell_plain(row: "CompareRow", entry: Entry) -> tuple[str, str]:
        if row.field == "focus" and isinstance(entry, FocusStatement):
            return entry.value, ""
        return wording.plain(entry), wording.lang_of(entry) or ""

    records = [
        (row.field, row.area or "", row.status, role_id, "yes" if cell.shared else "no", *cell_plain(row, cell.entry))
        for row in rows
        for role_id, cells in row.cells.items()
        for cell in cells
    ]
    # Where two roles share an abbreviation (CDO), their titles tell the columns apart.
    abbrs = {role_id: wording.shown(kb.short(role_id)) for role_id in role_ids}
    header = ("field", "area", "status", "role", "shared", "text", "lang")
    if len(role_ids) >= PIVOT_AT:
        return View(document, header, records, _pivoted(kb, role_ids, rows, wording, abbrs))
    sections: list[list[Row]] = []
    for row in rows:
        label, status = _aspect(kb, row, role_ids, abbrs, wording)
        cells = tuple(_cell_text(row, role_id, wording) for role_id in role_ids)
        # A rule under every row: cells of several lines would otherwise run into the next row.
        sections.append([Row((label, *cells, status), status_style=_STATUS_STYLE[row.status])])
    columns = (text("column.aspect", ui), *abbrs.values(), text("column.status", ui))
    title = text("title.compare", ui, roles=" · ".join(abbrs.values()))
    kinds = ("label", *("text" for _ in role_ids), "narrow")
    grid = Grid(title, columns, tuple(tuple(s) for s in sections), text("caption.compare", ui), kinds)
    return View(document, header, records, [grid])


PIVOT_AT = 4
"""From this many roles, ``compare`` draws a table for each aspect, a row for each role: four or
more columns of statements side by side would be slivers at 80 columns."""


def _pivoted(
    kb: KnowledgeBase, role_ids: list[str], rows: "list[CompareRow]", wording: Wording, abbrs: dict[str, str]
) -> list[Grid]:
    """The comparison turned on its side: a titled table per aspect, one row per role that says something."""
    ui = wording.ui
    grids = []
    columns = (text("column.role", ui), text("column.statement", ui))
    for row in rows:
        label, status = _aspect(kb, row, role_ids, abbrs, wording)
        body = tuple(Row((abbrs[rid], _cell_text(row, rid, wording))) for rid in role_ids if row.cells[rid])
        # The title names the aspect and the rows their roles: headings repeated over every
        # table would say nothing (and drawing them is a tenth of the time).
        grids.append(Grid(f"{label} ({status})", columns, (body,), None, ("label", "text"), header=False))
    if grids:
        grids[-1] = grids[-1]._replace(caption=text("caption.compare", ui))
    return grids


def _aspect(
    kb: KnowledgeBase, row: "CompareRow", role_ids: list[str], abbrs: dict[str, str], wording: Wording
) -> tuple[str, str]:
    """A compared row's label (its field, and its area where it has one) and its status in words."""
    label = text(f"field.{row.field}", wording.ui)
    if row.area is not None:
        label = f"{label}: {wording.shown(kb.areas[row.area])}"
    present = [abbrs[rid] for rid in role_ids if row.cells[rid]]
    return label, text(f"status.{row.status}", wording.ui, roles=", ".join(present))


def _cell_text(row: "CompareRow", role_id: str, wording: Wording) -> Cited:
    """What one role says on a compared row, an entry a line, each marked shared or its own."""
    cells = row.cells[role_id]
    return Cited(
        tuple(
            text("marker.shared" if cell.shared else "marker.own", wording.ui) + _shown_cell(row, cell.entry, wording)
            for cell in cells
        ),
        tuple(cell.entry.sources for cell in cells),
    )


_STATUS_STYLE = {"same": "green", "different": "yellow", "partial": "cyan"}


def _shown_cell(row: "CompareRow", entry: Entry, wording: Wording) -> str:
    if row.field == "focus" and isinstance(entry, FocusStatement):
        return text(f"focus.{entry.value}", wording.ui)
    return wording.shown(entry)


def search_view(
    kb: KnowledgeBase,
    query: str,
    words_used: list[str],
    results: "list[RoleResult]",
    wording: Wording,
    *,
    close: "Sequence[RoleResult]" = (),
    explain: bool = False,
) -> View:
    """Roles ranked by how well they match, each with its matching texts and the words that matched.

    ``close`` (roles that score nearly the same, each with its best text) is said first, on a
    terminal as a table of its own, in JSON and YAML as ``close_call``: the order between such
    roles says little, and both do the work, each in its own way. With ``explain``, each text
    says which words of the question met which of its words, and how.
    """
    ui = wording.ui

    def bilingual(match: "Match") -> Text:
        # A keyword or alias is written in one language only: shown as it is, in either.
        if wording.lang == Lang.BOTH:
            return Text(match.text.en, match.text.hi)
        return Text(match.text.en or match.text.hi, match.text.hi or match.text.en)

    def lang_of(match: "Match") -> str | None:
        return None if wording.lang == Lang.BOTH else shown_lang(match)

    def area_of(match: "Match") -> str:
        return wording.shown(kb.areas[match.text.area]) if match.text.area else ""

    def shown_lang(match: "Match") -> str:
        # The text shown is the match's own in the language asked for, else its other one.
        return ui if getattr(match.text, ui) else ("en" if ui == "hi" else "hi")

    def marked(match: "Match") -> Marked:
        shown = wording.shown(bilingual(match))
        # After any marker saying the text is in the other language.
        lang = shown_lang(match)
        offset = len(shown) - len(getattr(match.text, lang))
        return Marked(shown, tuple((offset + start, offset + end) for start, end in match.spans(lang)))

    def match_data(match: "Match") -> dict[str, Any]:
        data = {
            "field": match.text.field,
            "area": match.text.area,
            "text": wording.data(bilingual(match)),
            "lang": lang_of(match),
            "score": match.score,
        }
        if explain:
            data["explain"] = [reason._asdict() for reason in match.why()]
        return data

    def shown_why(match: "Match") -> "list[Why]":
        # The reasons found in the text shown; those of the other language where it has none.
        every = match.why()
        return [why for why in every if why.lang == shown_lang(match)] or list(every)

    def reasons(match: "Match") -> str:
        """The reasons a text matched, one a line: ``vendor → vendors (another form)``."""
        return "\n".join(
            text("explain.reason", ui, word=why.word, matched=why.matched, via=_via(why.via, ui))
            for why in shown_why(match)
        )

    def role_data(result: "RoleResult") -> dict[str, Any]:
        role = kb.roles[result.role]
        return {"role": result.role, "abbr": wording.data(role.abbr), "title": wording.data(role.title)}

    document = {
        "query": query,
        "words": words_used,
        "close_call": [
            {**role_data(entry), "score": entry.score, "match": match_data(entry.matches[0])} for entry in close
        ],
        "results": [
            {**role_data(result), "score": result.score, "matches": [match_data(match) for match in result.matches]}
            for result in results
        ],
    }
    records = [
        (result.role, match.text.field, match.text.area or "", f"{match.score:.2f}",
         wording.plain(bilingual(match)), lang_of(match) or "",
         *(["; ".join(f"{why.word}={why.matched}:{why.via}" for why in shown_why(match))] if explain else []))
        for result in results
        for match in result.matches
    ]  # fmt: skip
    grids = []
    columns: tuple[str, ...] = ("", text("column.area", ui), text("column.statement", ui), text("column.score", ui))
    kinds: tuple[str, ...] = ("label", "label", "text", "narrow")
    if explain:
        columns, kinds = (*columns, text("column.why", ui)), (*kinds, "text")

    def explained(cells: tuple[Cell, ...], match: "Match") -> Row:
        return Row((*cells, reasons(match)) if explain else cells)

    if close:
        abbrs = [wording.shown(kb.short(entry.role)) for entry in close]
        roles = text("word.and", ui, first=", ".join(abbrs[:-1]), last=abbrs[-1])
        rows = [
            explained((wording.shown(kb.short(entry.role)), area_of(entry.matches[0]), marked(entry.matches[0]),
                       f"{entry.score:.2f}"), entry.matches[0])
            for entry in close
        ]  # fmt: skip
        grids.append(Grid(text("title.close_call", ui, roles=roles), columns, (tuple(rows),), kinds=kinds))
    for rank, result in enumerate(results, start=1):
        role = kb.roles[result.role]
        rows = []
        for match in result.matches:
            rows.append(explained((text(f"field.{match.text.field}", ui), area_of(match), marked(match),
                                   f"{match.score:.2f}"), match))  # fmt: skip
        title = text("title.search", ui, rank=str(rank), abbr=wording.shown(role.abbr),
                     title=wording.shown(role.title), score=f"{result.score:.2f}")  # fmt: skip
        grids.append(Grid(title, columns, (tuple(rows),), kinds=kinds))
    header = ("role", "field", "area", "score", "text", "lang", *(["explain"] if explain else []))
    return View(document, header, records, grids)


def _via(via: str, lang: str) -> str:
    """How a word matched, in words: each step of ``typo+lexicon`` named."""
    return text("explain.then", lang).join(text(f"via.{step}", lang) for step in via.split("+"))
