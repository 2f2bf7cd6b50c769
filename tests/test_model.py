"""The model's hand-written initialisers do exactly what dataclasses would generate."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from ctocio import model
from ctocio.document import Concept, Document, Extension

CLASSES = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and dataclasses.is_dataclass(value) and not value.__name__.startswith("_")
] + [Concept, Document, Extension]


def _default(field: dataclasses.Field[object]) -> object:
    if field.default is not dataclasses.MISSING:
        return field.default
    return inspect.Parameter.empty if field.default_factory is dataclasses.MISSING else "factory"


def test_the_model_has_the_classes_a_run_builds() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert {"Text", "Statement", "Item", "FocusStatement", "Confusable", "ReportingLine"} <= names
    assert {"Keywords", "Source", "Executive", "Role", "Additions"} <= names


@pytest.mark.parametrize("cls", [cls for cls in CLASSES if cls is not model.Additions], ids=lambda cls: cls.__name__)
def test_each_initialiser_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    fields = [field for field in dataclasses.fields(cls) if field.init]
    parameters = list(inspect.signature(cls).parameters.values())
    assert [(p.name, p.kind) for p in parameters] == [(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        if _default(field) == "factory":
            continue  # a factory's default is made on each call; the generated initialiser's shows as a sentinel
        assert parameter.default is _default(field) or parameter.default == _default(field), field.name
    # Every field set from its own argument, by position and by name.
    values = [object() for _ in fields]
    by_position = cls(*values)
    by_name = cls(**{field.name: value for field, value in zip(fields, values, strict=True)})
    for field, value in zip(fields, values, strict=True):
        assert getattr(by_position, field.name) is value
        assert getattr(by_name, field.name) is value


def test_defaults_are_set_where_arguments_are_left_out() -> None:
    line = model.ReportingLine("ceo")
    assert [getattr(line, f.name) for f in dataclasses.fields(line)] == ["ceo", None, None, "", None, None, (), False]
    role = model.Role(model.Text("CTO"), model.Text("Chief"), model.FocusStatement("internal"), model.Statement("x"))
    assert (role.keywords.en, role.keywords.hi) == ((), ())
    assert (role.duties, role.confused_with, role.disputed) == ((), (), False)
