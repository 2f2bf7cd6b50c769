"""The real executable in real pipes and a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from ctocio.exitcodes import ExitCode

CTOCIO = [sys.executable, "-m", "ctocio"]


def _shell(command: str, **env: str) -> subprocess.CompletedProcess[str]:
    cli = " ".join(CTOCIO)
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command.replace("ctocio", cli)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("ctocio list | head -1", "cto\tCTO\tChief Technology Officer\tcustomer-facing\ten\n"),
        ("ctocio compare -f json | head -c 10", '{\n  "roles'),
        ("ctocio show cto cio -f table | head -n 2 | tail -n 1", None),
    ],
)
def test_closed_pipe_ends_quietly(command: str, expected: str | None) -> None:
    result = _shell(command)
    assert (result.returncode, result.stderr) == (0, "")
    if expected is not None:
        assert result.stdout == expected


def test_closed_pipe_on_large_output() -> None:
    # Larger than a pipe buffer, so the write itself meets the closed pipe.
    result = _shell("ctocio show cto cio -f json | true")
    assert (result.returncode, result.stderr) == (0, "")


def test_python_m_and_the_console_script_agree() -> None:
    script = os.path.join(os.path.dirname(sys.executable), "ctocio")
    via_module = subprocess.run([*CTOCIO, "list"], capture_output=True, text=True, check=True)
    via_script = subprocess.run([script, "list"], capture_output=True, text=True, check=True)
    assert via_module.stdout == via_script.stdout
    assert via_module.stdout.splitlines()[:2] == [
        "cto\tCTO\tChief Technology Officer\tcustomer-facing\ten",
        "cio\tCIO\tChief Information Officer\tinternal\ten",
    ]


def test_unknown_role_from_the_shell() -> None:
    result = _shell("ctocio show ctoo")
    assert (result.returncode, result.stdout) == (ExitCode.NOT_FOUND, "")
    assert result.stderr == "ctocio: error: unknown role 'ctoo'; did you mean 'cto'?\n"


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run ctocio with a pseudo-terminal as stdout and return what it drew."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*CTOCIO, *args], stdout=follower, stderr=subprocess.PIPE, env={**os.environ, **env})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once the process has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_a_terminal_gets_a_coloured_table_by_default() -> None:
    env = {"COLUMNS": "100", "TERM": "xterm-256color"}
    env_clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    out = _run_in_terminal(["list"], {**env_clean, **env})
    assert "╭" in out
    assert "Chief Technology Officer" in out
    assert "\x1b[" in out


def test_no_color_on_a_terminal() -> None:
    out = _run_in_terminal(["list"], {"COLUMNS": "100", "NO_COLOR": "1"})
    assert "╭" in out
    assert "\x1b[" not in out


def test_a_terminal_that_cannot_show_hindi_gets_one_line_and_exit_2() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([*CTOCIO, "show", "cto"], capture_output=True, text=True, env=env, check=False)
    assert (result.returncode, result.stdout) == (ExitCode.USAGE, "")
    assert result.stderr == (
        "ctocio: error: this terminal's encoding (ascii) cannot show ctocio's output; "
        "use a UTF-8 locale (for example LANG=C.UTF-8) or set PYTHONIOENCODING=utf-8\n"
    )
    # English-only output still works there.
    listed = subprocess.run([*CTOCIO, "list"], capture_output=True, text=True, env=env, check=True)
    assert listed.stdout.startswith("cto\tCTO\t")


def _without_locale() -> dict[str, str]:
    drop = ("LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANGUAGE", "PYTHONIOENCODING", "PYTHONUTF8", "CTOCIO_LANG")
    return {key: value for key, value in os.environ.items() if key not in drop}


def test_c_locale_still_shows_hindi() -> None:
    """Python turns the C locale into UTF-8 (PEP 538/540), so LANG=C users get Hindi."""
    env = {**_without_locale(), "LANG": "C", "LC_ALL": "C"}
    result = subprocess.run([*CTOCIO, "list", "--lang", "hi"], capture_output=True, env=env, check=False)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8").startswith("cto\tसीटीओ\t")


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LANG": "C", "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},
    ],
)
def test_an_ascii_terminal_asked_for_hindi_gets_one_line_and_exit_2(env: dict[str, str]) -> None:
    result = subprocess.run(
        [*CTOCIO, "show", "cto", "--lang", "hi"],
        capture_output=True,
        text=True,
        env={**_without_locale(), **env},
        check=False,
    )
    assert (result.returncode, result.stdout) == (ExitCode.USAGE, "")
    assert result.stderr == (
        "ctocio: error: this terminal's encoding (ascii) cannot show ctocio's output; "
        "use a UTF-8 locale (for example LANG=C.UTF-8) or set PYTHONIOENCODING=utf-8\n"
    )


def test_hindi_help_on_an_ascii_terminal_falls_back_to_english() -> None:
    env = {**_without_locale(), "PYTHONIOENCODING": "ascii", "LANG": "hi_IN.UTF-8"}
    result = subprocess.run([*CTOCIO, "show", "--help"], capture_output=True, text=True, env=env, check=False)
    assert (result.returncode, result.stderr) == (0, "")
    assert "Show everything about one or more roles." in result.stdout


def test_hindi_errors_on_an_ascii_terminal_are_english() -> None:
    env = {**_without_locale(), "PYTHONIOENCODING": "ascii", "LANG": "hi_IN.UTF-8"}
    result = subprocess.run([*CTOCIO, "show", "ctoo"], capture_output=True, text=True, env=env, check=False)
    assert (result.returncode, result.stdout) == (ExitCode.NOT_FOUND, "")
    assert result.stderr == "ctocio: error: unknown role 'ctoo'; did you mean 'cto'?\n"


@pytest.mark.parametrize("command", ["ctocio --help | true", "ctocio --version | true", "ctocio list --help | true"])
def test_closed_pipe_under_help_and_version(command: str) -> None:
    result = _shell(command)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_an_output_error() -> None:
    result = _shell("ctocio show cto -f json > /dev/full")
    assert (result.returncode, result.stderr) == (
        ExitCode.OUTPUT,
        "ctocio: error: cannot write the output: No space left on device\n",
    )


def test_a_closed_stdout_is_an_output_error() -> None:
    result = _shell("ctocio list >&-")
    assert (result.returncode, result.stderr) == (
        ExitCode.OUTPUT,
        "ctocio: error: there is no standard output to write to\n",
    )


def _colour_env(**env: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    return {**clean, "COLUMNS": "100", **env}


@pytest.mark.parametrize(
    ("env", "args", "coloured"),
    [
        ({"TERM": "dumb"}, [], False),
        ({"TERM": "dumb"}, ["--color", "auto"], False),
        ({"TERM": "dumb"}, ["--color", "always"], True),
        ({"TERM": "dumb", "FORCE_COLOR": "1"}, [], True),
        ({"TERM": "dumb", "FORCE_COLOR": "0"}, [], False),
        ({"TERM": "xterm-256color"}, [], True),
    ],
)
def test_issue_9_a_dumb_terminal_gets_no_colour_unless_asked(
    env: dict[str, str], args: list[str], coloured: bool
) -> None:
    out = _run_in_terminal(["list", *args], _colour_env(**env))
    assert "╭" in out  # still a table: TERM=dumb changes only the colour
    assert ("\x1b[" in out) is coloured


def test_a_run_takes_the_environment_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    """Settings come from the Environment handed to main(), not from the process's own."""
    from ctocio.cli import main
    from ctocio.cli.environment import Environment

    code = main(["list", "-f", "json"], env=Environment({"CTOCIO_LANG": "hi", "CTOCIO_NO_CACHE": "1"}))
    assert code == ExitCode.OK
    assert [role["abbr"] for role in json.loads(capsys.readouterr().out)] == [
        "सीटीओ", "सीआईओ", "सीआईएसओ", "सीएआईओ", "सीडीओ", "सीडीओ", "सीपीओ", "वीपीई", "चीफ़ आर्किटेक्ट",
    ]  # fmt: skip
    code = main(["list"], env=Environment({"CTOCIO_LANG": "xx"}))
    assert (code, capsys.readouterr().err) == (ExitCode.USAGE, "ctocio: error: CTOCIO_LANG is 'xx'; use 'en' or 'hi'\n")
