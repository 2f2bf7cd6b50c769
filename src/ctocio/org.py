"""Who reports to whom: the reporting lines of the roles loaded, as a picture's edges.

Computes data only; :func:`ctocio.view.org_view` puts it into words and ``ctocio.render`` draws it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ctocio.kb import KnowledgeBase
    from ctocio.model import ReportingLine

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
