"""Text from a shared knowledge-base file never drives the terminal or breaks a record.

A file whose every text carries terminal escapes, controls, bidi overrides, line separators
and Markdown syntax goes through every command, in every format and both languages. No
unsafe character may come out raw, every line format must keep one record a line, and JSON
and YAML must give the text back exactly.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import Run
from ctocio.exitcodes import ExitCode
from ctocio.render.escape import UNSAFE, visible

PAYLOADS = {
    "osc52-st": "a\x1b]52;c;cHduZWQ=\x1b\\ \x1b[2J b",
    "osc52-bel": "\x1b]52;c;cHduZWQ=\x07 rest",
    "title": "\x1b]0;owned\x07 title",
    "hyperlink": "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "clear-sgr": "\x1b[2J\x1b[H\x1b[31mred\x1b[0m",
    "dcs": "\x1bPq#0;2;0;0;0\x1b\\",
    "c0": "".join(chr(code) for code in range(0x20) if chr(code) not in "\n"),
    "del-c1": "\x7f" + "".join(chr(code) for code in range(0x80, 0xA0)),
    "csi-8bit": "\x9b2J \x9d0;x\x9c",
    "bidi": "\u202eevil\u202c \u2066iso\u2069 \u200e\u200f\u061c \u202a\u202b\u202d",
    "separators": "one\rtwo\r\nthree\x0bfour\x0cfive\x1csix\x1dseven\x1eeight\x85nine\u2028ten\u2029eleven",
    "newline-tab": "first line\nsecond\tline",
    "markdown": "![x](http://evil.example/x.png) [link](http://e.example) *em* _em_ `code` ~~s~~ <img src=x> | # &lt;",
    "backslash": "C:\\new\\table \\x1b \\\\",
}
"""Each payload goes into the texts of one role; every one carries the word 'zebra' for search."""

_RAW = re.compile(f"[{UNSAFE}]")
_SGR = re.compile("\x1b\\[[0-9;]*m")

FORMATS = ["table", "plain", "tsv", "csv", "markdown", "json", "yaml"]


def _text(payload: str, lang: str) -> str:
    return f"zebra {lang} {payload} end"


def _knowledge_base(payload: str) -> dict[str, Any]:
    def statement(**extra: Any) -> dict[str, Any]:
        return {"en": _text(payload, "en"), "hi": _text(payload, "hi"), "sources": [f"src{payload}"], **extra}

    return {
        "version": 1,
        "areas": {f"area{payload}": {"en": _text(payload, "area-en"), "hi": _text(payload, "area-hi")}},
        "sources": {f"src{payload}": {"title": _text(payload, "title"), "url": f"http://x.example/{payload}"}},
        "roles": {
            "evil": {
                "abbr": {"en": f"EV{payload}", "hi": f"ईवी{payload}"},
                "title": {"en": _text(payload, "title-en"), "hi": _text(payload, "title-hi")},
                "aliases": [_text(payload, "alias")],
                "keywords": {"en": [_text(payload, "kw")], "hi": [_text(payload, "kw-hi")]},
                "focus": statement(value="internal"),
                "summary": statement(),
                "manages": [statement()],
                "reports_to": [statement()],
                "duties": [statement(area=f"area{payload}"), statement(area="strategy")],
                "vendor_relations": [statement(area="vendors")],
                "goals": [statement(area=f"area{payload}")],
                "confused_with": [statement(name={"en": f"not {payload} x", "hi": f"नहीं {payload} x"})],
                "sources": [f"src{payload}"],
            }
        },
    }


@pytest.fixture(params=PAYLOADS)
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    payload = PAYLOADS[request.param]
    # The file's own name carries escapes too: it is shown by --origin and in problems.
    path = tmp_path / "team\x1b]0;t\x07\u202e.yaml"
    path.write_text(yaml.safe_dump(_knowledge_base(payload), allow_unicode=True), encoding="utf-8")
    return payload, path


COMMANDS = {
    "list": ["list", "--origin"],
    "show": ["show", "evil", "cto", "--origin"],
    "compare": ["compare", "evil", "cto"],
    "search": ["search", "zebra"],
}


def _raw_unsafe(output: str, allowed: str) -> list[str]:
    return [character for character in _RAW.findall(output) if character not in allowed]


def _bare(line: str, characters: str) -> list[str]:
    """The characters of ``characters`` in a Markdown line that no backslash escapes."""
    return [token for token in re.findall(r"\\.|.", line) if token in characters]


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS)
def test_no_text_from_a_file_reaches_the_output_raw(
    run: Run, hostile: tuple[str, Path], command: str, fmt: str, lang: str
) -> None:
    payload, path = hostile
    result = run(*COMMANDS[command], "--kb", str(path), "-f", fmt, "-l", lang)
    assert (result.code, _raw_unsafe(result.err, "\n")) == (ExitCode.OK, [])
    out = result.out
    allowed = "\t\n" if fmt in ("plain", "tsv") else "\n"
    assert _raw_unsafe(out, allowed) == []
    if fmt in ("plain", "tsv"):
        lines = out.split("\n")
        assert lines[-1] == ""
        # One record a line, whichever way a reader splits lines, each with the same fields.
        assert out.splitlines() == lines[:-1]
        assert len({line.count("\t") for line in lines[:-1]}) == 1
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len({len(row) for row in rows}) == 1
        plain = run(*COMMANDS[command], "--kb", str(path), "-f", "plain", "-l", lang).out
        assert len(rows) == len(plain.splitlines()) + 1  # the header
    elif fmt == "markdown":
        for line in out.split("\n"):
            if line.startswith("|"):
                assert line.endswith("|")
                assert len(_bare(line, "|")) == len(_bare(out.split("\n")[2], "|"))
            # No link, image, emphasis, code, strike-through or HTML of the file's own.
            # Search marks the words that matched in bold, with its own '**'.
            own = line.replace("<br>", "").removeprefix("### ").replace("**", "")
            assert _bare(own, "[]*_`~<>#") == []
    elif fmt in ("json", "yaml"):
        document = json.loads(out) if fmt == "json" else yaml.safe_load(out)
        assert any(payload in value for value in _strings(document))


def _strings(value: Any) -> list[str]:
    """Every string in a parsed document, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (*_strings(key), *_strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_json_and_yaml_give_every_text_back_exactly(run: Run, hostile: tuple[str, Path], fmt: str) -> None:
    payload, path = hostile
    out = run("show", "evil", "--kb", str(path), "-f", fmt).out
    if fmt == "json":
        document = json.loads(out)
        assert document["duties"][0]["text"] == _text(payload, "en")
        assert document["duties"][0]["area"] == f"area{payload}"
        assert document["abbr"] == f"EV{payload}"
        assert document["sources"][0]["id"] == f"src{payload}"
    else:  # a knowledge-base file
        role = yaml.safe_load(out)["roles"]["evil"]
        assert role["duties"][0]["en"] == _text(payload, "en")
        assert role["duties"][0]["area"] == f"area{payload}"
        assert role["abbr"]["en"] == f"EV{payload}"
        assert role["sources"][0] == f"src{payload}"


def test_plain_text_reads_back_exactly(run: Run, hostile: tuple[str, Path]) -> None:
    """Plain and TSV spell characters out reversibly: Python's escapes, a doubled backslash."""
    payload, path = hostile
    records = [line.split("\t") for line in run("show", "evil", "--kb", str(path)).out.splitlines()]
    duty = next(record for record in records if record[1] == "duties")
    decoded = [field.encode("latin-1", "backslashreplace").decode("unicode_escape") for field in duty]
    assert decoded == ["evil", "duties", f"area{payload}", _text(payload, "en"), f"src{payload}", "en"]


ISSUE_EXAMPLE = "a\x1b]52;c;cHduZWQ=\x1b\\ \x1b[2J b"


@pytest.fixture
def focus_file(tmp_path: Path) -> Path:
    path = tmp_path / "focus.yaml"
    path.write_text(
        'version: 1\nextend:\n  cto:\n    aliases: ["x\\e]0;T\\a y"]\n'
        "roles:\n  evil:\n    abbr: {en: EVIL}\n    title: {en: Evil}\n"
        '    focus: {value: internal, en: "a\\e]52;c;cHduZWQ=\\e\\\\ \\e[2J b"}\n'
        "    summary: {en: Sum.}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("table", "a\\x1b]52;c;cHduZWQ=\\x1b\\ \\x1b[2J b"),
        ("plain", "evil\tfocus_detail\t\ta\\x1b]52;c;cHduZWQ=\\x1b\\\\ \\x1b[2J b\t\ten\n"),
        ("csv", "evil,focus_detail,,a\\x1b]52;c;cHduZWQ=\\x1b\\ \\x1b[2J b,,en\n"),
        ("markdown", "| Focus |  | internal: a\\\\x1b\\]52;c;cHduZWQ=\\\\x1b\\\\ \\\\x1b\\[2J b |  |\n"),
        ("json", '"text": "a\\u001b]52;c;cHduZWQ=\\u001b\\\\ \\u001b[2J b",'),
        ("yaml", 'en: "a\\e]52;c;cHduZWQ=\\e\\\\ \\e[2J b"\n'),
    ],
)
def test_the_issue_example_in_each_format(run: Run, focus_file: Path, fmt: str, expected: str) -> None:
    result = run("show", "evil", "--kb", str(focus_file), "-f", fmt)
    assert result.code == ExitCode.OK
    assert expected in result.out


def test_colour_adds_only_its_own_escapes(run: Run, hostile: tuple[str, Path]) -> None:
    _, path = hostile
    result = run("compare", "evil", "cto", "--kb", str(path), "-f", "table", "--color", "always")
    assert result.code == ExitCode.OK
    assert "\x1b[" in result.out  # ctocio's own colours
    assert _raw_unsafe(_SGR.sub("", result.out), "\n") == []


def test_messages_spell_out_what_was_typed_and_what_files_hold(run: Run, tmp_path: Path) -> None:
    result = run("show", "\x1b]52;c;AAAA\x07\u202e")
    assert result.code == ExitCode.NOT_FOUND
    assert result.err == (
        "ctocio: error: unknown role '\\x1b]52;c;AAAA\\x07\\u202e'; known roles: "
        "cto, cio, ciso, caio, chief-data-officer, chief-digital-officer, cpo, vp-engineering, chief-architect\n"
    )
    bad = tmp_path / "bad\x1b[2J.yaml"
    bad.write_text('version: 1\n"ro\\e[2Jles": {}\n', encoding="utf-8")
    message = "ro\\x1b[2Jles: unknown field 'ro\\x1b[2Jles'; did you mean 'roles'?"
    line = f"{tmp_path}/bad\\x1b[2J.yaml:2:1: error: {message}"
    result = run("validate", str(bad))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, f"{line}\nerrors: 1, warnings: 0; files checked: 2\n")
    result = run("list", "--kb", str(bad))
    assert (result.code, result.err) == (ExitCode.INVALID_KB, f"{line}\n")


def test_validate_json_escapes_what_json_dumps_leaves_raw(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('version: 1\n"x\\u202e\\x85\\x9b": {}\n', encoding="utf-8")
    result = run("validate", str(bad), "-f", "json")
    assert result.code == ExitCode.INVALID_KB
    assert _raw_unsafe(result.out, "\n") == []
    assert "\\u202e\\u0085\\u009b" in result.out
    assert json.loads(result.out)["problems"][0]["message"].startswith("x\u202e\x85\x9b: unknown field")


@pytest.mark.parametrize(
    ("raw", "table", "plain"),
    [
        ("\x1b", "\\x1b", "\\x1b"),
        ("\x00\x07\x7f", "\\x00\\x07\\x7f", "\\x00\\x07\\x7f"),
        ("\x85\x9b\x9f", "\\x85\\x9b\\x9f", "\\x85\\x9b\\x9f"),
        ("\t\r", "\\t\\r", "\\t\\r"),
        ("a\nb", "a\nb", "a\\nb"),
        ("\u2028\u2029", "\\u2028\\u2029", "\\u2028\\u2029"),
        ("\u202a\u202e\u2066\u2069\u200e\u200f\u061c", "\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c",
         "\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c"),
        ("ab\udcff", "ab\\xff", "ab\\xff"),
        ("\\x1b", "\\x1b", "\\\\x1b"),
        ("हिंदी\u200d\u200c ok", "हिंदी\u200d\u200c ok", "हिंदी\u200d\u200c ok"),
    ],
)  # fmt: skip
def test_the_policy_character_by_character(raw: str, table: str, plain: str) -> None:
    assert visible(raw, keep="\n") == table
    assert visible(raw, reversible=True) == plain


def test_every_unsafe_character_is_one_python_cannot_print() -> None:
    """``visible`` and ``json_safe`` pass a text that ``str.isprintable`` accepts unchanged, without
    looking further: that is sound only while every unsafe character is unprintable."""
    unsafe = re.compile(f"[{UNSAFE}]")
    printable = [hex(code) for code in range(0x110000) if unsafe.match(chr(code)) and chr(code).isprintable()]
    assert printable == []
    # C0; DEL and C1; the bidi controls; the two separators; the surrogates.
    assert len([code for code in range(0x110000) if unsafe.match(chr(code))]) == 32 + 33 + 12 + 2 + 0x800


@pytest.mark.parametrize(
    ("dumped", "expected"),
    [
        ('{\n  "a": "plain हिंदी"\n}', '{\n  "a": "plain हिंदी"\n}'),
        ('["\x7f\x85", "\u202e", "\u2028", "\udcff"]', '["\\u007f\\u0085", "\\u202e", "\\u2028", "\\udcff"]'),
        ('["no\u00a0break"]', '["no\u00a0break"]'),
    ],
)
def test_json_safe_escapes_only_what_json_dumps_leaves_raw(dumped: str, expected: str) -> None:
    from ctocio.render.escape import json_safe

    assert json_safe(dumped) == expected
