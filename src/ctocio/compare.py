"""Roles side by side: what they say field by field and area by area, and what they share.

A pure function over the knowledge base: it returns data and prints nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from ctocio.fields import ITEM_FIELDS
from ctocio.kb import KnowledgeBase
from ctocio.model import Entry, FocusStatement

Status = Literal["same", "different", "partial"]
"""``same``: every role says the same; ``different``: every role says something, not all the
same; ``partial``: some roles say nothing on this row."""


class CompareCell(NamedTuple):
    """One role's entry on a comparison row; ``shared`` when every compared role has it."""

    entry: Entry
    shared: bool


class CompareRow(NamedTuple):
    """One field (and, for duties, vendor relations and goals, one area) across the roles."""

    field: str
    area: str | None
    status: Status
    cells: dict[str, tuple[CompareCell, ...]]


def compare(kb: KnowledgeBase, role_ids: list[str], *, only_diff: bool = False) -> list[CompareRow]:
    """Line the roles up field by field and, within each list of items, area by area.

    Two entries are the same when their English text is (for the focus, when its value is);
    English is the canonical wording, so the result does not change with the display language.
    """
    roles = {role_id: kb.roles[role_id] for role_id in role_ids}
    rows = [_row("focus", None, {rid: [r.focus] for rid, r in roles.items()}, key=_focus_value)]
    for field_name in ("reports_to", "manages"):
        rows.append(_row(field_name, None, {rid: list(getattr(r, field_name)) for rid, r in roles.items()}))
    for field_name in ITEM_FIELDS:
        for area in kb.areas:
            by_role: dict[str, list[Entry]] = {
                rid: [item for item in r.items(field_name) if item.area == area] for rid, r in roles.items()
            }
            if any(by_role.values()):
                rows.append(_row(field_name, area, by_role))
    rows = [row for row in rows if any(row.cells.values())]
    if only_diff:
        rows = [row for row in rows if row.status != "same"]
    return rows


def _english(entry: Entry) -> str:
    return entry.en


def _focus_value(entry: Entry) -> str:
    return entry.value if isinstance(entry, FocusStatement) else entry.en


def _row(
    field_name: str,
    area: str | None,
    per_role: dict[str, list[Entry]],
    key: Callable[[Entry], str] = _english,
) -> CompareRow:
    keys = {role_id: sorted(key(entry) for entry in entries) for role_id, entries in per_role.items()}
    common = set.intersection(*(set(k) for k in keys.values()))
    cells = {
        role_id: tuple(CompareCell(entry, key(entry) in common) for entry in entries)
        for role_id, entries in per_role.items()
    }
    values = list(keys.values())
    if not all(values):
        status: Status = "partial"
    elif all(v == values[0] for v in values):
        status = "same"
    else:
        status = "different"
    return CompareRow(field_name, area, status, cells)
