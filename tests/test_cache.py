"""The compiled cache and what a warm run imports (issue 6). No timings: deterministic proxies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, Run
from ctocio import cache
from ctocio.kb import builtin_path

CODE = """
import sys
from ctocio.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("yaml", "pydantic", "rich", "snowballstemmer", "ctocio._snowball", "annotated_types",
                           "ctocio.reader", "ctocio.validate") if m in sys.modules)
print(",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CODE, *args], capture_output=True, text=True, env=env, check=False)


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CTOCIO_NO_CACHE", "CTOCIO_KB")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


@pytest.mark.parametrize(
    "args",
    [
        ["show", "cto", "-f", "json"],
        ["compare", "-f", "json"],
        ["list", "-f", "json"],
        ["search", "vendor", "-f", "json"],
    ],
)
def test_a_warm_run_imports_no_yaml_schema_or_rich(environment: dict[str, str], args: list[str]) -> None:
    cold = _run(args, environment)
    assert cold.returncode == 0
    assert "yaml" in cold.stderr  # the first run reads the YAML and fills the cache
    warm = _run(args, environment)
    assert (warm.returncode, warm.stdout) == (0, cold.stdout)
    assert warm.stderr == "\n"  # none of the heavy modules


def test_no_cache_reads_the_yaml_every_time(environment: dict[str, str]) -> None:
    _run(["show", "cto", "-f", "json"], environment)
    assert "yaml" in _run(["show", "cto", "-f", "json", "--no-cache"], environment).stderr
    assert "yaml" in _run(["show", "cto", "-f", "json"], {**environment, "CTOCIO_NO_CACHE": "1"}).stderr


def _entries(_: Run) -> list[Path]:
    return sorted((Path(os.environ["XDG_CACHE_HOME"]) / "ctocio").glob("*.marshal"))


def test_the_cache_is_written_and_then_used(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run("show", "cto", "-f", "json").out
    assert [p.name.split("-")[0] for p in _entries(run)] == ["kb"]

    def no_reading(*_: object) -> None:
        raise AssertionError("the files were read again")

    monkeypatch.setattr("ctocio.kb.check", no_reading)
    assert run("show", "cto", "-f", "json").out == first


@pytest.mark.parametrize("flag", ["--no-cache", "env"])
def test_no_cache_writes_nothing(run: Run, monkeypatch: pytest.MonkeyPatch, flag: str) -> None:
    if flag == "env":
        monkeypatch.setenv("CTOCIO_NO_CACHE", "1")
        run("search", "vendor")
    else:
        run("search", "vendor", flag)
    assert _entries(run) == []


def test_a_changed_source_file_is_read_again(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text((DATA / "shared.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("show", "alpha", "--kb", str(path), "-f", "json").code == 0
    path.write_text(
        (DATA / "shared.yaml").read_text(encoding="utf-8").replace("Alpha Officer", "Alpha Chief"), encoding="utf-8"
    )
    assert json.loads(run("show", "alpha", "--kb", str(path), "-f", "json").out)["title"] == "Alpha Chief"


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: blob[:-10] + b"0123456789",  # corrupt
        lambda _: b"not a cache file at all",  # foreign
        lambda _: b"",  # empty
    ],
    ids=["truncated", "corrupt", "foreign", "empty"],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(run: Run, damage: object) -> None:
    expected = run("search", "vendor", "-f", "json").out
    for entry in _entries(run):
        entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    result = run("search", "vendor", "-f", "json")
    assert (result.code, result.out, result.err) == (0, expected, "")
    # Rebuilt: every entry is sound again.
    key = cache.key([builtin_path()])
    assert key is not None
    for entry in _entries(run):
        assert cache.read(entry.parent, entry.name.split("-")[0], key) is not None


def test_an_unwritable_cache_folder_just_means_no_cache(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    quiet = run("search", "vendor", "-f", "json")
    assert (quiet.code, quiet.err) == (0, "")
    loud = run("search", "vendor", "-f", "json", "--debug")
    assert loud.code == 0
    assert loud.out == quiet.out
    assert loud.err.startswith(f"ctocio: debug: cache not written to {blocker / 'ctocio'}: ")
    assert loud.err.count("\n") == 1


def test_the_key_covers_files_version_and_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("version: 1\n", encoding="utf-8")
    first = cache.key([builtin_path(), path])
    assert first == cache.key([builtin_path(), path])
    assert first != cache.key([builtin_path()])
    path.write_text("version: 1\n# changed\n", encoding="utf-8")
    second = cache.key([builtin_path(), path])
    assert second != first
    monkeypatch.setattr(cache, "__version__", "9.9.9")
    assert cache.key([builtin_path(), path]) != second
    monkeypatch.undo()
    monkeypatch.setattr(cache, "SCHEMA_VERSION", 2)
    assert cache.key([builtin_path(), path]) != second
    assert cache.key([tmp_path / "missing.yaml"]) is None


@pytest.mark.parametrize("args", [["show", "cto", "-f", "json"], ["search", "vendor", "-f", "json"]])
def test_twenty_processes_at_once_on_a_cold_cache(environment: dict[str, str], args: list[str]) -> None:
    command = [sys.executable, "-m", "ctocio", *args]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment) for _ in range(20)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * 20
    assert {out for out, _ in outputs} == {outputs[0][0]}
    assert {err for _, err in outputs} == {b""}
    assert json.loads(outputs[0][0])
    leftovers = [p.name for p in (Path(environment["XDG_CACHE_HOME"]) / "ctocio").iterdir() if p.suffix == ".tmp"]
    assert leftovers == []


def test_no_cache_without_a_home(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "")
    monkeypatch.chdir(tmp_path)
    assert run("show", "cto", "-f", "json").code == 0
    assert list(tmp_path.iterdir()) == []
