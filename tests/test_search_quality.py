"""Search answers the questions people ask: the right role first for at least nine in ten of them,
and exactly these questions answered otherwise."""

from __future__ import annotations

from ctocio.kb import load_builtin
from ctocio.search import build_index, search_roles
from questions import QUESTIONS

CLAIM_IDS = {"G1", *(f"I{n}" for n in range(1, 10)), *(f"T{n}" for n in range(1, 8))}


def test_the_question_table_covers_the_article_in_both_languages() -> None:
    assert len(QUESTIONS) >= 40
    covered = {claim for _, _, claims in QUESTIONS for claim in claims.split(",")} - {"-"}
    assert covered == CLAIM_IDS
    hindi = [q for q, _, _ in QUESTIONS if any("\u0900" <= ch <= "\u097f" for ch in q)]
    assert len(hindi) >= 20
    for claim in CLAIM_IDS:
        in_hindi = [q for q, _, c in QUESTIONS if claim in c.split(",") and q in hindi]
        assert in_hindi, f"{claim} has no Hindi question"


# With nine roles, a few of the article's questions have more than one fair answer among the new
# roles, which the reviewer of tests/questions.py left as close calls rather than pick one: five
# roles look inward and the CPO and the Chief Digital Officer face customers too; the Chief Data
# Officer's sources give it data protection; "chief engineer" is the VP of Engineering's word.
QUESTIONS_MISSED = [
    "which role looks inward at the organisation",
    "which executive focuses on customers outside the company",
    "बाहरी ग्राहकों पर किसका ध्यान रहता है",
    "who protects the company's data",
    "कंपनी के डेटा की सुरक्षा कौन करता है",
    "who is the chief engineer",
    "which executive cares about customers",
]


def test_the_right_role_comes_first() -> None:
    index = build_index(load_builtin())
    wrong = []
    for question, expected, _ in QUESTIONS:
        results = search_roles(index, question).results
        if not results or results[0].role not in expected.split("|"):
            wrong.append(question)
    assert wrong == QUESTIONS_MISSED
    assert len(wrong) <= len(QUESTIONS) * 0.1


# The tuning questions search still answers wrongly, by style. Three ask whom the CTO reports to
# where the answer is the CIO (a question about a role, answered by another role's text); one
# turns on "rather than"; two on backups, where the Chief Data Officer's many texts about data
# outweigh the CIO's one about backups; the rest are near ties. The held-out questions are not
# scored here: they are scored once, at the end of the work they measure (see the issue notes).
TUNING_MISSES = {
    "en": [
        "who arranges training for employees when we roll out new software internally",
        "at a bank or retailer, who does the CTO often report to",
        "which exec is focused on our customers out there rather than internal staff",
    ],
    "hi": [
        "अंदर के सिस्टम के लिए नया सॉफ्टवेयर सप्लायर फाइनल करना है, किससे बात करें",
        "डेटा का बैकअप कौन देखता है",
        "नॉन-टेक कंपनी में सीटीओ किसको रिपोर्ट करता है",
    ],
    "roman": [
        "naye bande ko software ka access kaun deta hai",
        "data backup kiski zimmedari hai",
        "non tech company me CTO kisko report karta hai",
    ],
}

# The questions about the seven roles beyond the article that search answers wrongly: three ask
# whom the CISO reports to (its own reporting lines answer, and come first); two weigh the CTO
# against another role in words the knowledge base does not use.
OTHER_ROLES_MISSES = {
    "en": ["who does the CISO usually report to"],
    "hi": [
        "सीआईएसओ आमतौर पर किसको रिपोर्ट करता है",
        "अगले 3-5 साल की टेक स्ट्रेटेजी कौन देखता है, वीपी इंजीनियरिंग या सीटीओ",
    ],
    "roman": ["CISO ka boss usually kaun hota hai", "CTO aur CPO me 'kaise banana hai' kaun decide karta hai"],
}


def _misses(questions: list[tuple[str, str, str, str]]) -> dict[str, list[str]]:
    index = build_index(load_builtin())
    misses: dict[str, list[str]] = {"en": [], "hi": [], "roman": []}
    for question, expected, style, _ in questions:
        results = search_roles(index, question, None, 1).results
        if not results or results[0].role not in expected.split("|"):
            misses[style].append(question)
    return misses


def _nine_in_ten(questions: list[tuple[str, str, str, str]], misses: dict[str, list[str]]) -> dict[str, bool]:
    asked = {style: sum(1 for _, _, s, _ in questions if s == style) for style in misses}
    return {style: 1 - len(missed) / asked[style] >= 0.9 for style, missed in misses.items()}


def test_everyday_questions_right_first_at_least_nine_in_ten_in_each_style() -> None:
    """Questions written by someone who had not read the knowledge base: plain English, colloquial
    Hindi, and Hindi in Latin letters."""
    from questions_everyday import TUNING

    misses = _misses(TUNING)
    assert misses == TUNING_MISSES
    assert _nine_in_ten(TUNING, misses) == {"en": True, "hi": True, "roman": True}


def test_questions_about_the_seven_other_roles_right_first_at_least_nine_in_ten() -> None:
    """The same, about the CISO, CAIO, both CDOs, CPO, VP of Engineering and Chief Architect, in
    both languages and in Latin letters; each role is asked about in each style."""
    from questions_everyday import OTHER_ROLES

    assert {(expected, style) for _, expected, style, _ in OTHER_ROLES} >= {
        (role, style)
        for role in ("ciso", "caio", "chief-data-officer", "chief-digital-officer", "cpo", "vp-engineering")
        for style in ("en", "hi", "roman")
    } | {("chief-architect", style) for style in ("en", "hi", "roman")}
    misses = _misses(OTHER_ROLES)
    assert misses == OTHER_ROLES_MISSES
    assert _nine_in_ten(OTHER_ROLES, misses) == {"en": True, "hi": True, "roman": True}
