"""Time whole ctocio commands with hyperfine and print each figure as a ratio to its baseline.

Every command and its baselines run in one hyperfine session, side by side, after warm-up
runs; the figures are medians. Baselines: ``python -c pass``, ``python -c "import typer"`` and
``python -c "import typer, rich.console, rich.table"``; for the first run on a large knowledge
base, parsing that file alone with libyaml (``yaml.load(..., CSafeLoader)``).

    python bench/bench.py                   # the ctocio installed beside this Python
    python bench/bench.py --roles 3000 --runs 20

Needs hyperfine (Debian and Ubuntu: ``apt-get install hyperfine``). Use an installed wheel
(``pip install .``) for figures users see; an editable install adds a path lookup to every
import.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TARGETS = [
    # (what, command, baseline, highest ratio allowed)
    ("show cto -f json, warm", "show", "typer", 1.3),
    ("compare as a table on a terminal, warm", "compare", "typer+rich", 1.3),
    ("compare --all (nine roles) as a table, warm", "compare-all", "typer+rich", 1.6),
    ("search vendor -f json, warm", "search", "typer", 1.4),
    ("3,000 roles: show, warm", "big-show", "show", 1.5),
    ("3,000 roles: search, warm", "big-search", "search", 1.5),
    ("3,000 roles: first run, cold cache", "big-cold", "yaml-load", 1.3),
]


def _hyperfine(
    commands: dict[str, list[str]], runs: int, env: dict[str, str], prepare: str | None = None
) -> dict[str, float]:
    """Median seconds of each command, all timed in one hyperfine session."""
    with tempfile.NamedTemporaryFile(suffix=".json") as export:
        arguments = ["hyperfine", "--shell=none", "--warmup", "3", "--runs", str(runs), "--export-json", export.name]
        if prepare:
            arguments += ["--prepare", prepare]
        for name, command in commands.items():
            arguments += ["--command-name", name, " ".join(_quote(part) for part in command)]
        subprocess.run(arguments, check=True, env=env, stdout=subprocess.DEVNULL)
        results = json.loads(Path(export.name).read_text(encoding="utf-8"))["results"]
    return {result["command"]: result["median"] for result in results}


def _quote(part: str) -> str:
    # hyperfine splits a command line like a shell does, so quote what holds a space or quote.
    return f"'{part}'" if " " in part or '"' in part or "'" in part else part


def _peak_mib(command: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of one run of ``command``, measured in a fresh child process."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, env=env, check=True)
    return int(out.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter ctocio is installed for")
    parser.add_argument("--roles", type=int, default=3000, help="roles in the large knowledge base (default 3000)")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each command (default 15)")
    args = parser.parse_args()
    if shutil.which("hyperfine") is None:
        sys.exit("bench: hyperfine is not installed (apt-get install hyperfine)")
    python = args.python
    script = Path(python).with_name("ctocio")
    ctocio = [str(script)] if script.exists() else [python, "-m", "ctocio"]

    with tempfile.TemporaryDirectory(prefix="ctocio-bench-") as scratch:
        work = Path(scratch)
        big = work / "roles.yaml"
        subprocess.run(
            [python, str(ROOT / "tools" / "synth_kb.py"), "--roles", str(args.roles), "--out", str(big)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "XDG_CONFIG_HOME": str(work / "config")}
        for name in ("CTOCIO_KB", "CTOCIO_NO_CACHE", "NO_COLOR", "FORCE_COLOR"):
            env.pop(name, None)
        middle = f"role-{args.roles // 2:04d}"
        warm = {
            "pass": [python, "-c", "pass"],
            "typer": [python, "-c", "import typer"],
            "typer+rich": [python, "-c", "import typer, rich.console, rich.table"],
            "show": [*ctocio, "show", "cto", "-f", "json"],
            "compare": [*ctocio, "compare", "--format", "table", "--color", "always"],
            "compare-all": [*ctocio, "compare", "--all", "--format", "table", "--color", "always"],
            "search": [*ctocio, "search", "vendor", "-f", "json"],
            "big-show": [*ctocio, "show", middle, "-f", "json", "--kb", str(big)],
            "big-search": [*ctocio, "search", "vendor", "-f", "json", "--kb", str(big)],
        }
        for name in ("show", "search", "big-show", "big-search"):
            subprocess.run(warm[name], check=True, env=env, stdout=subprocess.DEVNULL)  # fill the cache
        medians = _hyperfine(warm, args.runs, env)

        cold_env = {**env, "XDG_CACHE_HOME": str(work / "cold")}
        load = f'import yaml; yaml.load(open("{big}", encoding="utf-8"), Loader=yaml.CSafeLoader)'
        cold = {"big-cold": warm["big-show"], "yaml-load": [python, "-c", load]}
        medians |= _hyperfine(cold, max(3, args.runs // 3), cold_env, prepare=f"rm -rf {work / 'cold'}")

        shutil.rmtree(work / "cold", ignore_errors=True)
        peak_cold = _peak_mib(warm["big-search"], cold_env)
        peak_warm = _peak_mib(warm["big-search"], cold_env)

    print(f"ctocio benchmark: {args.runs} runs after 3 warm-up runs, medians; large knowledge base: {args.roles} roles")
    print(f"python -c pass {medians['pass'] * 1000:.1f} ms; import typer {medians['typer'] * 1000:.1f} ms "
          f"({medians['typer'] / medians['pass']:.2f} x pass)")  # fmt: skip
    print()
    print("| measurement | median | baseline | ratio | target |")
    print("|---|---|---|---|---|")
    for what, name, baseline, target in TARGETS:
        ratio = medians[name] / medians[baseline]
        verdict = "met" if ratio <= target else "MISSED"
        print(f"| {what} | {medians[name] * 1000:.1f} ms | {baseline} {medians[baseline] * 1000:.1f} ms | "
              f"{ratio:.2f} | <= {target} ({verdict}) |")  # fmt: skip
    verdict = "met" if max(peak_cold, peak_warm) <= 150 else "MISSED"
    print(f"| 3,000 roles: peak memory of search | cold {peak_cold:.0f} MiB, warm {peak_warm:.0f} MiB | | | "
          f"<= 150 MiB ({verdict}) |")  # fmt: skip


if __name__ == "__main__":
    main()
