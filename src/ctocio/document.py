"""The knowledge-base file: what one YAML file holds, for loading and validation only.

Kept apart from :mod:`ctocio.model` because a run served from the cache never reads a file, and
so never needs these classes (each dataclass costs start-up time to create).
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from ctocio.model import PYDANTIC_CONFIG, Additions, Executive, Keywords, Plain, Role, Source, Text, record


@record
class Extension(Additions):
    """Additions to a role defined in an earlier file: ``extend: {cio: {duties: [...]}}``.

    Everything listed is appended; nothing is replaced. To change a role's title, focus or
    summary, define the whole role again under ``roles``.
    """

    __pydantic_config__ = PYDANTIC_CONFIG

    # A factory, not a default value: the JSON Schema then shows no default for an extension's
    # keywords, as it never has (a role's show an empty list of each language).
    keywords: Keywords = field(default_factory=Keywords)


@record
class Concept(Plain):
    """Words that mean one thing to a reader, in English, Hindi and Hindi typed in Latin letters.

    For search, which takes a question's word for any other word of its concept: "supplier"
    finds the texts that say "vendor" or "विक्रेता", and the reverse. Word equivalences, not
    statements of fact, so they name no source.
    """

    __pydantic_config__ = PYDANTIC_CONFIG

    en: tuple[str, ...] = ()
    hi: tuple[str, ...] = ()
    roman: tuple[str, ...] = ()
    """Hindi words as people type them in Latin letters: "vikreta", "suraksha"."""

    def words(self) -> tuple[str, ...]:
        """Every word of the concept, English first."""
        return (*self.en, *self.hi, *self.roman)


@record
class Document(Plain):
    """One knowledge-base file as written: areas, sources, roles, executives, extensions, lexicon, by id."""

    __pydantic_config__ = PYDANTIC_CONFIG

    version: Literal[1]
    areas: dict[str, Text] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    extend: dict[str, Extension] = field(default_factory=dict)
    executives: dict[str, Executive] = field(default_factory=dict)
    lexicon: dict[str, Concept] = field(default_factory=dict)
