"""Turning a view into text in the format asked for. Nothing here writes to a stream."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

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


def render(
    view: View, fmt: OutputFormat, *, width: int = 80, colour: bool = False, cell_width: str = "codepoint"
) -> str:
    """The whole output of a command as one string, so nothing is half-written on error."""
    if fmt is OutputFormat.TABLE:
        from ctocio.render.tables import render_tables

        return render_tables(view.grids, width=width, colour=colour, cell_width=cell_width)
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
