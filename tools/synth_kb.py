"""Write a synthetic knowledge base of N roles, for measuring ctocio at scale.

Deterministic for a given --seed, valid against ctocio's schema on its own or beside the
built-in file, with English and Hindi text of realistic length built from the built-in
knowledge base's own words, so that search has real words to find.

    python tools/synth_kb.py --roles 3000 --out /tmp/kb-3000.yaml
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREAS = ["strategy", "department", "infrastructure", "product", "users", "vendors", "finance", "research", "security"]
AREAS_HI = ["रणनीति", "विभाग", "अवसंरचना", "उत्पाद", "उपयोगकर्ता", "विक्रेता", "वित्त", "अनुसंधान", "सुरक्षा"]


def _vocabulary() -> tuple[list[str], list[str]]:
    """English and Hindi words of the built-in knowledge base."""
    text = (ROOT / "data" / "roles.yaml").read_text(encoding="utf-8")
    english = sorted(set(re.findall(r"\b[a-z]{4,}\b", text)))
    hindi = sorted(set(re.findall(r"[\u0900-\u097f]{3,}", text)))
    return english, hindi


class Writer:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.english, self.hindi = _vocabulary()

    def sentence(self, words: list[str], low: int, high: int) -> str:
        count = self.random.randint(low, high)
        chosen = [self.random.choice(words) for _ in range(count)]
        return " ".join(chosen).capitalize() + "."

    def statement(self, area: str | None = None) -> dict[str, object]:
        entry: dict[str, object] = {}
        if area is not None:
            entry["area"] = area
        entry["en"] = self.sentence(self.english, 4, 9)
        entry["hi"] = self.sentence(self.hindi, 3, 6).replace(".", "।")
        entry["sources"] = [f"s{self.random.randint(1, 50):02d}"]
        return entry

    def role(self, number: int) -> tuple[str, dict[str, object]]:
        word = self.random.choice(self.english)
        hindi_word = self.random.choice(self.hindi)
        role = {
            "abbr": {"en": f"R{number:04d}", "hi": f"आर{number:04d}"},
            "title": {"en": f"Chief {word.capitalize()} Officer {number}", "hi": f"मुख्य {hindi_word} अधिकारी {number}"},
            "aliases": [f"{word} lead {number}"],
            "focus": {"value": self.random.choice(["internal", "customer-facing", "both"]), **self.statement()},
            "summary": self.statement(),
            "manages": [self.statement()],
            "reports_to": [self.statement()],
            "duties": [self.statement(self.random.choice(AREAS)) for _ in range(self.random.randint(2, 4))],
            "vendor_relations": [self.statement("vendors")],
            "goals": [self.statement(self.random.choice(AREAS))],
            "keywords": {
                "en": [self.random.choice(self.english) for _ in range(3)],
                "hi": [self.random.choice(self.hindi) for _ in range(3)],
            },
            "sources": ["s01"],
        }
        role["sources"] = sorted({s for entry in _statements(role) for s in entry["sources"]} | {"s01"})
        return f"role-{number:04d}", role


def _statements(role: dict[str, object]) -> list[dict[str, list[str]]]:
    found = [role["focus"], role["summary"]]
    for name in ("manages", "reports_to", "duties", "vendor_relations", "goals"):
        found += role[name]  # type: ignore[operator]
    return found  # type: ignore[return-value]


def _dump(value: object, indent: int) -> list[str]:
    """Block-style YAML; every string in JSON quotes, which YAML reads as the same string."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:")
                lines += _dump(item, indent + 1)
            else:
                lines.append(f"{pad}{key}: {json.dumps(item, ensure_ascii=False)}")
    else:
        assert isinstance(value, list)
        for item in value:
            if isinstance(item, dict):
                inner = _dump(item, indent + 1)
                lines.append(f"{pad}- {inner[0].strip()}")
                lines += inner[1:]
            else:
                lines.append(f"{pad}- {json.dumps(item, ensure_ascii=False)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roles", type=int, required=True, help="how many roles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="the YAML file to write")
    args = parser.parse_args()
    writer = Writer(args.seed)
    document = {
        "version": 1,
        "areas": {area: {"en": area.capitalize(), "hi": hindi} for area, hindi in zip(AREAS, AREAS_HI, strict=True)},
        "sources": {f"s{n:02d}": {"title": f"Synthetic source {n}"} for n in range(1, 51)},
        "roles": dict(writer.role(number) for number in range(1, args.roles + 1)),
    }
    text = "# Synthetic ctocio knowledge base, written by tools/synth_kb.py.\n" + "\n".join(_dump(document, 0)) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {args.roles} roles, {len(text.encode('utf-8')) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
