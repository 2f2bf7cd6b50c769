"""--format svg and html, and --output: pictures and pages that stand alone, and files written whole.

What a browser makes of them (screenshots, fonts, accessibility) is tests/test_browser.py.
"""

from __future__ import annotations

import json
import os
import re
import stat
import xml.dom.minidom
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import ROOT, WIDTH, Run
from ctocio.exitcodes import ExitCode
from ctocio.render.svg import CELL_WIDTH, LINE_HEIGHT, MARGIN


@pytest.mark.parametrize(("lang", "fmt"), [("en", "svg"), ("hi", "svg"), ("en", "html"), ("hi", "html")])
def test_compare_as_a_picture_and_a_page_match_their_golden_files(
    run: Run, golden: Callable[[str, str], None], lang: str, fmt: str
) -> None:
    result = run("compare", "-f", fmt, "-l", lang)
    assert (result.code, result.err) == (ExitCode.OK, "")
    golden(f"compare-{lang}.{fmt}", result.out)


class _Hindi(HTMLParser):
    """Collects the text with Devanagari that no element around it marks as Hindi."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[bool] = []
        self.unmarked: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "br"):
            self.open.append(dict(attrs).get("lang") == "hi")

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("meta", "br"):
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if re.search("[\u0900-\u097f]", data) and not any(self.open):
            self.unmarked.append(data)


def _unmarked_hindi(html: str) -> list[str]:
    parser = _Hindi()
    parser.feed(html)
    return parser.unmarked


def _texts(html: str, start: str, end: str) -> list[str]:
    """The text of each element that opens with ``start`` and closes with ``end``, tags left out."""
    return [re.sub("<[^>]+>", "", found).strip() for found in re.findall(f"{start}(.*?){end}", html, flags=re.DOTALL)]


def test_the_compare_page_is_a_table_of_roles_with_aspects_as_row_headers(run: Run) -> None:
    html = run("compare", "-f", "html").out
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert _texts(html, '<th scope="col">', "</th>") == ["Aspect", "CTO", "CIO", "Status"]
    rows = _texts(html, '<th scope="row"[^>]*>', "</th>")
    assert rows[:3] == ["Focus", "Reports to", "Manages"]
    assert len(rows) == len(json.loads(run("compare", "-f", "json").out)["rows"])
    assert _texts(html, "<title>", "</title>") == ["CTO · CIO: side by side"]
    assert '<table aria-labelledby="title">' in html
    # Each compared statement a list item, followed by its sources.
    assert _texts(html, "<li>", "</li>")[0] == "• customer-facing (article-hi, wp-cto-old)"
    assert _unmarked_hindi(html) == []
    assert _unmarked_hindi(run("show", "cio", "-f", "html").out) == []


def test_every_source_link_leads_to_its_entry_and_the_entry_to_its_address(run: Run) -> None:
    html = run("compare", "-f", "html").out
    links = set(re.findall(r'href="#(source-\d+)"', html))
    entries = re.findall(r'<li id="(source-\d+)">(.*?)</li>', html)
    assert links == {entry for entry, _ in entries}
    assert len(entries) == 21
    # Each entry: the source's title, linked to its address where it has one, then its id.
    assert entries[0][1] == (
        '<span lang="hi">सीटीओ और सीआईओ के बीच अंतर</span> (The difference between the CTO and the CIO) '
        '<span class="cite">[article-hi]</span>'
    )
    assert (
        entries[1][1] == 'Wikipedia: Chief technology officer (older revision) <span class="cite">[wp-cto-old]</span>'
    )
    # An address written without its scheme, as the built-in file writes them, is a web address.
    assert '<a href="https://data.europa.eu/esco/occupation/' in html


def test_a_hindi_page_says_so_and_a_page_loads_nothing(run: Run) -> None:
    html = run("show", "cto", "-f", "html", "-l", "hi").out
    assert html.startswith('<!DOCTYPE html>\n<html lang="hi">\n')
    for page in (
        html,
        run("compare", "-f", "svg").out,
        run("org", "-f", "html").out,
        run("search", "vendor", "-f", "html").out,
    ):
        # No script, style sheet, image or font is fetched: every style is inline, every font local.
        assert re.findall(r"<script|<link|<img|<iframe|src=|url\(|@import", page) == []


def test_org_as_a_page_is_a_nested_list(run: Run) -> None:
    html = run("org", "cio", "-f", "html").out
    assert _texts(html, "<h1[^>]*>", "</h1>") == ["Who reports to whom"]
    assert html.count('<ul class="tree">') == 1
    items = _texts(html, "<li>", "(?:<ul>|</li>)")
    assert items[:2] == ["CEO — Chief Executive Officer", "CIO — Chief Information Officer: usually"]


HOSTILE = """\
version: 1
sources:
  trap: {title: "<b>Trap</b>", url: "javascript:alert(1)"}
  fine: {title: Fine, url: "https://example.org/a?b=1&c=2"}
extend:
  cto:
    duties:
      - {area: strategy, en: "<script>alert(1)</script> \\u001b[31mred\\u001b[0m ]]> \\uffff", sources: [trap, fine]}
"""


def test_text_from_a_file_is_escaped_and_only_web_addresses_become_links(run: Run, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(HOSTILE, encoding="utf-8")
    html = run("compare", "--kb", str(hostile), "-f", "html").out
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\x1b" not in html
    assert "\\x1b[31mred" in html
    assert 'href="javascript' not in html
    assert re.search(r'<li id="source-\d+">&lt;b&gt;Trap&lt;/b&gt; <span class="cite">\[trap\]</span></li>', html)
    assert '<a href="https://example.org/a?b=1&amp;c=2">Fine</a>' in html
    # XML has no place for U+FFFF, escaped or not: it is spelled out, and the picture stays XML.
    assert "\uffff" not in html
    assert "]]&gt; \\uffff" in html
    svg = run("compare", "--kb", str(hostile), "-f", "svg").out
    xml.dom.minidom.parseString(svg)
    assert "<script>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "\x1b" not in svg


def _svg_lines(svg: str) -> list[list[tuple[float, str]]]:
    """Each drawn line's runs: (x, text), by their baselines."""
    lines: dict[int, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(r'<text x="([\d.]+)" y="(\d+)"[^>]*>([^<]*)</text>', svg):
        lines.setdefault(int(y), []).append((float(x), text))
    return [lines[y] for y in sorted(lines)]


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_picture_is_the_size_of_the_table_and_its_borders_line_up(run: Run, lang: str) -> None:
    table = run("compare", "-f", "table", "--color", "never", "-l", lang).out.rstrip("\n").split("\n")
    svg = run("compare", "-f", "svg", "-l", lang).out
    width = round(max(cell_len(line) for line in table) * CELL_WIDTH + 2 * MARGIN)
    assert (width, max(cell_len(line) for line in table)) == (round(WIDTH * CELL_WIDTH + 2 * MARGIN), WIDTH)
    assert re.match(rf'<svg [^>]*width="{width}" height="{len(table) * LINE_HEIGHT + 2 * MARGIN}"', svg)
    # Every line of the table's body puts its borders where the heading row puts them.
    borders = {x for x, text in _svg_lines(svg)[2] if text == "│"}
    assert len(borders) == 5
    body = [line for line in _svg_lines(svg) if any(text == "│" for _, text in line)]
    assert len(body) > 100
    for line in body:
        assert {x for x, text in line if text == "│"} == borders


def test_output_writes_the_file_whole_in_the_format_its_name_asks_for(run: Run, tmp_path: Path) -> None:
    for name, start in (("c.svg", "<svg "), ("c.html", "<!DOCTYPE html>"), ("c.json", "{"), ("c.md", "### ")):
        result = run("compare", "-o", str(tmp_path / name))
        assert (result.code, result.out, result.err) == (ExitCode.OK, "", "")
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name
    # A name that asks for nothing gets what a pipe gets; --format wins over the name.
    run("compare", "-o", str(tmp_path / "c.out"))
    assert (tmp_path / "c.out").read_text(encoding="utf-8") == run("compare", "-f", "plain").out
    run("compare", "-f", "json", "-o", str(tmp_path / "really-json.svg"))
    assert (tmp_path / "really-json.svg").read_text(encoding="utf-8") == run("compare", "-f", "json").out
    assert run("compare", "-f", "json", "-o", "-").out == run("compare", "-f", "json").out
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "c.html", "c.json", "c.md", "c.out", "c.svg", "really-json.svg"
    ]  # fmt: skip


def test_output_keeps_an_existing_files_permissions_and_a_new_one_follows_the_umask(run: Run, tmp_path: Path) -> None:
    existing = tmp_path / "shared.html"
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o640)
    run("compare", "-o", str(existing))
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    umask = os.umask(0o027)
    try:
        run("compare", "-o", str(tmp_path / "new.html"))
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.html").stat().st_mode) == 0o640


def test_output_that_cannot_be_written_is_one_line_and_leaves_nothing(run: Run, tmp_path: Path) -> None:
    result = run("compare", "-o", str(tmp_path / "missing" / "c.svg"))
    assert (result.code, result.out) == (ExitCode.OUTPUT, "")
    assert result.err == f"ctocio: error: cannot write '{tmp_path / 'missing' / 'c.svg'}': No such file or directory\n"
    result = run("compare", "-o", str(tmp_path))
    assert result.code == ExitCode.OUTPUT
    assert result.err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
    assert run("compare", "-o", "").code == ExitCode.USAGE


def test_a_page_or_picture_is_utf8_whatever_stdout_is(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "ascii", "XDG_CACHE_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "ctocio", "compare", "-l", "hi", "-f", "html"], capture_output=True, env=env, check=False
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert "सीटीओ".encode() in result.stdout


def test_the_readme_picture_shows_the_current_compare(run: Run) -> None:
    """docs/compare.png was made from what `ctocio compare -f svg` writes now (tools/make_pictures.py)."""
    import hashlib
    import sys

    from PIL import Image

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_pictures
    finally:
        sys.path.remove(str(ROOT / "tools"))
    svg = run("compare", "-f", "svg", "-l", "en").out  # 100 columns wide, as the tool draws it
    assert make_pictures.COLUMNS == WIDTH
    with Image.open(ROOT / "docs" / "compare.png") as picture:
        assert picture.text[make_pictures.KEY] == hashlib.sha256(svg.encode("utf-8")).hexdigest(), (
            "docs/compare.png shows an older `ctocio compare`: run python tools/make_pictures.py"
        )
        size = re.match(r'<svg [^>]*width="(\d+)" height="(\d+)"', svg)
        assert size is not None
        assert picture.size == (int(size.group(1)), int(size.group(2)))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/compare.png)" in readme
    assert "python tools/make_pictures.py" in readme


def test_output_follows_a_link_and_leaves_a_read_only_file_alone(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "target.json"
    target.write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(target)
    assert run("compare", "-o", str(tmp_path / "link.json")).code == ExitCode.OK
    assert (tmp_path / "link.json").is_symlink()
    assert target.read_text(encoding="utf-8") == run("compare", "-f", "json").out
    # Tests may run as root, who may write anything: the file is read-only as access() sees it.
    monkeypatch.setattr(os, "access", lambda *_: False)
    result = run("compare", "-o", str(target))
    assert (result.code, result.err) == (
        ExitCode.OUTPUT,
        f"ctocio: error: cannot write '{target}': Permission denied\n",
    )
    assert target.read_text(encoding="utf-8") == run("compare", "-f", "json").out


SOURCES_WITH_CONTROLS = """\
version: 1
sources:
  s1: {title: "Policy \\e]0;PWNED\\a\\e[2J", url: "example.com/\\u202Egpj.exe"}
  "a\\u202Eb": {title: Bidi}
  "x, y": {title: Comma}
extend:
  cio:
    duties:
      - {area: security, en: "x.", hi: "x।", sources: [s1, "a\\u202Eb", "x, y"]}
"""


def test_a_pages_sources_are_escaped_and_every_id_links_to_its_entry(run: Run, tmp_path: Path) -> None:
    kb = tmp_path / "sources.yaml"
    kb.write_text(SOURCES_WITH_CONTROLS, encoding="utf-8")
    html = run("show", "cio", "--kb", str(kb), "-f", "html").out
    assert re.findall("[\x00-\x08\x0b-\x1f\x7f\u202e]", html) == []
    assert 'Policy \\x1b]0;PWNED\\x07\\x1b[2J <span class="cite">[s1]</span>' in html
    # An address that held a control is no link.
    assert "gpj.exe" not in "".join(re.findall(r'href="([^"]*)"', html))
    cite = re.search(r'>x\.</td><td data-label="Sources"><span class="cite">\((.*?)\)</span>', html)
    assert cite is not None
    links = re.findall(r'<a href="#(source-\d+)">([^<]*)</a>', cite.group(1))
    assert [text for _, text in links] == ["s1", "a\\u202eb", "x, y"]
    for anchor, _ in links:
        assert f'<li id="{anchor}">' in html


def test_output_refuses_a_folder_that_is_not_there_and_takes_a_long_name(run: Run, tmp_path: Path) -> None:
    result = run("compare", "-o", f"{tmp_path}/new/")
    assert (result.code, result.err) == (
        ExitCode.OUTPUT,
        f"ctocio: error: cannot write '{tmp_path}/new/': Not a directory\n",
    )
    assert list(tmp_path.iterdir()) == []
    long_name = tmp_path / ("c" * 240 + ".json")
    assert run("compare", "-o", str(long_name)).code == ExitCode.OK
    assert long_name.read_text(encoding="utf-8") == run("compare", "-f", "json").out
