"""Pictures and pages in a real browser: headless Chromium (Debian's `chromium`) opens each SVG and
HTML file ctocio writes, takes a screenshot, and reports which fonts drew the Hindi and what
axe-core (the accessibility checker, from the npm registry) finds on a page.

`.ci/run` installs Chromium, the Noto fonts (`fonts-noto-core`, with Noto Sans Devanagari) and,
from the npm registry, `playwright-core` (to drive Chromium) and `axe-core`. Elsewhere:
``apt-get install chromium fonts-noto-core`` and
``npm install --prefix .browser playwright-core@1.64.1 axe-core@4.14.1`` in the checkout (or point
CTOCIO_BROWSER_MODULES at a node_modules folder holding both); without them the tests skip and
say what is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, Run

MODULES = Path(os.environ.get("CTOCIO_BROWSER_MODULES") or ROOT / ".browser/node_modules")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NODE = shutil.which("node")
LOOK = Path(__file__).parent / "browser" / "look.cjs"
AXE = MODULES / "axe-core" / "axe.min.js"

COMMANDS = {
    "show": ["show", "cto"],
    "compare": ["compare"],
    "search": ["search", "vendor"],
    "org": ["org"],
}


def _look(
    tmp_path: Path, file: Path, width: int, height: int, *, axe: bool = False, env: dict[str, str] | None = None
) -> tuple[dict[str, Any], Path]:
    """What Chromium makes of ``file`` in a window ``width`` by ``height`` pixels (height 0: the whole page)."""
    missing = [
        what
        for what, there in (
            ("Chromium (Debian: apt-get install chromium)", CHROMIUM),
            ("Node.js", NODE),
            (f"playwright-core in {MODULES} (npm install --prefix .browser playwright-core@1.64.1)",
             (MODULES / "playwright-core").is_dir()),
            (f"axe-core in {MODULES} (npm install --prefix .browser axe-core@4.14.1)", AXE.is_file()),
        )
        if not there
    ]  # fmt: skip
    if missing:
        pytest.skip("not installed: " + "; ".join(missing))
    png = tmp_path / f"{file.stem}-{width}.png"
    profile = tmp_path / f"profile-{width}"  # a fresh one: nothing of anyone's browser takes part
    arguments = [str(NODE), str(LOOK), str(MODULES), str(CHROMIUM), str(file), str(png), str(width), str(height)]
    arguments += [str(profile), *([str(AXE)] if axe else [])]
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=180, check=False, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout), png


def _ink(png: Path) -> tuple[tuple[int, int], float]:
    """A screenshot's size, and the share of its pixels that are ink (darker than mid-grey)."""
    from PIL import Image

    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        return grey.size, dark / (grey.size[0] * grey.size[1])


def _drawn_in_devanagari_fonts(report: dict[str, Any]) -> bool:
    """Whether every element with Hindi of its own was drawn with a font that has Devanagari.

    A letter no font has is drawn as an empty box (tofu) by a font without Devanagari.
    """
    return all(any("Devanagari" in family for family in families) for families in report["fonts"])


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_picture_shows_its_table_at_its_size_with_hindi_in_a_devanagari_font(
    run: Run, tmp_path: Path, name: str, lang: str
) -> None:
    svg = tmp_path / f"{name}-{lang}.svg"
    assert run(*COMMANDS[name], "-l", lang, "-o", str(svg)).code == 0
    match = re.match(r'<svg [^>]*width="(\d+)" height="(\d+)"', svg.read_text(encoding="utf-8"))
    assert match is not None
    size = (int(match.group(1)), int(match.group(2)))
    report, png = _look(tmp_path, svg, *size)
    shot, ink = _ink(png)
    assert shot == size
    assert 0.01 < ink < 0.5, ink  # text on white: neither blank nor a black box
    assert report["requests"] == []
    if lang == "hi":
        assert report["devanagari"] > 20
    assert _drawn_in_devanagari_fonts(report), report["fonts"]


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_page_passes_axe_prints_and_shows_hindi_in_a_devanagari_font(
    run: Run, tmp_path: Path, name: str, lang: str
) -> None:
    page = tmp_path / f"{name}-{lang}.html"
    assert run(*COMMANDS[name], "-l", lang, "-o", str(page)).code == 0
    report, png = _look(tmp_path, page, 1000, 0, axe=True)
    serious = [v for v in report["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert report["requests"] == []
    shot, ink = _ink(png)
    assert shot == tuple(report["size"])
    assert shot[0] == 1000
    assert 0.005 < ink < 0.5, ink
    if lang == "hi":
        assert report["devanagari"] > 10
    assert _drawn_in_devanagari_fonts(report), report["fonts"]
    # Printed: headings without their grey, on pages.
    if name != "org":
        assert report["print"]["heading"] == "rgba(0, 0, 0, 0)"
    assert report["print"]["pages"] >= 1


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("name", ["show", "compare"])
def test_a_page_reflows_on_a_phone(run: Run, tmp_path: Path, name: str, lang: str) -> None:
    page = tmp_path / f"{name}-{lang}.html"
    run(*COMMANDS[name], "-l", lang, "-o", str(page))
    report, png = _look(tmp_path, page, 400, 0)
    # Nothing wider than the screen: no sideways scrolling.
    assert report["size"][0] == 400
    assert _ink(png)[0] == (400, report["size"][1])


def test_hindi_without_a_devanagari_font_is_seen_as_tofu(run: Run, tmp_path: Path) -> None:
    """The font check can fail: with only DejaVu's fonts, Chromium draws the Hindi as boxes."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path / 'font-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    svg = tmp_path / "compare-hi.svg"
    run("compare", "-l", "hi", "-o", str(svg))
    report, _ = _look(tmp_path, svg, 800, 600, env={**os.environ, "FONTCONFIG_FILE": str(config)})
    assert report["devanagari"] > 20
    assert not _drawn_in_devanagari_fonts(report)
