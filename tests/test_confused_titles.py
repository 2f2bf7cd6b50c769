"""Titles people mistake for the CTO and the CIO: Chief Innovation Officer, Field CTO, and the IT
director, whom sources do not agree is another post at all."""

from __future__ import annotations

import json

import pytest

from conftest import Run
from ctocio.exitcodes import ExitCode
from ctocio.kb import load_builtin
from ctocio.search import build_index, search_roles

INDEX = build_index(load_builtin())


@pytest.mark.parametrize(
    ("name", "role", "says"),
    [
        ("chief innovation officer", "CTO", "Often confused with the CTO, but a different post"),
        ("CINO", "CTO", "Often confused with the CTO, but a different post"),
        ("field CTO", "CTO", "Not a company's own CTO: a field CTO is a senior technologist at a vendor"),
    ],
)
def test_show_says_a_mistaken_title_is_not_the_role(run: Run, name: str, role: str, says: str) -> None:
    result = run("show", name)
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err.startswith(f"ctocio: error: '{name}' is not the {role}: {says}")
    assert result.err.count("\n") == 1


def test_both_roles_that_share_the_letters_cio_name_the_chief_innovation_officer(run: Run) -> None:
    for role in ("cto", "cio"):
        entries = json.loads(run("show", role, "-f", "json").out)["confused_with"]
        assert "Chief Innovation Officer (CINO)" in [entry["name"] for entry in entries]


def test_a_question_about_a_field_cto_is_not_answered_with_the_cto() -> None:
    found = search_roles(INDEX, "what does a field CTO do")
    assert "cto" not in [result.role for result in found.results]
    assert [(role, phrase) for role, _, phrase in found.confused] == [("cto", "Field CTO")]


def test_the_it_director_is_disputed_and_still_finds_the_cio(run: Run) -> None:
    """ESCO and Wikipedia: another title of the CIO; explainers: a level below. Both views stay."""
    entry = next(
        entry
        for entry in json.loads(run("show", "cio", "-f", "json").out)["confused_with"]
        if entry["name"] == "IT Director / Head of IT"
    )
    assert (entry["disputed"], entry["sources"]) == (
        True,
        ["esco-cio-alt", "wp-cio-copy", "ciohub-itd", "dap-itd", "study-itd"],
    )
    for name in ("IT director", "head of IT", "आईटी डायरेक्टर"):
        assert json.loads(run("show", name, "-f", "json").out)["id"] == "cio"
    found = search_roles(INDEX, "who is the head of IT")
    assert (found.results[0].role, found.confused) == ("cio", [])
    plain = run("show", "cio").out
    assert "cio\tconfused_with\t\tIT Director / Head of IT: [disputed] Sources disagree" in plain
