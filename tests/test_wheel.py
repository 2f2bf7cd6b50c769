"""The installed artefact: build the wheel, install it in a fresh environment, run it elsewhere."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("ctocio-*.whl")
    return built


def test_wheel_ships_the_knowledge_base(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "ctocio/data/roles.yaml" in names
    packaged = zipfile.ZipFile(wheel).read("ctocio/data/roles.yaml")
    assert packaged == (ROOT / "data" / "roles.yaml").read_bytes()


def test_installed_wheel_runs_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "ctocio"), "show", "cto", "-f", "json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    role = json.loads(result.stdout)
    assert (role["id"], role["title"], role["focus"]["value"]) == ("cto", "Chief Technology Officer", "customer-facing")
    # The installed copy reads its own packaged file, not the repository's.
    where = subprocess.run(
        [str(python), "-c", "from ctocio.kb import builtin_path; print(builtin_path())"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(env_dir))
