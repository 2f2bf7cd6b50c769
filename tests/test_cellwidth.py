"""Hindi tables line up as terminals draw them, and the Rich patch behind it holds."""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
import rich.cells
import wcwidth
from rich.console import Console
from rich.table import Table
from rich.text import Text

from conftest import Run
from ctocio.render import cellwidth


def codepoint_width(line: str) -> int:
    """How tmux, xterm and VTE advance the cursor: per code point, marks of category Mc one cell.

    Written out here rather than borrowed from ctocio, so the test does not grade itself.
    """
    width = 0
    for character in line:
        if unicodedata.category(character) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
    return width


def grapheme_width(line: str) -> int:
    """How grapheme-aware terminals advance the cursor, as the wcwidth package measures it."""
    return int(wcwidth.width(line))


MEASURES: dict[str, Callable[[str], int]] = {"codepoint": codepoint_width, "grapheme": grapheme_width}
COMMANDS = {"show": ["show", "सीटीओ", "सीआईओ"], "compare": ["compare", "सीटीओ", "सीआईओ"]}


@pytest.fixture(autouse=True)
def _restore_rich() -> object:
    yield
    cellwidth.install(cellwidth.CODEPOINT)


def _table(run: Run, monkeypatch: pytest.MonkeyPatch, mode: str, width: int, command: str) -> list[str]:
    monkeypatch.setenv("CTOCIO_CELL_WIDTH", mode)
    monkeypatch.setenv("COLUMNS", str(width))
    result = run(*COMMANDS[command], "--lang", "hi", "--format", "table")
    assert (result.code, result.err) == (0, "")
    # The blank line between two tables belongs to neither.
    return [line for line in result.out.splitlines() if line]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("width", [40, 80, 120, 200])
@pytest.mark.parametrize("mode", MEASURES)
def test_every_line_of_a_hindi_table_has_the_same_width(
    run: Run, monkeypatch: pytest.MonkeyPatch, mode: str, width: int, command: str
) -> None:
    lines = _table(run, monkeypatch, mode, width, command)
    widths = [MEASURES[mode](line) for line in lines]
    assert widths == [width] * len(lines), [(w, line) for w, line in zip(widths, lines, strict=True) if w != width]


@pytest.mark.parametrize("mode", MEASURES)
def test_without_the_patch_the_borders_are_ragged(run: Run, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    """The check above has teeth: Rich's own measure gives lines of several widths."""
    lines = _table(run, monkeypatch, "rich", 80, "compare")
    assert len({MEASURES[mode](line) for line in lines}) > 1


def test_rich_still_measures_spacing_marks_as_zero() -> None:
    """When this fails, Rich measures Devanagari as terminals do: remove ctocio.render.cellwidth."""
    cellwidth.install(cellwidth.RICH)
    assert rich.cells.cell_len("सीटीओ") == 3
    assert rich.cells.cell_len("प्रौद्योगिकी") == 6


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("codepoint", [5, 3, 10, 22]), ("grapheme", [5, 2, 8, 20]), ("rich", [3, 2, 6, 15])],
)
def test_the_patch_reaches_every_way_rich_measures(mode: str, expected: list[int]) -> None:
    samples = ["सीटीओ", "क्षि", "प्रौद्योगिकी", "मुख्य प्रौद्योगिकी अधिकारी"]
    cellwidth.install(mode)
    assert cellwidth.installed() == mode
    assert [rich.cells.cell_len(s) for s in samples] == expected
    assert [Text(s).cell_len for s in samples] == expected
    assert [rich.cells.split_graphemes(s)[1] for s in samples] == expected
    # A table drawn by Rich itself: each line as wide as the console under the same measure.
    if mode != "rich":
        table = Table("क", "ख")
        for sample in samples:
            table.add_row(sample, f"{sample} अधिकारी")
        console = Console(width=30, force_terminal=False, color_system=None)
        with console.capture() as capture:
            console.print(table)
        measure = MEASURES[mode]
        assert len({measure(line) for line in capture.get().splitlines()}) == 1


def test_unknown_mode_is_refused(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTOCIO_CELL_WIDTH", "wide")
    result = run("list", "-f", "table")
    assert (result.code, result.out) == (2, "")
    assert result.err == "ctocio: error: CTOCIO_CELL_WIDTH is 'wide'; use one of codepoint, grapheme, rich\n"
    with pytest.raises(ValueError, match="unknown cell-width mode 'wide'"):
        cellwidth.install("wide")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", "ctocio-test", *args], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)")
@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("width", [40, 80, 120, 200])
def test_tmux_draws_every_line_to_the_same_column(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, width: int, command: str
) -> None:
    lines = _table(run, monkeypatch, "codepoint", width, command)
    source, target = tmp_path / "table.txt", tmp_path / "columns.json"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    helper = Path(__file__).with_name("tty_widths.py")
    session = f"ctocio-{width}-{command}"
    # A pane wider than the table, so no line wraps and the cursor stops just after it.
    _tmux(
        "new-session", "-d", "-s", session, "-x", str(width + 20), "-y", "10",
        f"{sys.executable} {helper} {source} {target}",
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not target.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        subprocess.run(["tmux", "-L", "ctocio-test", "kill-session", "-t", session], capture_output=True, check=False)
    columns = json.loads(target.read_text(encoding="utf-8"))
    assert columns == [width] * len(lines)


@pytest.mark.parametrize("width", [20, 30, 40, 45, 60, 80])
@pytest.mark.parametrize(
    "args", [["show", "cto", "cio"], ["compare"], ["search", "vendor"], ["show", "सीटीओ", "-l", "hi"]]
)
def test_narrow_terminals_fold_text_but_drop_none(
    run: Run, monkeypatch: pytest.MonkeyPatch, width: int, args: list[str]
) -> None:
    """Every letter of every cell is still in the table, however narrow: folded, never dropped."""
    monkeypatch.setenv("COLUMNS", str(width))
    table = run(*args, "-f", "table").out
    markdown = run(*args, "-f", "markdown").out  # the same cells, with no layout at all

    def letters(text: str) -> int:
        return sum(ch.isalnum() for ch in text)

    rows = [line for line in markdown.splitlines() if line.startswith("|") and "---" not in line]
    cells = html.unescape("".join(rows).replace("<br>", " "))
    assert letters(table) >= letters(cells)
