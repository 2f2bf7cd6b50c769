"""The everyday question sets are as their docstring says: sizes, styles, split, no repeats."""

from __future__ import annotations

from collections import Counter

from questions_everyday import HELD_OUT, OTHER_ROLES, TUNING

ROLE_IDS = {"cto", "cio", "ciso", "caio", "chief-data-officer", "chief-digital-officer", "cpo", "vp-engineering"}
ROLE_IDS |= {"chief-architect"}


def test_each_style_has_its_share_and_its_held_out_part() -> None:
    assert Counter(style for _, _, style, _ in TUNING) == {"en": 36, "hi": 36, "roman": 36}
    assert Counter(style for _, _, style, _ in HELD_OUT) == {"en": 19, "hi": 19, "roman": 19}
    assert Counter(style for _, _, style, _ in OTHER_ROLES) == {"en": 30, "hi": 30, "roman": 30}


def test_no_question_is_asked_twice() -> None:
    questions = [question.casefold().rstrip("?।. ") for question, *_ in (*TUNING, *HELD_OUT, *OTHER_ROLES)]
    assert [question for question, count in Counter(questions).items() if count > 1] == []


def test_every_answer_is_a_role_id() -> None:
    answers = {role for _, expected, _, _ in (*TUNING, *HELD_OUT, *OTHER_ROLES) for role in expected.split("|")}
    assert answers == ROLE_IDS
    assert {role for _, expected, _, _ in (*TUNING, *HELD_OUT) for role in expected.split("|")} == {"cto", "cio"}
