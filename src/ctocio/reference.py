"""A role against another definition of it: ``cio@builtin``, ``cio@path/to/file.yaml``.

An organisation that writes its own CIO (with ``--kb``) compares it with the reference one:
``ctocio compare cio@builtin cio``. The syntax is the role's name, ``@``, and where its other
definition is: ``builtin`` for the built-in file alone, or a file, loaded over the built-in one
as ``--kb`` would load it (so it may use the built-in areas and sources). One argument names
one definition, so it fits the positional ROLE arguments ``compare`` already takes, as
``package@version`` names one release of a package; an option could not say which argument
it applies to.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from ctocio.model import Text

if TYPE_CHECKING:
    from collections.abc import Callable

    from ctocio.kb import KnowledgeBase

BUILTIN = "builtin"


def split(name: str) -> tuple[str, str | None]:
    """``cio@builtin`` is ``("cio", "builtin")``; a name without ``@`` has no source."""
    role, at, source = name.partition("@")
    return (role, source) if at and source else (name, None)


def with_definitions(
    base: KnowledgeBase, names: list[str], load: Callable[[list[Path]], KnowledgeBase], builtin: Path
) -> tuple[KnowledgeBase, list[str]]:
    """``base`` with a role for each ``ROLE@SOURCE`` name, under that name, and the role ids of
    ``names`` in order. Such a role is labelled with its source (``CIO@builtin``), and the areas,
    sources and executives of its file join the base's."""
    from ctocio.kb import KnowledgeBase

    roles = dict(base.roles)
    areas, sources, executives = dict(base.areas), dict(base.sources), dict(base.executives)
    role_ids = []
    for name in names:
        role_name, source = split(name)
        if source is None:
            role_ids.append(base.resolve(name))
            continue
        other = load([builtin] if source == BUILTIN else [builtin, Path(source)])
        role_id = other.resolve(role_name)
        label = source if source == BUILTIN else Path(source).name
        role = other.roles[role_id]
        abbr = Text(
            f"{role.abbr.en}@{label}" if role.abbr.en else "", f"{role.abbr.hi}@{label}" if role.abbr.hi else ""
        )
        variant = f"{role_id}@{label}"
        roles[variant] = dataclasses.replace(role, abbr=abbr, aliases=())
        areas = {**other.areas, **areas}
        sources = {**other.sources, **sources}
        executives = {**other.executives, **executives}
        role_ids.append(variant)
    kb = KnowledgeBase.from_parts(areas, sources, roles, base.origins, executives, lexicon=base.lexicon)
    return kb, role_ids
