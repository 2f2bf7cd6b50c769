"""A table as a picture: the text a terminal shows, drawn as a standalone SVG file.

Each run of text is placed by the terminal cells before it and squeezed or stretched to the
cells it takes (``textLength``), so borders line up whatever font draws the letters, Hindi
included: the same cell count that lines up the table in a terminal lines it up here. Rich's
own SVG export stretches a run to its number of code points instead, which pushes Devanagari
out of line (a vowel sign such as ु is a code point but no cell), and fetches its font from a
CDN; this file names local fonts only and makes no request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rich.cells import cell_len

from ctocio.render.escape import xml_text

FONT_SIZE = 16
CELL_WIDTH = 9.6
"""Pixels per terminal cell: 0.6 em, the advance of DejaVu Sans Mono and most monospace fonts."""
LINE_HEIGHT = 19
MARGIN = 16
FONTS = (
    '"DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", Menlo, Consolas, '
    '"Noto Sans Devanagari", "Nirmala UI", Mangal, monospace'
)
"""Monospace fonts first, then fonts with Devanagari, which a browser takes Hindi letters from."""

INK = "#1f2328"
BACKGROUND = "#ffffff"
# Terminal colours, darkened to read on white (each at least 4.5:1 against it).
_COLOURS = {31: "#b3261e", 32: "#116329", 33: "#7a4a00", 34: "#0550ae", 35: "#8250df", 36: "#0b5e6b", 37: "#57606a"}
_SGR = re.compile("\x1b\\[([0-9;]*)m")
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff]")
# What is placed on its own: a stretch of box drawing, or of words with single spaces between
# them. A cell's text is never one run with the border beside it, whose place would then move.
_BOX = "\u2500-\u257f|+"
_RUN = re.compile(f"[{_BOX}]+|[^\\s{_BOX}]+(?: [^\\s{_BOX}]+)*")


def render_svg(table: str, *, title: str, lang: str) -> str:
    """``table``, a terminal's text with its colour codes, as an SVG document."""
    lines = table.rstrip("\n").split("\n")
    columns = max((cell_len(_SGR.sub("", line)) for line in lines), default=0)
    width = round(columns * CELL_WIDTH + 2 * MARGIN)
    height = len(lines) * LINE_HEIGHT + 2 * MARGIN
    texts = []
    for number, line in enumerate(lines):
        baseline = MARGIN + number * LINE_HEIGHT + round(LINE_HEIGHT * 0.78)
        for column, run, style in _runs(line):
            texts.append(_text(run, column, baseline, style, lang))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" lang="{lang}" role="img" aria-labelledby="title">\n'
        f'<title id="title">{xml_text(title)}</title>\n'
        "<style>\n"
        f"text {{ font-family: {FONTS}; font-size: {FONT_SIZE}px; fill: {INK}; white-space: pre; }}\n"
        ".b { font-weight: bold; } .i { font-style: italic; } .d { fill-opacity: 0.7; }\n"
        + "".join(f".c{code} {{ fill: {colour}; }} " for code, colour in _COLOURS.items())
        + "\n</style>\n"
        f'<rect width="100%" height="100%" fill="{BACKGROUND}"/>\n' + "\n".join(texts) + "\n</svg>\n"
    )


def _runs(line: str) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """The line's runs of text with the cell each starts at and its style classes, blanks left out."""
    column = 0
    classes: tuple[str, ...] = ()
    position = 0
    for found in [*_SGR.finditer(line), None]:
        end = found.start() if found is not None else len(line)
        piece = line[position:end]
        for run in _RUN.finditer(piece):
            yield column + cell_len(piece[: run.start()]), run.group(), classes
        column += cell_len(piece)
        if found is None:
            break
        classes = _classes(found.group(1), classes)
        position = found.end()


def _classes(codes: str, current: tuple[str, ...]) -> tuple[str, ...]:
    """The style classes after an SGR escape's codes: 0 resets, 1 bold, 2 dim, 3 italic, 3x colour."""
    classes = list(current)
    for code in (int(part) for part in codes.split(";") if part) if codes else (0,):
        if code == 0:
            classes = []
        elif code in (1, 2, 3):
            classes.append("bdi"[code - 1])
        elif code in _COLOURS:
            classes = [name for name in classes if not name.startswith("c")] + [f"c{code}"]
    return tuple(dict.fromkeys(classes))


def _text(run: str, column: int, baseline: int, classes: tuple[str, ...], lang: str) -> str:
    x = round(column * CELL_WIDTH + MARGIN, 1)
    length = round(cell_len(run) * CELL_WIDTH, 1)
    attributes = f' class="{" ".join(classes)}"' if classes else ""
    if lang != "hi" and _DEVANAGARI.search(run):
        attributes += ' lang="hi"'
    return (
        f'<text x="{x:g}" y="{baseline}" textLength="{length:g}" lengthAdjust="spacingAndGlyphs"{attributes}>'
        f"{xml_text(run, quote=False)}</text>"
    )
