"""``ctocio org``: who reports to whom, from the reporting lines of the roles loaded.

:func:`org` picks the lines of the picture and the one each role is drawn under; :func:`org_view`
puts them into words, as a tree, a chart and data, which ``ctocio.render`` draws. Here rather
than in :mod:`ctocio.view`, which every command imports: only ``org`` needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from ctocio.catalogue import text
from ctocio.view import Branch, Graph, View, line_data, line_target, line_text, percent

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ctocio.kb import KnowledgeBase
    from ctocio.model import ReportingLine
    from ctocio.view import Wording

_RANK = {"usually": 3, "often": 2, "sometimes": 0}
"""How a line's typicality ranks when picking the one a role is drawn under; a survey's figure
ranks 1: below "often", above "sometimes"."""


class Edge(NamedTuple):
    """One reporting line: ``role`` reports to ``line.to``; ``primary`` where the role is drawn under it."""

    role: str
    line: ReportingLine
    primary: bool


class Org(NamedTuple):
    """The roles and executives of the picture, its edges, and the roles with no line to draw:
    none of their own, and none to them."""

    roles: list[str]
    executives: list[str]
    edges: list[Edge]
    unplaced: list[str]


def primary_line(lines: Sequence[ReportingLine]) -> ReportingLine | None:
    """The line a role is drawn under: its most typical, undisputed where it can be.

    "usually" before "often", then a survey's figure (the latest year, then the largest share),
    then "sometimes"; the first written among equals.
    """

    def rank(numbered: tuple[int, ReportingLine]) -> tuple[bool, float, int, float, int]:
        index, line = numbered
        typical = _RANK[line.typical] if line.typical else 1
        return (not line.disputed, typical, line.year or 0, line.share or 0.0, -index)

    return max(enumerate(lines), key=rank)[1] if lines else None


def org(kb: KnowledgeBase, role_id: str | None = None) -> Org:
    """Every role's reporting lines; with ``role_id``, only that role's, up and down.

    Each role is drawn under one line, its :func:`primary_line` among the lines in the picture:
    in ``org cio`` the CTO, who sometimes reports to the CIO, is drawn under the CIO.
    """
    edges = []
    for rid, role in kb.roles.items():
        lines = [line for line in role.reporting_lines if role_id is None or role_id in (rid, line.to)]
        primary = primary_line(lines)
        edges += [Edge(rid, line, line is primary) for line in lines]
    if role_id is not None:
        involved = {role_id} | {edge.role for edge in edges} | {edge.line.to for edge in edges}
    else:
        involved = set(kb.roles) | {edge.line.to for edge in edges}
    roles = [rid for rid in kb.roles if rid in involved]
    executives = [eid for eid in kb.executives if eid in involved]
    # A role with no line of its own here, whom no line here goes to either: nowhere to draw it.
    placed = {edge.role for edge in edges} | {edge.line.to for edge in edges}
    return Org(roles, executives, edges, [rid for rid in roles if rid not in placed])


def org_view(kb: KnowledgeBase, picture: Org, wording: Wording) -> View:
    """Who reports to whom: a tree on a terminal, a Mermaid chart in Markdown, edges for scripts."""

    def node(node_id: str) -> dict[str, Any]:
        target = line_target(kb, node_id)
        kind = "role" if node_id in kb.roles else "executive"
        return {"id": node_id, "kind": kind, "abbr": wording.data(target.abbr), "title": wording.data(target.title)}

    document = {
        "nodes": [node(node_id) for node_id in (*picture.roles, *picture.executives)],
        "edges": [
            {"from": edge.role, **line_data(kb, edge.line, wording), "primary": edge.primary} for edge in picture.edges
        ],
        "unplaced": picture.unplaced,
    }
    records = [
        (edge.role, edge.line.to, "yes" if edge.primary else "no", edge.line.typical or "",
         "" if edge.line.share is None else percent(edge.line.share), edge.line.survey,
         "" if edge.line.year is None else str(edge.line.year),
         "" if edge.line.sample is None else str(edge.line.sample),
         ",".join(edge.line.sources), "yes" if edge.line.disputed else "no")
        for edge in picture.edges
    ]  # fmt: skip
    header = ("from", "to", "primary", "typical", "share", "survey", "year", "sample", "sources", "disputed")
    return View(document, header, records, [], _org_tree(kb, picture, wording), _org_graph(kb, picture, wording))


def _name(kb: KnowledgeBase, node_id: str, wording: Wording) -> str:
    """A role's or executive's abbreviation and title: ``CIO — Chief Information Officer``."""
    target = line_target(kb, node_id)
    short = wording.shown(kb.short(node_id) if node_id in kb.roles else target.abbr)
    title = wording.shown(target.title)
    return title if short == title else f"{short} — {title}"


def _org_tree(kb: KnowledgeBase, picture: Org, wording: Wording) -> Branch:
    """Each role under the line it is drawn under, its other lines noted beside it; the roots are
    whom nobody in the picture is drawn under."""
    ui = wording.ui
    under: dict[str, list[str]] = {}
    primary: dict[str, ReportingLine] = {}
    for edge in picture.edges:
        if edge.primary:
            under.setdefault(edge.line.to, []).append(edge.role)
            primary[edge.role] = edge.line
    others: dict[str, list[ReportingLine]] = {}
    for edge in picture.edges:
        if not edge.primary:
            others.setdefault(edge.role, []).append(edge.line)
    placed: set[str] = set()

    def branch(node_id: str) -> Branch:
        placed.add(node_id)
        label = _name(kb, node_id, wording)
        line = primary.get(node_id)
        if line is not None:
            label += ": " + line_text(kb, line, wording).split(": ", 1)[1]
            label = (text("marker.disputed", ui) if line.disputed else "") + label
        notes = tuple(Branch("→ " + line_text(kb, other, wording), note=True) for other in others.get(node_id, []))
        # A cycle in a shared file (A under B, B under A) is drawn once, not for ever.
        children = tuple(branch(child) for child in under.get(node_id, []) if child not in placed)
        return Branch(label, notes + children)

    roots = [
        node_id for node_id in (*picture.executives, *picture.roles) if node_id in under and node_id not in primary
    ]
    branches = [branch(root) for root in roots]
    # The roles with nowhere to be drawn, and those in a circle that no root leads to.
    left = [rid for rid in picture.roles if rid not in placed and (rid in picture.unplaced or rid in primary)]
    if left:
        branches.append(Branch(text("org.unplaced", ui), tuple(branch(rid) for rid in left if rid not in placed)))
    return Branch(text("title.org", ui), tuple(branches))


def _org_graph(kb: KnowledgeBase, picture: Org, wording: Wording) -> Graph:
    """The picture as a top-down chart: an arrow from whom a role reports to, labelled with how
    typically or a survey's share and year; a disputed line dashed."""
    ids = {node_id: f"n{number}" for number, node_id in enumerate((*picture.roles, *picture.executives))}

    def short(node_id: str) -> str:
        return wording.shown(kb.short(node_id) if node_id in kb.roles else line_target(kb, node_id).abbr)

    edges = []
    for edge in picture.edges:
        line = edge.line
        if line.share is None:
            label = text(f"typical.{line.typical}", wording.ui)
        else:
            label = f"{percent(line.share)}% {line.year}"
        edges.append((ids[line.to], ids[edge.role], label, line.disputed))
    return Graph(text("title.org", wording.ui), tuple((ids[n], short(n)) for n in ids), tuple(edges))
