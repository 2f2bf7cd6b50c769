"""Checking parsed data against the knowledge-base schema, reporting every problem at once.

The schema is :mod:`ctocio.model`; pydantic checks the data against it. Pydantic's messages
name Python types, so each one is reworded here for a person editing YAML, and placed at the
line and column of the key it is about.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import typing
from typing import Any

from ctocio.errors import KnowledgeBaseError, Problem
from ctocio.model import ITEM_FIELDS, Document, Item, Role, Source, Text
from ctocio.reader import Parsed, Path_

ROLE_ID = re.compile(r"^[a-z][a-z0-9_-]*$")
_ID_HELP = "lowercase letters, digits, '-' and '_', starting with a letter"


@functools.cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Document)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a knowledge-base file, generated from the model the loader uses."""
    schema: dict[str, Any] = _adapter().json_schema()
    return schema


def validate_schema(parsed: Parsed) -> Document:
    """The typed document, or a :class:`KnowledgeBaseError` listing every schema problem."""
    from pydantic import ValidationError

    try:
        document: Document = _adapter().validate_python(parsed.data)
    except ValidationError as exc:
        raise KnowledgeBaseError([_problem(parsed, error) for error in exc.errors()]) from None
    return document


def merge(files: list[tuple[Parsed, Document]]) -> Merged:
    """Merge documents in order of precedence, then check every reference in the result.

    Areas and sources from all files are pooled; a role replaces an earlier role with the same
    id. References are checked against the pool, so a user file may use the built-in areas.
    """
    merged = Merged()
    for parsed, document in files:
        merged.areas.update(document.areas)
        merged.sources.update(document.sources)
        for role_id, role in document.roles.items():
            merged.roles[role_id] = role
            merged.origins[role_id] = parsed
    problems = list(_cross_references(merged))
    if problems:
        raise KnowledgeBaseError(problems)
    return merged


@dataclasses.dataclass
class Merged:
    """Areas, sources and roles of several files, with the file each role came from."""

    areas: dict[str, Text] = dataclasses.field(default_factory=dict)
    sources: dict[str, Source] = dataclasses.field(default_factory=dict)
    roles: dict[str, Role] = dataclasses.field(default_factory=dict)
    origins: dict[str, Parsed] = dataclasses.field(default_factory=dict)


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _problem(parsed: Parsed, error: Any) -> Problem:
    loc: Path_ = tuple(part for part in error["loc"] if not _is_internal(part))
    kind = error["type"]
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "value")
    value = error.get("input")
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        known = _field_names(loc[:-1])
        message = f"unknown field '{name}'"
        close = difflib.get_close_matches(name, known, n=1)
        message += f"; did you mean '{close[0]}'?" if close else f"; known fields: {', '.join(known)}"
    elif kind in ("missing", "missing_keyword_argument", "missing_argument"):
        message = f"missing field '{name}'"
    elif kind == "literal_error":
        message = f"'{name}' is {value!r}; allowed values: {error['ctx']['expected']}"
    elif kind in ("string_type", "string_sub_type"):
        message = f"'{name}' must be text, not {_kind(value)}; put it in quotes if it is meant as text"
    elif kind == "string_too_short":
        message = f"'{name}' must not be empty; leave the key out if there is no text yet"
    elif kind == "too_short":
        message = f"'{name}' needs at least one entry"
    elif kind in ("dict_type", "dataclass_type", "dataclass_args_type", "model_type"):
        message = f"'{name}' must be a mapping of keys to values, not {_kind(value)}"
    elif kind in ("tuple_type", "list_type"):
        message = f"'{name}' must be a list, not {_kind(value)}"
    elif kind in ("bool_type", "bool_parsing"):
        message = f"'{name}' must be true or false, not {_kind(value)}"
    else:
        message = f"'{name}': {error['msg']}"
    line, column = parsed.position(loc)
    where = _dotted(loc)
    return Problem(parsed.file, line, column, f"{where}: {message}" if where else message)


def _is_internal(part: object) -> bool:
    # Pydantic adds the name of a dataclass or a "[key]" marker to some locations.
    return isinstance(part, str) and (part[:1].isupper() or part.startswith("["))


def _kind(value: object) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "a true/false value"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"{value!r}"


def _field_names(path: Path_) -> list[str]:
    """The fields the schema allows at ``path``, for "did you mean" hints."""
    current: Any = Document
    for part in path:
        origin = typing.get_origin(current)
        if dataclasses.is_dataclass(current) and isinstance(part, str):
            hints = typing.get_type_hints(current)
            if part not in hints:
                return []
            current = hints[part]
        elif origin is dict:
            current = typing.get_args(current)[1]
        elif origin is tuple:
            current = typing.get_args(current)[0]
        else:
            return []
        while typing.get_origin(current) is typing.Annotated:
            current = typing.get_args(current)[0]
    if dataclasses.is_dataclass(current):
        return [f.name for f in dataclasses.fields(current)]
    return []


def _at(parsed: Parsed, path: Path_, message: str) -> Problem:
    line, column = parsed.position(path)
    return Problem(parsed.file, line, column, f"{_dotted(path)}: {message}")


def _unknown(kind: str, value: str, known: typing.Iterable[str]) -> str:
    names = sorted(known)
    close = difflib.get_close_matches(value, names, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    listed = ", ".join(names) if names else "none are defined"
    return f"unknown {kind} '{value}'{hint} (known {kind}s: {listed})"


def _cross_references(merged: Merged) -> typing.Iterator[Problem]:
    """Ids that must exist, and names that must point at one role only."""
    for role_id, role in merged.roles.items():
        parsed = merged.origins[role_id]
        base: Path_ = ("roles", role_id)
        if not ROLE_ID.match(role_id):
            yield _at(parsed, base, f"role id '{role_id}' must be a plain identifier: {_ID_HELP}")
        for path, sources in _sourced(role, base):
            for index, source_id in enumerate(sources):
                if source_id not in merged.sources:
                    message = _unknown("source", source_id, merged.sources)
                    yield _at(parsed, (*path, "sources", index), message)
        for field_name in ITEM_FIELDS:
            for index, item in enumerate(role.items(field_name)):
                if item.area not in merged.areas:
                    message = _unknown("area", item.area, merged.areas)
                    yield _at(parsed, (*base, field_name, index, "area"), message)
    yield from _name_clashes(merged)


def _sourced(role: Role, base: Path_) -> typing.Iterator[tuple[Path_, tuple[str, ...]]]:
    yield base, role.sources
    yield (*base, "focus"), role.focus.sources
    yield (*base, "summary"), role.summary.sources
    for field_name in ("manages", "reports_to", *ITEM_FIELDS):
        entries: tuple[Item, ...] = getattr(role, field_name)
        for index, entry in enumerate(entries):
            yield (*base, field_name, index), entry.sources


def _name_clashes(merged: Merged) -> typing.Iterator[Problem]:
    from ctocio.names import normalise, role_names

    owners: dict[str, tuple[str, str]] = {}
    for role_id, role in merged.roles.items():
        for name, path in role_names(role_id, role):
            owner_id, owner_name = owners.setdefault(normalise(name), (role_id, name))
            if owner_id != role_id:
                where = merged.origins[owner_id].file
                yield _at(
                    merged.origins[role_id],
                    ("roles", role_id, *path),
                    f"the name '{name}' already belongs to role '{owner_id}' ('{owner_name}' in "
                    f"{where}); each name may point at one role only",
                )
