"""Grids drawn as boxed tables for a terminal, character for character as Rich draws them.

Rich's table machinery is most of what ``compare`` costs: importing ``rich.console`` and
``rich.table`` takes about 20 ms, and laying out and rendering a table of two roles about 11 ms
more, for a table whose column widths :func:`ctocio.render.tables.widths` has already fixed.
This module draws the same table from those widths with Rich's own measuring and word-wrapping
(``rich.cells`` and ``rich._wrap``, a few milliseconds to import) and nothing else.

The output must equal Rich's byte for byte, colour codes included: tests/test_grids.py draws
every grid of the golden files and many generated ones both ways. Where a grid needs something
only Rich's layout does (natural widths wider than the terminal, tabs, characters that Rich
strips or treats as line breaks), :func:`draw` returns ``None`` and the caller asks Rich.
"""

import itertools
import re
import sys
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

from ctocio.errors import UsageError
from ctocio.render import CODEPOINT, GRAPHEME
from ctocio.render.cellwidth import install
from ctocio.view import Grid, Marked

# Rich's ROUNDED box, and ASCII for an output that cannot encode box-drawing characters.
# Rows: top, head row (left, vertical, right), rule under the heading, body row, rule between
# sections, foot row, bottom.
_ROUNDED = ("╭─┬╮", "│││", "├─┼┤", "│││", "├─┼┤", "│││", "╰─┴╯")
_ASCII = ("+--+", "|||", "|-+|", "|||", "|-+|", "|||", "+--+")

# Characters Rich's Text strips (bell, backspace, vertical tab, form feed, carriage return) or
# splits lines at (str.splitlines, when it measures), and tabs, which it expands: the escaping
# of ``render.escape`` leaves none of them in a table, but a grid that has one goes to Rich. So
# does one with a zero-width joiner or non-joiner or an emoji variation selector: Rich measures
# a text holding one by grapheme clusters, not character by character, so a line folded just
# after one is padded differently from what adding up its pieces gives.
_RICH_ONLY = re.compile("[\t\x07\x08\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029\u200c\u200d\ufe0f]")
_TRAILING_SPACE = re.compile(r"\s+$")


_CAPS = {"label": 20, "narrow": 16}
"""Widest a heading or source-id column gets: the rest of the width goes to the statements."""
_TEXT_SHARE = 0.5
"""In a narrow terminal, the statement columns keep at least this share of the width."""


def widths(grid: Grid, width: int) -> list[int | None]:
    """Column widths worked out here, so that Rich need not measure every cell to lay them out.

    Short columns get their widest line, up to a cap; the statement columns share the rest. In
    a narrow terminal the short columns give way, so that the statements keep at least half the
    width: every column keeps some room, and no text is dropped, only folded. Measuring every
    cell is most of what Rich spends on a long table (a third of the time of ``compare``).
    """
    kinds = [grid.kinds[i] if i < len(grid.kinds) else "text" for i in range(len(grid.columns))]
    available = width - (len(kinds) + 1 + 2 * len(kinds))  # less borders and cell padding
    # Each column must hold its widest character, or Rich drops the text it cannot fold.
    least = [_widest_character(grid, index) for index in range(len(kinds))]
    if available < sum(least):
        raise UsageError(key="error.too_narrow", width=str(width), needed=str(width - available + sum(least)))
    if "text" not in kinds:
        return [None] * len(kinds)  # a table of short values keeps its natural width
    wanted = {}
    for index, kind in enumerate(kinds):
        if kind != "text":
            lines = [grid.columns[index]] + [
                line for section in grid.sections for row in section for line in str(row.cells[index]).split("\n")
            ]
            wanted[index] = max(1, min(max(cell_len(line) for line in lines), _CAPS[kind]))
    texts = [index for index, kind in enumerate(kinds) if kind == "text"]
    short_total = sum(wanted.values())
    text_total = max(available - short_total, int(available * _TEXT_SHARE), len(texts))
    room = available - text_total
    widths: list[int | None] = [None] * len(kinds)
    if short_total > room:
        # Shrink the short columns in proportion to what they wanted, keeping their widest character.
        for index, want in wanted.items():
            widths[index] = max(least[index], want * room // short_total)
    else:
        for index, want in wanted.items():
            widths[index] = want
    text_total = available - sum(w for w in widths if w is not None)
    share, extra = divmod(text_total, len(texts))
    for order, index in enumerate(texts):
        widths[index] = max(least[index], share + (1 if order < extra else 0))
    # Keeping each column's widest character can overshoot by a few cells: take them back
    # from the columns with the most room to spare.
    fixed = [w or 0 for w in widths]
    while sum(fixed) > available:
        spare = max(range(len(fixed)), key=lambda i: fixed[i] - least[i])
        fixed[spare] -= 1
    return list(fixed)


def _widest_character(grid: Grid, index: int) -> int:
    """The most cells one character of column ``index`` takes: 2 for CJK and emoji, else 1."""
    cells = [grid.columns[index], *(str(row.cells[index]) for section in grid.sections for row in section)]
    # No character below U+1100 (the first Hangul jamo) is wider than one cell.
    wide = {character for cell in cells for character in cell if character >= "\u1100"}
    return max((cell_len(character) for character in wide), default=1) or 1


class Style(NamedTuple):
    """A text style as Rich combines and writes it: attribute bits and a foreground colour."""

    bits: int = 0
    colour: int | None = None

    def __add__(self, other: object) -> "Style":
        if not isinstance(other, Style):
            return NotImplemented
        return Style(self.bits | other.bits, self.colour if other.colour is None else other.colour)

    def sgr(self) -> str:
        """The parameters of the ANSI escape that turns this style on, as Rich writes them."""
        codes = [str(code) for bit, code in _ATTRIBUTE_CODES if self.bits & bit]
        if self.colour is not None:
            codes.append(str(self.colour))
        return ";".join(codes)


# Rich writes attributes in this order, then the colour (its Style._make_ansi_codes).
_ATTRIBUTE_CODES = ((1, 1), (2, 2), (4, 3))
_WORDS = {"bold": Style(1), "dim": Style(2), "italic": Style(4)}
_COLOURS = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36, "white": 37}
PLAIN = Style()


def style(definition: str | None) -> Style:
    """The style a Rich style string such as "bold yellow" names (only the words ctocio uses)."""
    result = PLAIN
    for word in (definition or "").split():
        result = result + (_WORDS[word] if word in _WORDS else Style(colour=_COLOURS[word]))
    return result


_BOLD = style("bold")
_CAPTION = style("dim italic")  # Rich's "table.caption"
_MARK = style("bold yellow")  # the words a search matched


class _Span(NamedTuple):
    start: int
    end: int
    style: Style


Segment = tuple[str, Style]
Line = list[Segment]


def render_grids(
    grids: Sequence[Grid], *, width: int, colour: bool, cell_width: str = CODEPOINT, encoding: str | None = None
) -> str:
    """All grids as boxed tables, ``width`` columns wide, with or without ANSI colour.

    ``cell_width`` is the family of terminal the tables are measured for (see ``cellwidth``);
    ``encoding`` the one they are written in (None: standard output's), which decides whether
    the borders are box drawing or ASCII, as Rich decides.
    """
    install(cell_width)
    column_widths = [widths(grid, width) for grid in grids]
    # Grapheme clusters (CTOCIO_CELL_WIDTH=grapheme) are measured whole, and a fold inside one
    # is Rich's own affair: those tables are Rich's.
    if cell_width != GRAPHEME:
        drawn = draw(grids, column_widths, width=width, colour=colour, encoding=encoding)
        if drawn is not None:
            return drawn
    from ctocio.render.tables import render_tables

    return render_tables(list(grids), width=width, colour=colour, cell_width=cell_width, encoding=encoding)


def draw(
    grids: Sequence[Grid],
    column_widths: Sequence[Sequence[int | None]],
    *,
    width: int,
    colour: bool,
    encoding: str | None = None,
) -> str | None:
    """All grids, ``width`` columns wide, as Rich draws them; ``None`` if only Rich can.

    ``column_widths`` holds each grid's column widths, without padding; ``None`` for a column asks
    for its natural width, as Rich gives it when the whole table fits.
    """
    if any(not grid.columns for grid in grids):
        return None
    if encoding is None:
        encoding = getattr(sys.stdout, "encoding", "utf-8") or "utf-8"
    box = _ROUNDED if encoding.lower().startswith("utf") else _ASCII
    out: list[str] = []
    for index, (grid, grid_widths) in enumerate(zip(grids, column_widths, strict=True)):
        if _RICH_ONLY.search(_all_text(grid)):
            return None
        fixed = _fixed_widths(grid, grid_widths, width)
        if fixed is None:
            return None
        if index:
            out.append("\n")
        for line in _grid_lines(grid, fixed, box):
            out.append(_write(line, colour))
    return "".join(out)


def _all_text(grid: Grid) -> str:
    cells = (str(cell) for section in grid.sections for row in section for cell in row.cells)
    return "\n".join((grid.title, grid.caption or "", *grid.columns, *cells))


def _fixed_widths(grid: Grid, wanted: Sequence[int | None], width: int) -> list[int] | None:
    """Each column's width with its padding, as Rich works it out; None where Rich must."""
    columns = len(grid.columns)
    room = width - (columns + 1)  # less the borders
    result: list[int] = []
    for index, fixed in enumerate(wanted):
        if fixed is not None:
            result.append(min(fixed + 2, room))
            continue
        texts = [grid.columns[index]] if grid.header else []
        texts += [str(row.cells[index]) for section in grid.sections for row in section]
        if not texts:
            result.append(room)  # Rich gives a column with no cells all the room there is
            continue
        widest = max(cell_len(line) for text in texts for line in text.split("\n"))
        result.append(min(widest + 2, room) or 1)
    if sum(result) > room or min(result) < 3:
        return None  # Rich would shrink the columns its own way, or has no room for text
    return result


def _grid_lines(grid: Grid, widths: list[int], box: tuple[str, ...]) -> Iterable[Line]:
    table_width = sum(widths) + len(widths) + 1
    if grid.title:
        yield from _annotation(grid.title, table_width, _BOLD, centre=True)
    top, head, head_rule, body, section_rule, foot, bottom = box
    yield [(_rule(top, widths), PLAIN)]
    rows = list(_rows(grid, widths))
    for number, (cells, rule_after) in enumerate(rows):
        is_header = grid.header and number == 0
        edges = head if number == 0 else foot if number == len(rows) - 1 else body
        height = max(len(lines) for lines in cells)
        shaped = [
            _shape(lines, width, height, bottom=is_header, style=_BOLD if is_header or column == 0 else PLAIN)
            for column, (lines, width) in enumerate(zip(cells, widths, strict=True))
        ]
        for line_number in range(height):
            line: Line = [(edges[0], PLAIN)]
            for column, lines in enumerate(shaped):
                if column:
                    line.append((edges[1], PLAIN))
                line.extend(lines[line_number])
            line.append((edges[2], PLAIN))
            yield line
        if is_header:
            yield [(_rule(head_rule, widths), PLAIN)]
        elif rule_after:
            yield [(_rule(section_rule, widths), PLAIN)]
    yield [(_rule(bottom, widths), PLAIN)]
    if grid.caption:
        yield from _annotation(grid.caption, table_width, _CAPTION, centre=False)


def _rows(grid: Grid, widths: list[int]) -> Iterable[tuple[list[list[Line]], bool]]:
    """Each row's cells as lines, the heading first, and whether a rule follows the row."""
    if grid.header:
        yield [_cell(column, [], width - 2, _BOLD) for column, width in zip(grid.columns, widths, strict=True)], False
    sections = [section for section in grid.sections if section]
    for number, section in enumerate(sections):
        for position, row in enumerate(section):
            cells = []
            for column, (cell, width) in enumerate(zip(row.cells, widths, strict=True)):
                spans = [_Span(start, end, _MARK) for start, end in cell.spans] if isinstance(cell, Marked) else []
                text = str(cell)
                if column == len(row.cells) - 1 and row.status_style:
                    spans.append(_Span(0, len(text), style(row.status_style)))
                cells.append(_cell(text, spans, width - 2, _BOLD if column == 0 else PLAIN))
            # A rule between sections, as Rich's end_section draws it: never under the last row.
            yield cells, position == len(section) - 1 and number < len(sections) - 1


def _rule(chars: str, widths: list[int]) -> str:
    return chars[0] + chars[2].join(chars[1] * width for width in widths) + chars[3]


def _shape(lines: list[Line], width: int, height: int, *, bottom: bool, style: Style) -> list[Line]:
    """A cell's lines made ``height`` tall with blank lines, below it, or above a heading."""
    blank: list[Line] = [[(" " * width, style)] for _ in range(height - len(lines))]
    return blank + lines if bottom else lines + blank


def _cell(text: str, spans: list[_Span], width: int, cell_style: Style) -> list[Line]:
    """One cell's lines: the text folded to ``width``, then one space of padding either side."""
    pad = (" ", cell_style)
    lines = []
    for plain, line_spans in _wrap(text, spans, width):
        line: Line = [pad]
        line.extend((piece, cell_style + piece_style) for piece, piece_style in _pieces(plain, line_spans, bool(spans)))
        line.append(pad)
        lines.append(line)
    return lines


def _pieces(plain: str, spans: list[_Span], styled: bool) -> Iterable[Segment]:
    """A line cut where a span starts or ends, each piece with the spans over it combined.

    As Rich's Text.render: a text with no spans at all is one plain piece; otherwise every
    span's edge cuts, even where the style either side is the same.
    """
    if not styled:
        yield plain, PLAIN
        return
    edges = sorted({0, len(plain), *(span.start for span in spans), *(span.end for span in spans)})
    for start, end in itertools.pairwise(edges):
        combined = PLAIN
        for span in spans:
            if span.start <= start and end <= span.end:
                combined = combined + span.style
        yield plain[start:end], combined


def _wrap(text: str, spans: list[_Span], width: int) -> list[tuple[str, list[_Span]]]:
    """The text's lines folded to ``width`` and padded to it, as Rich's Text.wrap justifies left."""
    lines = []
    offset = 0
    for paragraph in text.split("\n"):
        breaks = divide_line(paragraph, width, fold=True)
        for start, end in zip([0, *breaks], [*breaks, len(paragraph)], strict=True):
            piece = _fit(paragraph[start:end], width)
            # A span keeps to what is left of the piece; the padding added after it is plain.
            kept = min(len(piece), end - start)
            size = cell_len(piece)
            if size < width:
                piece += " " * (width - size)
            lines.append((piece, _clip(spans, offset + start, offset + start + kept)))
        offset += len(paragraph) + 1
    return lines


def _fit(piece: str, width: int) -> str:
    """A piece of a folded line without the spaces past ``width``, cropped to it if still wider."""
    return _crop(_strip_end(piece, width), width)


def _strip_end(piece: str, width: int) -> str:
    """Rich's Text.rstrip_end: trailing spaces past ``width``, counted in characters, not cells."""
    if len(piece) > width:
        trailing = _TRAILING_SPACE.search(piece)
        if trailing is not None:
            piece = piece[: len(piece) - min(len(trailing.group(0)), len(piece) - width)]
    return piece


def _crop(piece: str, width: int) -> str:
    return set_cell_size(piece, width) if cell_len(piece) > width else piece


def _clip(spans: list[_Span], start: int, end: int) -> list[_Span]:
    """The parts of ``spans`` between ``start`` and ``end``, counted from ``start``."""
    clipped = []
    for span in spans:
        low, high = max(span.start, start), min(span.end, end)
        if high > low:
            clipped.append(_Span(low - start, high - start, span.style))
    return clipped


def _annotation(text: str, width: int, text_style: Style, *, centre: bool) -> Iterable[Line]:
    """A title (centred) or caption (left), folded to the table's width, in one style."""
    for paragraph in text.split("\n"):
        breaks = divide_line(paragraph, width, fold=True)
        for start, end in zip([0, *breaks], [*breaks, len(paragraph)], strict=True):
            piece = paragraph[start:end]
            if centre:
                piece = _crop(_strip_end(piece, width).rstrip(), width)
                piece = " " * ((width - cell_len(piece)) // 2) + piece
            else:
                piece = _fit(piece, width)
            yield [(piece + " " * (width - cell_len(piece)), text_style)]


def _write(line: Line, colour: bool) -> str:
    if not colour:
        return "".join(text for text, _ in line) + "\n"
    parts = []
    for text, text_style in line:
        codes = text_style.sgr() if text else ""
        parts.append(f"\x1b[{codes}m{text}\x1b[0m" if codes else text)
    parts.append("\n")
    return "".join(parts)
