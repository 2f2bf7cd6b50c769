"""The knowledge-base model: plain read-only dataclasses, shared by the loader and every query.

Entries are compared by their text, never as objects, so the dataclasses skip ``__eq__``; and
they share one ``__repr__``: each generated method costs start-up time on every run. They are
read-only to the type checker, not at run time: see :func:`record`.

The same classes are the schema (with :mod:`ctocio.document` for a whole file): ``ctocio.validate``
hands them to pydantic, so the checks the loader runs and the JSON Schema that ``ctocio schema``
prints never disagree. Nothing here
imports pydantic, so a command that reads an already-validated knowledge base does not pay
for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, dataclass_transform, get_args, overload

from ctocio.fields import ITEM_FIELDS

SCHEMA_VERSION = 1

# Pydantic reads this from each dataclass; a plain dict keeps pydantic out of this module.
# ``extra: forbid`` turns a typo in a field name into an error instead of a silently lost field.
# ``str_min_length``: no string of a knowledge base may be empty. A missing text defaults to
# "", which defaults skip; an explicit empty string or a null is an error, so "not written yet"
# has exactly one spelling: leaving the key out.
PYDANTIC_CONFIG: dict[str, Any] = {"extra": "forbid", "str_min_length": 1}
# A text needs at least one language; which one is missing is only worth a warning.
_TEXT_CONFIG: dict[str, Any] = {
    **PYDANTIC_CONFIG,
    "json_schema_extra": {"anyOf": [{"required": ["en"]}, {"required": ["hi"]}]},
}

Focus = Literal["internal", "customer-facing", "both"]
FOCUS_VALUES: tuple[str, ...] = get_args(Focus)
LANGUAGES: tuple[str, ...] = ("en", "hi")

SourceIds = tuple[str, ...]

LIST_FIELDS: tuple[str, ...] = ("manages", "reports_to", *ITEM_FIELDS)
"""The role fields that are lists of statements."""


_C = TypeVar("_C", bound=type)


@overload
def record(cls: _C, /) -> _C: ...
@overload
def record(*, init: bool = True, slots: bool = True) -> Callable[[_C], _C]: ...
@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(field,))
def record(cls: Any = None, /, *, init: bool = True, slots: bool = True) -> Any:
    """A dataclass of the model: read-only for mypy, with no ``__eq__`` and the shared ``__repr__``.

    Read-only is checked statically (``frozen_default``), not enforced at run time: a frozen
    dataclass generates its own ``__setattr__`` and ``__delattr__`` and sets every field
    through ``object.__setattr__``. Measured: creating the model's classes takes 1.3 ms this
    way and 3.3 ms frozen, on every run that reads a role, against about 46 ms for importing
    Typer. ``mypy --strict`` rejects any assignment to a field, so nothing in ctocio writes one.

    The classes a run served from the cache builds write their own ``__init__`` (``init=False``):
    compiling the generated ones cost about 1 ms of every such run (8.6M instructions, against
    240M for importing Typer). tests/test_model.py checks that each takes its class's fields, in
    order, with their defaults, and sets each, as the generated one would.
    """

    def make(klass: Any) -> Any:
        return dataclass(klass, init=init, slots=slots, eq=False, repr=False)

    return make if cls is None else make(cls)


class Plain:
    """One ``__repr__`` for every model class, instead of one generated per class at start-up.

    Measured: importing the model and the document schema (17 dataclasses) takes 6.3 ms with
    this shared ``__repr__`` and 7.1 ms with a generated one per class. Every run that shows a
    role pays it, against about 36 ms for importing Typer, so the 0.8 ms stays saved.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)  # type: ignore[attr-defined]
        return f"{type(self).__name__}({fields})"


# Field order is part of the contract: the JSON Schema lists properties in it, and the cache
# stores a role's values in it. A dataclass takes the fields of its bases first, from the last
# base to the first, then its own; so a class whose own fields come before the shared ones
# (an item's ``area``, then ``en``, ``hi`` and ``sources``) gets them from a base named last.
# Of the bases of one class only one may have slots of its own: the shared bases declare
# ``__slots__ = ()`` and leave theirs to each class built on them. No base is made on its own,
# so none has an ``__init__`` of its own: each costs start-up time to generate.


@record(init=False, slots=False)
class _Bilingual(Plain):
    """A text in English, Hindi or both, and how to read it in one language."""

    __slots__ = ()
    __pydantic_config__ = _TEXT_CONFIG

    en: str = ""
    hi: str = ""

    def get(self, lang: str) -> str:
        """The text in ``lang``, or in the other language where ``lang`` has none."""
        first, second = (self.hi, self.en) if lang == "hi" else (self.en, self.hi)
        return first or second

    def en_hi(self) -> tuple[str, str]:
        """Both texts, English first; either may be empty."""
        return self.en, self.hi

    def has(self, lang: str) -> bool:
        """Whether there is text in ``lang``."""
        return bool(self.hi if lang == "hi" else self.en)


@record(init=False)
class Text(_Bilingual):
    """A name in English, Hindi or both."""

    translated: bool = False
    """The Hindi is ctocio's own translation: no source gave a Hindi name."""

    def __init__(self, en: str = "", hi: str = "", translated: bool = False) -> None:
        own: Any = self  # the fields are read-only to everything else (see ``record``)
        own.en, own.hi, own.translated = en, hi, translated


@record(init=False, slots=False)
class _Sourced(_Bilingual):
    """A text with the ids of the sources it comes from."""

    __slots__ = ()

    sources: SourceIds = ()
    disputed: bool = False
    """Sources disagree on this: another entry gives the other view, with its own sources."""


@record(init=False)
class Statement(_Sourced):
    """A sentence in English, Hindi or both, with the ids of the sources it comes from."""

    def __init__(self, en: str = "", hi: str = "", sources: SourceIds = (), disputed: bool = False) -> None:
        own: Any = self
        own.en, own.hi, own.sources, own.disputed = en, hi, sources, disputed


@record(init=False)
class _InArea(Plain):
    """The area an item is filed under."""

    area: str


@record(init=False)
class Item(_Sourced, _InArea):
    """A duty, vendor relation or goal: a sourced statement filed under one area."""

    def __init__(self, area: str, en: str = "", hi: str = "", sources: SourceIds = (), disputed: bool = False) -> None:
        own: Any = self
        own.area, own.en, own.hi, own.sources, own.disputed = area, en, hi, sources, disputed


@record(init=False)
class _FocusValue(Plain):
    """Where a role looks."""

    value: Focus


@record(init=False)
class FocusStatement(_Sourced, _FocusValue):
    """Where a role looks: one of :data:`FOCUS_VALUES`, with the sourced sentence behind it."""

    def __init__(
        self, value: Focus, en: str = "", hi: str = "", sources: SourceIds = (), disputed: bool = False
    ) -> None:
        own: Any = self
        own.value, own.en, own.hi, own.sources, own.disputed = value, en, hi, sources, disputed


@record(init=False)
class _MistakenName(Plain):
    """A title people mistake for a role, and its other spellings."""

    name: Text
    aliases: tuple[str, ...] = ()


@record(init=False)
class Confusable(_Sourced, _MistakenName):
    """A title people mistake for the role, and the sourced sentence that tells them apart.

    ``name`` and ``aliases`` are the phrases that give the mistake away; search does not
    answer them with this role, and ``show`` lists them.
    """

    def __init__(  # noqa: PLR0917 -- a dataclass's fields, in order
        self,
        name: Text,
        aliases: tuple[str, ...] = (),
        en: str = "",
        hi: str = "",
        sources: SourceIds = (),
        disputed: bool = False,
    ) -> None:
        own: Any = self
        own.name, own.aliases, own.en, own.hi, own.sources, own.disputed = name, aliases, en, hi, sources, disputed


Entry = Statement | Item | FocusStatement | Confusable
"""Anything with text in two languages and sources."""

Typical = Literal["usually", "often", "sometimes"]
TYPICAL_VALUES: tuple[str, ...] = get_args(Typical)


@record(init=False)
class ReportingLine(Plain):
    """Whom a role reports to, as data: a role or an executive, how typically, and where a survey
    measured it, what share of the role's holders did, in which survey, year and sample.

    Each survey's figure is a line of its own: figures of different surveys, or years, are never
    added or averaged, and a later survey does not replace an earlier one.
    """

    __pydantic_config__ = PYDANTIC_CONFIG

    to: str
    """A role id or an executive id."""
    typical: Typical | None = None
    share: float | None = None
    """Per cent of the role's holders in the survey who reported so, 0 to 100."""
    survey: str = ""
    year: int | None = None
    sample: int | None = None
    """How many holders of the role the survey asked, where the source says exactly."""
    sources: SourceIds = ()
    disputed: bool = False
    """Sources disagree on this: another line or statement gives the other view."""

    def __init__(  # noqa: PLR0917 -- a dataclass's fields, in order
        self,
        to: str,
        typical: Typical | None = None,
        share: float | None = None,
        survey: str = "",
        year: int | None = None,
        sample: int | None = None,
        sources: SourceIds = (),
        disputed: bool = False,
    ) -> None:
        own: Any = self
        own.to, own.typical, own.share, own.survey = to, typical, share, survey
        own.year, own.sample, own.sources, own.disputed = year, sample, sources, disputed


@record(init=False)
class Keywords(Plain):
    """Everyday words people use for a role's work, to help search; not statements of fact."""

    __pydantic_config__ = PYDANTIC_CONFIG

    en: tuple[str, ...] = ()
    hi: tuple[str, ...] = ()

    def __init__(self, en: tuple[str, ...] = (), hi: tuple[str, ...] = ()) -> None:
        own: Any = self
        own.en, own.hi = en, hi


@record(init=False)
class Source(Plain):
    """Where a statement comes from."""

    __pydantic_config__ = PYDANTIC_CONFIG

    title: str
    language: str = "en"
    url: str = ""
    note: str = ""
    weak: bool = False

    def __init__(self, title: str, language: str = "en", url: str = "", note: str = "", weak: bool = False) -> None:
        own: Any = self
        own.title, own.language, own.url, own.note, own.weak = title, language, url, note, weak


@record(init=False)
class Executive(Plain):
    """Someone a role reports to who is not a role of the knowledge base: the CEO, the CFO, the board.

    Named so that ``show ceo`` can say who that is instead of offering the nearest role.
    """

    __pydantic_config__ = PYDANTIC_CONFIG

    abbr: Text
    title: Text
    aliases: tuple[str, ...] = ()
    sources: SourceIds = ()

    def __init__(self, abbr: Text, title: Text, aliases: tuple[str, ...] = (), sources: SourceIds = ()) -> None:
        own: Any = self
        own.abbr, own.title, own.aliases, own.sources = abbr, title, aliases, sources


_NO_KEYWORDS = Keywords()


@record(init=False, slots=False)
class Additions(Plain):
    """The lists of a role that an ``extend`` entry appends to, in a role and in an extension alike."""

    __slots__ = ()

    sources: SourceIds = ()
    disputed: bool = False
    """Sources disagree on this: another entry gives the other view, with its own sources."""
    aliases: tuple[str, ...] = ()
    manages: tuple[Statement, ...] = ()
    reports_to: tuple[Statement, ...] = ()
    reporting_lines: tuple[ReportingLine, ...] = ()
    duties: tuple[Item, ...] = ()
    vendor_relations: tuple[Item, ...] = ()
    goals: tuple[Item, ...] = ()
    keywords: Keywords = _NO_KEYWORDS
    confused_with: tuple[Confusable, ...] = ()


@record(init=False)
class _Defined(Plain):
    """What only a role's definition gives, and an extension cannot change."""

    abbr: Text
    title: Text
    focus: FocusStatement
    summary: Statement


@record(init=False)
class Role(Additions, _Defined):
    """One technology-leadership role."""

    __pydantic_config__ = PYDANTIC_CONFIG

    def __init__(  # noqa: PLR0917 -- a dataclass's fields, in order
        self,
        abbr: Text,
        title: Text,
        focus: FocusStatement,
        summary: Statement,
        sources: SourceIds = (),
        disputed: bool = False,
        aliases: tuple[str, ...] = (),
        manages: tuple[Statement, ...] = (),
        reports_to: tuple[Statement, ...] = (),
        reporting_lines: tuple[ReportingLine, ...] = (),
        duties: tuple[Item, ...] = (),
        vendor_relations: tuple[Item, ...] = (),
        goals: tuple[Item, ...] = (),
        keywords: Keywords = _NO_KEYWORDS,
        confused_with: tuple[Confusable, ...] = (),
    ) -> None:
        own: Any = self
        own.abbr, own.title, own.focus, own.summary = abbr, title, focus, summary
        own.sources, own.disputed, own.aliases, own.manages = sources, disputed, aliases, manages
        own.reports_to, own.reporting_lines, own.duties = reports_to, reporting_lines, duties
        own.vendor_relations, own.goals, own.keywords, own.confused_with = (
            vendor_relations,
            goals,
            keywords,
            confused_with,
        )

    def items(self, field_name: str) -> tuple[Item, ...]:
        """The entries of one of :data:`~ctocio.fields.ITEM_FIELDS`."""
        items: tuple[Item, ...] = getattr(self, field_name)
        return items
