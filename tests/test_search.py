"""`ctocio search` / `ctocio who`: matching, ranking, filters, formats and errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import Run
from ctocio.exitcodes import ExitCode
from ctocio.kb import load_builtin
from ctocio.search import CLOSE_RATIO, Filters, build_index, search_roles
from ctocio.words import fold, words

INDEX = build_index(load_builtin())


def _texts(query: str, **filters: frozenset[str]) -> list[tuple[str, str, str]]:
    found = search_roles(INDEX, query, Filters(**filters)).results
    return [
        (result.role, match.text.field, match.text.en or match.text.hi) for result in found for match in result.matches
    ]


def _score_of(query: str, text: str) -> float:
    for result in search_roles(INDEX, query).results:
        for match in result.matches:
            if text in (match.text.en, match.text.hi):
                return match.score
    raise AssertionError(f"{text!r} not found for {query!r}")


@pytest.mark.parametrize(
    ("query", "expected_word"),
    [
        ("vendor", "vendors"),
        ("train", "training"),
        ("secure", "security"),
        ("products", "product"),
        ("विक्रेता", "विक्रेताओं"),
        ("उत्पादों", "उत्पाद"),
    ],
)
def test_word_forms_meet(query: str, expected_word: str) -> None:
    found = search_roles(INDEX, query).results
    texts = [f"{m.text.en} {m.text.hi}" for result in found for m in result.matches]
    assert any(expected_word in text.replace(",", " ").split() for text in texts), texts


def test_case_accents_punctuation_and_composition_do_not_matter() -> None:
    plain = _texts("vendor")
    for variant in ["VENDOR", "Vendor!!!", "vé\u0301ndor".replace("é\u0301", "e"), "v\u00e9ndor", "(vendor)"]:
        assert _texts(variant) == plain, variant
    assert fold("v\u00e9ndor") == fold("ve\u0301ndor") == "vendor"
    # Nukta and chandrabindu spellings are the same word to a Hindi reader.
    assert _texts("ज़रूरी पहुँच") == _texts("जरूरी पहुंच")


def test_a_one_letter_typo_still_matches_but_ranks_below_the_exact_word() -> None:
    assert _texts("vendros") == _texts("vendors")
    text = "Looks after relationships with vendors and partners."
    assert 0 < _score_of("vendros", text) < _score_of("vendors", text)
    # Short words are not guessed at: "cot" is not "cost".
    assert _texts("cot") == []


def test_every_word_counts_and_more_words_rank_higher() -> None:
    results = search_roles(INDEX, "latest technology vendors").results
    assert results[0].role == "cio"
    assert results[0].matches[0].text.en.startswith("Many technical solutions have to come from vendors of the latest")
    assert _texts("technology vendors latest") == _texts("latest technology vendors")


def test_stop_words_do_not_drive_the_ranking() -> None:
    assert _texts("who is the one that handles the vendors") == _texts("vendors")
    assert _texts("विक्रेताओं से संवाद कौन करता है") == _texts("विक्रेताओं संवाद")
    # An acronym is not a stop word: "IT" is information technology.
    assert [w.stop for w in words("IT it")] == [False, True]


def test_both_languages_are_searched_whatever_the_display_language(run: Run) -> None:
    english = json.loads(run("search", "विक्रेता", "-f", "json").out)
    shown = {(match["text"][:23], match["lang"]) for result in english["results"] for match in result["matches"]}
    assert ("Also deals with vendors", "en") in shown
    hindi = json.loads(run("search", "vendor", "-f", "json", "-l", "hi").out)
    shown = {(match["text"][:30], match["lang"]) for result in hindi["results"] for match in result["matches"]}
    assert ("सीटीओ भी विक्रेताओं (वेंडर) से", "hi") in shown


def test_keywords_catch_everyday_words() -> None:
    assert _texts("helpdesk") == [("cio", "keywords", "helpdesk")]
    assert _texts("हेल्पडेस्क") == [("cio", "keywords", "हेल्पडेस्क")]


def test_filters() -> None:
    assert {role for role, _, _ in _texts("vendors", roles=frozenset({"cio"}))} == {"cio"}
    assert {field for _, field, _ in _texts("vendors", fields=frozenset({"duties"}))} == {"duties"}
    assert _texts("vendors", areas=frozenset({"users"})) == [
        ("cio", "duties", "Consults users, management, vendors and technicians about the company's computing needs.")
    ]


SEARCHES = {
    "vendor": ["search", "vendor"],
    "train-hi": ["who", "कर्मचारियों", "को", "प्रशिक्षण", "-l", "hi"],
}


@pytest.mark.parametrize("fmt", ["table", "plain", "json", "yaml", "csv", "tsv", "markdown"])
@pytest.mark.parametrize("case", SEARCHES)
def test_search_output_matches_golden_file(run: Run, golden: Callable[[str, str], None], case: str, fmt: str) -> None:
    result = run(*SEARCHES[case], "-f", fmt)
    assert (result.code, result.err) == (0, "")
    golden(f"search-{case}.{fmt}", result.out)


def test_search_json_shape(run: Run) -> None:
    document = json.loads(run("search", "backups", "-f", "json").out)
    assert document == {
        "query": "backups",
        "words": ["backups"],
        "close_call": [],
        "results": [
            {
                "role": "cio",
                "abbr": "CIO",
                "title": "Chief Information Officer",
                "score": 5.46,
                "matches": [
                    {
                        "field": "duties",
                        "area": "infrastructure",
                        "text": "Oversees backups and disaster recovery for the company's systems.",
                        "lang": "en",
                        "score": 5.46,
                    }
                ],
            }
        ],
    }


def test_matched_words_are_highlighted_on_a_terminal(run: Run) -> None:
    out = run("search", "backups", "-f", "table", "--color", "always").out
    assert "\x1b[1;33mbackups\x1b[0m" in out
    assert "**backups**" in run("search", "backups", "-f", "markdown").out


def test_who_is_search(run: Run) -> None:
    assert run("who", "trains", "staff", "-f", "json").out == run("search", "trains staff", "-f", "json").out


def test_limit_shows_the_best_roles_only(run: Run) -> None:
    # "vendors" alone is a close call among nine roles, all of whom deal with vendors.
    document = json.loads(run("search", "IT vendors", "--limit", "1", "-f", "json").out)
    assert [result["role"] for result in document["results"]] == ["cio"]


def test_role_field_and_area_options(run: Run) -> None:
    out = run("search", "vendors", "--role", "सीआईओ", "--field", "duties", "--area", "users").out
    assert out == (
        "cio\tduties\tusers\t2.79\tConsults users, management, vendors and technicians "
        "about the company's computing needs.\ten\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["search", "qqq"], ExitCode.NOT_FOUND, "ctocio: error: nothing matches 'qqq'\n"),
        (
            ["search", "vendorship", "qqqq"],
            ExitCode.NOT_FOUND,
            "ctocio: error: nothing matches 'vendorship qqqq'; did you mean 'vendors'?\n",
        ),
        (
            ["search", "vendor", "--field", "goals"],
            ExitCode.NOT_FOUND,
            "ctocio: error: nothing matches 'vendor' in the roles, fields and areas asked for\n",
        ),
        (
            ["search", "vendor", "--area", "userz"],
            ExitCode.USAGE,
            "ctocio: error: unknown area 'userz'; did you mean 'users'?\n",
        ),
        (
            ["search", "vendor", "--role", "ctoo"],
            ExitCode.NOT_FOUND,
            "ctocio: error: unknown role 'ctoo'; did you mean 'cto'?\n",
        ),
        (
            ["search", "xyzzy", "-l", "hi"],
            ExitCode.NOT_FOUND,
            "ctocio: त्रुटि: 'xyzzy' से मेल खाता कुछ नहीं मिला\n",
        ),
    ],
)
def test_nothing_found_and_bad_filters(run: Run, args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert (result.code, result.out, result.err) == (code, "", message)


def test_the_index_is_built_once_per_run(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctocio.search

    calls = []
    real = ctocio.search.build_index

    def counting(kb: object) -> object:
        calls.append(kb)
        return real(kb)  # type: ignore[arg-type]

    monkeypatch.setattr(ctocio.search, "build_index", counting)
    monkeypatch.setenv("CTOCIO_NO_CACHE", "1")  # with a cache, the index is not even built once
    run("search", "vendors", "security", "budget", "-f", "json")
    assert len(calls) == 1


def test_the_private_stemmer_loader_gives_snowballs_stems() -> None:
    import snowballstemmer

    from ctocio.words import stem

    samples = ["vendors", "training", "security", "retiring", "विक्रेताओं", "उत्पादों", "प्रशिक्षण"]
    english, hindi = snowballstemmer.stemmer("english"), snowballstemmer.stemmer("hindi")
    expected = [(hindi if word[0] > "\u0900" else english).stemWord(word) for word in samples]
    assert [stem(word) for word in samples] == expected


def test_known_words_are_not_stemmed_again() -> None:
    assert [w.stem for w in words("vendors training", {"vendors": "VENDOR"})] == ["VENDOR", "train"]


def test_stop_words_are_written_folded() -> None:
    from ctocio.words import stop_words

    assert {word for word in stop_words() if fold(word) != word} == set()
    assert [w.stop for w in words("ज़िम्मेदारी कहाँ किसकी")] == [True, True, True]


@pytest.mark.parametrize(
    ("query", "phrase", "explanation"),
    [
        (
            "सूचना का अधिकार क्या है",
            "सूचना का अधिकार",
            "In Indian public-sector Hindi, 'सूचना अधिकारी' and 'सूचना आयुक्त' usually mean Right to "
            "Information (RTI) roles, not a company's CIO.",
        ),
        (
            "who is the information commissioner",
            "information commissioner",
            "In Indian public-sector Hindi, मुख्य सूचना आयुक्त is the Chief Information Commissioner, an "
            "office of the Right to Information (RTI) law, not a company's CIO.",
        ),
        (
            "सूचना अधिकारी",
            "सूचना अधिकारी",
            "In Indian public-sector Hindi, 'सूचना अधिकारी' and 'सूचना आयुक्त' usually mean Right to "
            "Information (RTI) roles, not a company's CIO.",
        ),
        (
            "सूचना अधिकारी कौन होता है",
            "सूचना अधिकारी",
            "In Indian public-sector Hindi, 'सूचना अधिकारी' and 'सूचना आयुक्त' usually mean Right to "
            "Information (RTI) roles, not a company's CIO.",
        ),
        (
            "लोक सूचना अधिकारी को आवेदन",
            "लोक सूचना अधिकारी",
            "लोक सूचना अधिकारी is a public information officer under the Right to Information (RTI) law, "
            "not a company's CIO.",
        ),
    ],
)
def test_rti_titles_are_not_answered_with_the_cio(run: Run, query: str, phrase: str, explanation: str) -> None:
    """Right to Information offices share the words सूचना and अधिकारी with the CIO's Hindi title."""
    result = run("search", query)
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err == f"ctocio: error: nothing matches '{query}'; '{phrase}' is not the CIO: {explanation}\n"


@pytest.mark.parametrize(
    ("query", "role"),
    [
        ("मुख्य सूचना अधिकारी", "cio"),
        ("मुख्य सूचना अधिकारी क्या करता है", "cio"),
        ("सूचना प्रौद्योगिकी", "cio"),
        # Keeping information secure is the CISO's work, and the CISO's title shares सूचना.
        ("सूचना की सुरक्षा कौन करता है", "ciso"),
        ("मुख्य सूचना सुरक्षा अधिकारी", "ciso"),
        ("who has the right to change information systems", "ciso"),
    ],
)
def test_the_cios_own_titles_still_find_it(query: str, role: str) -> None:
    """सूचना अधिकारी is an RTI office alone, but part of the CIO's title (and the CISO's); सूचना alone is information."""
    found = search_roles(INDEX, query)
    assert (found.results[0].role, found.confused) == (role, [])


def test_a_confused_role_is_left_out_but_others_stay() -> None:
    found = search_roles(INDEX, "RTI vendors")
    # The RTI titles share words with the CIO's and the CISO's titles: both are left out.
    assert [result.role for result in found.results] == ["caio", "chief-data-officer", "cto", "chief-digital-officer"]
    assert [(role, phrase) for role, _, phrase in found.confused] == [("cio", "RTI"), ("ciso", "RTI")]


def test_show_refuses_a_confused_title(run: Run) -> None:
    result = run("show", "मुख्य सूचना आयुक्त", "-l", "hi")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err == (
        "ctocio: त्रुटि: 'मुख्य सूचना आयुक्त' सीआईओ नहीं है: भारत के सरकारी संदर्भ में मुख्य सूचना आयुक्त "
        "सूचना का अधिकार (RTI) क़ानून से जुड़ा पद है; यह किसी कंपनी का सीआईओ नहीं है।\n"
    )
    assert run("show", "मुख्य सूचना अधिकारी", "-f", "json").code == 0


def test_show_refuses_information_officer_alone(run: Run) -> None:
    result = run("show", "सूचना अधिकारी", "-l", "hi")
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    assert result.err == (
        "ctocio: त्रुटि: 'सूचना अधिकारी' सीआईओ नहीं है: भारत के सरकारी संदर्भ में 'सूचना अधिकारी' और 'सूचना आयुक्त' "
        "प्रायः सूचना के अधिकार (RTI) से जुड़े पद होते हैं, किसी कंपनी के सीआईओ नहीं।\n"
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "ctocio: error: nothing to search for; say what the work is, for example: ctocio who trains staff\n"),
        (
            "what does it do",
            "ctocio: error: 'what does it do' has only common words (who, the, does, ...); "
            "add one that says what the work is\n",
        ),
    ],
)
def test_a_question_of_no_real_words_is_a_usage_error(run: Run, query: str, message: str) -> None:
    result = run("search", query)
    assert (result.code, result.out, result.err) == (ExitCode.USAGE, "", message)


def test_area_names_ignore_case(run: Run) -> None:
    assert run("search", "vendors", "--area", "USERS").out == run("search", "vendors", "--area", "users").out


def _question(length: int) -> str:
    text = ("vendor contracts " * (length // 17 + 1))[:length]
    return text if not text.endswith(" ") else text[:-1] + "s"


def test_issue_9_a_question_over_2000_characters_is_a_usage_error(run: Run) -> None:
    result = run("search", _question(2001))
    assert (result.code, result.out, result.err) == (
        ExitCode.USAGE,
        "",
        "ctocio: error: a question of 2,001 characters is too long; ask in at most 2,000\n",
    )
    # Words given separately count with the spaces that join them.
    split = run("who", *["vendor"] * 300)
    assert (split.code, split.err) == (
        ExitCode.USAGE,
        "ctocio: error: a question of 2,099 characters is too long; ask in at most 2,000\n",
    )
    hindi = run("search", _question(96_000), "--lang", "hi")
    assert (hindi.code, hindi.err) == (
        ExitCode.USAGE,
        "ctocio: त्रुटि: 96,000 अक्षरों का सवाल बहुत लंबा है; अधिकतम 2,000 अक्षरों में पूछिए\n",
    )


def test_issue_9_a_question_of_2000_characters_is_searched(run: Run) -> None:
    result = run("search", _question(2000), "-f", "json", "--limit", "1")
    assert (result.code, result.err) == (0, "")
    assert json.loads(result.out)["words"] == ["vendor", "contracts", "cont"]  # cut in a word


def test_issue_9_suggestions_look_up_a_few_unknown_words_only(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import difflib

    looked_up: list[str] = []
    real = difflib.get_close_matches

    def counted(word: str, *args: object, **kwargs: object) -> list[str]:
        looked_up.append(word)
        return real(word, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    unknown = [f"zq{chr(ord('a') + n // 26)}{chr(ord('a') + n % 26)}x" for n in range(60)]
    result = run("search", *unknown)
    assert (result.code, result.out) == (ExitCode.NOT_FOUND, "")
    # The whole question against the area names, then the first ten unknown words.
    assert looked_up == [" ".join(unknown), *unknown[:10]]


def test_issue_9_a_search_without_filters_runs_once(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctocio.search

    calls: list[str] = []
    real = ctocio.search.search_roles

    def counted(index: object, query: str, *args: object) -> object:
        calls.append(query)
        return real(index, query, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ctocio.search, "search_roles", counted)
    assert run("search", "zzqqx").code == ExitCode.NOT_FOUND
    assert calls == ["zzqqx"]  # no second search to tell whether filters hid the answer
    calls.clear()
    assert run("search", "vendor", "--area", "security").code == ExitCode.NOT_FOUND
    assert calls == ["vendor", "vendor"]


LONG = "x" * 100_000


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["show", LONG], "ctocio: error: unknown role '"),
        (["search", "vendor", "--role", LONG], "ctocio: error: unknown role '"),
        (["search", "vendor", "--area", LONG], "ctocio: error: unknown area '"),
    ],
)
def test_issue_9_names_of_100000_characters_are_answered(run: Run, args: list[str], start: str) -> None:
    result = run(*args)
    assert result.code == (ExitCode.USAGE if "--area" in args else ExitCode.NOT_FOUND)
    # One line of 1,000 characters, cut where the name runs past it.
    assert result.err == start + "x" * (999 - len(start)) + "…\n"


def test_devanagari_digits_are_digits(run: Run) -> None:
    from ctocio.words import fold

    assert fold("२००६") == "2006"
    latin = run("search", "2006")
    assert latin.out.startswith("cio\treports_to\t\t")
    assert run("search", "२००६") == latin


@pytest.mark.parametrize(
    ("typed", "indexed", "allowed"),
    [
        ("सर्वर", "सर्वे", False),  # a server is not a survey: a consonant became a vowel sign
        ("सुरक्षा", "सुरक्षि", False),  # one vowel sign for another
        ("विकास", "विकस", False),  # a vowel sign dropped
        ("प्रशीक्षण", "प्रशिक्षण", True),  # a short vowel typed long
        ("पूरा", "पुरा", True),
        ("बजट", "बजत", True),  # a consonant: a typo like any other
    ],
)
def test_devanagari_typos_never_change_a_vowel(typed: str, indexed: str, allowed: bool) -> None:
    from ctocio.search import _keeps_vowels

    assert _keeps_vowels(typed, indexed) is allowed


def test_a_server_is_not_a_survey(run: Run) -> None:
    result = run("search", "सर्वर")
    assert (result.code, result.out, result.err) == (ExitCode.NOT_FOUND, "", "ctocio: error: nothing matches 'सर्वर'\n")
    long_vowel = run("search", "प्रशीक्षण")
    assert long_vowel.out.splitlines()[0] == "cio\tkeywords\t\t4.30\tकर्मचारियों का प्रशिक्षण\thi"


@pytest.mark.parametrize("verb", ["देता", "देखता", "बनाता", "लगाता", "जाए", "आता", "रहता"])
def test_everyday_hindi_verbs_are_not_evidence(verb: str) -> None:
    from ctocio.words import words

    assert [word.stop for word in words(f"कौन {verb} है")] == [True, True, True]


def test_a_question_of_verbs_alone_asks_for_the_work(run: Run) -> None:
    result = run("who", "कौन", "देखता", "है")
    assert (result.code, result.out) == (ExitCode.USAGE, "")
    assert result.err == (
        "ctocio: error: 'कौन देखता है' has only common words (who, the, does, ...); add one that says what the work is\n"
    )


def test_romanised_hindi_function_words_are_not_evidence() -> None:
    from ctocio.words import words

    assert [(word.folded, word.stop) for word in words("IT ka budget kaun dekhta hai")] == [
        ("it", False),  # IT in capitals is information technology
        ("ka", True),
        ("budget", False),
        ("kaun", True),
        ("dekhta", True),
        ("hai", True),
    ]


CLOSE_VENDOR = [
    {
        "role": "cio",
        "abbr": "CIO",
        "title": "Chief Information Officer",
        "score": 7.34,
        "match": {
            "field": "vendor_relations",
            "area": "vendors",
            "text": "Meets and consults vendors to solve problems.",
            "lang": "en",
            "score": 3.16,
        },
    },
    {
        "role": "cto",
        "abbr": "CTO",
        "title": "Chief Technology Officer",
        "score": 6.83,
        "match": {
            "field": "vendor_relations",
            "area": "vendors",
            "text": "Looks after relationships with vendors and partners.",
            "lang": "en",
            "score": 3.39,
        },
    },
]
"""Between the CTO and the CIO, "vendor" is a close call."""
CTO_CIO = ("-r", "cio", "-r", "cto")


def test_a_close_call_is_said_with_each_roles_best_statement(run: Run) -> None:
    document = json.loads(run("search", "vendor", *CTO_CIO, "-f", "json").out)
    assert document["close_call"] == CLOSE_VENDOR
    assert [result["role"] for result in document["results"]] == ["cio", "cto"]


def test_a_close_call_names_the_runner_up_that_limit_leaves_out(run: Run) -> None:
    document = json.loads(run("search", "vendor", *CTO_CIO, "--limit", "1", "-f", "json").out)
    assert [result["role"] for result in document["results"]] == ["cio"]
    assert document["close_call"] == CLOSE_VENDOR
    table = run("search", "vendor", *CTO_CIO, "--limit", "1", "-f", "table").out
    assert (
        table.splitlines()[0].strip() == "Close call: CIO and CTO score nearly the same; each does this in its own way"
    )
    hindi = run("search", "vendor", *CTO_CIO, "--limit", "1", "-f", "table", "-l", "hi").out
    assert hindi.splitlines()[0].strip() == (
        "कड़ी टक्कर: सीआईओ और सीटीओ के अंक लगभग बराबर हैं; हर भूमिका यह काम अपने ढंग से करती है"
    )


def test_a_close_call_of_several_roles_names_a_shared_abbreviation_by_title(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nine roles, most deal with vendors; the CDO is the Chief Data Officer, not the Chief Digital Officer."""
    document = json.loads(run("search", "vendor", "-f", "json").out)
    assert [(entry["role"], entry["score"]) for entry in document["close_call"]] == [
        ("caio", 7.62),
        ("cio", 7.34),
        ("chief-data-officer", 6.95),
    ]
    monkeypatch.setenv("COLUMNS", "160")
    table = run("search", "vendor", "--limit", "1", "-f", "table").out
    assert table.splitlines()[0].strip() == (
        "Close call: CAIO, CIO and Chief Data Officer score nearly the same; each does this in its own way"
    )


def test_a_clear_answer_is_no_close_call() -> None:
    found = search_roles(INDEX, "backups")
    assert (len(found.results), found.close) == (1, [])
    # The CIO, runner-up for "technology strategy", scores well under 0.9 of the CTO's.
    found = search_roles(INDEX, "technology strategy")
    assert [(result.role, result.score) for result in found.results] == [
        ("cto", 11.92),
        ("cio", 3.19),
        ("cpo", 3.12),
        ("caio", 3.03),
        ("chief-architect", 2.96),
        ("chief-digital-officer", 2.91),
        ("chief-data-officer", 2.88),
        ("ciso", 1.31),
        ("vp-engineering", 1.21),
    ]
    assert found.results[1].score < found.results[0].score * CLOSE_RATIO
    assert found.close == []


def test_the_line_formats_keep_one_record_a_match(run: Run) -> None:
    lines = run("search", "vendor", "--limit", "1").out.splitlines()
    assert {line.split("\t")[0] for line in lines} == {"caio"}


def test_a_question_naming_several_roles_is_answered_from_among_them() -> None:
    """CIO vs CISO: only those two, and neither name counts for the other's texts."""
    found = search_roles(INDEX, "CIO vs CISO, IT strategy kaun banata hai")
    assert [(result.role, result.score) for result in found.results] == [("cio", 4.57), ("ciso", 1.93)]


def test_a_shared_name_in_a_question_asks_about_both_roles() -> None:
    """The CDO is two roles: both are a close call, and no other role answers."""
    found = search_roles(INDEX, "what does the CDO do")
    assert [(result.role, result.score) for result in found.results] == [
        ("chief-data-officer", 12.26),
        ("chief-digital-officer", 11.54),
    ]
    assert [entry.role for entry in found.close] == ["chief-data-officer", "chief-digital-officer"]


def test_a_keyword_says_the_language_it_is_written_in(run: Run) -> None:
    assert run("search", "आईटी वेंडर", "--limit", "1").out.splitlines()[0] == "cio\tkeywords\t\t10.73\tआईटी वेंडर\thi"
    document = json.loads(run("search", "आईटी वेंडर", "--limit", "1", "-f", "json", "--lang", "both").out)
    assert document["results"][0]["matches"][0] == {
        "field": "keywords",
        "area": None,
        "text": {"en": None, "hi": "आईटी वेंडर"},
        "lang": None,
        "score": 10.73,
    }


@pytest.mark.parametrize(
    ("typed", "singular"),
    [("मैनेजर्स", "मैनेजर"), ("डेवलपर्स", "डेवलपर"), ("प्रोडक्ट्स", "प्रोडक्ट"), ("कार्ड्स", "कार्ड"), ("कॉमर्स", "कॉमर्स")],
)
def test_english_plurals_typed_in_hindi_are_their_singular(typed: str, singular: str) -> None:
    from ctocio.words import words

    assert [word.stem for word in words(typed)] == [word.stem for word in words(singular)]
    assert words("कॉमर्स")[0].stem != words("कॉमर")[0].stem
