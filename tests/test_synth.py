"""The synthetic knowledge-base generator used for measuring at scale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml

from conftest import ROOT, Run

SYNTH = ROOT / "tools" / "synth_kb.py"


def _generate(path: Path, roles: int, seed: int) -> str:
    subprocess.run(
        [sys.executable, str(SYNTH), "--roles", str(roles), "--seed", str(seed), "--out", str(path)],
        check=True,
        capture_output=True,
    )
    return path.read_text(encoding="utf-8")


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a.yaml", 25, 7)
    assert _generate(tmp_path / "b.yaml", 25, 7) == first
    assert _generate(tmp_path / "c.yaml", 25, 8) != first


def test_valid_bilingual_and_sourced(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "kb.yaml"
    _generate(path, 40, 1)
    result = run("validate", "--strict", "--no-builtin", str(path))
    assert (result.code, result.out) == (0, "no problems; files checked: 1\n")
    # Beside the built-in file too: no name or id clashes.
    assert run("validate", "--strict", str(path)).code == 0
    schema = json.loads(run("schema").out)
    jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    listed = json.loads(run("list", "--kb", str(path), "-f", "json").out)
    assert len(listed) == 40 + 9  # and the built-in roles
    role = json.loads(run("show", "role-0020", "--kb", str(path), "-f", "json").out)
    assert 20 <= len(role["summary"]["text"]) <= 200
    assert any(
        "\u0900" <= ch <= "\u097f"
        for ch in json.loads(run("show", "role-0020", "--kb", str(path), "-f", "json", "-l", "hi").out)["summary"][
            "text"
        ]
    )
