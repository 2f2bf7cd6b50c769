"""Every screen in Hindi: help, the argument parser's errors, --lang wherever it stands."""

from __future__ import annotations

import re
import string
from collections.abc import Callable

import pytest

from conftest import Run
from ctocio.catalogue import EN, HI, text
from ctocio.cli.usage import PATTERNS, recognise
from ctocio.exitcodes import ExitCode

COMMANDS = ["list", "show", "compare", "search", "who", "validate", "schema"]


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("command", ["app", *COMMANDS])
def test_help_matches_its_golden_file(
    run: Run, golden: Callable[[str, str], None], monkeypatch: pytest.MonkeyPatch, command: str, lang: str
) -> None:
    monkeypatch.setenv("CTOCIO_LANG", lang)
    result = run("--help") if command == "app" else run(command, "--help")
    assert (result.code, result.err) == (ExitCode.OK, "")
    golden(f"help-{lang}-{command}.txt", result.out)


@pytest.mark.parametrize(
    "args",
    [
        ["--lang", "hi", "--help"],
        ["-l", "hi", "--help"],
        ["--lang=hi", "--help"],
        ["--help", "--lang", "hi"],
        ["--lang", "hi"],  # no command: the help, as `ctocio` alone
        ["-lhi"],
    ],
)
def test_lang_before_the_command_gives_hindi_help(
    run: Run, golden: Callable[[str, str], None], args: list[str]
) -> None:
    result = run(*args)
    assert (result.code, result.err) == (ExitCode.OK, "")
    golden("help-hi-app.txt", result.out)


def test_lang_before_the_command_is_the_language_of_the_command(run: Run) -> None:
    assert run("--lang", "hi", "list").out == run("list", "--lang", "hi").out
    assert run("-l", "hi", "list").out.splitlines()[:2] == [
        "cto\tसीटीओ\tमुख्य प्रौद्योगिकी अधिकारी\tcustomer-facing\thi",
        "cio\tसीआईओ\tमुख्य सूचना अधिकारी\tinternal\thi",
    ]
    # The command's own --lang is nearer, so it wins.
    assert run("-l", "hi", "list", "-l", "en").out == run("list").out


def test_a_command_help_in_hindi_after_the_language_flag(run: Run, golden: Callable[[str, str], None]) -> None:
    result = run("-l", "hi", "show", "--help")
    assert (result.code, result.err) == (ExitCode.OK, "")
    golden("help-hi-show.txt", result.out)


# (arguments, the line in English, the line in Hindi): each of the parser's errors ctocio meets.
PARSER_ERRORS = [
    (
        ["show"],
        "Missing argument 'ROLE...'. (see 'ctocio show --help')",
        "तर्क 'भूमिका...' नहीं दिया गया। (देखें 'ctocio show --help')",
    ),
    (
        ["list", "--bogus"],
        "No such option: --bogus (see 'ctocio list --help')",
        "ऐसा कोई विकल्प नहीं है: --bogus (देखें 'ctocio list --help')",
    ),
    (
        ["list", "--formt", "json"],
        "No such option: --formt (Possible options: --format) (see 'ctocio list --help')",
        "ऐसा कोई विकल्प नहीं है: --formt (शायद आपका मतलब: --format) (देखें 'ctocio list --help')",
    ),
    (
        ["list", "-f", "xml"],
        "Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'plain', 'json', 'yaml', 'csv', "
        "'tsv', 'markdown', 'svg', 'html'. (see 'ctocio list --help')",
        "'--format' / '-f' का मान 'xml' नहीं हो सकता; इनमें से एक दीजिए: 'table', 'plain', 'json', 'yaml', "
        "'csv', 'tsv', 'markdown', 'svg', 'html'। (देखें 'ctocio list --help')",
    ),
    (
        ["bogus"],
        "No such command 'bogus'. (see 'ctocio --help')",
        "'bogus' नाम की कोई कमांड नहीं है। (देखें 'ctocio --help')",
    ),
    (
        ["lsit"],
        "No such command 'lsit'. Did you mean 'list'? (see 'ctocio --help')",
        "'lsit' नाम की कोई कमांड नहीं है। क्या आपका मतलब 'list' था? (देखें 'ctocio --help')",
    ),
    (
        ["list", "extra", "words"],
        "Got unexpected extra argument(s) (extra words) (see 'ctocio list --help')",
        "ये अतिरिक्त तर्क समझ में नहीं आए: extra words (देखें 'ctocio list --help')",
    ),
    (["list", "--kb"], "Option '--kb' requires an argument.", "विकल्प '--kb' के बाद उसका मान दीजिए।"),
    (
        ["compare", "--only-diff=yes"],
        "Option '--only-diff' does not take a value.",
        "विकल्प '--only-diff' कोई मान नहीं लेता।",
    ),
    (
        ["search", "vendor", "--limit", "0"],
        "Invalid value for '--limit' / '-n': 0 is not in the range x>=1. (see 'ctocio search --help')",
        "'--limit' / '-n' का मान 0 सीमा x>=1 से बाहर है। (देखें 'ctocio search --help')",
    ),
    (
        ["search", "vendor", "-n", "many"],
        "Invalid value for '--limit' / '-n': 'many' is not a valid int range. (see 'ctocio search --help')",
        "'--limit' / '-n' का मान 'many' कोई पूर्ण संख्या नहीं है। (देखें 'ctocio search --help')",
    ),
    (
        ["-l", "hi", "-x"],
        "No such option: -x (see 'ctocio --help')",
        "ऐसा कोई विकल्प नहीं है: -x (देखें 'ctocio --help')",
    ),
]


@pytest.mark.parametrize(("args", "english", "hindi"), PARSER_ERRORS)
def test_parser_errors_in_both_languages(
    run: Run, monkeypatch: pytest.MonkeyPatch, args: list[str], english: str, hindi: str
) -> None:
    in_hindi = run(*([] if "-l" in args else ["--lang", "hi"]), *args)
    assert (in_hindi.code, in_hindi.out, in_hindi.err) == (ExitCode.USAGE, "", f"ctocio: त्रुटि: {hindi}\n")
    monkeypatch.setenv("CTOCIO_LANG", "hi")
    assert run(*args).err == f"ctocio: त्रुटि: {hindi}\n"
    monkeypatch.setenv("CTOCIO_LANG", "en")
    plain = [arg for arg in args if arg not in ("-l", "hi")]
    in_english = run(*plain)
    assert (in_english.code, in_english.out, in_english.err) == (ExitCode.USAGE, "", f"ctocio: error: {english}\n")


@pytest.mark.parametrize("english", [english for _, english, _ in PARSER_ERRORS])
def test_each_pattern_gives_back_typers_own_words(english: str) -> None:
    message = re.sub(r" \(see '[^']*'\)$", "", english)
    key, parts = recognise(message)
    assert key
    assert text(key, "en", **parts) == message


def test_every_pattern_is_met_by_an_error_above_or_here() -> None:
    met = {recognise(re.sub(r" \(see '[^']*'\)$", "", english))[0] for _, english, _ in PARSER_ERRORS}
    # Two that ctocio's own command line cannot produce, checked on Typer's words directly.
    assert recognise("Missing command.") == ("parser.missing_command", {})
    assert recognise("Invalid value for '--x': it is wrong") == (
        "parser.invalid_value",
        {"param": "'--x'", "message": "it is wrong"},
    )
    met |= {"parser.missing_command", "parser.invalid_value"}
    assert met == {key for key, _ in PATTERNS}


def test_a_message_no_pattern_knows_keeps_its_english_words_in_the_hindi_frame() -> None:
    from ctocio.cli.usage import ParserError

    error = ParserError("Something new from Typer.", "ctocio show")
    assert error.lines("hi") == ["ctocio: त्रुटि: Something new from Typer. (देखें 'ctocio show --help')"]
    assert error.lines("en") == ["ctocio: error: Something new from Typer. (see 'ctocio show --help')"]


def test_an_ascii_terminal_gets_parser_errors_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from ctocio.cli import main

    stderr = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setenv("CTOCIO_LANG", "hi")
    assert main(["show"]) == ExitCode.USAGE
    stderr.flush()
    written = stderr.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]
    assert written == "ctocio: error: Missing argument 'ROLE...'. (see 'ctocio show --help')\n"


# Keys whose English text is all a Hindi reader needs, or that are Typer's own English words.
SAME_IN_BOTH = {
    "marker.shared",  # "= ", a symbol
    "marker.own",  # "• ", a symbol
    "error.encoding",  # said to a terminal that cannot show Hindi
}
# Where English grammar needs a value that Hindi does not: which kind of number Typer expected.
HINDI_DROPS = {"parser.not_a_number": {"kind"}}


def _placeholders(template: str) -> set[str]:
    """The names a template takes; ``text_en`` and ``text_hi`` are one value, in each language."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    return {re.sub(r"_(en|hi)$", "", name) for name in names}


def test_every_english_text_has_a_hindi_one() -> None:
    missing = sorted(key for key in EN if key not in HI and key not in SAME_IN_BOTH)
    assert missing == []
    assert sorted(key for key in HI if key not in EN) == []


def test_both_catalogues_take_the_same_placeholders() -> None:
    differ = {
        key: (_placeholders(EN[key]), _placeholders(HI[key]))
        for key in EN
        if key in HI and _placeholders(EN[key]) - HINDI_DROPS.get(key, set()) != _placeholders(HI[key])
    }
    assert differ == {}


@pytest.mark.parametrize(
    "area",
    ["finance", "FINANCE", "budget", "Cost, budget and profit", "बजट", "लागत", "मुनाफ़ा", "लागत, बजट और मुनाफ़ा"],
)
def test_area_by_id_or_by_name_in_either_language(run: Run, area: str) -> None:
    by_id = run("search", "IT budget", "--area", "finance")
    assert by_id.out.splitlines()[0].split("\t")[:3] == ["cio", "duties", "finance"]
    result = run("search", "IT budget", "--area", area)
    assert (result.code, result.out, result.err) == (ExitCode.OK, by_id.out, "")


def test_area_names_index_whole_names_and_unshared_parts() -> None:
    from ctocio.kb import load_builtin

    names = load_builtin().area_names()
    assert names["बजट"] == ("finance", "बजट")
    assert names["सुरक्षाऔरअनुपालन"] == ("security", "सुरक्षा और अनुपालन")
    assert names["vision"] == ("strategy", "vision")
    assert "और" not in names
    assert "and" not in names


def test_a_part_two_areas_share_names_neither() -> None:
    from ctocio.kb import KnowledgeBase
    from ctocio.model import Text

    base = KnowledgeBase.from_parts({"a": Text(en="Cost and people"), "b": Text(en="Cost and tools")}, {}, {})
    assert base.area_names() == {
        "people": ("a", "people"),
        "tools": ("b", "tools"),
        "a": ("a", "a"),
        "costandpeople": ("a", "Cost and people"),
        "b": ("b", "b"),
        "costandtools": ("b", "Cost and tools"),
    }


def test_unknown_names_list_ids_with_hindi_names_in_hindi(run: Run) -> None:
    assert run("show", "xyzzy", "-l", "hi").err == (
        "ctocio: त्रुटि: 'xyzzy' नाम की कोई भूमिका नहीं मिली; उपलब्ध भूमिकाएँ: cto (सीटीओ), cio (सीआईओ), "
        "ciso (सीआईएसओ), caio (सीएआईओ), chief-data-officer (सीडीओ), chief-digital-officer (सीडीओ), cpo (सीपीओ), "
        "vp-engineering (वीपीई), chief-architect (चीफ़ आर्किटेक्ट)\n"
    )
    assert run("show", "xyzzy").err == (
        "ctocio: error: unknown role 'xyzzy'; known roles: "
        "cto, cio, ciso, caio, chief-data-officer, chief-digital-officer, cpo, vp-engineering, chief-architect\n"
    )
    from ctocio.kb import load_builtin

    areas = load_builtin().areas
    listed = ", ".join(f"{area_id} ({name.hi})" for area_id, name in areas.items())
    result = run("search", "budget", "--area", "xyz", "-l", "hi")
    assert (result.code, result.err) == (
        ExitCode.USAGE,
        f"ctocio: त्रुटि: 'xyz' नाम का कोई क्षेत्र नहीं है; उपलब्ध क्षेत्र: {listed}\n",
    )
    assert "finance (लागत, बजट और मुनाफ़ा)" in listed


def test_a_hindi_area_name_typed_wrong_gets_the_hindi_name_back(run: Run) -> None:
    result = run("search", "budget", "--area", "सुरक्षाा", "-l", "hi")
    assert (result.code, result.err) == (
        ExitCode.USAGE,
        "ctocio: त्रुटि: 'सुरक्षाा' नाम का कोई क्षेत्र नहीं है; क्या आपका मतलब 'सुरक्षा' था?\n",
    )
