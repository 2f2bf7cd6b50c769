"""Those the roles report to (the CEO, the CFO, the COO) are named, never taken for a role."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Run
from ctocio.exitcodes import ExitCode

# A title, not the shared abbreviation, for each CDO.
CEO = (
    "is not a role in this knowledge base: it is the Chief Executive Officer (CEO), to whom the CTO, the CIO, the "
    "CISO, the CAIO, the Chief Data Officer, the Chief Digital Officer, the CPO and the VPE report"
)
CEO_HI = (
    "इस नॉलेज-बेस में कोई भूमिका नहीं है: यह मुख्य कार्यकारी अधिकारी (सीईओ) है, जिन्हें सीटीओ, सीआईओ, सीआईएसओ, "
    "सीएआईओ, मुख्य डेटा अधिकारी, मुख्य डिजिटल अधिकारी, सीपीओ और वीपीई रिपोर्ट करते हैं"
)


@pytest.mark.parametrize("name", ["ceo", "CEO", "C.E.O.", "chief executive officer", "Chief Executive", "सीईओ"])
def test_the_ceo_is_named_not_corrected_to_the_cio(run: Run, name: str) -> None:
    result = run("show", name)
    assert (result.code, result.out, result.err) == (ExitCode.NOT_FOUND, "", f"ctocio: error: '{name}' {CEO}\n")


def test_the_ceo_in_hindi(run: Run) -> None:
    result = run("show", "सीईओ", "-l", "hi")
    assert (result.code, result.out, result.err) == (ExitCode.NOT_FOUND, "", f"ctocio: त्रुटि: 'सीईओ' {CEO_HI}\n")


@pytest.mark.parametrize(
    ("name", "english", "hindi"),
    [
        (
            "cfo",
            "it is the Chief Financial Officer (CFO), to whom the CIO and the CAIO report",
            "यह मुख्य वित्तीय अधिकारी (सीएफ़ओ) है, जिन्हें सीआईओ और सीएआईओ रिपोर्ट करते हैं",
        ),
        (
            "सीओओ",
            "it is the Chief Operating Officer (COO), to whom the CIO, the CISO, the CAIO and the Chief Digital "
            "Officer report",
            "यह चीफ़ ऑपरेटिंग ऑफ़िसर (सीओओ) है, जिन्हें सीआईओ, सीआईएसओ, सीएआईओ और मुख्य डिजिटल अधिकारी रिपोर्ट करते हैं",
        ),
    ],
)
def test_each_executive_names_the_roles_that_report_to_it(run: Run, name: str, english: str, hindi: str) -> None:
    assert run("show", name).err == f"ctocio: error: '{name}' is not a role in this knowledge base: {english}\n"
    assert run("show", name, "-l", "hi").err == f"ctocio: त्रुटि: '{name}' इस नॉलेज-बेस में कोई भूमिका नहीं है: {hindi}\n"


@pytest.mark.parametrize(
    "args", [["compare", "cto", "ceo"], ["search", "budget", "--role", "ceo"], ["show", "cto", "ceo", "-f", "json"]]
)
def test_every_command_that_takes_a_role_says_so(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert (result.code, result.out, result.err) == (ExitCode.NOT_FOUND, "", f"ctocio: error: 'ceo' {CEO}\n")


def test_the_answer_is_the_same_from_the_cache(run: Run) -> None:
    first = run("show", "ceo")
    again = run("show", "ceo")
    assert first == again
    assert again.err == f"ctocio: error: 'ceo' {CEO}\n"


def test_a_near_miss_of_a_role_is_still_a_near_miss(run: Run) -> None:
    assert run("show", "cioo").err == "ctocio: error: unknown role 'cioo'; did you mean 'cio'?\n"


EXECUTIVE_OF_OUR_OWN = """version: 1
executives:
  council:
    abbr: {en: "Council"}
    title: {en: "Works council", hi: "कार्य परिषद"}
"""


def test_an_executive_no_role_reports_to_is_named_alone(run: Run, tmp_path: Path) -> None:
    (tmp_path / "council.yaml").write_text(EXECUTIVE_OF_OUR_OWN, encoding="utf-8")
    result = run("show", "कार्य परिषद", "--kb", str(tmp_path / "council.yaml"))
    assert (result.code, result.err) == (
        ExitCode.NOT_FOUND,
        "ctocio: error: 'कार्य परिषद' is not a role in this knowledge base: it is the Works council (Council)\n",
    )


def test_executives_are_checked_like_everything_else(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "version: 1\nexecutives:\n  Bad Id:\n    abbr: {en: X}\n    title: {en: X}\n    sources: [nowhere]\n",
        encoding="utf-8",
    )
    result = run("validate", str(path))
    assert result.code == ExitCode.INVALID_KB
    assert result.out.splitlines() == [
        f"{path}:3:3: error: executives.Bad Id: executive id 'Bad Id' must be a plain identifier: "
        "lowercase letters, digits, '-' and '_', starting with a letter",
        f"{path}:4:5: warning: executives.Bad Id.abbr: no Hindi text ('hi'); English will be shown instead",
        f"{path}:5:5: warning: executives.Bad Id.title: no Hindi text ('hi'); English will be shown instead",
        f"{path}:6:15: error: executives.Bad Id.sources[0]: unknown source 'nowhere' (known sources: "
        "ahima, article-hi, bfo, bhaskar, bwl-cdo, ceohangout, chatforest, cio-29, cio-cdigo, cio-expire, "
        "cio-uk-cdo, cio100, and 119 more)",
        "errors: 2, warnings: 2; files checked: 2",
    ]
