"""Which role owns a responsibility: an index over every text of every role, and its queries.

Pure functions over the knowledge base: they return data and print nothing. The index is
plain data (lists, dicts, strings, numbers), built once per knowledge base.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from ctocio.kb import KnowledgeBase
from ctocio.model import ITEM_FIELDS, Role
from ctocio.words import Word, words

SEARCH_FIELDS: tuple[str, ...] = (
    "title", "abbr", "aliases", "keywords", "focus", "summary", "manages", "reports_to", *ITEM_FIELDS,
)  # fmt: skip
"""Every field search looks in, in the order matches are listed."""

# Names and keywords say what a role is most directly; the list fields say it in passing.
FIELD_WEIGHT = {"title": 1.5, "abbr": 1.5, "aliases": 1.5, "keywords": 1.3, "manages": 0.9, "reports_to": 0.6}
TYPO_WEIGHT = 0.6
"""A word found only through a one-letter typo counts this much of an exact match."""
TYPO_MIN_LENGTH = 4
ROLE_SCORE_WEIGHTS = (1.0, 0.5, 0.25)
"""A role's score: its best match in full, its second and third best in part."""


class Text(NamedTuple):
    """One searchable text: a statement, item, name or keyword of a role, in both languages."""

    role: str
    field: str
    area: str | None
    position: int
    en: str
    hi: str


@dataclass
class Index:
    """Stems to the texts they occur in, and folded words to their stems and typo neighbours."""

    texts: list[Text] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    stems_of: dict[str, str] = field(default_factory=dict)
    deletions: dict[str, list[str]] = field(default_factory=dict)


def _texts(role_id: str, role: Role) -> Iterator[Text]:
    yield Text(role_id, "title", None, 0, role.title.en, role.title.hi)
    yield Text(role_id, "abbr", None, 0, role.abbr.en, role.abbr.hi)
    for position, alias in enumerate(role.aliases):
        yield Text(role_id, "aliases", None, position, alias, "")
    for position, keyword in enumerate(role.keywords.en):
        yield Text(role_id, "keywords", None, position, keyword, "")
    for position, keyword in enumerate(role.keywords.hi, start=len(role.keywords.en)):
        yield Text(role_id, "keywords", None, position, "", keyword)
    yield Text(role_id, "focus", None, 0, role.focus.en, role.focus.hi)
    yield Text(role_id, "summary", None, 0, role.summary.en, role.summary.hi)
    for name in ("manages", "reports_to"):
        for position, statement in enumerate(getattr(role, name)):
            yield Text(role_id, name, None, position, statement.en, statement.hi)
    for name in ITEM_FIELDS:
        for position, item in enumerate(role.items(name)):
            yield Text(role_id, name, item.area, position, item.en, item.hi)


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def build_index(kb: KnowledgeBase) -> Index:
    """Index every text of every role, in both languages."""
    index = Index()
    postings: defaultdict[str, list[int]] = defaultdict(list)
    deletions: defaultdict[str, set[str]] = defaultdict(set)
    for role_id, role in kb.roles.items():
        for text in _texts(role_id, role):
            number = len(index.texts)
            index.texts.append(text)
            for word in {w for w in words(f"{text.en} {text.hi}") if not w.stop}:
                if not postings[word.stem] or postings[word.stem][-1] != number:
                    postings[word.stem].append(number)
                if word.folded not in index.stems_of:
                    index.stems_of[word.folded] = word.stem
                    if len(word.folded) >= TYPO_MIN_LENGTH:
                        for variant in _deletions(word.folded):
                            deletions[variant].add(word.folded)
    index.postings = dict(postings)
    index.deletions = {variant: sorted(found) for variant, found in deletions.items()}
    return index


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _typo_stems(index: Index, folded: str) -> set[str]:
    """Stems of indexed words one edit away from ``folded`` (a word of four letters or more)."""
    if len(folded) < TYPO_MIN_LENGTH:
        return set()
    candidates = set(index.deletions.get(folded, ()))
    for variant in _deletions(folded):
        candidates.update(index.deletions.get(variant, ()))
        if variant in index.stems_of:
            candidates.add(variant)
    return {index.stems_of[word] for word in candidates if _one_edit_apart(folded, word)}


class Term(NamedTuple):
    """A query word that counts, and the stems it matches exactly or through a typo."""

    word: str
    stem: str
    typo_stems: frozenset[str]


class Match(NamedTuple):
    """A text that matches, with its score and the stems that matched in it."""

    text: Text
    score: float
    stems: frozenset[str]


class RoleResult(NamedTuple):
    """A role, its score and its matching texts, best first."""

    role: str
    score: float
    matches: tuple[Match, ...]


class Filters(NamedTuple):
    """What to search: all roles, fields and areas unless narrowed."""

    roles: frozenset[str] | None = None
    fields: frozenset[str] | None = None
    areas: frozenset[str] | None = None

    def allow(self, text: Text) -> bool:
        """Whether ``text`` is inside these filters."""
        return (
            (self.roles is None or text.role in self.roles)
            and (self.fields is None or text.field in self.fields)
            and (self.areas is None or text.area in self.areas)
        )


def terms(index: Index, query: str) -> list[Term]:
    """The words of ``query`` that count: stop words only when nothing else is left."""
    found = words(query)
    counting = [word for word in found if not word.stop] or found
    unique: dict[str, Word] = {}
    for word in counting:
        unique.setdefault(word.stem, word)
    return [
        Term(word.folded, stem, frozenset() if stem in index.postings else frozenset(_typo_stems(index, word.folded)))
        for stem, word in unique.items()
    ]


class Found(NamedTuple):
    """The query words that counted, and the roles they found, best first."""

    words: list[str]
    results: list[RoleResult]


def search_roles(index: Index, query: str, filters: Filters | None = None) -> Found:
    """Roles ranked by how well their texts match ``query``; every word counts, in any order."""
    filters = filters or Filters()
    query_terms = terms(index, query)
    return Found([term.word for term in query_terms], _rank(index, query_terms, filters))


def _rank(index: Index, query_terms: list[Term], filters: Filters) -> list[RoleResult]:
    total = len(index.texts)
    scores: defaultdict[int, float] = defaultdict(float)
    matched: defaultdict[int, set[str]] = defaultdict(set)
    terms_matched: defaultdict[int, int] = defaultdict(int)
    for term in query_terms:
        found: dict[int, tuple[float, str]] = {}
        for stem, weight in [(term.stem, 1.0), *((s, TYPO_WEIGHT) for s in sorted(term.typo_stems))]:
            postings = index.postings.get(stem, [])
            rarity = math.log(1 + total / len(postings)) if postings else 0.0
            for number in postings:
                if weight * rarity > found.get(number, (0.0, ""))[0]:
                    found[number] = (weight * rarity, stem)
        for number, (score, stem) in found.items():
            scores[number] += score
            matched[number].add(stem)
            terms_matched[number] += 1
    by_role: defaultdict[str, list[Match]] = defaultdict(list)
    for number, score in scores.items():
        text = index.texts[number]
        if not filters.allow(text):
            continue
        # Texts that match more of the query's words rank higher.
        coverage = terms_matched[number] / max(len(query_terms), 1)
        final = round(score * coverage * FIELD_WEIGHT.get(text.field, 1.0), 2)
        by_role[text.role].append(Match(text, final, frozenset(matched[number])))
    results = []
    for role_id, matches in by_role.items():
        ordered = sorted(matches, key=lambda m: (-m.score, SEARCH_FIELDS.index(m.text.field), m.text.position))
        score = round(sum(w * m.score for w, m in zip(ROLE_SCORE_WEIGHTS, ordered, strict=False)), 2)
        results.append(RoleResult(role_id, score, tuple(ordered)))
    role_order = {role_id: n for n, role_id in enumerate(dict.fromkeys(t.role for t in index.texts))}
    return sorted(results, key=lambda r: (-r.score, role_order[r.role]))


def suggestions(index: Index, kb: KnowledgeBase, query: str) -> list[str]:
    """Words of the knowledge base, and area names, close to the words of a query that found nothing."""
    import difflib

    from ctocio.words import fold

    vocabulary = sorted(index.stems_of)
    areas = {fold(name): name for area in kb.areas.values() for name in (area.en, area.hi) if name}
    found: list[str] = []
    folded_query = fold(query).strip()
    found += [areas[name] for name in difflib.get_close_matches(folded_query, list(areas), n=1, cutoff=0.7)]
    for word in words(query):
        if word.stop or len(word.folded) < 3 or word.folded in index.stems_of:
            continue
        found += difflib.get_close_matches(word.folded, vocabulary, n=1, cutoff=0.7)
    return list(dict.fromkeys(found))[:3]
