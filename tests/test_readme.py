"""The README is part of the contract: its examples run, its test line is the one CI runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from conftest import ROOT, Run
from ctocio.cli.app import app
from ctocio.exitcodes import ExitCode

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE)


def _examples() -> list[tuple[str, str]]:
    """``$ ctocio ...`` lines of console blocks, without pipes, with the output shown after them."""
    examples = []
    for block in _blocks("console"):
        parts = re.split(r"^\$ ", block, flags=re.MULTILINE)
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            if command.startswith("ctocio ") and "|" not in command:
                examples.append((command, output))
    return examples


def test_quick_start_has_two_lines_and_ci_runs_the_test_line() -> None:
    quick_start = README.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", quick_start, flags=re.DOTALL)
    assert block is not None
    install, test = block.group(1).strip().splitlines()
    assert install.endswith("ctocio compare")
    assert test.endswith("python -m pytest")
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_has_examples() -> None:
    assert len(_examples()) >= 2


@pytest.mark.parametrize(("command", "output"), _examples())
def test_readme_example_output_is_real(
    run: Run, command: str, output: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README's own example file, where its examples expect it.
    example = re.search(r"This `my-roles.yaml` adds .*?```yaml\n(.*?)```", README, flags=re.DOTALL)
    assert example is not None
    (tmp_path / "my-roles.yaml").write_text(example.group(1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(*shlex.split(command)[1:])
    assert result.out == output


def test_every_command_is_documented() -> None:
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert f"ctocio {name}" in REFERENCE, name


def test_every_exit_code_is_documented() -> None:
    for code in ExitCode:
        assert re.search(rf"^\| *`?{code.value}`? *\| *`{code.name}` *\|", REFERENCE, flags=re.MULTILINE), code
