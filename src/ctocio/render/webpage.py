"""A view as a standalone web page: real tables, for wikis, slides and onboarding pages.

Each grid becomes a ``<table>``: its columns as column headers, each row's first cell as the
row's header (a heading that spans the rows under it, as ``show`` groups statements), each
compared statement a list item followed by its sources, which link to the list of sources at
the end of the page. Hindi text is marked ``lang="hi"``. The page reflows below 600 pixels
(each row a block, each cell labelled with its column), prints without colours, and loads
nothing: its style is inline, its fonts the reader's own. Every text comes escaped, and only
``http`` and ``https`` addresses become links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ctocio import __version__
from ctocio.catalogue import text
from ctocio.render.escape import xml_text
from ctocio.view import Branch, Cell, Cited, Grid, Marked, Row, SourceIds, View

_LETTER = "\u0900-\u097f\ua8e0-\ua8ff"
# A run of Devanagari, with the spaces, joiners and punctuation between its words.
_DEVANAGARI_RUN = re.compile(f"[{_LETTER}](?:[{_LETTER}\u200c\u200d\\s.,;:()'\"-]*[{_LETTER}])?")
# A source's address, with its scheme or without (the built-in file writes "onetonline.org/...");
# anything else, "javascript:" above all, stays text.
_WEB_ADDRESS = re.compile(r"(https?://)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#][^\s\"'<>\\]*)?)", re.IGNORECASE)

_LONGEST_ADDRESS = 2048

STYLE = """
:root { color: #1f2328; background: #ffffff; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem;
  font: 16px/1.5 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial,
    "Noto Sans Devanagari", "Nirmala UI", Mangal, sans-serif; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #8c959f; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
tbody th { font-weight: 600; }
ul { margin: 0; padding-left: 0; list-style: none; }
li + li { margin-top: 0.3rem; }
.cite { font-size: 0.85em; white-space: nowrap; }
.status-same { color: #116329; } .status-different { color: #7a4a00; } .status-partial { color: #0b5e6b; }
mark { background: #fff3b0; color: inherit; }
a { color: #0550ae; }
.caption { font-style: italic; }
.tree ul { padding-left: 1.5rem; list-style: disc; }
footer { margin-top: 2rem; font-size: 0.85em; }
@media (max-width: 600px) {
  table, thead, tbody, tr, th, td { display: block; width: auto; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  tr { border: 1px solid #8c959f; margin-bottom: 0.8rem; }
  th, td { border: none; }
  td[data-label]::before { content: attr(data-label); display: block; font-weight: 600; }
}
@media print {
  :root { color: #000000; } body { max-width: none; font-size: 10pt; }
  thead th { background: none; }
  a { color: inherit; }
  tr, li { break-inside: avoid; }
  .sources a::after { content: " (" attr(href) ")"; }
}
""".strip()


def render_page(view: View, *, lang: str) -> str:
    """The page for ``view``, whose texts are already made safe to show (``render.escape``)."""
    numbers = {source_id: number for number, (source_id, _, _) in enumerate(view.cited, 1)}
    page = _Page(lang, numbers)
    title = view.tree.label if view.tree is not None else (view.grids[0].title if view.grids else "ctocio")
    body = [f'<h1 id="title">{page.text(title)}</h1>']
    if view.tree is not None:
        # The tree's root names it, and is the page's heading.
        body.append(f'<ul class="tree">{"".join(_branch(page, child) for child in view.tree.children)}</ul>')
    else:
        for number, grid in enumerate(view.grids):
            body.append(_table(page, grid, number, first=number == 0))
    if view.cited:
        body.append(_sources(page, view.cited))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page.text(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + f"\n</main>\n<footer>{page.text(text('page.footer', lang, version=__version__))}</footer>\n</body>\n</html>\n"
    )


class _Page:
    """What every part of a page needs: its language, and the number of each source it lists."""

    def __init__(self, lang: str, numbers: dict[str, int]) -> None:
        self.lang = lang
        self.numbers = numbers

    def text(self, value: str) -> str:
        """``value`` escaped, its runs of Devanagari marked as Hindi on a page that is not."""
        if self.lang == "hi":
            return _escape(value)
        parts = []
        last = 0
        for run in _DEVANAGARI_RUN.finditer(value):
            parts.append(_escape(value[last : run.start()]))
            parts.append(f'<span lang="hi">{_escape(run.group())}</span>')
            last = run.end()
        parts.append(_escape(value[last:]))
        return "".join(parts)

    def lines(self, value: str) -> str:
        return "<br>".join(self.text(line) for line in value.split("\n"))

    def cite(self, sources: tuple[str, ...]) -> str:
        """Links to the sources' entries in the list at the end of the page."""
        links = [
            f'<a href="#source-{self.numbers[source_id]}">{self.text(source_id)}</a>'
            if source_id in self.numbers
            else self.text(source_id)
            for source_id in sources
        ]
        return f' <span class="cite">({", ".join(links)})</span>' if links else ""


def _escape(value: str) -> str:
    return xml_text(value)


def _table(page: _Page, grid: Grid, number: int, *, first: bool) -> str:
    # The first table is what the page is about, and its title the page's heading.
    heading_id = "title" if first else f"table-{number + 1}"
    parts = [] if first else [f'<h2 id="{heading_id}">{page.text(grid.title)}</h2>']
    parts.append(f'<table aria-labelledby="{heading_id}">')
    if grid.header:
        cells = "".join(
            f'<th scope="col">{page.text(column)}</th>' if column else "<td></td>" for column in grid.columns
        )
        parts.append(f"<thead><tr>{cells}</tr></thead>")
    for section in grid.sections:
        if section:
            parts.append("<tbody>\n" + "\n".join(_rows(page, grid, section)) + "\n</tbody>")
    parts.append("</table>")
    if grid.caption:
        parts.append(f'<p class="caption">{page.lines(grid.caption)}</p>')
    return "\n".join(parts)


def _rows(page: _Page, grid: Grid, section: tuple[Row, ...]) -> Iterator[str]:
    """A section's rows; a first cell left empty continues the heading above it, which spans it."""
    spans: list[int] = []
    for position, row in enumerate(section):
        if position and not str(row.cells[0]):
            spans[-1] += 1
        else:
            spans.append(1)
    heading = 0
    for position, row in enumerate(section):
        cells = []
        if position == 0 or str(row.cells[0]):
            span = spans[heading]
            heading += 1
            rowspan = f' rowspan="{span}"' if span > 1 else ""
            cells.append(f'<th scope="row"{rowspan}>{_content(page, row.cells[0])}</th>')
        for index in range(1, len(row.cells)):
            column = grid.columns[index] if grid.header else ""
            data_label = f' data-label="{_escape(column)}"' if column else ""
            status = ""
            if index == len(row.cells) - 1 and row.status_style:
                status = f' class="status-{_STATUS_CLASSES.get(row.status_style, "other")}"'
            cells.append(f"<td{data_label}{status}>{_content(page, row.cells[index])}</td>")
        yield "<tr>" + "".join(cells) + "</tr>"


# The colour a row's status is drawn in on a terminal, as the status it stands for.
_STATUS_CLASSES = {"green": "same", "yellow": "different", "cyan": "partial"}


def _content(page: _Page, cell: Cell) -> str:
    if isinstance(cell, Cited):
        pairs = zip(cell.lines, cell.sources, strict=True)
        items = [f"<li>{page.text(line)}{page.cite(sources)}</li>" for line, sources in pairs]
        return f"<ul>{''.join(items)}</ul>" if items else ""
    if isinstance(cell, Marked):
        parts = []
        last = 0
        for start, end in cell.spans:
            parts += [page.lines(cell.text[last:start]), f"<mark>{page.lines(cell.text[start:end])}</mark>"]
            last = end
        return "".join([*parts, page.lines(cell.text[last:])])
    if isinstance(cell, SourceIds):
        return page.cite(cell.ids).strip()
    return page.lines(cell)


def _branch(page: _Page, branch: Branch) -> str:
    children = "".join(_branch(page, child) for child in branch.children)
    return f"<li>{page.text(branch.label)}" + (f"<ul>{children}</ul>" if children else "") + "</li>"


def _sources(page: _Page, cited: tuple[tuple[str, str, str], ...]) -> str:
    items = []
    for number, (source_id, title, address) in enumerate(cited, 1):
        shown = page.text(title)
        # An address is short; a long one is no link, and costs the pattern no time.
        link = _WEB_ADDRESS.fullmatch(address.strip()) if len(address) <= _LONGEST_ADDRESS else None
        if link is not None:
            shown = f'<a href="{_escape((link.group(1) or "https://") + link.group(2))}">{shown}</a>'
        items.append(f'<li id="source-{number}">{shown} <span class="cite">[{page.text(source_id)}]</span></li>')
    heading = text("column.sources", page.lang)
    return (
        f'<section class="sources" aria-labelledby="sources">\n<h2 id="sources">{_escape(heading)}</h2>\n<ol>\n'
        + "\n".join(items)
        + "\n</ol>\n</section>"
    )
