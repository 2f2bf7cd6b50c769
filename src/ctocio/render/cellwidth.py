"""How many terminal cells a piece of text takes, taught to Rich for Devanagari.

Rich's width table gives Devanagari spacing vowel signs (Unicode category Mc: ा ि ी ो ौ ...)
zero cells, but terminals draw them one cell wide, so every Rich table with Hindi in it comes
out with ragged right borders. Terminals themselves come in two families:

- ``codepoint``: tmux, xterm and VTE add up the width of each code point (as glibc's and
  Markus Kuhn's wcwidth do: Mn, Me and Cf zero, East Asian wide two, everything else, Mc
  included, one). Measured with tmux 3.3a: सीटीओ 5 cells, क्षि 3, प्रौद्योगिकी 10.
- ``grapheme``: terminals that measure whole grapheme clusters, as the wcwidth package does
  from version 0.5 on. Measured with wcwidth 0.9.4: सीटीओ 5, क्षि 2, प्रौद्योगिकी 8.

Rich 15 says 3, 2 and 6, with every Unicode table it ships (``UNICODE_VERSION`` from 4.1.0
to the latest, its only width setting). So :func:`install` replaces the width
functions of ``rich.cells``, the module through which Rich measures and splits all text.
``tests/test_cellwidth.py`` fails if Rich stops measuring through them, and also once Rich
measures these signs as terminals do, which is the time to remove this module.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Callable
from typing import Final

import rich.cells

from ctocio.render import CELL_WIDTH_MODES, CODEPOINT, GRAPHEME, RICH

Spans = tuple[list[tuple[int, int, int]], int]

_RICH_CHARACTER_SIZE: Final = rich.cells.get_character_cell_size
_RICH_CELL_LEN: Final = rich.cells._cell_len
_RICH_SPLIT: Final = rich.cells.split_graphemes


@functools.lru_cache(maxsize=4096)
def _codepoint_character_size(character: str, unicode_version: str = "auto") -> int:
    if unicodedata.category(character) == "Mc":
        return 1
    return _RICH_CHARACTER_SIZE(character, unicode_version)


def _grapheme_cell_len(text: str, unicode_version: str = "auto") -> int:  # noqa: ARG001 -- Rich's signature
    import wcwidth

    return int(wcwidth.width(text))


def _grapheme_split(text: str, unicode_version: str = "auto") -> Spans:  # noqa: ARG001 -- Rich's signature
    import wcwidth

    spans = []
    start = total = 0
    for grapheme in wcwidth.iter_graphemes(text):
        size = int(wcwidth.width(grapheme))
        spans.append((start, start + len(grapheme), size))
        start += len(grapheme)
        total += size
    return spans, total


_INSTALLED: list[str] = [RICH]


def install(mode: str) -> None:
    """Make Rich measure text like a terminal of the ``mode`` family (one of :data:`CELL_WIDTH_MODES`)."""
    if mode not in CELL_WIDTH_MODES:
        raise ValueError(f"unknown cell-width mode {mode!r}; use one of {', '.join(CELL_WIDTH_MODES)}")
    if _INSTALLED[0] == mode:
        return
    character_size: Callable[..., int] = _codepoint_character_size if mode == CODEPOINT else _RICH_CHARACTER_SIZE
    cell_len: Callable[..., int] = _grapheme_cell_len if mode == GRAPHEME else _RICH_CELL_LEN
    split: Callable[..., Spans] = _grapheme_split if mode == GRAPHEME else _RICH_SPLIT
    # rich.cells looks these names up at call time, so replacing the module attributes reaches
    # every caller; the caches hold widths measured the other way and must go.
    rich.cells.get_character_cell_size = character_size  # type: ignore[assignment]
    rich.cells._cell_len = cell_len
    rich.cells.split_graphemes = split
    rich.cells.cached_cell_len.cache_clear()
    segment = sys.modules.get("rich.segment")  # its cache exists only once Rich has drawn with it
    if segment is not None:
        segment.Segment._split_cells.cache_clear()
    _INSTALLED[0] = mode


def installed() -> str:
    """The mode Rich measures with now."""
    return _INSTALLED[0]
