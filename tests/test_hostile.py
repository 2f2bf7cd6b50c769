"""Hostile and broken knowledge-base files: one located line each, exit code 3, no traceback.

Every case runs on both YAML paths: libyaml's parser and the pure-Python one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
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
    # Found by tests/test_fuzz_kb.py: PyYAML's constructor fails on a tagged timestamp of no form.
    "bad_timestamp_tag.yaml": "4:9: error: 'x' is not a valid date; write a valid date, or leave out the tag "
    "'!!timestamp'",
    # Found by tests/test_fuzz_kb.py: Python converts at most 4,300 digits to an integer.
    "huge_int.yaml": f"4:9: error: '{'9' * 40}…' is not a valid integer; put it in quotes if it is meant as text",
    # Issue 9: raw control characters, at their own line and column (in code points) on both paths.
    "control_del.yaml": "3:18: error: the character U+007F is not allowed in YAML; "
    'remove it, or write it as "\\x7f" in a double-quoted string',
    "control_esc.yaml": "4:17: error: the character U+001B is not allowed in YAML; "
    'remove it, or write it as "\\x1b" in a double-quoted string',
}


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
    """NEL, LS and a lone CR end lines for YAML; the first character not allowed is named."""
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
    """`validate -f json` gives a scalar that fails to convert the code `bad-value`."""
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
    assert result.err == f"{path}:1:1: error: file is larger than the 16 MiB limit\n"


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
         "1:1: error: a knowledge-base file is a mapping of keys "
         "(version, areas, sources, roles, extend, executives, lexicon), not a list"),
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


# Issue 9: file and folder names that are not UTF-8, and paths that cannot be read.


def test_a_file_name_that_is_not_utf8(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    bad = folder / os.fsdecode(b"ab\xff.yaml")
    bad.write_text((DATA / "shared.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("list", "--kb", str(folder))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == (
        f"{folder}/ab\\xff.yaml:1:1: error: cannot use the file name 'ab\\xff.yaml': it is not valid UTF-8; "
        "rename the file\n"
    )
    # Named on the command line, the same name is an argument that is not UTF-8: a usage error.
    result = run("list", "--kb", str(bad))
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == f"ctocio: error: argument '{folder}/ab\\xff.yaml' is not valid UTF-8 text\n"


def test_a_folder_name_that_is_not_utf8(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / os.fsdecode(b"caf\xe9") / "kb"
    folder.mkdir(parents=True)
    (folder / "roles.yaml").write_text((DATA / "shared.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    # Through CTOCIO_KB: on the command line the name would be an argument that is not UTF-8.
    monkeypatch.setenv("CTOCIO_KB", str(folder))
    result = run("validate", "-f", "json")
    assert result.code == ExitCode.INVALID_KB
    assert json.loads(result.out)["problems"] == [
        {
            "file": f"{tmp_path}/caf\\xe9/kb/roles.yaml",
            "line": 1,
            "column": 1,
            "severity": "error",
            "code": "bad-file-name",
            "message": "cannot use the folder name 'caf\\xe9': it is not valid UTF-8; rename the folder",
        }
    ]


NOBODY = 65534


@pytest.fixture
def as_nobody() -> Iterator[tuple[Path, Callable[..., subprocess.CompletedProcess[str]]]]:
    """A folder anyone may enter, and a way to run ctocio in it as the unprivileged user nobody.

    Root reads every file whatever its mode, so a file nobody may read is tried as nobody.
    """
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run ctocio as another user")
    top = Path(tempfile.mkdtemp(prefix="ctocio-nobody-"))
    top.chmod(0o755)
    private = top / "private"  # HOME, cache and config: a folder nobody can use
    private.mkdir(mode=0o700)
    command = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", sys.executable, "-m", "ctocio"]

    def invoke(*args: str, config: Path = private) -> subprocess.CompletedProcess[str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(private),
            "XDG_CACHE_HOME": str(private),
            "XDG_CONFIG_HOME": str(config),
        }
        return subprocess.run([*command, *args], capture_output=True, text=True, env=env, cwd=top, check=False)

    try:
        probe = invoke("--version")
        if probe.returncode != 0:
            pytest.skip(f"the user nobody cannot run this Python: {probe.stderr.strip()}")
        yield top, invoke
    finally:
        for path in (top, *top.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o700)
        shutil.rmtree(top)


def test_unreadable_folders_and_files(
    as_nobody: tuple[Path, Callable[..., subprocess.CompletedProcess[str]]],
) -> None:
    top, invoke = as_nobody
    closed = top / "closed"
    closed.mkdir()
    shutil.copy(DATA / "shared.yaml", closed / "roles.yaml")
    locked = top / "locked.yaml"
    shutil.copy(DATA / "shared.yaml", locked)
    locked.chmod(0o000)
    closed.chmod(0o000)
    expected = {
        str(closed): f"{closed}:1:1: error: cannot read the folder: permission denied\n",
        str(closed / "roles.yaml"): f"{closed / 'roles.yaml'}:1:1: error: cannot read the file: permission denied\n",
        str(locked): f"{locked}:1:1: error: cannot read the file: permission denied\n",
    }
    for path, line in expected.items():
        result = invoke("list", "--kb", path)
        assert (result.returncode, result.stdout, result.stderr) == (ExitCode.INVALID_KB, "", line)
    result = invoke("validate", str(closed), "-f", "json")
    assert result.returncode == ExitCode.INVALID_KB
    assert [(p["file"], p["code"]) for p in json.loads(result.stdout)["problems"]] == [(str(closed), "unreadable")]


@pytest.mark.parametrize("mode", [0o000, 0o311], ids=["000", "311"])
def test_an_unreadable_config_folder(
    as_nobody: tuple[Path, Callable[..., subprocess.CompletedProcess[str]]], mode: int
) -> None:
    top, invoke = as_nobody
    folder = top / "config" / "ctocio"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "shared.yaml", folder / "roles.yaml")
    folder.chmod(mode)
    line = f"{folder}:1:1: error: cannot read the folder: permission denied\n"
    listed = invoke("list", config=top / "config")
    assert (listed.returncode, listed.stdout, listed.stderr) == (ExitCode.INVALID_KB, "", line)
    checked = invoke("validate", config=top / "config")
    assert (checked.returncode, checked.stdout) == (
        ExitCode.INVALID_KB,
        line + "errors: 1, warnings: 0; files checked: 2\n",
    )
    # A config folder that cannot even be looked for (its parent is closed) is no config folder.
    assert invoke("list", config=top / "private").returncode == ExitCode.OK


@pytest.mark.usefixtures("yaml_path")
def test_an_escape_beyond_unicode_is_a_syntax_error_on_both_paths(run: Run, tmp_path: Path) -> None:
    # Found by the long profile of tests/test_fuzz_kb.py: the pure-Python scanner failed in chr().
    path = tmp_path / "escape.yaml"
    path.write_text('version: 1\nareas:\n  a: {en: "x\\UFFFFFFFF y"}\n', encoding="utf-8")
    result = run("list", "--kb", str(path))
    assert (result.code, result.out) == (ExitCode.INVALID_KB, "")
    assert result.err == (
        f"{path}:3:15: error: YAML syntax error: found invalid Unicode character escape code "
        "(while parsing a quoted scalar)\n"
    )


@pytest.mark.parametrize("args", [["validate", "a\0b"], ["list", "--kb", "\0"]])
def test_a_path_with_a_nul_character_is_a_usage_error(run: Run, args: list[str]) -> None:
    # Found by the long profile of tests/test_fuzz_cli.py: os.stat raised ValueError.
    result = run(*args)
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    shown = args[-1].replace("\0", "\\x00")
    message = f"the path '{shown}' holds a NUL character, which no file name can; name a file or a folder"
    assert result.err == f"ctocio: error: {message}\n"
