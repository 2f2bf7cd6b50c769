"""The one policy for text from files and arguments on its way to a terminal or a line format.

Knowledge-base files are shared between people, so their text is untrusted. A character that
can drive a terminal (C0 and C1 controls, DEL, and so every escape sequence), end a line for
some reader (CR, VT, FF, FS/GS/RS, NEL, U+2028, U+2029) or reorder what is shown (the bidi
embedding, override and isolate controls) is never written as itself in a human or line
format. It is spelled out instead, as Python spells it: ``\\t``, ``\\n``, ``\\r``, ``\\x1b``,
``\\x7f``, ``\\x85``, ``\\u202e``. A byte of a file name or argument that is not UTF-8
(which Python carries as a lone surrogate) is spelled as that byte, ``\\xff``.

Visible escapes, rather than U+FFFD or silent removal, because the reader can then see that
something odd is in the file and where. Each format decides only whether a newline may stay
(tables, Markdown and CSV have their own way to write one) and whether the spelling must be
reversible (plain and TSV double a backslash, so ``\\x1b`` read back is unambiguous). JSON and
YAML escape in their own syntax: :func:`json_safe` and :func:`yaml_safe`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ctocio.view import Branch, Cell, View

UNSAFE: Final = (
    "\x00-\x1f\x7f-\x9f"  # C0, DEL and C1 controls: ESC, CSI, OSC, BEL, CR, NEL...
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff"  # lone surrogates: bytes of a name that is not UTF-8
)
"""The characters never written as themselves in a human or line format."""

_SHORT: Final = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\"}


def spelled(character: str) -> str:
    """How one unsafe character is written out."""
    short = _SHORT.get(character)
    if short is not None:
        return short
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, carried by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


@functools.cache
def _pattern(keep: str, reversible: bool) -> re.Pattern[str]:
    kept = f"(?![{re.escape(keep)}])" if keep else ""
    return re.compile(f"{kept}[{UNSAFE}{re.escape(chr(92)) if reversible else ''}]")


def visible(text: str, *, keep: str = "", reversible: bool = False) -> str:
    """``text`` with every unsafe character spelled out, except those in ``keep``.

    ``reversible`` also doubles every backslash, so that the spelling can be read back.
    """
    if _plain(text, keep) and not (reversible and "\\" in text):
        return text  # nearly every text: no copy, and no pattern to compile
    return _pattern(keep, reversible).sub(lambda found: spelled(found.group()), text)


def _plain(text: str, keep: str) -> bool:
    """Whether ``text`` surely holds no unsafe character: every one of them is unprintable to Python.

    A quick test in C that spares compiling a pattern (0.3 ms, beyond Latin-1) on a run whose
    texts are all ordinary. Some printable-looking characters fail it too (a no-break space,
    a zero-width joiner); their texts just take the pattern.
    """
    for character in keep:
        text = text.replace(character, "")
    return text.isprintable()


@functools.cache
def _json_unsafe() -> re.Pattern[str]:
    """The unsafe characters ``json.dumps`` writes raw; a raw C0 control left in its output is a
    newline between values, never inside a string.

    Compiled when first used, like every pattern here: a character class beyond Latin-1 takes
    the regular-expression compiler 0.1 to 0.3 ms, which a run that does not need it should not pay.
    """
    return re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def json_safe(dumped: str) -> str:
    """JSON text with the unsafe characters that ``json.dumps`` leaves raw written as ``\\uXXXX``.

    ``json.dumps(ensure_ascii=False)`` escapes C0 controls but writes DEL, C1, the bidi controls,
    the line separators and lone surrogates as they are. Each of these can only stand inside a
    string, where ``\\uXXXX`` means the same character, so the data parsed back is unchanged.
    """
    if _plain(dumped, "\n"):
        return dumped  # json.dumps escapes C0 controls; a newline here is its own indentation
    return _json_unsafe().sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)


@functools.cache
def _yaml_raw() -> re.Pattern[str]:
    """What PyYAML writes raw even in a double-quoted scalar: YAML counts these as printable.

    Compiled when first used, as :func:`_json_unsafe` is.
    """
    return re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def yaml_unsafe(value: str) -> bool:
    """Whether a string holds a character PyYAML would write raw, and so must be double-quoted."""
    return _yaml_raw().search(value) is not None


def yaml_safe(dumped: str) -> str:
    """YAML text with the bidi controls escaped as ``\\uXXXX``.

    PyYAML escapes the other unsafe characters itself, in a double-quoted scalar. Strings
    holding a bidi control are written double-quoted too (see ``render.data``), where
    ``\\uXXXX`` is an escape with the same meaning.
    """
    return _yaml_raw().sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)


def escape_view(view: View, *, keep: str = "", reversible: bool = False) -> View:
    """The view with every text of its records and grids made :func:`visible`.

    The one place every text bound for a human or line format passes through; the document,
    for JSON and YAML, is left to their own escaping.
    """

    def safe(value: str) -> str:
        return visible(value, keep=keep, reversible=reversible)

    records = [tuple(safe(value) for value in record) for record in view.records]
    grids = [
        grid._replace(
            title=safe(grid.title),
            columns=tuple(safe(column) for column in grid.columns),
            sections=tuple(
                tuple(row._replace(cells=tuple(_cell(cell, safe) for cell in row.cells)) for row in section)
                for section in grid.sections
            ),
            caption=None if grid.caption is None else safe(grid.caption),
        )
        for grid in view.grids
    ]
    tree = None if view.tree is None else _branch(view.tree, safe)
    graph = view.graph
    if graph is not None:
        graph = graph._replace(
            title=safe(graph.title),
            nodes=tuple((node_id, safe(label)) for node_id, label in graph.nodes),
            edges=tuple((start, end, safe(label), dashed) for start, end, label, dashed in graph.edges),
        )
    cited = tuple((safe(source_id), safe(title), safe(address)) for source_id, title, address in view.cited)
    return view._replace(records=records, grids=grids, tree=tree, graph=graph, cited=cited)


def _branch(branch: Branch, safe: Callable[[str], str]) -> Branch:
    return branch._replace(label=safe(branch.label), children=tuple(_branch(child, safe) for child in branch.children))


def _cell(cell: Cell, safe: Callable[[str], str]) -> Cell:
    from ctocio.view import Cited, Marked, SourceIds

    if isinstance(cell, Cited):
        return Cited(tuple(safe(line) for line in cell.lines), tuple(tuple(map(safe, ids)) for ids in cell.sources))
    if isinstance(cell, SourceIds):
        return SourceIds(tuple(safe(source_id) for source_id in cell.ids))
    if not isinstance(cell, Marked):
        return safe(cell)
    # Escaping changes lengths: escape each stretch on its own and move the spans with it.
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end in cell.spans:
        parts.append(safe(cell.text[last:start]))
        begin = sum(map(len, parts))
        parts.append(safe(cell.text[start:end]))
        spans.append((begin, begin + len(parts[-1])))
        last = end
    parts.append(safe(cell.text[last:]))
    return Marked("".join(parts), tuple(spans))


# XML has no place for these two noncharacters, even escaped as &#xFFFF;: a file holding one would
# be no SVG at all. They are spelled out, as controls are (see :func:`visible`).
_NOT_XML = str.maketrans({"\ufffe": "\\ufffe", "\uffff": "\\uffff"})


def xml_text(value: str, *, quote: bool = True) -> str:
    """``value`` as text of an XML or HTML document: its markup characters escaped, and its quotes
    where it may stand in an attribute."""
    import html

    return html.escape(value.translate(_NOT_XML), quote=quote)
