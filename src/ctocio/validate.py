"""Checking parsed data against the knowledge-base schema, reporting every problem at once.

The schema is :mod:`ctocio.model`; pydantic checks the data against it. Pydantic's messages
name Python types, so each one is reworded here for a person editing YAML, and placed at the
line and column of the key it is about.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import re
import typing
from typing import Any

from ctocio.document import Document
from ctocio.errors import MAX_SHOWN, KnowledgeBaseError, Problem
from ctocio.reader import KeyPath, Parsed, dotted

ROLE_ID = re.compile(r"^[a-z][a-z0-9_-]*$")


@functools.cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Document)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a knowledge-base file, from the model the loader uses."""
    generated: dict[str, Any] = _adapter().json_schema()
    # Role ids are checked after the schema by the loader; say the same in the schema.
    generated["properties"]["roles"]["propertyNames"] = {"pattern": ROLE_ID.pattern}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **generated,
        "title": "ctocio knowledge base",
        "description": "A ctocio knowledge-base file: areas, sources, roles and extensions of roles.",
    }


def validate_schema(parsed: Parsed) -> Document:
    """The typed document, or a :class:`KnowledgeBaseError` listing every schema problem."""
    from pydantic import ValidationError

    try:
        document: Document = _adapter().validate_python(parsed.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    else:
        return document
    # A broken file may have a hundred thousand problems: only those that can be shown are
    # worded and placed, found in one more reading of the file; the rest are counted.
    errors.sort(key=lambda error: parsed.order(_loc(error)))
    first = errors[:MAX_SHOWN]
    parsed.locate(_loc(error) for error in first)
    raise KnowledgeBaseError([_problem(parsed, error) for error in first], {"error": len(errors) - len(first)})


_MAPPING_TYPES = ("dict_type", "dataclass_type", "dataclass_args_type", "model_type")


def _loc(error: Any) -> KeyPath:
    # Pydantic marks a failing dict key with "[key]"; the key itself is the place to point at.
    loc: KeyPath = error["loc"]
    return tuple(part for part in loc if part != "[key]") if "[key]" in loc else loc


def _problem(parsed: Parsed, error: Any) -> Problem:
    loc = _loc(error)
    code, message = _reworded(error, loc)
    line, column = parsed.position(loc)
    where = dotted(loc)
    return Problem(parsed.file, line, column, f"{where}: {message}" if where else message, code=code)


def _reworded(error: Any, loc: KeyPath) -> tuple[str, str]:  # noqa: PLR0911 -- one return per kind of error
    """Pydantic's error as a code and a message for a person editing YAML."""
    kind = error["type"]
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "value")
    value = error.get("input")
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        known = _field_names(loc[:-1])
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known fields: {', '.join(known)}"
        return "unknown-field", f"unknown field '{name}'{hint}"
    if kind in ("missing", "missing_keyword_argument", "missing_argument"):
        return "missing-field", f"missing field '{name}'"
    if kind == "literal_error":
        return "bad-value", f"'{name}' is {value!r}; allowed values: {error['ctx']['expected']}"
    if kind == "string_too_short":
        return "empty-text", f"'{name}' must not be empty; leave the key out if there is no text yet"
    if kind in _MAPPING_TYPES and not loc:
        keys = ", ".join(_field_names(()))
        return "wrong-type", f"a knowledge-base file is a mapping of keys ({keys}), not {_kind(value)}"
    wanted = {
        "string_type": "text",
        "string_sub_type": "text",
        "tuple_type": "a list",
        "list_type": "a list",
        "bool_type": "true or false",
        "bool_parsing": "true or false",
        **dict.fromkeys(_MAPPING_TYPES, "a mapping of keys to values"),
    }.get(kind)
    if wanted is None:
        return "invalid", f"'{name}': {error['msg']}"
    if value is None and wanted == "text":
        return "wrong-type", f"'{name}' is empty (null); write the text, or leave the key out"
    quotes = "; put it in quotes if it is meant as text" if wanted == "text" and _scalar(value) else ""
    return "wrong-type", f"'{name}' must be {wanted}, not {_kind(value)}{quotes}"


def _scalar(value: object) -> bool:
    return isinstance(value, int | float | datetime.date)


def _kind(value: object) -> str:
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "a true/false value"),
        ((int, float), f"a number ({value})"),
        (datetime.date, f"a date ({value.isoformat() if isinstance(value, datetime.date) else value})"),
        (list, "a list"),
        (dict, "a mapping"),
    ]
    if value is None:
        return "empty (null)"
    return next((label for types, label in kinds if isinstance(value, types)), repr(value))


def _field_names(path: KeyPath) -> list[str]:
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
