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
    SVG = "svg"
    HTML = "html"


CODEPOINT: Final = "codepoint"
GRAPHEME: Final = "grapheme"
RICH: Final = "rich"
CELL_WIDTH_MODES: Final = (CODEPOINT, GRAPHEME, RICH)
"""How a terminal may measure text, for CTOCIO_CELL_WIDTH (see :mod:`ctocio.render.cellwidth`).

Here and not there: the command line checks the setting without importing Rich.
"""

_KEEP_NEWLINE = frozenset({OutputFormat.TABLE, OutputFormat.MARKDOWN, OutputFormat.CSV})


def render(
    view: View,
    fmt: OutputFormat,
    *,
    width: int = 80,
    colour: bool = False,
    cell_width: str = CODEPOINT,
    lang: str = "en",
) -> str:
    """The whole output of a command as one string, so nothing is half-written on error.

    Every text on its way to a human or line format passes through ``escape_view`` here:
    knowledge-base files are untrusted, and no character of theirs may drive the terminal or
    break a line (see ``render.escape``).
    """
    from ctocio.render.escape import escape_view

    if fmt is OutputFormat.HTML:
        from ctocio.render.webpage import render_page

        return render_page(escape_view(view, keep="\n"), lang=lang)
    if fmt is OutputFormat.SVG:
        from ctocio.render.svg import render_svg

        # The picture of the table a terminal shows, with its colours; measured per code point,
        # as tmux and xterm measure, so the Hindi lines up as in the terminal.
        safe = escape_view(view, keep="\n")
        table = _table(safe, width=width, colour=True, cell_width=CODEPOINT, encoding="utf-8")
        return render_svg(table, title=_title(view), lang=lang)
    if fmt in _KEEP_NEWLINE:
        # Tables, Markdown and CSV each write a newline in a value their own way.
        view = escape_view(view, keep="\n")
    elif fmt in (OutputFormat.PLAIN, OutputFormat.TSV):
        view = escape_view(view, reversible=True)
    if fmt is OutputFormat.TABLE:
        return _table(view, width=width, colour=colour, cell_width=cell_width)
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


def _title(view: View) -> str:
    """What a picture of the view is called: its first table's title, or its tree's root."""
    from ctocio.render.escape import visible

    if view.tree is not None:
        return visible(view.tree.label)
    return visible(view.grids[0].title) if view.grids else "ctocio"


def _table(view: View, *, width: int, colour: bool, cell_width: str, encoding: str | None = None) -> str:
    """The view as a terminal shows it: its tree where it has one, else its tables."""
    if view.tree is not None:
        from ctocio.render.tables import render_tree

        return render_tree(view.tree, width=width, colour=colour, cell_width=cell_width, encoding=encoding)
    from ctocio.render.grids import render_grids

    return render_grids(view.grids, width=width, colour=colour, cell_width=cell_width, encoding=encoding)
