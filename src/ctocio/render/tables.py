"""Rich tables for people at a terminal."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ctocio.render import CODEPOINT
from ctocio.render.cellwidth import install
from ctocio.render.grids import widths
from ctocio.view import Branch, Cell, Grid, Marked


def _text(cell: Cell) -> Text:
    # Text objects, not strings: knowledge-base text is never parsed as Rich markup.
    if isinstance(cell, Marked):
        text = Text(cell.text)
        for start, end in cell.spans:
            text.stylize("bold yellow", start, end)
        return text
    return Text(str(cell))


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
    for index, (column, column_width) in enumerate(zip(grid.columns, widths(grid, width), strict=True)):
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


def render_tree(
    tree: Branch, *, width: int, colour: bool, cell_width: str = CODEPOINT, encoding: str | None = None
) -> str:
    """A tree as Rich draws one, ``width`` columns wide: notes about a node dimmed."""
    from rich.tree import Tree

    def grow(parent: Tree, branch: Branch) -> None:
        for child in branch.children:
            grow(parent.add(Text(child.label, style="dim" if child.note else "")), child)

    root = Tree(Text(tree.label, style="bold"))
    grow(root, tree)
    console = _console(width, colour, cell_width, encoding)
    with console.capture() as capture:
        console.print(root)
    return capture.get()


def _console(width: int, colour: bool, cell_width: str, encoding: str | None) -> Console:
    """A console that draws for ``encoding`` (None: standard output's): box drawing needs UTF-8."""
    install(cell_width)
    return Console(
        file=None if encoding is None else _Encoded(encoding),
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


def render_tables(
    grids: list[Grid], *, width: int, colour: bool, cell_width: str = CODEPOINT, encoding: str | None = None
) -> str:
    """All grids as Rich tables, ``width`` columns wide, with or without ANSI colour.

    ``cell_width`` is the family of terminal the tables are measured for (see ``cellwidth``).
    """
    console = _console(width, colour, cell_width, encoding)
    with console.capture() as capture:
        for index, grid in enumerate(grids):
            if index:
                console.print()
            console.print(_table(grid, width))
    return capture.get()


class _Encoded(io.StringIO):
    """Where a console that only captures would write: it tells Rich the output's encoding."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding
