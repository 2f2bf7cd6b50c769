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
