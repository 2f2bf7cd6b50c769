"""The names a role answers to, and the one way names are compared."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ctocio.model import Role

if TYPE_CHECKING:
    from ctocio.document import Extension

# Spacing and the punctuation people put in titles and abbreviations ("C.T.O.",
# "chief-technology officer") do not make a different name.
_IGNORED = re.compile("[\\s._\\-\u2013\u2014/]+")  # also en and em dashes


def normalise(name: str) -> str:
    """The form in which two names are the same: NFC, case-folded, spacing removed."""
    return _IGNORED.sub("", unicodedata.normalize("NFC", name).casefold())


def role_names(role_id: str, role: Role | Extension) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """Every name of a role with its place in the file: id, abbreviations, titles, aliases.

    An extension adds aliases only.
    """
    if isinstance(role, Role):
        yield role_id, ()
        for key in ("abbr", "title"):
            text = getattr(role, key)
            for lang in ("en", "hi"):
                if getattr(text, lang):
                    yield getattr(text, lang), (key, lang)
    for index, alias in enumerate(role.aliases):
        yield alias, ("aliases", index)
