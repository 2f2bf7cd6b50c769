"""Make the README's picture of ``ctocio compare``: docs/compare.png.

    python tools/make_pictures.py

Draws ``ctocio compare -f svg`` 100 columns wide, in English, has headless Chromium (Debian's
``chromium``) take its screenshot, and keeps the SVG's SHA-256 in the PNG (a text chunk,
``ctocio-svg-sha256``): tests/test_pictures.py fails while the picture is older than the output.
Needs Chromium, and Pillow (in the test extras) to make the PNG small.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PICTURE = ROOT / "docs" / "compare.png"
COLUMNS = 100
KEY = "ctocio-svg-sha256"


def svg_of_compare(environ: dict[str, str]) -> str:
    """What ``ctocio compare -f svg`` writes, 100 columns wide, in English."""
    env = {k: v for k, v in environ.items() if not k.startswith(("CTOCIO_", "LC_", "LANG"))}
    env["COLUMNS"] = str(COLUMNS)
    command = [sys.executable, "-m", "ctocio", "compare", "-f", "svg", "-l", "en"]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout


def main() -> None:
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("make_pictures: Chromium is not installed (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="ctocio-pictures-") as scratch:
        work = Path(scratch)
        svg = svg_of_compare({**os.environ, "XDG_CACHE_HOME": str(work / "cache")})
        size = re.match(r'<svg [^>]*width="(\d+)" height="(\d+)"', svg)
        if size is None:
            sys.exit("make_pictures: ctocio did not write an SVG")
        page = work / "compare.svg"
        page.write_text(svg, encoding="utf-8")
        shot = work / "compare.png"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={work / 'profile'}", "--hide-scrollbars",
             f"--window-size={size.group(1)},{size.group(2)}", f"--screenshot={shot}", page.as_uri()],
            check=True, capture_output=True,
        )  # fmt: skip
        info = PngInfo()
        info.add_text(KEY, hashlib.sha256(svg.encode("utf-8")).hexdigest())
        with Image.open(shot) as image:
            # A few dozen colours draw text on white: a quarter of the bytes of the screenshot.
            image.convert("RGB").quantize(colors=64).save(PICTURE, optimize=True, pnginfo=info)
    print(f"wrote {PICTURE.relative_to(ROOT)} ({PICTURE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
