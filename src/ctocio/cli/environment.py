"""What one run of ctocio works with: its settings, its language, and where its output goes.

One :class:`Environment` is built by ``main()`` for each run and handed to the command through
Typer's context, so a test can run ctocio with the environment variables it chooses, and no
state outlives a run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ctocio.errors import UsageError
from ctocio.language import Lang, choose
from ctocio.render import CODEPOINT, OutputFormat

if TYPE_CHECKING:
    from ctocio.cli.shared import Shared
    from ctocio.kb import KnowledgeBase
    from ctocio.view import View, Wording


class Environment:
    """The settings of one run: environment variables, --debug, --no-cache, the language.

    A plain class, not a dataclass: nothing compares or prints one, and a dataclass costs
    0.24 ms to create on every run.
    """

    __slots__ = ("debug", "environ", "lang", "lang_flag", "no_cache")

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self.environ: Mapping[str, str] = os.environ if environ is None else environ
        self.debug = False
        self.no_cache = False
        self.lang = "en"
        """The language of messages: set as soon as a command knows its language."""
        self.lang_flag: Lang | None = None
        """``--lang`` given before the command, for commands that are not given their own."""

    def log(self, message: str) -> None:
        """One debug line on stderr, under --debug only."""
        if self.debug:
            from ctocio.cli.terminal import say

            say(f"ctocio: debug: {message}")

    def wording(self, flag: Lang | None) -> Wording:
        """The language of this run, from --lang, CTOCIO_LANG or the locale."""
        from ctocio.view import Wording

        chosen = choose(flag or self.lang_flag, self.environ)
        self.lang = "en" if chosen is Lang.BOTH else str(chosen)
        return Wording(str(chosen))

    def cache_folder(self) -> Path | None:
        """Where the compiled cache lives, or None when --no-cache or CTOCIO_NO_CACHE says not to."""
        if self.no_cache or self.environ.get("CTOCIO_NO_CACHE", "") not in ("", "0"):
            return None
        from ctocio.xdg import cache_dir

        return cache_dir(self.environ)

    def load(self, kb_paths: list[str] | None, no_builtin: bool) -> KnowledgeBase:
        """The knowledge base: the built-in file, the user's files, then ``kb_paths`` (--kb)."""
        from ctocio.cache import load_kb
        from ctocio.kb import source_files

        files = source_files(given_paths(kb_paths), self.environ, builtin=not no_builtin)
        return load_kb(files, self.cache_folder(), self.log)

    def emit(self, view: View, shared: Shared, wording: Wording, kb: KnowledgeBase) -> None:
        """Render ``view`` in the format asked for (by default, a table on a terminal) and write it.

        To ``--output``'s file when one is named (``-`` is standard output), whole or not at all.
        """
        from ctocio.cli import terminal
        from ctocio.errors import OutputError
        from ctocio.render import render

        target = None if shared.output in (None, "-") else shared.output
        if target is not None:
            given_paths([target])  # an empty name, or one holding NUL, is a usage error
        elif sys.stdout is None:
            raise OutputError(key="error.no_stdout")
        is_terminal = target is None and sys.stdout.isatty()
        chosen = shared.fmt or format_for(target)
        chosen = chosen or (OutputFormat.TABLE if is_terminal else OutputFormat.PLAIN)
        if wording.lang == Lang.BOTH and chosen not in (OutputFormat.JSON, OutputFormat.YAML):
            raise UsageError(key="error.both_languages")
        if chosen is OutputFormat.HTML:
            from ctocio.view import citations

            view = view._replace(cited=citations(kb, view.document))
        # Only a table is measured in terminal cells, so only a table reads CTOCIO_CELL_WIDTH.
        cells = terminal.cell_width(self.environ) if chosen is OutputFormat.TABLE else CODEPOINT
        colour_on = terminal.use_colour(shared.color, is_terminal, self.environ)
        output = render(view, chosen, width=terminal.width(), colour=colour_on, cell_width=cells, lang=wording.ui)
        if target is not None:
            terminal.write_file(target, output)
        elif chosen in (OutputFormat.SVG, OutputFormat.HTML):
            terminal.write_bytes(sys.stdout, output.encode("utf-8"))  # a document that says it is UTF-8
        else:
            terminal.write_stdout(output)


_SUFFIXES = {
    ".svg": OutputFormat.SVG,
    ".html": OutputFormat.HTML,
    ".htm": OutputFormat.HTML,
    ".json": OutputFormat.JSON,
    ".yaml": OutputFormat.YAML,
    ".yml": OutputFormat.YAML,
    ".csv": OutputFormat.CSV,
    ".tsv": OutputFormat.TSV,
    ".md": OutputFormat.MARKDOWN,
    ".markdown": OutputFormat.MARKDOWN,
}


def format_for(path: str | None) -> OutputFormat | None:
    """The format a file name asks for by how it ends (``compare.svg``), if it asks for one."""
    return _SUFFIXES.get(Path(path or "").suffix.lower())


def given_paths(given: list[str] | None) -> list[Path]:
    """Paths from the command line; an empty one would quietly mean the current folder."""
    if any(not path.strip() for path in given or []):
        raise UsageError(key="error.empty_path")
    for path in given or []:
        if "\0" in path:
            # No file name holds one; the operating system refuses to look such a path up.
            raise UsageError(key="error.nul_path", path=path)
    return [Path(path) for path in given or []]
