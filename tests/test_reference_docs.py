"""The command reference (docs/commands.md) and the man page (docs/ctocio.1) say what the app does."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import make_reference


def test_the_command_reference_is_current() -> None:
    """After changing a command: python tools/make_reference.py"""
    assert make_reference.COMMANDS_MD.read_text(encoding="utf-8") == make_reference.markdown()


def test_the_man_page_is_current() -> None:
    """After changing a command: python tools/make_reference.py"""
    assert make_reference.MAN_PAGE.read_text(encoding="utf-8") == make_reference.man_page()


def test_the_man_page_names_every_command_and_exit_code() -> None:
    page = make_reference.man_page()
    for command in ("list", "show", "compare", "org", "validate", "schema", "search", "who"):
        assert f".SS ctocio {command} [OPTIONS]" in page
    for name in ("OK", "NOT_FOUND", "USAGE", "INVALID_KB", "INTERNAL", "OUTPUT", "INTERRUPTED"):
        assert f"\n{name}\n" in page


def test_man_reads_the_man_page() -> None:
    if shutil.which("man") is None:
        pytest.skip("man is not installed")
    result = subprocess.run(
        ["man", "-l", str(make_reference.MAN_PAGE)],
        capture_output=True,
        text=True,
        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ctocio org [OPTIONS] [ROLE]" in result.stdout
    assert "warning" not in result.stderr
