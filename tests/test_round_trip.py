"""`show ROLE -f yaml` writes a knowledge-base file: copy a built-in role, edit it, load it with --kb."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import Run
from ctocio.exitcodes import ExitCode

ROLES = ["cto", "cio", "ciso", "caio", "chief-data-officer", "chief-digital-officer", "cpo", "vp-engineering"]
ROLES += ["chief-architect"]


@pytest.mark.parametrize("role", ROLES)
def test_a_copied_role_validates_and_loads_as_itself(run: Run, tmp_path: Path, role: str) -> None:
    copy = tmp_path / f"{role}.yaml"
    copy.write_text(run("show", role, "-f", "yaml").out, encoding="utf-8")
    assert run("validate", "--strict", str(copy)).out == "no problems; files checked: 2\n"
    # Loaded over the built-in file, the copy replaces the role with the same role.
    for lang in ("en", "hi"):
        original = run("show", role, "-f", "json", "-l", lang).out
        assert run("show", role, "--kb", str(copy), "-f", "json", "-l", lang).out == original


def test_the_edited_role_wins(run: Run, tmp_path: Path) -> None:
    document = yaml.safe_load(run("show", "cio", "-f", "yaml").out)
    assert list(document) == ["version", "areas", "sources", "executives", "roles"]
    assert list(document["roles"]) == ["cio"]
    document["roles"]["cio"]["summary"]["en"] = "Our CIO runs IT, data and security."
    document["roles"]["cio"]["duties"] = document["roles"]["cio"]["duties"][:1]
    copy = tmp_path / "our-cio.yaml"
    copy.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run("show", "cio", "--kb", str(copy), "-f", "json")
    assert result.code == ExitCode.OK
    shown = yaml.safe_load(result.out)
    assert shown["summary"]["text"] == "Our CIO runs IT, data and security."
    assert [duty["text"] for duty in shown["duties"]] == [
        "Defines and runs the company's ICT strategy and governance, and plans the resources it needs."
    ]
    # And the comparison with the reference says so.
    assert (
        run("compare", "cio@builtin", "cio", "--kb", str(copy), "--only-diff", "-f", "json").code == ExitCode.DIFFERENT
    )


def test_several_roles_make_one_file_with_what_they_use(run: Run) -> None:
    document = yaml.safe_load(run("show", "cpo", "vp-engineering", "-f", "yaml").out)
    assert list(document["roles"]) == ["cpo", "vp-engineering"]
    assert list(document["executives"]) == ["ceo"]
    assert list(document["areas"]) == [
        "strategy",
        "department",
        "infrastructure",
        "product",
        "users",
        "finance",
        "research",
        "security",
    ]  # the areas their items use, in the knowledge base's order
    assert document["roles"]["cpo"]["reporting_lines"] == [{"to": "ceo", "typical": "usually", "sources": ["cpo-pm"]}]
