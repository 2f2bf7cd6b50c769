"""Search answers the questions people ask: the right role first for at least 95% of them."""

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


def test_the_right_role_comes_first() -> None:
    index = build_index(load_builtin())
    wrong = []
    for question, expected, _ in QUESTIONS:
        results = search_roles(index, question).results
        top = results[0].role if results else None
        if top not in expected.split("|"):
            scores = ", ".join(f"{r.role} {r.score}" for r in results)
            wrong.append(f"{question!r}: expected {expected}, got {scores or 'nothing'}")
    print(f"{len(QUESTIONS) - len(wrong)} of {len(QUESTIONS)} right")
    for line in wrong:
        print("  wrong:", line)
    assert len(wrong) <= len(QUESTIONS) * 0.05, "\n".join(wrong)


# The tuning questions search still answers wrongly, by style. Two ask whom the CTO reports to
# where the answer is the CIO (a question about a role, answered by another role's text); one
# turns on "rather than"; two are near ties. The held-out questions are not scored here: they
# are scored once, at the end of the work they measure (see the issue notes).
TUNING_MISSES = {
    "en": [
        "who arranges training for employees when we roll out new software internally",
        "at a bank or retailer, who does the CTO often report to",
        "which exec is focused on our customers out there rather than internal staff",
    ],
    "hi": [
        "बना-बनाया सॉफ्टवेयर खरीदना है, ये फैसला किसका है",
        "नॉन-टेक कंपनी में सीटीओ किसको रिपोर्ट करता है",
    ],
    "roman": ["non tech company me CTO kisko report karta hai"],
}


def test_everyday_questions_right_first_at_least_nine_in_ten_in_each_style() -> None:
    """Questions written by someone who had not read the knowledge base: plain English, colloquial
    Hindi, and Hindi in Latin letters."""
    from questions_everyday import TUNING

    index = build_index(load_builtin())
    misses: dict[str, list[str]] = {"en": [], "hi": [], "roman": []}
    for question, expected, style, _ in TUNING:
        results = search_roles(index, question, None, 1).results
        if not results or results[0].role not in expected.split("|"):
            misses[style].append(question)
    assert misses == TUNING_MISSES
    asked = {style: sum(1 for _, _, s, _ in TUNING if s == style) for style in misses}
    assert {style: 1 - len(missed) / asked[style] >= 0.9 for style, missed in misses.items()} == {
        "en": True,
        "hi": True,
        "roman": True,
    }
