"""At every terminal width a table keeps all of its text, or says the terminal is too narrow.

The quick run sweeps every width up to 40 columns and a sample above; ``CTOCIO_FUZZ=long`` sweeps
every width from 1 to 300.
"""

from __future__ import annotations

import html
import os
from collections import Counter

import pytest

from conftest import DATA, Run
from ctocio.exitcodes import ExitCode

LONG = os.environ.get("CTOCIO_FUZZ", "") == "long"
WIDTHS = list(range(1, 301)) if LONG else [*range(1, 41), *range(45, 301, 17)]

COMMANDS = {
    "list": ["list", "--origin", "--kb", str(DATA / "user" / "cko.yaml")],
    "show": ["show", "cto", "cio"],
    "show-hi": ["show", "सीटीओ", "-l", "hi"],
    "compare": ["compare"],
    "compare-hi": ["compare", "-l", "hi"],
    "search": ["search", "vendor"],
}

TOO_NARROW = {
    "en": "ctocio: error: the terminal is {width} columns wide, too narrow for this table (it needs {needed}); "
    "widen it, or use --format plain\n",
    "hi": "ctocio: त्रुटि: टर्मिनल {width} कॉलम चौड़ा है, इस तालिका के लिए बहुत सँकरा (कम से कम {needed} चाहिए); "
    "उसे चौड़ा कीजिए, या --format plain दीजिए\n",
}


def _letters(text: str) -> Counter[str]:
    return Counter(character for character in text if character.isalnum())


@pytest.mark.parametrize("command", COMMANDS)
def test_every_width_keeps_every_letter_or_says_it_is_too_narrow(
    run: Run, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    from rich.cells import cell_len

    args = COMMANDS[command]
    # The same texts with no layout at all: every letter a table must show somewhere.
    markdown = run(*args, "-f", "markdown").out
    wanted = _letters(html.unescape(markdown.replace("<br>", " ").replace("\\", "")))
    outcomes = {}
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        outcomes[width] = run(*args, "-f", "table")
    needed = min(width for width, result in outcomes.items() if result.code == ExitCode.OK)
    for width, result in outcomes.items():
        if width < needed:
            assert (result.code, result.out) == (ExitCode.USAGE, "")
            assert result.err == TOO_NARROW["hi" if "hi" in args else "en"].format(width=width, needed=needed)
        else:
            assert (result.code, result.err) == (ExitCode.OK, "")
            assert wanted - _letters(result.out) == Counter()
            assert max(cell_len(line) for line in result.out.splitlines()) <= width
    # Tables need a border, padding and a cell or two per column: never more than this.
    assert needed <= 21


def test_too_narrow_in_hindi(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "10")
    result = run("list", "-f", "table", "-l", "hi")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == TOO_NARROW["hi"].format(width=10, needed=17)
