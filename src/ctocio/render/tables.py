"""Rich tables for people at a terminal."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ctocio.render.cellwidth import CODEPOINT, install
from ctocio.view import Cell, Grid, Marked


def _text(cell: Cell) -> Text:
    # Text objects, not strings: knowledge-base text is never parsed as Rich markup.
    if isinstance(cell, Marked):
        text = Text(cell.text)
        for start, end in cell.spans:
            text.stylize("bold yellow", start, end)
        return text
    return Text(cell)


def _table(grid: Grid) -> Table:
    table = Table(
        title=grid.title,
        caption=grid.caption,
        box=box.ROUNDED,
        show_lines=False,
        title_style="bold",
        caption_justify="left",
    )
    for index, column in enumerate(grid.columns):
        kind = grid.kinds[index] if index < len(grid.kinds) else "text"
        style = "bold" if index == 0 else None
        if kind == "text":
            table.add_column(column, style=style, overflow="fold", ratio=1)
        else:
            # Headings and source ids are short; capping them leaves the width to the statements.
            table.add_column(column, style=style, overflow="fold", max_width=20 if kind == "label" else 16)
    for number, section in enumerate(grid.sections):
        if number:
            table.add_section()
        for row in section:
            cells = [_text(cell) for cell in row.cells]
            if row.status_style:
                cells[-1].stylize(row.status_style)
            table.add_row(*cells)
    return table


def render_tables(grids: list[Grid], *, width: int, colour: bool, cell_width: str = CODEPOINT) -> str:
    """All grids as Rich tables, ``width`` columns wide, with or without ANSI colour.

    ``cell_width`` is the family of terminal the tables are measured for (see ``cellwidth``).
    """
    install(cell_width)
    console = Console(
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
    with console.capture() as capture:
        for index, grid in enumerate(grids):
            if index:
                console.print()
            console.print(_table(grid))
    return capture.get()
