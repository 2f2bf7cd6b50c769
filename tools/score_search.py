"""Score search on the everyday question sets: how often the right role comes first, by style.

The sets are in ``tests/questions_everyday.py``, written by someone who had not read the
knowledge base. The tuning set is scored by the tests on every run (at least 90% in each
style); the held-out set is scored with this script once, at the end of the work it measures,
and the figure reported as it came out, never tuned to.

    python tools/score_search.py              # the tuning set
    python tools/score_search.py --held-out   # the held-out set: once per piece of work
    python tools/score_search.py --other-roles          # the questions about the seven roles beyond the article
    python tools/score_search.py --new-roles-held-out   # their held-out set: once per piece of work
    python tools/score_search.py --misses     # also list the questions answered wrongly
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from ctocio.kb import load_builtin  # noqa: E402 -- after the tests folder is on the path
from ctocio.search import build_index, search_roles  # noqa: E402
from questions_everyday import HELD_OUT, NEW_ROLES_HELD_OUT, OTHER_ROLES, TUNING  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--held-out", action="store_true", help="score the held-out set")
    chosen.add_argument("--other-roles", action="store_true", help="score the questions about roles beyond the article")
    chosen.add_argument(
        "--new-roles-held-out", action="store_true", help="score the held-out questions about those roles"
    )
    parser.add_argument("--misses", action="store_true", help="list the questions answered wrongly")
    args = parser.parse_args()
    questions = (
        HELD_OUT if args.held_out
        else OTHER_ROLES if args.other_roles
        else NEW_ROLES_HELD_OUT if args.new_roles_held_out
        else TUNING
    )  # fmt: skip
    index = build_index(load_builtin())
    right: dict[str, int] = {}
    asked: dict[str, int] = {}
    for question, expected, style, _ in questions:
        results = search_roles(index, question, None, 2).results
        asked[style] = asked.get(style, 0) + 1
        if results and results[0].role in expected.split("|"):
            right[style] = right.get(style, 0) + 1
        elif args.misses:
            got = ", ".join(f"{result.role} {result.score}" for result in results) or "nothing"
            print(f"miss [{style}] {question!r}: expected {expected}, got {got}")
    for style, count in asked.items():
        print(f"{style}: {right.get(style, 0)}/{count} right first ({100 * right.get(style, 0) / count:.0f}%)")
    total = sum(right.values())
    print(f"all: {total}/{len(questions)} ({100 * total / len(questions):.0f}%)")


if __name__ == "__main__":
    main()
