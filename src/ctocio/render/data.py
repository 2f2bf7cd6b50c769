"""Output for scripts and documents: JSON, YAML, CSV, TSV, plain text and Markdown."""

from __future__ import annotations

import json
from typing import Any, Final

from ctocio.render.escape import json_safe, yaml_safe, yaml_unsafe
from ctocio.view import Cell, Grid, Marked, View


def render_json(view: View) -> str:
    """The view's document as indented JSON, non-ASCII text kept readable, controls escaped."""
    return json_safe(json.dumps(view.document, ensure_ascii=False, indent=2)) + "\n"


def render_yaml(view: View) -> str:
    """The view's document (for ``show``, a knowledge-base file) as block-style YAML, keys in the
    documented order, controls escaped."""
    import yaml

    class Dumper(yaml.SafeDumper):
        """Strings with a character that must not reach a terminal raw are double-quoted."""

    def string(dumper: yaml.SafeDumper, value: str) -> Any:
        style = '"' if yaml_unsafe(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, string)
    document = view.document if view.kb_file is None else view.kb_file
    dumped: str = yaml.dump(document, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)
    return yaml_safe(dumped)


def render_plain(view: View) -> str:
    """One record a line, tab-separated, no header: the default when stdout is not a terminal.

    ``render`` has already spelled out tabs, newlines, controls and backslashes in every value.
    """
    return "".join("\t".join(record) + "\n" for record in view.records)


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


_MARKDOWN: Final = {
    **{character: "\\" + character for character in "\\|*_`[]~#"},
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\n": "<br>",
}
"""Knowledge-base text is text: no emphasis, code, link, image, HTML or row break of its own."""
_MARKDOWN_TABLE: Final = str.maketrans(_MARKDOWN)


def _markdown_escape(value: str) -> str:
    return value.translate(_MARKDOWN_TABLE)


def _markdown_cell(cell: Cell) -> str:
    if not isinstance(cell, Marked):
        return _markdown_escape(str(cell))
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
