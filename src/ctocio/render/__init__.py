"""Turning a view into text in the format asked for. Nothing here writes to a stream."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ctocio.view import View


class OutputFormat(StrEnum):
    """The ``--format`` choices."""

    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    YAML = "yaml"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"


CODEPOINT: Final = "codepoint"
GRAPHEME: Final = "grapheme"
RICH: Final = "rich"
CELL_WIDTH_MODES: Final = (CODEPOINT, GRAPHEME, RICH)
"""How a terminal may measure text, for CTOCIO_CELL_WIDTH (see :mod:`ctocio.render.cellwidth`).

Here and not there: the command line checks the setting without importing Rich.
"""

_KEEP_NEWLINE = frozenset({OutputFormat.TABLE, OutputFormat.MARKDOWN, OutputFormat.CSV})


def render(view: View, fmt: OutputFormat, *, width: int = 80, colour: bool = False, cell_width: str = CODEPOINT) -> str:
    """The whole output of a command as one string, so nothing is half-written on error.

    Every text on its way to a human or line format passes through ``escape_view`` here:
    knowledge-base files are untrusted, and no character of theirs may drive the terminal or
    break a line (see ``render.escape``).
    """
    from ctocio.render.escape import escape_view

    if fmt in _KEEP_NEWLINE:
        # Tables, Markdown and CSV each write a newline in a value their own way.
        view = escape_view(view, keep="\n")
    elif fmt in (OutputFormat.PLAIN, OutputFormat.TSV):
        view = escape_view(view, reversible=True)
    if fmt is OutputFormat.TABLE and view.tree is not None:
        from ctocio.render.tables import render_tree

        return render_tree(view.tree, width=width, colour=colour, cell_width=cell_width)
    if fmt is OutputFormat.TABLE:
        from ctocio.render.grids import render_grids

        return render_grids(view.grids, width=width, colour=colour, cell_width=cell_width)
    if fmt is OutputFormat.MARKDOWN and view.graph is not None:
        from ctocio.render.mermaid import render_mermaid

        return render_mermaid(view.graph)
    from ctocio.render import data

    renderers = {
        OutputFormat.PLAIN: data.render_plain,
        OutputFormat.JSON: data.render_json,
        OutputFormat.YAML: data.render_yaml,
        OutputFormat.CSV: data.render_csv,
        OutputFormat.TSV: data.render_tsv,
        OutputFormat.MARKDOWN: data.render_markdown,
    }
    return renderers[fmt](view)
