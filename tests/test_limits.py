"""Bounded cost: the limits that keep a hostile file cheap to refuse.

The files are generated here, not committed. Nothing asserts a time: each test checks a
deterministic stand-in instead, such as how many parser events were read or how many places
were looked up in a file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import Run
from ctocio import reader, validate
from ctocio.errors import MAX_SHOWN
from ctocio.exitcodes import ExitCode

TOO_MANY = "error: more than 1,000,000 keys and values in one file; no knowledge base is that large"


def _flat(path: Path, items: int) -> Path:
    # Root mapping, 'version', 1, 'foo' and the list are 5 nodes; item i is node 6 + i.
    path.write_text("version: 1\nfoo: [" + "a," * items + "a]\n", encoding="utf-8")
    return path


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the parser events read, on whichever YAML path is in use."""
    consumed = [0]
    for name in ("CSafeLoader", "SafeLoader"):
        base = getattr(yaml, name, None)
        if base is None:
            continue

        def get_event(self: Any, _base: Any = base) -> Any:
            consumed[0] += 1
            return _base.get_event(self)

        monkeypatch.setattr(yaml, name, type(name, (base,), {"get_event": get_event}))
    return consumed


def _no_schema_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(parsed: reader.Parsed) -> None:
        raise AssertionError(f"{parsed.file} reached the schema check")

    monkeypatch.setattr(validate, "validate_schema", refuse)


def test_a_file_of_more_than_a_million_values_is_refused_at_the_limit(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flat list past the value limit is refused while it is read: never built, validated or placed in full."""
    if not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml; a million events take minutes without it")
    assert reader.MAX_NODES == 1_000_000
    path = _flat(tmp_path / "flat.yaml", 1_000_100)
    consumed = _counting(monkeypatch)
    _no_schema_check(monkeypatch)
    result = run("list", "--kb", str(path), "--no-builtin")
    # Node 1,000,001 is item 999,995 of the list, at column 7 + 2 * 999,995.
    assert (result.code, result.out, result.err) == (ExitCode.INVALID_KB, "", f"{path}:2:1999997: {TOO_MANY}\n")
    # Stream and document start, then the million nodes and the one refused.
    assert consumed[0] == 2 + 1_000_001


@pytest.mark.usefixtures("yaml_path")
def test_the_limit_on_values_counts_keys_and_stops_the_parser(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_NODES", 41)
    path = tmp_path / "keys.yaml"
    path.write_text("version: 1\nareas:\n" + "".join(f"  a{n}: {{en: x}}\n" for n in range(50)), encoding="utf-8")
    consumed = _counting(monkeypatch)
    _no_schema_check(monkeypatch)
    result = run("validate", "--no-builtin", str(path))
    # 5 nodes before the areas (root, version, 1, areas, its mapping), then 4 an area: a key,
    # a mapping, 'en' and its text. Node 42 is the key of area 9, on line 12.
    assert (result.code, result.out) == (
        ExitCode.INVALID_KB,
        f"{path}:12:3: error: more than 41 keys and values in one file; no knowledge base is that large\n"
        "errors: 1, warnings: 0; files checked: 1\n",
    )
    # Stream and document start, nodes 1 to 42 and the mapping ends of areas 0 to 8.
    assert consumed[0] == 2 + 42 + 9


@pytest.fixture
def many_errors(tmp_path: Path) -> Path:
    """A file with 250 schema errors: 'en' is a number in each of 250 areas."""
    path = tmp_path / "numbers.yaml"
    path.write_text("version: 1\nareas:\n" + "".join(f"  a{n:03}: {{en: {n}}}\n" for n in range(250)), encoding="utf-8")
    return path


def _error_line(path: Path, area: int) -> str:
    return (
        f"{path}:{3 + area}:10: error: areas.a{area:03}.en: 'en' must be text, not a number ({area}); "
        "put it in quotes if it is meant as text"
    )


def test_the_first_hundred_problems_then_a_count(run: Run, many_errors: Path) -> None:
    """100,000 schema errors print the first 100 and one line counting the rest, not 15 MB of stderr."""
    listed = run("list", "--kb", str(many_errors))
    assert listed.code == ExitCode.INVALID_KB
    assert listed.err.splitlines() == [*(_error_line(many_errors, n) for n in range(100)), "... and 150 more problems"]
    checked = run("validate", str(many_errors))
    assert checked.code == ExitCode.INVALID_KB
    assert checked.out.splitlines() == [
        *(_error_line(many_errors, n) for n in range(100)),
        "... and 150 more problems",
        "errors: 250, warnings: 0; files checked: 2",
    ]
    document = json.loads(run("validate", str(many_errors), "-f", "json").out)
    assert (len(document["problems"]), document["more"], document["errors"], document["warnings"]) == (100, 150, 250, 0)
    assert document["problems"][-1]["line"] == 102


def test_only_the_problems_shown_are_placed(run: Run, many_errors: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The positions pass looks for the places of the first hundred problems, not of all of them."""
    asked: list[int] = []
    locate = reader.Parsed.locate

    def counting(self: reader.Parsed, paths: Any) -> None:
        paths = list(paths)
        asked.append(len(paths))
        locate(self, paths)

    monkeypatch.setattr(reader.Parsed, "locate", counting)
    assert run("list", "--kb", str(many_errors)).code == ExitCode.INVALID_KB
    assert asked == [MAX_SHOWN]


def test_warnings_do_not_hide_an_error_after_them(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "english_only.yaml"
    path.write_text(
        "version: 1\nareas:\n"
        + "".join(f"  a{n:03}: {{en: Area {n}}}\n" for n in range(150))
        + "extend:\n  nobody:\n    aliases: [x]\n",
        encoding="utf-8",
    )
    listed = run("list", "--kb", str(path))
    assert (listed.code, listed.err) == (
        ExitCode.INVALID_KB,
        f"{path}:154:3: error: extend.nobody: unknown role 'nobody' (known roles: caio, chief-architect, "
        "chief-data-officer, chief-digital-officer, cio, ciso, cpo, cto, vp-engineering); "
        "extend adds to a role defined before it\n",
    )
    checked = run("validate", str(path), "-f", "json")
    document = json.loads(checked.out)
    assert checked.code == ExitCode.INVALID_KB
    assert (len(document["problems"]), document["more"], document["errors"], document["warnings"]) == (100, 51, 1, 150)
    assert run("validate", str(path)).out.splitlines()[-2:] == [
        "... and 51 more problems",
        "errors: 1, warnings: 150; files checked: 2",
    ]
    strict = json.loads(run("validate", "--strict", str(path), "-f", "json").out)
    assert (strict["more"], strict["errors"], strict["warnings"]) == (51, 151, 0)
