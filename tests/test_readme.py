"""The README and docs/ are part of the contract: their examples run, their links lead somewhere,
the reference documents every command and exit code, and the README's test line is the one CI runs."""

from __future__ import annotations

import dataclasses
import json
import re
import shlex
import unicodedata
from pathlib import Path

import pytest

from conftest import ROOT, Run
from ctocio.cli.app import app
from ctocio.exitcodes import ExitCode

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [ROOT / "README.md", *DOCS]
REFERENCE = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
EXAMPLE_FILE = re.compile(r"This `my-roles.yaml` adds .*?```yaml\n(.*?)```", flags=re.DOTALL)


def _name(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)


JQ_PATH = re.compile(r" \| jq -r '((?:\.\w+(?:\[\d+\])?)+)'$")
"""The one pipe the examples use: a jq path into ctocio's JSON (``| jq -r '.results[0].role'``)."""


def _examples(text: str) -> list[tuple[str, str]]:
    """``$ ctocio ...`` lines of console blocks, without pipes but a jq path, with the output shown after them."""
    examples = []
    for block in _blocks(text, "console"):
        parts = re.split(r"^\$ ", block, flags=re.MULTILINE)
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            if command.startswith("ctocio ") and "|" not in JQ_PATH.sub("", command):
                examples.append((command, output))
    return examples


def _jq(document: str, path: str) -> str:
    """What ``jq -r PATH`` prints for a path of keys and list indexes."""
    value = json.loads(document)
    for key, index in re.findall(r"\.(\w+)(?:\[(\d+)\])?", path):
        value = value[key] if not index else value[key][int(index)]
    return f"{value}\n"


def _all_examples() -> list[object]:
    """Every page's examples, each named by its page and command."""
    return [
        pytest.param(page, command, output, id=f"{_name(page)}: {command}")
        for page in PAGES
        for command, output in _examples(_text(page))
    ]


def _example_file() -> str:
    """The ``my-roles.yaml`` that the examples of README.md and docs/ run with: shown once, on one page."""
    found = [match.group(1) for page in PAGES for match in EXAMPLE_FILE.finditer(_text(page))]
    assert len(found) == 1, found
    return found[0]


def test_quick_start_has_two_lines_and_ci_runs_the_test_line() -> None:
    quick_start = README.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", quick_start, flags=re.DOTALL)
    assert block is not None
    install, test = block.group(1).strip().splitlines()
    assert install.endswith("ctocio compare")
    assert test.endswith("python -m pytest")
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_docs_are_the_pages_examples_run_from() -> None:
    assert [_name(page) for page in PAGES] == [
        "README.md",
        "docs/architecture.md",
        "docs/commands.md",
        "docs/knowledge-base.md",
        "docs/reference.md",
    ]


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_pages_with_examples_have_them(page: Path) -> None:
    expected = {
        "README.md": 8,
        "docs/architecture.md": 0,
        "docs/commands.md": 0,
        "docs/knowledge-base.md": 1,
        "docs/reference.md": 12,
    }
    assert len(_examples(_text(page))) == expected[_name(page)]


def test_the_example_file_is_on_the_knowledge_base_page() -> None:
    assert EXAMPLE_FILE.search(_text(ROOT / "docs" / "knowledge-base.md")) is not None
    assert _example_file().startswith("version: 1\nsources:\n  my-notes:\n")


@pytest.mark.parametrize(("page", "command", "output"), _all_examples())
def test_example_output_is_real(
    run: Run,
    page: Path,
    command: str,
    output: str,
    *,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    # The docs' own example file, where their examples expect it.
    (tmp_path / "my-roles.yaml").write_text(_example_file(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    piped = JQ_PATH.search(command)
    result = run(*shlex.split(JQ_PATH.sub("", command))[1:])
    if piped:
        result = dataclasses.replace(result, out=_jq(result.out, piped.group(1)))
    if request.config.getoption("--update-goldens") and result.code == ExitCode.OK:
        # The pages' examples are golden files too: rewritten, then reviewed with git diff.
        shown = f"$ {command}\n{output}"
        page.write_text(_text(page).replace(shown, f"$ {command}\n{result.out}", 1), encoding="utf-8")
        output = result.out
    assert (result.code, result.out, result.err) == (ExitCode.OK, output, "")


def _error_examples() -> list[object]:
    """``$ ctocio ...`` lines of text blocks shown with the error lines they print, and nothing else."""
    found = []
    for page in PAGES:
        for block in _blocks(_text(page), "text"):
            for part in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
                command, _, shown = part.partition("\n")
                lines = shown.splitlines()
                if command.startswith("ctocio ") and lines and all(line.startswith("ctocio: ") for line in lines):
                    found.append(pytest.param(command, shown, id=f"{_name(page)}: {command}"))
    return found


def test_pages_show_error_examples() -> None:
    assert len(_error_examples()) == 6


@pytest.mark.parametrize(("command", "shown"), _error_examples())
def test_error_examples_are_real(run: Run, command: str, shown: str) -> None:
    result = run(*shlex.split(command)[1:])
    assert (result.out, result.err) == ("", shown)
    assert result.code != ExitCode.OK


def test_every_command_is_documented() -> None:
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert f"ctocio {name}" in REFERENCE, name


def test_every_exit_code_is_documented() -> None:
    for code in ExitCode:
        assert re.search(rf"^\| *`?{code.value}`? *\| *`{code.name}` *\|", REFERENCE, flags=re.MULTILINE), code


# Links: every relative link and #anchor of README.md and docs/*.md leads somewhere.

_FENCE = re.compile(r"^```.*?^```", flags=re.DOTALL | re.MULTILINE)
_CODE_SPAN = re.compile(r"`(?:[^`\n]|\n(?!\n))*`")  # a code span may run over lines, not paragraphs
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} +(.+?) *#* *$", flags=re.MULTILINE)


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lowercase, spaces to '-', punctuation and backticks dropped."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading counts by its text
    kept = "".join(
        char for char in text.lower() if char in " -" or unicodedata.category(char)[0] in "LMN" or char == "_"
    )
    return kept.replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every anchor of a Markdown page; GitHub numbers a repeated heading's anchor -1, -2, ..."""
    seen: dict[str, int] = {}
    found = set()
    for heading in _HEADING.findall(_FENCE.sub("", text)):
        base = anchor(heading)
        found.add(f"{base}-{seen[base]}" if base in seen else base)
        seen[base] = seen.get(base, 0) + 1
    return found


def links(text: str) -> list[str]:
    """The targets of a page's inline links, outside code blocks and code spans."""
    prose = _CODE_SPAN.sub("", _FENCE.sub("", text))
    return _LINK.findall(prose)


def _relative_links() -> list[tuple[str, str]]:
    return [
        (_name(page), target)
        for page in PAGES
        for target in links(_text(page))
        if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # https:, mailto: and the like
    ]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Who does what?", "who-does-what"),
        ("Checking files: `ctocio validate`", "checking-files-ctocio-validate"),
        ("Where a role came from: `--origin`", "where-a-role-came-from---origin"),
        ("Plain, TSV and CSV columns", "plain-tsv-and-csv-columns"),
        ("Adding to a role: `extend`", "adding-to-a-role-extend"),
        ("`list`", "list"),
        ("Checks, pre-commit and CI", "checks-pre-commit-and-ci"),
        ("hi_there [Speed](#speed)", "hi_there-speed"),
        ("हिंदी शैली", "हिंदी-शैली"),
    ],
)
def test_anchors_follow_githubs_rules(heading: str, expected: str) -> None:
    assert anchor(heading) == expected


def test_a_repeated_heading_is_numbered() -> None:
    assert anchors("# A\n## B\n```sh\n# not a heading\n```\n### B\n## b\n") == {"a", "b", "b-1", "b-2"}


def test_links_outside_code_are_found() -> None:
    text = (
        "[one](a.md#x) `[not](b.md)\n[not](d.md)` [two](#y)\n```text\n[not](c.md)\n```\n[three](https://example.org)\n"
    )
    assert links(text) == ["a.md#x", "#y", "https://example.org"]


def test_the_readme_links_every_docs_page() -> None:
    linked = {target.split("#", 1)[0] for target in links(README)}
    assert {f"docs/{page.name}" for page in DOCS} <= linked


@pytest.mark.parametrize(("page", "target"), _relative_links())
def test_every_relative_link_leads_to_a_file_and_heading(page: str, target: str) -> None:
    path, _, fragment = target.partition("#")
    destination = (ROOT / page).parent / path if path else ROOT / page
    assert destination.resolve().is_relative_to(ROOT), target
    assert destination.exists(), target
    if fragment:
        assert destination.suffix == ".md", target
        assert fragment in anchors(destination.read_text(encoding="utf-8")), target


def test_the_module_map_names_every_module() -> None:
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = architecture.split("\n## Module map\n", 1)[1].split("\n## ", 1)[0]
    mapped = set(re.findall(r"^\| `([^`]+\.py)` \|", table, flags=re.MULTILINE))
    modules = {path.relative_to(ROOT / "src" / "ctocio").as_posix() for path in (ROOT / "src" / "ctocio").rglob("*.py")}
    assert mapped == modules
