"""Shared fixtures: run the CLI in-process with a fixed, terminal-free environment."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ctocio.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
DATA = Path(__file__).parent / "data"
WIDTH = 100  # tables in golden files are rendered this many columns wide

# Property tests (tests/test_fuzz_*.py): a quick run by default, a long one with CTOCIO_FUZZ=long.
# The fixtures they use (the CLI runner, the YAML path) hold nothing from one example to the next.
_FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]}
settings.register_profile("default", max_examples=100, **_FUZZ)
settings.register_profile("long", max_examples=3000, **_FUZZ)
settings.load_profile("long" if os.environ.get("CTOCIO_FUZZ") == "long" else "default")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/golden/ from the current output")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _fixed_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    # Output must not depend on the terminal or the colour settings of whoever runs the tests.
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    monkeypatch.setenv("LINES", "50")
    for name in (
        "NO_COLOR",
        "FORCE_COLOR",
        "CTOCIO_LANG",
        "CTOCIO_CELL_WIDTH",
        "TERM",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "LANGUAGE",
        "CTOCIO_KB",
        "CTOCIO_NO_CACHE",
    ):
        monkeypatch.delenv(name, raising=False)
    # Nobody's own knowledge bases or cache take part in the tests.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``ctocio ARGS`` in this process; return its exit code, stdout and stderr."""

    def invoke(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with ``tests/golden/NAME``, or rewrite it under --update-goldens."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-goldens"):
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"missing golden file {path}; run pytest --update-goldens and review it"
        assert actual == path.read_text(encoding="utf-8")

    return check


@pytest.fixture(params=["libyaml", "python"])
def yaml_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test on libyaml's parser and on the pure-Python one, which must agree."""
    import yaml

    from ctocio import reader

    if request.param == "libyaml" and not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(reader, "PREFER_LIBYAML", request.param == "libyaml")
    return str(request.param)
