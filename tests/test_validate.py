"""`ctocio validate` and `ctocio schema`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import DATA, ROOT, Run
from ctocio.exitcodes import ExitCode


def test_the_builtin_knowledge_base_is_clean_even_when_strict(run: Run) -> None:
    result = run("validate", "--strict")
    assert (result.code, result.out, result.err) == (0, "no problems; files checked: 1\n", "")


def test_every_problem_of_every_file_sorted_then_a_summary(run: Run) -> None:
    partial, broken = DATA / "partial_hindi.yaml", DATA / "bad" / "references.yaml"
    result = run("validate", str(partial), str(broken))
    assert result.code == ExitCode.INVALID_KB
    lines = result.out.splitlines()
    assert lines[-1] == "errors: 4, warnings: 10; files checked: 3"
    files = [line.split(":")[0] for line in lines[:-1]]
    assert files == sorted(files)
    assert sum(": error: " in line for line in lines) == 4
    assert sum(": warning: " in line for line in lines) == 10
    assert f"{partial}:16:9: warning: roles.ops.duties[1]: no Hindi text ('hi'); English will be shown instead" in lines


def test_warnings_alone_pass_unless_strict(run: Run) -> None:
    partial = str(DATA / "partial_hindi.yaml")
    relaxed = run("validate", partial)
    assert relaxed.code == ExitCode.OK
    assert relaxed.out.splitlines()[-1] == "errors: 0, warnings: 4; files checked: 2"
    strict = run("validate", partial, "--strict")
    assert strict.code == ExitCode.INVALID_KB
    assert strict.out.splitlines()[-1] == "errors: 4, warnings: 0; files checked: 2"


def test_missing_english_and_missing_sources_are_warnings(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "hindi_only.yaml"
    path.write_text(
        "version: 1\n"
        "roles:\n"
        "  cko:\n"
        "    abbr: {hi: सीकेओ}\n"
        "    title: {en: Chief Knowledge Officer, hi: मुख्य ज्ञान अधिकारी}\n"
        "    focus: {value: internal, en: Looks inward., hi: भीतर देखता है।}\n"
        "    summary: {en: Owns knowledge., hi: डेटा का ज़िम्मेदार।, sources: [article-hi]}\n",
        encoding="utf-8",
    )
    result = run("validate", str(path), "-f", "json")
    assert result.code == ExitCode.OK
    assert json.loads(result.out) == {
        "problems": [
            {
                "file": str(path),
                "line": 4,
                "column": 5,
                "severity": "warning",
                "code": "missing-english",
                "message": "roles.cko.abbr: no English text ('en'); Hindi will be shown instead",
            },
            {
                "file": str(path),
                "line": 6,
                "column": 5,
                "severity": "warning",
                "code": "no-source",
                "message": "roles.cko.focus: names no source; add 'sources: [...]'",
            },
        ],
        "more": 0,
        "errors": 0,
        "warnings": 2,
        "files": 2,
    }
    # A Hindi-only abbreviation falls back the other way in English output, marked.
    shown = run("show", "cko", "--kb", str(path), "-f", "table").out
    assert "[Hindi] सीकेओ" in shown


def test_json_problems_carry_codes(run: Run) -> None:
    result = run("validate", str(DATA / "bad" / "unknown_field.yaml"), "-f", "json")
    assert result.code == ExitCode.INVALID_KB
    document = json.loads(result.out)
    assert [(p["line"], p["column"], p["severity"], p["code"]) for p in document["problems"]] == [
        (10, 13, "error", "bad-value"),
        (12, 5, "error", "unknown-field"),
    ]
    assert (document["errors"], document["warnings"], document["files"]) == (2, 0, 2)


def test_by_default_every_source_that_would_be_loaded(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "ctocio"
    folder.mkdir()
    shutil.copy(DATA / "bad" / "unknown_field.yaml", folder / "mine.yaml")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    result = run("validate")
    assert result.code == ExitCode.INVALID_KB
    assert result.out.splitlines()[-1] == "errors: 2, warnings: 0; files checked: 2"
    only_shared = run("validate", "--no-builtin", str(DATA / "shared.yaml"))
    assert only_shared.code == ExitCode.OK
    assert only_shared.out.splitlines()[-1] == "errors: 0, warnings: 16; files checked: 1"


def test_validate_in_hindi(run: Run) -> None:
    assert run("validate", "-l", "hi").out == "कोई समस्या नहीं; जाँची गई फ़ाइलें: 1\n"


def test_validate_a_folder(run: Run) -> None:
    # Files of a folder load in name order: cko.yaml replaces the clashing cko of alias_clash.yaml.
    path = DATA / "user" / "extend_unknown.yaml"
    result = run("validate", str(DATA / "user"))
    assert (result.code, result.out) == (
        ExitCode.INVALID_KB,
        f"{path}:3:3: error: extend.cioo: unknown role 'cioo'; did you mean 'cio'?; "
        "extend adds to a role defined before it\n"
        "errors: 1, warnings: 0; files checked: 6\n",
    )


# The schema: generated from the model the loader validates with.


def _schema(run: Run) -> dict[str, Any]:
    result = run("schema")
    assert (result.code, result.err) == (0, "")
    document: dict[str, Any] = json.loads(result.out)
    return document


def test_schema_is_draft_2020_12_and_the_committed_copy_is_current(run: Run) -> None:
    schema = _schema(run)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert (ROOT / "data" / "roles.schema.json").read_text(encoding="utf-8") == run("schema").out
    first_line = (ROOT / "data" / "roles.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=roles.schema.json"


def test_the_builtin_file_passes_an_independent_validator(run: Run) -> None:
    data = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema(run)).validate(data)
    for path in sorted((DATA / "user").glob("*.yaml")):
        jsonschema.Draft202012Validator(_schema(run)).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "name",
    [
        "bad/unknown_field.yaml",
        "bad/wrong_type.yaml",
        "hostile/bad_role_id.yaml",
        "hostile/number_text.yaml",
        "hostile/list_text.yaml",
        "hostile/null_text.yaml",
        "hostile/empty_text.yaml",
        "hostile/missing_field.yaml",
    ],
)
def test_broken_files_fail_the_independent_validator_too(run: Run, name: str) -> None:
    path = DATA / name
    assert run("validate", str(path)).code == ExitCode.INVALID_KB
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(_schema(run)).iter_errors(data))
    assert errors, f"{name} passes the JSON Schema"


def test_a_text_with_no_language_fails_both(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "no_text.yaml"
    path.write_text("version: 1\nareas:\n  ops: {}\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.out.splitlines()[0] == f"{path}:3:3: error: areas.ops: needs text: give 'en', 'hi' or both"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(_schema(run)).iter_errors(data))


def test_paths_given_are_checked_without_the_config_folder(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for folder in (tmp_path / "ctocio", tmp_path / ".config" / "ctocio"):
        folder.mkdir(parents=True)
        shutil.copy(DATA / "bad" / "unknown_field.yaml", folder / "broken.yaml")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run("validate").code == ExitCode.INVALID_KB  # the config folder is broken
    result = run("validate", str(DATA / "shared.yaml"))
    assert result.code == ExitCode.OK
    assert result.out.splitlines()[-1].endswith("files checked: 2")
