"""The names of a role's fields that code goes through in order, without the classes that hold them.

The command line offers :data:`SEARCH_FIELDS` as the choices of ``search --field`` when it
starts; kept apart from :mod:`ctocio.model`, they cost no dataclass creation there.
"""

from __future__ import annotations

ITEM_FIELDS: tuple[str, ...] = ("duties", "vendor_relations", "goals")
"""The role fields whose entries carry an area, in the order they are shown and compared."""

SEARCH_FIELDS: tuple[str, ...] = (
    "title", "abbr", "aliases", "keywords", "focus", "summary", "manages", "reports_to", *ITEM_FIELDS,
)  # fmt: skip
"""Every field search looks in, in the order matches are listed."""
