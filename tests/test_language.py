"""Choosing the language: flag, then CTOCIO_LANG, then the locale, then English."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, Run
from ctocio.errors import UsageError
from ctocio.exitcodes import ExitCode
from ctocio.language import Lang, choose


@pytest.mark.parametrize(
    ("flag", "environ", "expected"),
    [
        (None, {}, Lang.EN),
        (None, {"LANG": "hi_IN.UTF-8"}, Lang.HI),
        (None, {"LANG": "en_IN.UTF-8"}, Lang.EN),
        (None, {"LANGUAGE": "hi"}, Lang.HI),
        (None, {"LC_MESSAGES": "hi_IN", "LANG": "en_US.UTF-8"}, Lang.HI),
        (None, {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "hi_IN"}, Lang.EN),
        (None, {"LC_ALL": "", "LANG": "hi_IN"}, Lang.HI),
        (None, {"CTOCIO_LANG": "hi", "LANG": "en_US.UTF-8"}, Lang.HI),
        (None, {"CTOCIO_LANG": "EN", "LC_ALL": "hi_IN"}, Lang.EN),
        (Lang.EN, {"CTOCIO_LANG": "hi", "LC_ALL": "hi_IN"}, Lang.EN),
        (Lang.HI, {}, Lang.HI),
    ],
)
def test_precedence(flag: Lang | None, environ: dict[str, str], expected: Lang) -> None:
    assert choose(flag, environ) is expected


def test_unknown_ctocio_lang_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="CTOCIO_LANG is 'fr'; use 'en' or 'hi'"):
        choose(None, {"CTOCIO_LANG": "fr"})


@pytest.mark.parametrize("command", [["list"], ["show", "cto"], ["compare"]])
def test_every_command_takes_the_language_from_flag_and_environment(
    run: Run, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    hindi = run(*command, "-f", "json", "--lang", "hi").out
    english = run(*command, "-f", "json").out
    assert hindi != english
    monkeypatch.setenv("LANG", "hi_IN.UTF-8")
    assert run(*command, "-f", "json").out == hindi
    monkeypatch.setenv("CTOCIO_LANG", "en")
    assert run(*command, "-f", "json").out == english
    assert run(*command, "-f", "json", "-l", "hi").out == hindi


def test_hindi_list(run: Run) -> None:
    assert json.loads(run("list", "-l", "hi", "-f", "json").out) == [
        {"id": "cto", "abbr": "सीटीओ", "title": "मुख्य प्रौद्योगिकी अधिकारी", "focus": "customer-facing", "lang": "hi"},
        {"id": "cio", "abbr": "सीआईओ", "title": "मुख्य सूचना अधिकारी", "focus": "internal", "lang": "hi"},
        {"id": "ciso", "abbr": "सीआईएसओ", "title": "मुख्य सूचना सुरक्षा अधिकारी", "focus": "internal", "lang": "hi"},
        {"id": "caio", "abbr": "सीएआईओ", "title": "मुख्य एआई अधिकारी", "focus": "internal", "lang": "hi"},
        {"id": "chief-data-officer", "abbr": "सीडीओ", "title": "मुख्य डेटा अधिकारी", "focus": "internal", "lang": "hi"},
        {"id": "chief-digital-officer", "abbr": "सीडीओ", "title": "मुख्य डिजिटल अधिकारी", "focus": "both", "lang": "hi"},
        {"id": "cpo", "abbr": "सीपीओ", "title": "मुख्य उत्पाद अधिकारी", "focus": "customer-facing", "lang": "hi"},
        {"id": "vp-engineering", "abbr": "वीपीई", "title": "इंजीनियरिंग उपाध्यक्ष", "focus": "internal", "lang": "hi"},
        {"id": "chief-architect", "abbr": "चीफ़ आर्किटेक्ट", "title": "मुख्य आर्किटेक्ट", "focus": "internal", "lang": "hi"},
    ]


def test_bad_ctocio_lang_from_the_command_line(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTOCIO_LANG", "fr")
    result = run("list")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == "ctocio: error: CTOCIO_LANG is 'fr'; use 'en' or 'hi'\n"


def test_unknown_role_in_hindi(run: Run) -> None:
    result = run("show", "सीटीऒ", "-l", "hi")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err == "ctocio: त्रुटि: 'सीटीऒ' नाम की कोई भूमिका नहीं मिली; क्या आपका मतलब 'सीटीओ' था?\n"


def test_too_few_roles_in_hindi(run: Run) -> None:
    result = run("compare", "cto", "सीटीओ", "-l", "hi")
    assert (result.code, result.err) == (
        ExitCode.USAGE,
        "ctocio: त्रुटि: तुलना के लिए कम से कम 2 अलग-अलग भूमिकाएँ चाहिए; दी गई भूमिकाएँ: 1\n",
    )


@pytest.mark.parametrize("args", [["--help"], ["show", "--help"], ["compare", "-h"], ["list", "--help"]])
def test_help_in_hindi_lines_up(run: Run, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    from test_cellwidth import codepoint_width

    english = run(*args).out
    monkeypatch.setenv("LANG", "hi_IN.UTF-8")
    hindi = run(*args).out
    assert hindi != english
    if args[0] != "--help":  # the top level has no --lang; CTOCIO_LANG does the same
        assert run(*args, "--lang", "en").out == english
    summaries = {
        "--help": "सीटीओ क्या करता है जो सीआईओ नहीं करता",
        "show": "एक या अधिक भूमिकाओं का पूरा विवरण दिखाएँ।",
        "compare": "भूमिकाओं की क्षेत्रवार, आमने-सामने तुलना करें।",
        "list": "सभी भूमिकाएँ दिखाएँ",
    }
    assert summaries[args[0]] in hindi
    boxed = [line for line in hindi.splitlines() if line.startswith(("│", "╭", "╰"))]
    assert boxed
    assert {codepoint_width(line) for line in boxed} == {100}


def test_both_languages_is_a_flag_not_a_setting(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTOCIO_LANG", "both")
    assert run("list").err == "ctocio: error: CTOCIO_LANG is 'both'; use 'en' or 'hi'\n"


@pytest.mark.parametrize("args", [["list"], ["show", "cto", "-f", "json"], ["compare"], ["search", "vendor"]])
def test_issue_9_ctocio_lang_both_is_one_line_and_exit_2(
    run: Run, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.setenv("CTOCIO_LANG", "both")
    result = run(*args)
    assert (result.code, result.out, result.err) == (
        ExitCode.USAGE,
        "",
        "ctocio: error: CTOCIO_LANG is 'both'; use 'en' or 'hi'\n",
    )
    # --lang both is a flag of one run, and beats the setting.
    assert run(*args, "--lang", "both", "-f", "json").code == ExitCode.OK


def test_issue_9_the_reference_offers_ctocio_lang_only_what_it_accepts() -> None:
    reference = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    languages = reference.split("\n## Languages\n", 1)[1].split("\n#", 1)[0]
    offered = re.search(r"`CTOCIO_LANG`\s+\(([^;]*);", languages)
    assert offered is not None
    assert offered.group(1) == "`en` or `hi`"


def test_help_survives_a_bad_environment(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTOCIO_LANG", "fr")
    result = run("--help")
    assert (result.code, result.err) == (0, "")
    assert "What a CTO does that a CIO does not" in result.out
