"""Hostile and broken knowledge-base files: one located line each, exit code 3, no traceback.

Every case runs on both YAML paths: libyaml's parser and the pure-Python one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import DATA, Run
from ctocio import reader
from ctocio.exitcodes import ExitCode

HOSTILE = DATA / "hostile"

# file: (line:column, code shown only in `validate -f json`, message)
CASES = {
    "billion_laughs.yaml": "2:4: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out",
    "duplicate_top.yaml": "3:1: error: duplicate key 'version' (first defined at line 1, column 1)",
    "duplicate_deep.yaml": "16:9: error: duplicate key 'area' (first defined at line 13, column 9)",
    "python_object.yaml": "2:8: error: the YAML tag '!!python/object:collections.OrderedDict' is not allowed; "
    "only plain data is",
    "python_name.yaml": "1:10: error: the YAML tag '!!python/name:os.system' is not allowed; only plain data is",
    "merge_key.yaml": "5:5: error: YAML merge keys ('<<') are not allowed; write the keys out",
    "utf16.yaml": "1:1: error: saved as UTF-16; save the file as UTF-8",
    "image.yaml": "1:1: error: not a text file (it contains NUL bytes)",
    "comments_only.yaml": "1:1: error: file is empty; a knowledge base starts with 'version: 1'",
    "bad_role_id.yaml": "5:3: error: roles.2nd-cto: role id '2nd-cto' must be a plain identifier: "
    "lowercase letters, digits, '-' and '_', starting with a letter",
    "number_text.yaml": "3:9: error: areas.ops.en: 'en' must be text, not a number (2024); "
    "put it in quotes if it is meant as text",
    "list_text.yaml": "3:9: error: areas.ops.en: 'en' must be text, not a list",
    "null_text.yaml": "3:25: error: areas.ops.hi: 'hi' is empty (null); write the text, or leave the key out",
    "empty_text.yaml": "3:9: error: areas.ops.en: 'en' must not be empty; leave the key out if there is no text yet",
    "missing_field.yaml": "5:3: error: roles.alpha.title: missing field 'title'",
    "deep_block.yaml": "35:67: error: nested more than 32 levels deep",
    # Issue 9: scalars of the form of a date, or tagged as a number, that are none (exit 70 before).
    "bad_date.yaml": "4:9: error: '2024-02-30' is not a valid date (day is out of range for month); "
    "put it in quotes if it is meant as text",
    "bad_leap_day.yaml": "4:9: error: '2023-02-29' is not a valid date (day is out of range for month); "
    "put it in quotes if it is meant as text",
    "bad_time.yaml": "4:9: error: '2024-01-01 25:00:00' is not a valid date and time (hour must be in 0..23); "
    "put it in quotes if it is meant as text",
    "bad_int_tag.yaml": "4:9: error: 'abc' is not a valid integer; write a valid integer, or leave out the tag '!!int'",
    "bad_float_tag.yaml": "4:9: error: 'x' is not a valid number; write a valid number, or leave out the tag '!!float'",
    "bad_bool_tag.yaml": "4:9: error: 'maybe' is not a valid true/false value; "
    "write a valid true/false value, or leave out the tag '!!bool'",
    "bad_hex_int.yaml": "4:9: error: '0x' is not a valid integer; write a valid integer, or leave out the tag '!!int'",
    # Issue 9: raw control characters, at their own line and column (in code points) on both paths.
    "control_del.yaml": "3:18: error: the character U+007F is not allowed in YAML; "
    'remove it, or write it as "\\x7f" in a double-quoted string',
    "control_esc.yaml": "4:17: error: the character U+001B is not allowed in YAML; "
    'remove it, or write it as "\\x1b" in a double-quoted string',
}


@pytest.fixture(params=["libyaml", "python"])
def yaml_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    import yaml

    if request.param == "libyaml" and not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(reader, "PREFER_LIBYAML", request.param == "libyaml")
    return str(request.param)


@pytest.mark.usefixtures("yaml_path")
@pytest.mark.parametrize("name", CASES)
def test_hostile_file(run: Run, name: str) -> None:
    path = HOSTILE / name
    result = run("show", "cto", "--kb", str(path), "-f", "json")
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == f"{path}:{CASES[name]}\n"


@pytest.mark.usefixtures("yaml_path")
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("version: 1\n\x85x: \ufffe\n", (3, 4, "FFFE", "\\ufffe")),
        ("version: 1\u2028\x9f", (2, 1, "009F", "\\x9f")),
        ("version: 1\r\rfoo: \x08", (3, 6, "0008", "\\x08")),
        ("# \ud7ff\ue000\U0010ffff\t\x85\xa0 fine\n\x80", (3, 1, "0080", "\\x80")),
    ],
)
def test_characters_yaml_does_not_allow_are_placed_as_yaml_counts_lines(
    run: Run, tmp_path: Path, content: str, expected: tuple[int, int, str, str]
) -> None:
    """Issue 9: NEL, LS and a lone CR end lines for YAML; the first character not allowed is named."""
    path = tmp_path / "chars.yaml"
    path.write_bytes(content.encode("utf-8"))
    result = run("validate", "--no-builtin", str(path), "-f", "json")
    assert result.code == ExitCode.INVALID_KB
    (problem,) = json.loads(result.out)["problems"]
    line, column, code_point, escape = expected
    assert (problem["line"], problem["column"], problem["code"], problem["message"]) == (
        line,
        column,
        "bad-character",
        f'the character U+{code_point} is not allowed in YAML; remove it, or write it as "{escape}" '
        "in a double-quoted string",
    )


@pytest.mark.usefixtures("yaml_path")
def test_bad_values_have_their_own_code(run: Run) -> None:
    """Issue 9: `validate -f json` names a scalar that fails to convert `bad-value`."""
    result = run("validate", str(HOSTILE / "bad_int_tag.yaml"), "-f", "json")
    assert result.code == ExitCode.INVALID_KB
    assert [(p["line"], p["column"], p["code"]) for p in json.loads(result.out)["problems"]] == [(4, 9, "bad-value")]


def test_deep_flow_nesting_is_refused_on_both_paths(run: Run, yaml_path: str) -> None:
    path = HOSTILE / "deep_flow.yaml"
    result = run("list", "--kb", str(path))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    # libyaml's scanner runs ahead of the events and stops at its own limit of 1,000 levels.
    if yaml_path == "libyaml":
        assert result.err == f"{path}:2:1007: error: YAML syntax error: nested too deeply\n"
    else:
        assert result.err == f"{path}:2:40: error: nested more than 32 levels deep\n"


@pytest.mark.usefixtures("yaml_path")
def test_a_file_over_the_size_limit(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(b"version: 1\n")
        handle.truncate(reader.MAX_FILE_BYTES + 1)  # sparse: takes no disk space
    result = run("list", "--kb", str(path))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == f"{path}:1:1: error: file is larger than the 64 MiB limit\n"


@pytest.mark.usefixtures("yaml_path")
def test_a_directory_named_like_a_file(run: Run, tmp_path: Path) -> None:
    (tmp_path / "roles.yaml").mkdir()
    result = run("list", "--kb", str(tmp_path))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == f"{tmp_path / 'roles.yaml'}:1:1: error: is a directory, not a knowledge-base file\n"


@pytest.mark.usefixtures("yaml_path")
def test_a_missing_path(run: Run, tmp_path: Path) -> None:
    result = run("list", "--kb", str(tmp_path / "nowhere.yaml"))
    assert (result.code, result.err) == (ExitCode.INVALID_KB, f"{tmp_path / 'nowhere.yaml'}:1:1: error: no such file\n")


@pytest.mark.usefixtures("yaml_path")
def test_the_safety_cases_of_the_bad_folder_agree_on_both_paths(run: Run) -> None:
    for path in sorted((DATA / "bad").glob("*.yaml")):
        result = run("list", "--kb", str(path))
        assert result.code == ExitCode.INVALID_KB, path
        assert result.err.startswith(f"{path}:"), result.err
        assert "Traceback" not in result.err


@pytest.mark.usefixtures("yaml_path")
def test_a_pipe_named_like_a_file_is_refused_not_waited_on(run: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "roles.yaml"
    os.mkfifo(fifo)
    result = run("list", "--kb", str(fifo))
    assert (result.code, result.err) == (
        ExitCode.INVALID_KB,
        f"{fifo}:1:1: error: not a regular file (a pipe, socket or device)\n",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("version: 1\nareas:\n  ops: {en: 2024-01-01}\n",
         "3:9: error: areas.ops.en: 'en' must be text, not a date (2024-01-01); "
         "put it in quotes if it is meant as text"),
        ("version: 1\nareas:\n  ops: {en: '   '}\n",
         "3:9: error: areas.ops.en: 'en' is blank; write the text, or leave the key out"),
        ("- version: 1\n",
         "1:1: error: a knowledge-base file is a mapping of keys (version, areas, sources, roles, extend), not a list"),
    ],
)  # fmt: skip
def test_texts_that_are_dates_or_blank_and_files_that_are_not_mappings(
    run: Run, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text(content, encoding="utf-8")
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert result.out.splitlines()[0] == f"{path}:{message}"


def test_a_name_of_punctuation_only_is_refused(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "dots.yaml"
    path.write_text(
        "version: 1\nsources:\n  s: {title: S}\nroles:\n  dots:\n    abbr: {en: '...'}\n    title: {en: Dots Officer}\n"
        "    focus: {value: internal, en: In., sources: [s]}\n    summary: {en: Dots., sources: [s]}\n",
        encoding="utf-8",
    )
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert (
        f"{path}:6:12: error: roles.dots.abbr.en: the name '...' has no letters or digits, so nobody could type it"
        in result.out.splitlines()
    )


def test_hidden_files_in_a_folder_are_left_out(run: Run, tmp_path: Path) -> None:
    (tmp_path / ".#roles.yaml").write_text("not: [valid", encoding="utf-8")
    (tmp_path / "roles.yaml").write_text((DATA / "shared.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("list", "--kb", str(tmp_path), "-f", "json").code == 0


def test_an_empty_path_is_a_usage_error(run: Run) -> None:
    for args in (["list", "--kb", ""], ["validate", ""]):
        result = run(*args)
        assert (result.code, result.err) == (
            ExitCode.USAGE,
            "ctocio: error: an empty path was given; name a file or a folder\n",
        )
