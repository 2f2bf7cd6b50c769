"""Shell completion, driven the way the shell drives it: Typer's completion environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from conftest import DATA, Run
from ctocio.cli.completion import wanted
from ctocio.cli.help import app_for
from ctocio.exitcodes import ExitCode


def _bash(run: Run, monkeypatch: pytest.MonkeyPatch, line: str) -> list[str]:
    words = line.split(" ")
    monkeypatch.setenv("_CTOCIO_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", line)
    monkeypatch.setenv("COMP_CWORD", str(len(words) - 1))
    result = run()
    assert (result.code, result.err) == (ExitCode.OK, "")
    return result.out.splitlines()


@pytest.mark.parametrize(
    ("line", "candidates"),
    [
        ("ctocio sh", ["show"]),
        ("ctocio s", ["show", "schema", "search"]),
        ("ctocio show ci", ["cio", "ciso"]),
        # Abbreviations too; CDO, which two roles share, is never offered.
        ("ctocio show C", ["CTO", "CIO", "CISO", "CAIO", "CPO"]),
        ("ctocio compare cto vp", ["vp-engineering"]),
        ("ctocio org chief-d", ["chief-data-officer", "chief-digital-officer"]),
        ("ctocio search vendor --role cp", ["cpo"]),
        ("ctocio search vendor --area s", ["strategy", "security"]),
        ("ctocio show cto --format j", ["json"]),
        ("ctocio show cto --lang h", ["hi"]),
    ],
)
def test_bash_completes_commands_roles_areas_and_formats(
    run: Run, monkeypatch: pytest.MonkeyPatch, line: str, candidates: list[str]
) -> None:
    assert _bash(run, monkeypatch, line) == candidates


def test_the_roles_offered_are_those_of_the_knowledge_base_loaded(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    line = f"ctocio show --kb {DATA / 'org_user.yaml'} so"
    assert _bash(run, monkeypatch, line) == ["soc-lead"]


def test_zsh_completes_hindi_abbreviations_with_their_titles(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_CTOCIO_COMPLETE", "complete_zsh")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "ctocio show सीआई")
    result = run()
    assert (result.code, result.err) == (ExitCode.OK, "")
    assert result.out == (
        '_arguments \'*: :(("सीआईओ":"Chief Information Officer"\n"सीआईएसओ":"Chief Information Security Officer"))\'\n'
    )


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_the_shells_script(run: Run, shell: str) -> None:
    result = run("--show-completion", shell)
    assert (result.code, result.err) == (ExitCode.OK, "")
    assert "_CTOCIO_COMPLETE" in result.out


def test_an_ordinary_run_builds_no_completion() -> None:
    """The completion options and shells are set up only for a run that asks for them."""
    assert not wanted(["show", "cto"], {})
    assert wanted([], {"_CTOCIO_COMPLETE": "complete_bash"})
    assert wanted(["--show-completion", "bash"], {})
    command = typer.main.get_command(app_for(["show", "cto"]))
    assert "install_completion" not in [param.name for param in command.params]


def test_text_from_a_shared_file_reaches_the_shell_escaped(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text(
        "version: 1\nsources:\n  s: {title: S}\nroles:\n  evil:\n"
        '    abbr: {en: "EV\\e[2J"}\n    title: {en: "Evil \\e]0;owned\\a title"}\n'
        "    focus: {value: internal, en: In., sources: [s]}\n    summary: {en: Sum., sources: [s]}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("_CTOCIO_COMPLETE", "complete_zsh")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", f"ctocio show --kb {path} e")
    result = run()
    assert (result.code, result.err) == (ExitCode.OK, "")
    # The abbreviation with a control character is not offered; the title is spelled out.
    assert result.out == '_arguments \'*: :(("evil":"Evil \\x1b]0;owned\\x07 title"))\'\n'
