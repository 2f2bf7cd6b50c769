"""The Mermaid chart of `ctocio org -f markdown` renders: headless Chromium (Debian's `chromium`)
draws it with the `mermaid` package from the npm registry, loaded from disk, not a CDN.

`.ci/run` installs both. Elsewhere, install Chromium and run
``npm install --prefix .browser mermaid@12.3.0`` in the checkout (or point CTOCIO_MERMAID_JS at
``mermaid.min.js``); without them the tests skip and say which is missing.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import DATA, ROOT, Run

MERMAID = Path(os.environ.get("CTOCIO_MERMAID_JS") or ROOT / ".browser/node_modules/mermaid/dist/mermaid.min.js")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium as root in a sandbox with no network: no sandbox, no GPU, nothing fetched at start.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
    "--virtual-time-budget=20000",
]


def _rendered(chart: str, tmp_path: Path) -> str:
    """The page's DOM after Mermaid has drawn ``chart`` (the Markdown's mermaid block)."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    if not MERMAID.is_file():
        pytest.skip(f"mermaid is not installed at {MERMAID} (npm install --prefix .browser mermaid@12.3.0)")
    block = re.search(r"^```mermaid\n(.*?)^```$", chart, flags=re.DOTALL | re.MULTILINE)
    assert block is not None
    page = tmp_path / "chart.html"
    page.write_text(
        '<!doctype html><html><head><meta charset="utf-8">'
        f'<script src="{MERMAID.resolve().as_uri()}"></script></head><body>'
        f'<pre class="mermaid">{html.escape(block.group(1))}</pre>'
        "<script>mermaid.initialize({startOnLoad: false}); mermaid.run().then("
        "() => document.body.dataset.done = 'yes', e => document.body.dataset.done = 'error: ' + e);</script>"
        "</body></html>",
        encoding="utf-8",
    )
    profile = tmp_path / "profile"  # a fresh one: nothing of anyone's browser takes part
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("args", [[], ["--kb", str(DATA / "org_user.yaml")], ["-l", "hi"]], ids=["en", "user", "hi"])
def test_the_org_chart_renders_with_one_node_per_role_and_executive(run: Run, tmp_path: Path, args: list[str]) -> None:
    nodes = json.loads(run("org", "-f", "json", *args).out)["nodes"]
    chart = run("org", "-f", "markdown", *args).out
    dom = _rendered(chart, tmp_path)
    assert 'data-done="yes"' in dom
    assert dom.count("<svg") == 1
    assert dom.count('<g class="node default"') == len(nodes)
    # Each node drawn with the label the chart gave it: CTO, CISO, Chief Data Officer, सीईओ...
    drawn = re.findall(r'<span class="nodeLabel"[^>]*>(?:<p>)?([^<]*)', dom)
    written = re.findall(r'^  n\d+\["([^"]*)"\]$', chart, flags=re.MULTILINE)
    assert sorted(html.unescape(label) for label in drawn) == sorted(written)
    assert len(written) == len(nodes)
