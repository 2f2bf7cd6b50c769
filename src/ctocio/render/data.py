"""Output for scripts and documents: JSON, YAML, CSV, TSV, plain text and Markdown."""

from __future__ import annotations

import json

from ctocio.view import Cell, Grid, Marked, View


def render_json(view: View) -> str:
    """The view's document as indented JSON, non-ASCII text kept readable."""
    return json.dumps(view.document, ensure_ascii=False, indent=2) + "\n"


def render_yaml(view: View) -> str:
    """The view's document as block-style YAML, keys in the documented order."""
    import yaml

    dumped: str = yaml.safe_dump(view.document, allow_unicode=True, sort_keys=False, width=1_000_000)
    return dumped


def _tsv_cell(value: str) -> str:
    # A tab or newline inside a value would split the record; spell them out as \t and \n.
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def render_plain(view: View) -> str:
    """One record a line, tab-separated, no header: the default when stdout is not a terminal."""
    return "".join("\t".join(_tsv_cell(v) for v in record) + "\n" for record in view.records)


def render_tsv(view: View) -> str:
    """Like plain, with a header line naming the columns."""
    return "\t".join(view.header) + "\n" + render_plain(view)


def render_csv(view: View) -> str:
    """RFC 4180 CSV with a header line."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(view.header)
    writer.writerows(view.records)
    return buffer.getvalue()


def _markdown_escape(value: str) -> str:
    # Knowledge-base text is text: Markdown's and HTML's special characters are written out.
    for raw, escaped in (("\\", "\\\\"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("*", "\\*")):
        value = value.replace(raw, escaped)
    return value.replace("\n", "<br>")


def _markdown_cell(cell: Cell) -> str:
    if not isinstance(cell, Marked):
        return _markdown_escape(cell)
    parts, last = [], 0
    for start, end in cell.spans:
        parts += [_markdown_escape(cell.text[last:start]), "**", _markdown_escape(cell.text[start:end]), "**"]
        last = end
    return "".join([*parts, _markdown_escape(cell.text[last:])])


def _markdown_grid(grid: Grid) -> str:
    lines = [f"### {_markdown_escape(grid.title).replace('<br>', ' ')}", ""]
    lines.append("| " + " | ".join(_markdown_cell(c) for c in grid.columns) + " |")
    lines.append("|" + "|".join("---" for _ in grid.columns) + "|")
    for section in grid.sections:
        for row in section:
            lines.append("| " + " | ".join(_markdown_cell(c) for c in row.cells) + " |")
    if grid.caption:
        lines += ["", grid.caption]
    return "\n".join(lines) + "\n"


def render_markdown(view: View) -> str:
    """GitHub-flavoured Markdown tables, one per grid, each under a heading."""
    return "\n".join(_markdown_grid(grid) for grid in view.grids)
