"""Rich tables for people at a terminal."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ctocio.errors import UsageError
from ctocio.render import CODEPOINT
from ctocio.render.cellwidth import install
from ctocio.view import Branch, Cell, Grid, Marked


def _text(cell: Cell) -> Text:
    # Text objects, not strings: knowledge-base text is never parsed as Rich markup.
    if isinstance(cell, Marked):
        text = Text(cell.text)
        for start, end in cell.spans:
            text.stylize("bold yellow", start, end)
        return text
    return Text(cell)


_CAPS = {"label": 20, "narrow": 16}
"""Widest a heading or source-id column gets: the rest of the width goes to the statements."""
_TEXT_SHARE = 0.5
"""In a narrow terminal, the statement columns keep at least this share of the width."""


def _widths(grid: Grid, width: int) -> list[int | None]:
    """Column widths worked out here, so that Rich need not measure every cell to lay them out.

    Short columns get their widest line, up to a cap; the statement columns share the rest. In
    a narrow terminal the short columns give way, so that the statements keep at least half the
    width: every column keeps some room, and no text is dropped, only folded. Measuring every
    cell is most of what Rich spends on a long table (a third of the time of ``compare``).
    """
    from rich.cells import cell_len

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
    from rich.cells import cell_len

    cells = [grid.columns[index], *(str(row.cells[index]) for section in grid.sections for row in section)]
    # No character below U+1100 (the first Hangul jamo) is wider than one cell.
    wide = {character for cell in cells for character in cell if character >= "\u1100"}
    return max((cell_len(character) for character in wide), default=1) or 1


def _table(grid: Grid, width: int) -> Table:
    table = Table(
        title=grid.title,
        caption=grid.caption,
        box=box.ROUNDED,
        show_lines=False,
        title_style="bold",
        caption_justify="left",
        show_header=grid.header,
    )
    for index, (column, column_width) in enumerate(zip(grid.columns, _widths(grid, width), strict=True)):
        table.add_column(column, style="bold" if index == 0 else None, overflow="fold", width=column_width)
    for number, section in enumerate(grid.sections):
        if number:
            table.add_section()
        for row in section:
            cells = [_text(cell) for cell in row.cells]
            if row.status_style:
                cells[-1].stylize(row.status_style)
            table.add_row(*cells)
    return table


def render_tree(tree: Branch, *, width: int, colour: bool, cell_width: str = CODEPOINT) -> str:
    """A tree as Rich draws one, ``width`` columns wide: notes about a node dimmed."""
    from rich.tree import Tree

    def grow(parent: Tree, branch: Branch) -> None:
        for child in branch.children:
            grow(parent.add(Text(child.label, style="dim" if child.note else "")), child)

    root = Tree(Text(tree.label, style="bold"))
    grow(root, tree)
    console = _console(width, colour, cell_width)
    with console.capture() as capture:
        console.print(root)
    return capture.get()


def _console(width: int, colour: bool, cell_width: str) -> Console:
    install(cell_width)
    return Console(
        file=None,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        color_system="standard" if colour else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        record=False,
        _environ={},
    )


def render_tables(grids: list[Grid], *, width: int, colour: bool, cell_width: str = CODEPOINT) -> str:
    """All grids as Rich tables, ``width`` columns wide, with or without ANSI colour.

    ``cell_width`` is the family of terminal the tables are measured for (see ``cellwidth``).
    """
    console = _console(width, colour, cell_width)
    with console.capture() as capture:
        for index, grid in enumerate(grids):
            if index:
                console.print()
            console.print(_table(grid, width))
    return capture.get()
