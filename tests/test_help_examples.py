"""`ctocio --help` and every command's help end with examples, in both languages, that run."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from conftest import DATA, Run
from ctocio.catalogue import EN, HI
from ctocio.cli.app import app
from ctocio.exitcodes import ExitCode

COMMANDS = [info.name or (info.callback.__name__ if info.callback else "") for info in app.registered_commands]


def _examples(epilog: str) -> list[str]:
    return [example.strip() for example in epilog.split(":", 1)[1].split(";")]


def test_every_command_and_the_app_have_examples_in_both_languages() -> None:
    assert sorted(COMMANDS) == ["compare", "list", "org", "schema", "search", "show", "validate", "who"]
    for name in ["app", *COMMANDS]:
        for catalogue in (EN, HI):
            assert _examples(catalogue[f"help.epilog.{name}"]), name
        # English help must show on any terminal, an ASCII one too.
        assert EN[f"help.epilog.{name}"].isascii(), name


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("name", ["app", *COMMANDS])
def test_the_help_ends_with_its_examples(run: Run, name: str, lang: str) -> None:
    args = ["--help"] if name == "app" else [name, "--help"]
    out = run("--lang", lang, *args).out
    last = [line.strip() for line in out.splitlines() if line.strip()][-1]
    assert last == (EN if lang == "en" else HI)[f"help.epilog.{name}"]


EXAMPLES = sorted(
    {example for catalogue in (EN, HI) for key, text in catalogue.items() if key.startswith("help.epilog.")
     for example in _examples(text)}
)  # fmt: skip


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_example_runs(run: Run, example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The reader's own file, for the validate example; a redirection is the shell's, not ctocio's.
    shutil.copy(DATA / "org_user.yaml", tmp_path / "my-roles.yaml")
    monkeypatch.chdir(tmp_path)
    result = run(*shlex.split(example.split(">", maxsplit=1)[0])[1:])
    assert (result.code, result.err) == (ExitCode.OK, "")
