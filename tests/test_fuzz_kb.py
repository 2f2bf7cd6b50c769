"""Property tests: valid knowledge bases always load; damaged ones are refused cleanly.

Quick by default; `CTOCIO_FUZZ=long python -m pytest tests/test_fuzz_kb.py` runs the long profile
registered in conftest.py. Both run on libyaml's parser and on the pure-Python one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from conftest import Run
from ctocio.exitcodes import ExitCode

# Text as people write it: Latin, Devanagari with its signs, and odd Unicode (combining marks,
# right-to-left, emoji, line and paragraph separators, controls the dumper must escape).
_CHARACTERS = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x900, max_codepoint=0x97F),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
TEXT = st.text(_CHARACTERS, min_size=1, max_size=24).filter(lambda text: text.strip() != "")
LANGUAGES = ["en", "hi"]
IDS = st.from_regex(r"[a-z][a-z0-9_-]{0,7}", fullmatch=True)


@st.composite
def documents(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A valid knowledge-base document, and the ids of its roles in order."""
    areas = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    sources = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    role_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))

    def text() -> dict[str, str]:
        # One language or both: a missing one is only a warning.
        return draw(st.sampled_from([{"en": draw(TEXT)}, {"hi": draw(TEXT)}, {"en": draw(TEXT), "hi": draw(TEXT)}]))

    def statement(**extra: str) -> dict[str, Any]:
        return {**extra, **text(), "sources": draw(st.lists(st.sampled_from(sources), max_size=2))}

    def name(role: int) -> str:
        # Every name ends with the role's number, so no two roles share one once normalised.
        return f"{draw(TEXT)} r{role}"

    roles = {}
    for number, role_id in enumerate(role_ids):
        role: dict[str, Any] = {
            "abbr": {"en": name(number)},
            "title": {"en": name(number), "hi": name(number)},
            "focus": statement(value=draw(st.sampled_from(["internal", "customer-facing", "both"]))),
            "summary": statement(),
            "aliases": [name(number) for _ in range(draw(st.integers(0, 2)))],
            "duties": [statement(area=draw(st.sampled_from(areas))) for _ in range(draw(st.integers(0, 3)))],
            "manages": [statement() for _ in range(draw(st.integers(0, 2)))],
            "keywords": {"en": draw(st.lists(TEXT, max_size=2)), "hi": draw(st.lists(TEXT, max_size=2))},
            "sources": draw(st.lists(st.sampled_from(sources), max_size=2)),
        }
        roles[f"{role_id}-{number}"] = role
    document = {
        "version": 1,
        "areas": {area: text() for area in areas},
        "sources": {source: {"title": draw(TEXT), "language": draw(st.sampled_from(LANGUAGES))} for source in sources},
        "roles": roles,
    }
    return document, list(roles)


def _dumped(document: dict[str, Any]) -> bytes:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8")


def _written(folder: Path, content: bytes) -> Path:
    # One file for every example of a test: each run reads it afresh, without the cache.
    path = folder / "kb.yaml"
    path.write_bytes(content)
    return path


@pytest.mark.usefixtures("yaml_path")
@given(documents())
def test_valid_documents_always_load(run: Run, tmp_path: Path, generated: tuple[dict[str, Any], list[str]]) -> None:
    document, role_ids = generated
    path = _written(tmp_path, _dumped(document))
    result = run("list", "--kb", str(path), "--no-builtin", "--no-cache", "-f", "json")
    assert (result.code, result.err) == (ExitCode.OK, "")
    assert [role["id"] for role in json.loads(result.out)] == role_ids


# What a damaged file may hold instead of a value: dates that are none, numbers of odd form,
# tags, raw control characters, anchors, aliases and merge keys, empty and nested values.
HOSTILE_SCALARS = [
    "2024-02-30", "2023-02-29", "2024-01-01 25:00:00", "2024-01-01", "2001-12-14t21:59:43.10-25:00",
    "1e400", "0x", "0x_", "0o8", "0b2", "-.inf", ".nan", "1_000", "1:30", "0123", "9" * 5000,
    "!!int abc", "!!float x", "!!bool maybe", "!!null x", "!!timestamp x", "!!str 1", "!!binary aGk=",
    "!!python/object:os.system x", "!!set {a}", "!!omap [a: 1]", "!custom x", "! x",
    "\x7f", "\x1b[31m", "\x00", "\x85", "\u2028", "\ufeff", "\ufffe", "\x08",
    "&a x", "*a", "<<: {a: 1}", "~", "null", "[]", "{}", "[[[[", "{a: [b, {c: d}]}", "'", '"', "|", ">-",
    "- a\n- b", "a: b: c", "? x", "--- x", "...", "%YAML 1.1", "@x", "`x",
]  # fmt: skip


def _bytes_changed(data: st.DataObject, content: bytes) -> bytes:
    """``content`` after a few byte flips, insertions, deletions or a cut."""
    for _ in range(data.draw(st.integers(1, 4), label="changes")):
        kind = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate"]), label="kind")
        at = data.draw(st.integers(0, max(0, len(content) - 1)), label="at")
        if kind == "flip" and content:
            content = content[:at] + bytes([content[at] ^ (1 << data.draw(st.integers(0, 7)))]) + content[at + 1 :]
        elif kind == "insert":
            content = content[:at] + data.draw(st.binary(min_size=1, max_size=4), label="bytes") + content[at:]
        elif kind == "delete":
            content = content[:at] + content[at + data.draw(st.integers(1, 8), label="length") :]
        else:
            content = content[:at]
    return content


def _values_replaced(data: st.DataObject, content: bytes) -> bytes:
    """``content`` with a few values (after 'key: ' or '- ') replaced by hostile ones."""
    lines = content.split(b"\n")
    with_values = [number for number, line in enumerate(lines) if re.search(rb"(: |- )\S", line)]
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        number = data.draw(st.sampled_from(with_values), label="line")
        head, marker, _ = re.split(rb"(: |- )(?=\S)", lines[number], maxsplit=1)
        value = data.draw(st.sampled_from(HOSTILE_SCALARS), label="value").encode("utf-8")
        lines[number] = head + marker + value
    return b"\n".join(lines)


@pytest.mark.usefixtures("yaml_path")
@given(documents(), st.data())
def test_damaged_documents_load_or_are_refused_cleanly(
    run: Run, tmp_path: Path, generated: tuple[dict[str, Any], list[str]], data: st.DataObject
) -> None:
    content = _dumped(generated[0])
    changed = _bytes_changed if data.draw(st.booleans(), label="bytes or values") else _values_replaced
    path = _written(tmp_path, changed(data, content))
    result = run("list", "--kb", str(path), "--no-builtin", "--no-cache", "-f", "json")
    assert result.code in (ExitCode.OK, ExitCode.INVALID_KB), result.err
    assert "Traceback" not in result.err
    if result.code == ExitCode.OK:
        assert result.err == ""
        return
    assert result.out == ""
    problem = re.compile(rf"^{re.escape(str(path))}:\d+:\d+: (error|warning): .+$")
    lines = result.err.splitlines()
    assert lines
    for line in lines:
        assert problem.match(line) or re.fullmatch(r"\.\.\. and \d+ more problems?", line), line
