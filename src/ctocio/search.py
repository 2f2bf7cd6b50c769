"""Which role owns a responsibility: an index over every text of every role, and its queries.

Pure functions over the knowledge base: they return data, print nothing and store nothing.
The index is built once per knowledge base; :mod:`ctocio.cache` keeps it beside the knowledge base.
"""

import dataclasses
import marshal
import math
import zlib
from array import array
from collections import ChainMap, defaultdict
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ctocio.errors import Damaged
from ctocio.fields import ITEM_FIELDS, SEARCH_FIELDS
from ctocio.kb import KnowledgeBase
from ctocio.model import LANGUAGES, Role
from ctocio.words import Word, words

# Names and keywords say what a role is most directly; the list fields say it in passing.
FIELD_WEIGHT = {"title": 1.5, "abbr": 1.5, "aliases": 1.5, "keywords": 1.3, "manages": 0.9, "reports_to": 0.6}
TYPO_WEIGHT = 0.6
"""A word found only through a one-letter typo counts this much of an exact match."""
TYPO_MIN_LENGTH = 4
LEXICON_WEIGHT = 0.9
"""A word found through the lexicon (another word of its concept) counts this much of an exact match."""
ROMANISED_WEIGHT = 0.8
"""A Devanagari word found for one typed in Latin letters (through its spelling key) counts this much."""
ROLE_SCORE_WEIGHTS = (1.0, 0.5, 0.25)
"""A role's score: its best match in full, its second and third best in part."""
LENGTH_WEIGHT = 0.4
"""How much a text's length (against the mean) lowers its score: BM25's b. Chosen on the tuning
sets (0.2-0.5 scored within one question of each other; 0.4 is their middle)."""
MAX_QUERY = 2000
"""Longest question searched, in characters: a pasted paragraph fits; 96 KB took seconds."""
SUGGESTED_WORDS = 10
"""Unknown words of a query that found nothing looked up for "did you mean": three are shown."""
_NAME_FIELDS = frozenset(SEARCH_FIELDS.index(name) for name in ("title", "abbr", "aliases"))
_SAYS_HOW = frozenset(SEARCH_FIELDS) - {"title", "abbr", "aliases", "keywords"}
"""The fields that say how a role does its work, in a sentence: shown for a close call."""
CLOSE_RATIO = 0.9
"""Roles that score at least this share of the best score are a close call: both do the work
asked about, and the order between them says little."""


if TYPE_CHECKING:
    Numbers = array[int]
else:
    # array cannot be subscripted at run time before Python 3.12, and the cache reads these
    # types to rebuild an index.
    Numbers = array


class Searchable(NamedTuple):
    """A text search can find: a name, keyword, statement or item of a role, in both languages.

    ``role``, ``field``, ``area`` and ``position`` (in the field's list) say where it is written.
    """

    role: str
    field: str
    area: str | None
    position: int
    en: str
    hi: str


@dataclasses.dataclass(eq=False, repr=False)
class Index:
    """Stems to the texts they occur in, and folded words to their stems.

    Built to load fast from the cache on a knowledge base of thousands of roles: the numbers
    are packed arrays, each role's texts one marshalled block, and a block is unpacked only
    for a role that is shown. Texts are numbered in knowledge-base order, role by role, each
    role's in :data:`SEARCH_FIELDS` order.
    """

    roles: list[str]
    starts: list[int]
    text_role: Numbers
    text_field: Numbers
    text_area: Numbers
    text_length: Numbers
    """Each text's length in words that count, in the language where it is longer."""
    mean_length: float
    areas: list[str | None]
    bodies: dict[str, bytes]
    postings_of: dict[str, bytes]
    stems_of: dict[str, str]
    confusables: list[tuple[int, int, tuple[str, ...], str]]
    """(role number, entry position, stems of a phrase naming something the role is not, phrase)"""
    related: dict[str, tuple[str, ...]]
    """Stems to the indexed stems of the other words of their lexicon concepts."""
    lexicon_stems: dict[str, str]
    """Folded words of the lexicon to their stems, so a question using one loads no stemmer."""
    names: tuple[bytes, ...]
    """The stems of every role's titles, abbreviations and aliases, stop words kept, to the numbers
    of the roles with that name: a phrase inside one is no mistaken title, and a question that
    holds one names those roles. Marshalled in :data:`NAME_BUCKETS` parts by their first stem, so
    a question unpacks only the parts its words can start a name in: a large knowledge base has
    tens of thousands of names, 4 ms to unpack whole."""
    longest_name: int
    """The most words in a name: no longer run of a question's words is looked up."""
    romanised: bytes
    """Spelling keys of the Devanagari words (:mod:`ctocio.transliterate`) to their stems, marshalled:
    only a question with a word of Latin letters the index does not know unpacks them."""
    # Each role's texts, unpacked from its block the first time one of them is asked for.
    _unpacked: dict[int, list[tuple[Any, ...]]] = dataclasses.field(default_factory=dict, init=False)
    _keys: dict[str, tuple[str, ...]] | None = dataclasses.field(default=None, init=False)
    _names: dict[int, dict[str, tuple[int, ...]]] = dataclasses.field(default_factory=dict, init=False)

    def __len__(self) -> int:
        return len(self.text_role)

    def spelled(self, latin: str) -> tuple[str, ...]:
        """The stems of the Devanagari words that ``latin`` may stand for, by their spelling key."""
        from ctocio.transliterate import is_romanisable, key

        if not is_romanisable(latin):
            return ()
        if self._keys is None:
            try:
                self._keys = marshal.loads(self.romanised)
            except (EOFError, ValueError, TypeError) as exc:
                raise Damaged(f"spelling keys: {exc!r}") from exc
        found: tuple[str, ...] = self._keys.get(key(latin), ())
        return found

    def named(self, stems: tuple[str, ...]) -> tuple[int, ...]:
        """The numbers of the roles that have a name of exactly these stems; none if no role has."""
        if not stems or len(stems) > self.longest_name:
            return ()
        bucket = _name_bucket(stems[0])
        table = self._names.get(bucket)
        if table is None:
            try:
                table = self._names[bucket] = marshal.loads(self.names[bucket])
            except (EOFError, ValueError, TypeError, IndexError) as exc:
                raise Damaged(f"names: {exc!r}") from exc
        found: tuple[int, ...] = table.get(NAME_JOINER.join(stems), ())
        return found

    def known(self) -> ChainMap[str, str]:
        """Every folded word whose stem the index knows: its texts' and its lexicon's."""
        return ChainMap(self.stems_of, self.lexicon_stems)

    def postings(self, stem: str) -> "array[int]":
        """The numbers of the texts ``stem`` occurs in."""
        try:
            numbers = array("I", self.postings_of.get(stem, b""))
        except (TypeError, ValueError) as exc:
            raise Damaged(f"postings of {stem!r}: {exc!r}") from exc
        if numbers and max(numbers) >= len(self.text_role):
            raise Damaged(f"postings of {stem!r} name texts that do not exist")
        return numbers

    def text(self, number: int) -> Searchable:
        """The text numbered ``number``."""
        try:
            role_index = self.text_role[number]
            body = self._unpacked.get(role_index)
            if body is None:
                body = self._unpacked[role_index] = marshal.loads(self.bodies[self.roles[role_index]])
            field, position, en, hi = body[number - self.starts[role_index]]
            area = self.areas[self.text_area[number]]
            return Searchable(self.roles[role_index], SEARCH_FIELDS[field], area, position, en, hi)
        except Exception as exc:
            # A built index never fails here; one read from the cache can.
            raise Damaged(f"text {number}: {exc!r}") from exc


def _texts(role_id: str, role: Role) -> Iterator[Searchable]:
    yield Searchable(role_id, "title", None, 0, role.title.en, role.title.hi)
    yield Searchable(role_id, "abbr", None, 0, role.abbr.en, role.abbr.hi)
    for position, alias in enumerate(role.aliases):
        yield Searchable(role_id, "aliases", None, position, alias, "")
    for position, keyword in enumerate(role.keywords.en):
        yield Searchable(role_id, "keywords", None, position, keyword, "")
    for position, keyword in enumerate(role.keywords.hi, start=len(role.keywords.en)):
        yield Searchable(role_id, "keywords", None, position, "", keyword)
    yield Searchable(role_id, "focus", None, 0, role.focus.en, role.focus.hi)
    yield Searchable(role_id, "summary", None, 0, role.summary.en, role.summary.hi)
    for name in ("manages", "reports_to"):
        for position, statement in enumerate(getattr(role, name)):
            yield Searchable(role_id, name, None, position, statement.en, statement.hi)
    for name in ITEM_FIELDS:
        for position, item in enumerate(role.items(name)):
            yield Searchable(role_id, name, item.area, position, item.en, item.hi)


def build_index(kb: KnowledgeBase) -> Index:
    """Index every text of every role, in both languages."""
    roles: list[str] = []
    starts: list[int] = []
    text_role, text_field, text_area, text_length = array("I"), array("B"), array("H"), array("H")
    areas: list[str | None] = [None, *kb.areas]
    area_number = {area: n for n, area in enumerate(areas)}
    bodies: dict[str, bytes] = {}
    postings: defaultdict[str, array[int]] = defaultdict(lambda: array("I"))
    stems_of: dict[str, str] = {}
    confusables: list[tuple[int, int, tuple[str, ...], str]] = []
    for role_id, role in kb.roles.items():
        for position, entry in enumerate(role.confused_with):
            # A disputed entry (sources disagree whether it is the role at all) leaves the role in.
            for phrase in () if entry.disputed else (entry.name.en, entry.name.hi, *entry.aliases):
                phrase_words = words(phrase)
                stems = tuple(w.stem for w in phrase_words if not w.stop)
                if len(stems) == 1 and len(phrase_words) > 1:
                    # One word without its stop words (सूचना अधिकारी: सूचना) is the role's own word
                    # too: such a phrase gives the mistake away only with all its words.
                    stems = tuple(w.stem for w in phrase_words)
                if stems:
                    confusables.append((len(roles), position, stems, phrase))
        body = []
        starts.append(len(text_role))
        for text in _texts(role_id, role):
            number = len(text_role)
            text_role.append(len(roles))
            text_field.append(SEARCH_FIELDS.index(text.field))
            text_area.append(area_number.get(text.area, 0))
            body.append((SEARCH_FIELDS.index(text.field), text.position, text.en, text.hi))
            english, hindi = ([w for w in words(side) if not w.stop] for side in (text.en, text.hi))
            text_length.append(min(max(len(english), len(hindi), 1), 0xFFFF))
            for word in {*english, *hindi}:
                posting = postings[word.stem]
                if not posting or posting[-1] != number:
                    posting.append(number)
                stems_of.setdefault(word.folded, word.stem)
        roles.append(role_id)
        bodies[role_id] = marshal.dumps(body)
    packed = {stem: numbers.tobytes() for stem, numbers in postings.items()}
    related, lexicon_stems = _lexicon(kb.lexicon, postings)
    return Index(
        roles, starts, text_role, text_field, text_area, text_length, sum(text_length) / max(len(text_length), 1),
        areas, bodies, packed, stems_of, confusables, related, lexicon_stems, *_name_stems(kb),
        marshal.dumps(_romanised(stems_of)),
    )  # fmt: skip


NAME_BUCKETS = 64
NAME_JOINER = "\x1f"
"""Joins a name's stems into one key: a unit separator, which no word holds."""


def _name_bucket(stem: str) -> int:
    # crc32, not hash(): the buckets are stored, and str hashes differ from run to run.
    return zlib.crc32(stem.encode("utf-8", "surrogatepass")) % NAME_BUCKETS


def _name_stems(kb: KnowledgeBase) -> tuple[tuple[bytes, ...], int]:
    found: dict[tuple[str, ...], tuple[int, ...]] = {}
    for number, role in enumerate(kb.roles.values()):
        for name in (*role.title.en_hi(), *role.abbr.en_hi(), *role.aliases):
            if name:
                stems = tuple(word.stem for word in words(name))
                if stems and number not in found.get(stems, ()):
                    found[stems] = (*found.get(stems, ()), number)
    buckets: list[dict[str, tuple[int, ...]]] = [{} for _ in range(NAME_BUCKETS)]
    for stems, roles in found.items():
        buckets[_name_bucket(stems[0])][NAME_JOINER.join(stems)] = roles
    return tuple(marshal.dumps(bucket) for bucket in buckets), max(map(len, found), default=0)


def _names_in(index: Index, asked: tuple[str, ...]) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """Every run of the question's words that is a role's name: where it starts and ends, and the
    roles so named."""
    for start in range(len(asked)):
        for end in range(start + 1, min(len(asked), start + index.longest_name) + 1):
            roles = index.named(asked[start:end])
            if roles:
                yield start, end, roles


def _named_roles(
    held: list[tuple[int, int, tuple[int, ...]]], asked: tuple[str, ...]
) -> tuple[dict[str, frozenset[int]], bool]:
    """The stems of the question's words that stand in a role's name held whole (``held``, from
    :func:`_names_in`), each to the roles so named (all of them, for a name roles share); and
    whether it names roles by several names, weighing them against each other (CIO vs CISO)."""
    naming: dict[str, frozenset[int]] = {}
    named: set[tuple[int, ...]] = set()
    for start, end, roles in held:
        named.add(roles)
        for stem in asked[start:end]:
            naming[stem] = naming.get(stem, frozenset()) | frozenset(roles)
    return naming, len(named) > 1


def _romanised(stems_of: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each spelling key of the index's Devanagari words, with the stems of the words that have it."""
    from ctocio.transliterate import KEY_MIN_LENGTH, devanagari_key

    found: defaultdict[str, set[str]] = defaultdict(set)
    for word, stem in stems_of.items():
        if not word.isascii():
            spelling = devanagari_key(word)
            if len(spelling) >= KEY_MIN_LENGTH:
                found[spelling].add(stem)
    return {spelling: tuple(sorted(stems)) for spelling, stems in found.items()}


def _lexicon(
    lexicon: Mapping[str, tuple[str, ...]], indexed: Mapping[str, object]
) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Each stem of a concept's words to the others that some text holds; and each word's stem.

    Works both ways, as a concept is a set: "supplier" leads to "vendor" and "vendor" to
    "supplier" where both are written; a word in two concepts leads to the words of both.
    """
    members: defaultdict[str, set[str]] = defaultdict(set)
    lexicon_stems: dict[str, str] = {}
    for concept in lexicon.values():
        stems = set()
        for word in concept:
            for found in words(word):
                lexicon_stems[found.folded] = found.stem
                if not found.stop:
                    stems.add(found.stem)
        for stem in stems:
            members[stem] |= stems
    related = {
        stem: tuple(sorted(other for other in others if other != stem and other in indexed))
        for stem, others in members.items()
    }
    return {stem: others for stem, others in related.items() if others}, lexicon_stems


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


# Vowel signs written the same way but for length: a slip of the finger, not another word.
_VOWEL_LENGTH_PAIRS: frozenset[frozenset[str]] = frozenset(
    {frozenset({"\u093f", "\u0940"}), frozenset({"\u0941", "\u0942"})}  # ि ी, ु ू
)


def _is_vowel(character: str) -> bool:
    """A Devanagari vowel sign or vowel letter."""
    return "\u093e" <= character <= "\u094c" or "\u0904" <= character <= "\u0914" or character in "\u0962\u0963"


def _keeps_vowels(a: str, b: str) -> bool:
    """Whether a one-edit typo between ``a`` and ``b`` leaves their vowels alone.

    In Devanagari a vowel sign added, dropped or changed is most often another word (सर्वर, a
    server, and सर्वे, a survey); only a short vowel typed long or the reverse (ि for ी) is a
    slip. Latin words are not held to this.
    """
    if len(a) != len(b):
        shorter, longer = sorted((a, b), key=len)
        index = next((i for i, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter))
        return not _is_vowel(longer[index])
    changed = {character for x, y in zip(a, b, strict=True) if x != y for character in (x, y)}
    if not any(_is_vowel(character) for character in changed):
        return True
    return len(changed) == 2 and frozenset(changed) in _VOWEL_LENGTH_PAIRS


def _vowel_typo_allowed(a: str, b: str) -> bool:
    """False where ``b`` is ``a`` with one vowel added, dropped or changed (other than its length)."""
    return not _one_edit_apart(a, b) or _keeps_vowels(a, b)


def _typo_stems(index: Index, folded: str) -> frozenset[str]:
    """Stems of indexed words one edit away from ``folded`` (a word of four letters or more).

    A scan of the vocabulary, done only for a query word the index does not know.
    """
    if len(folded) < TYPO_MIN_LENGTH:
        return frozenset()
    size = len(folded)
    return frozenset(
        stem
        for word, stem in index.stems_of.items()
        if abs(len(word) - size) <= 1
        and len(word) >= TYPO_MIN_LENGTH
        and _one_edit_apart(folded, word)
        and (folded.isascii() or _keeps_vowels(folded, word))
    )


class Route(NamedTuple):
    """One way a query word reaches an indexed stem, and how much a match that way counts."""

    stem: str
    weight: float
    via: str
    """``word`` (the word itself, or another form of it), ``lexicon``, ``romanised`` or ``typo``;
    ``lexicon`` also after ``romanised`` or ``typo``, as ``romanised+lexicon``."""


class Term(NamedTuple):
    """A query word that counts, and every indexed stem it reaches: its own, through the lexicon,
    through its spelling in Latin letters, through a typo."""

    word: str
    stem: str
    routes: tuple[Route, ...]


Spans = tuple[tuple[int, int], ...]
"""Where words stand in a text: the start and end of each."""


class Why(NamedTuple):
    """Why a text matched: a word of the question, the word of the text it met, and how."""

    word: str
    matched: str
    lang: str
    """The language of the text the word was matched in: ``en`` or ``hi``."""
    via: str
    """``exact``, ``stem`` (another form of the word), ``lexicon``, ``transliteration``
    (Hindi typed in Latin letters), ``typo``, or a route and then the lexicon, ``typo+lexicon``."""


VIA = {"romanised": "transliteration", "romanised+lexicon": "transliteration+lexicon"}
"""The routes of :class:`Route` under the names ``--explain`` shows."""


class Match(NamedTuple):
    """A text that matches, with its score; where its matched words stand, and why, on request.

    Worked out only when asked for (a table's highlights, ``--explain``): JSON without
    ``--explain`` needs neither, and each takes the text's words apart again.
    """

    text: Searchable
    score: float
    matched: Mapping[str, tuple[str, str]]
    """Each stem of the text that matched, with the question's word and the route it took."""
    vocabulary: Mapping[str, str]
    """Folded words to their stems (the index's), so that no stemmer is loaded."""

    def spans(self, lang: str) -> Spans:
        """Where the matched words stand in the text in ``lang``: the words to highlight."""
        return tuple((w.start, w.end) for w in self._found(lang))

    def why(self) -> tuple[Why, ...]:
        """Each word of the question, the word of the text it met and how: in question order."""
        reasons: dict[Why, None] = {}
        for lang in LANGUAGES:
            written = getattr(self.text, lang)
            for w in self._found(lang):
                asked, via = self.matched[w.stem]
                if via == "word":
                    via = "exact" if w.folded == asked else "stem"
                reasons[Why(asked, written[w.start : w.end], lang, VIA.get(via, via))] = None
        order = {asked: position for position, (asked, _) in reversed(list(enumerate(self.matched.values())))}
        return tuple(sorted(reasons, key=lambda reason: order[reason.word]))

    def _found(self, lang: str) -> list[Word]:
        return [w for w in words(getattr(self.text, lang), self.vocabulary) if w.stem in self.matched]


def _match(index: Index, number: int, score: float, stems: Mapping[str, tuple[str, str]]) -> Match:
    return Match(index.text(number), score, stems, index.stems_of)


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


def terms(index: Index, counting: list[Word]) -> list[Term]:
    """The query's words that count (all but the stop words), each stem once."""
    unique: dict[str, Word] = {}
    for word in counting:
        unique.setdefault(word.stem, word)
    found = []
    for stem, word in unique.items():
        own = [Route(stem, 1.0, "word")] if stem in index.postings_of else []
        related = index.related.get(stem, ())
        if not own and not related:
            # A word of Latin letters that the index does not know may be Hindi: सुरक्षा for "suraksha".
            own = [Route(other, ROMANISED_WEIGHT, "romanised") for other in index.spelled(word.folded)]
        if not own and not related:
            # A typo is looked for only where nothing else finds the word.
            own = [Route(other, TYPO_WEIGHT, "typo") for other in sorted(_typo_stems(index, word.folded))]
        routes = {route.stem: route for route in own}
        # The lexicon leads on from the word itself (known to the index or not) and from what it was taken for.
        taken = [(route.stem, route.weight, route.via) for route in own if route.via != "word"]
        for start, weight, via in [(stem, 1.0, ""), *taken]:
            for other in index.related.get(start, ()):
                lexicon = Route(other, weight * LEXICON_WEIGHT, f"{via}+lexicon" if via else "lexicon")
                if other not in routes or routes[other].weight < lexicon.weight:
                    routes[other] = lexicon
        found.append(Term(word.folded, stem, tuple(routes.values())))
    return found


class Found(NamedTuple):
    """The query words that counted, the roles they found (best first), and the roles left out.

    ``confused`` names the roles (and their ``confused_with`` entries) that the query mistakes
    for something they are not, such as the CIO for an RTI information commissioner.
    """

    words: list[str]
    results: list[RoleResult]
    confused: list[tuple[str, int, str]]
    close: list[RoleResult]
    """Where the best roles score nearly the same (:data:`CLOSE_RATIO`), each of them with its
    best text, best first, whatever ``limit`` left out; else empty."""


def search_roles(index: Index, query: str, filters: Filters | None = None, limit: int | None = None) -> Found:
    """Roles ranked by how well their texts match ``query``; every word counts, in any order.

    With ``limit``, only the best ``limit`` roles are returned (and their texts unpacked).
    """
    filters = filters or Filters()
    every = words(query, index.known())
    stems = tuple(word.stem for word in every)
    held = list(_names_in(index, stems))
    confused, covered = _confusions(index, every, held)
    # The words of a title that no role here holds (सूचना का अधिकार, the RTI law) are evidence
    # for no role: "अधिकार" there is not the "rights" of some other role's text.
    counting = [word for number, word in enumerate(every) if not word.stop and number not in covered]
    query_terms = terms(index, counting)
    excluded = {role for role, _, _ in confused}
    naming, several = _named_roles(held, stems)
    results, close = _rank(index, query_terms, filters, limit, excluded, naming, several=several)
    named = [(index.roles[role], position, phrase) for role, position, phrase in confused]
    return Found([term.word for term in query_terms], results, named, close)


def _confusions(
    index: Index, asked: list[Word], held: list[tuple[int, int, tuple[int, ...]]]
) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The ``confused_with`` phrases the query contains: their words in a row, stop words aside
    (or with them, for a phrase indexed with them), and not as part of one of the role's own names:
    सूचना अधिकारी inside मुख्य सूचना अधिकारी is the CIO's title, not an RTI office. Also the
    positions of those phrases' words in the query. ``held`` are the role names the question holds.
    """
    every = tuple(word.stem for word in asked)
    counting = [number for number, word in enumerate(asked) if not word.stop]
    counted = tuple(every[number] for number in counting)
    found: dict[int, tuple[int, str]] = {}
    covered: set[int] = set()
    # Where the question names a role (any role's), a phrase inside that name is no mistake.
    inside = [(begin, end) for begin, end, _ in held]
    for role, position, stems, phrase in index.confusables:
        spans = [(start, start + len(stems)) for start in _starts(every, stems)]
        spans += [(counting[start], counting[start + len(stems) - 1] + 1) for start in _starts(counted, stems)]
        if not spans or role in found:
            continue
        outside = [(start, end) for start, end in spans if not any(b <= start and end <= f for b, f in inside)]
        if outside:
            found[role] = (position, phrase)
            covered.update(number for start, end in outside for number in range(start, end))
    return [(role, position, phrase) for role, (position, phrase) in found.items()], covered


def _starts(sequence: tuple[str, ...], part: tuple[str, ...]) -> list[int]:
    """Where ``part`` stands in ``sequence``, word for word."""
    size = len(part)
    return [start for start in range(len(sequence) - size + 1) if sequence[start : start + size] == part]


def _scores(
    index: Index, query_terms: list[Term], naming: Mapping[str, frozenset[int]]
) -> tuple[dict[int, float], dict[int, int], dict[str, tuple[str, str]]]:
    """Each text's score for the query, how many of its terms it matched, and every stem the
    question reaches with its word and route. ``naming`` holds the names that count only for
    the roles they name."""
    total = len(index)
    scores: defaultdict[int, float] = defaultdict(float)
    # Every stem the question reaches, with its word and route: a text's words with one of these
    # stems are the words it matched (the postings of a stem are the texts that hold it).
    matched: dict[str, tuple[str, str]] = {}
    terms_matched: defaultdict[int, int] = defaultdict(int)
    for term in query_terms:
        # A text reached by several routes counts by the best: the weakest are laid down first.
        found: dict[int, float] = {}
        for route in sorted(term.routes, key=lambda route: route.weight):
            found.update(dict.fromkeys(index.postings(route.stem), route.weight))
        # How rare the word is counts the texts it reaches by every route, so that a rare synonym
        # ("सप्लायर" for "vendor") never outscores the word itself.
        rarity = math.log(1 + total / len(found)) if found else 0.0
        for route in term.routes:
            matched.setdefault(route.stem, (term.word, route.via))
        # Where the question weighs roles against each other, each name is about its role: the CTO
        # a CPO's text mentions ("the CTO decides how it is built") is no evidence for the CPO. A
        # question naming one role may ask about another (who does the CTO report to?).
        only = naming.get(term.stem)
        for number, weight in found.items():
            if only is not None and index.text_role[number] not in only:
                continue
            scores[number] += weight * rarity
            terms_matched[number] += 1
    return scores, terms_matched, matched


def _rank(  # noqa: PLR0917 -- the parts of one query
    index: Index,
    query_terms: list[Term],
    filters: Filters,
    limit: int | None,
    excluded: set[int],
    naming: Mapping[str, frozenset[int]] | None = None,
    *,
    several: bool = False,
) -> tuple[list[RoleResult], list[RoleResult]]:
    """The best roles, up to ``limit``; and, where the best score nearly the same, each with its
    best text. ``naming`` maps the stems of role names the question holds to the roles named;
    ``several`` says it names roles by more than one name, weighing them against each other."""
    naming = naming or {}
    named = frozenset().union(*naming.values())
    scores, terms_matched, matched = _scores(index, query_terms, naming if several else {})
    kept = set(range(len(index.roles))) - excluded
    if filters.roles is not None:
        kept &= {index.roles.index(r) for r in filters.roles if r in index.roles}
    # A question naming several roles asks which of them: CIO vs CISO, the CDO (both CDOs).
    if len(named) > 1:
        kept &= named
    allowed_fields = None if filters.fields is None else {SEARCH_FIELDS.index(f) for f in filters.fields}
    allowed_areas = None if filters.areas is None else {index.areas.index(a) for a in filters.areas if a in index.areas}
    by_role: defaultdict[int, list[tuple[float, int]]] = defaultdict(list)
    # Worked out once, not for each of the thousands of texts a common word reaches.
    asked = max(len(query_terms), 1)
    field_weight = [FIELD_WEIGHT.get(name, 1.0) for name in SEARCH_FIELDS]
    for number, score in scores.items():
        role_index, field = index.text_role[number], index.text_field[number]
        if role_index not in kept:
            continue
        # Where the question names a role, another role's name that shares a word with it (मुख्य
        # सूचना सुरक्षा अधिकारी, for मुख्य सूचना अधिकारी) is not named. Where it names several
        # ("CTO or CPO: who decides how it is built?"), the names only set up the question.
        if named and field in _NAME_FIELDS and (role_index not in named or several):
            continue
        if allowed_fields is not None and field not in allowed_fields:
            continue
        if allowed_areas is not None and index.text_area[number] not in allowed_areas:
            continue
        # Texts that match more of the query's words rank higher.
        coverage = terms_matched[number] / asked
        # A long text matches more words by chance (a survey's figures): scaled by its length, as BM25 does.
        coverage /= 1 - LENGTH_WEIGHT + LENGTH_WEIGHT * index.text_length[number] / index.mean_length
        by_role[role_index].append((round(score * coverage * field_weight[field], 2), number))
    ranked = []
    for role_index, matches in by_role.items():
        # Texts are numbered in SEARCH_FIELDS order, then position: the number breaks ties.
        matches.sort(key=lambda match: (-match[0], match[1]))
        score = round(sum(w * m[0] for w, m in zip(ROLE_SCORE_WEIGHTS, _counted(index, matches), strict=False)), 2)
        ranked.append((-score, role_index, matches))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    results = [
        RoleResult(
            index.roles[role_index],
            -negative,
            tuple(_match(index, number, score, matched) for score, number in matches),
        )
        for negative, role_index, matches in ranked[:limit]
    ]
    return results, _close_call(index, ranked, matched)


_KEYWORDS = SEARCH_FIELDS.index("keywords")


def _counted(index: Index, matches: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """The matches that make a role's score: only its best name and its best keyword. A role's
    names (VP of Engineering, VP Engineering) are one piece of evidence, and so are its keywords
    (in both languages): more of them matching the same words is no more evidence."""
    seen: set[str] = set()
    counted = []
    for match in matches:
        field = index.text_field[match[1]]
        kind = "name" if field in _NAME_FIELDS else "keyword" if field == _KEYWORDS else ""
        if kind:
            if kind in seen:
                continue
            seen.add(kind)
        counted.append(match)
        if len(counted) == len(ROLE_SCORE_WEIGHTS):
            break
    return counted


def _close_call(
    index: Index,
    ranked: list[tuple[float, int, list[tuple[float, int]]]],
    matched: Mapping[str, tuple[str, str]],
) -> list[RoleResult]:
    """The roles within :data:`CLOSE_RATIO` of the best score, each with its best statement; none if one is clear."""
    close = [entry for entry in ranked if -entry[0] >= -ranked[0][0] * CLOSE_RATIO] if ranked else []
    if len(close) < 2:  # a close call takes two
        return []
    best = []
    for negative, role_index, matches in close:
        # Said in a statement, where there is one, rather than a name or keyword: how the role does it.
        score, number = next((m for m in matches if SEARCH_FIELDS[index.text_field[m[1]]] in _SAYS_HOW), matches[0])
        best.append(RoleResult(index.roles[role_index], -negative, (_match(index, number, score, matched),)))
    return best


def suggestions(index: Index, kb: KnowledgeBase, query: str) -> list[str]:
    """Words of the knowledge base, and area names, close to the words of a query that found nothing."""
    import difflib

    from ctocio.words import fold

    vocabulary = sorted(index.stems_of)
    areas = {fold(name): name for area in kb.areas.values() for name in (area.en, area.hi) if name}
    found: list[str] = []
    folded_query = fold(query).strip()
    found += [areas[name] for name in difflib.get_close_matches(folded_query, list(areas), n=1, cutoff=0.7)]
    unknown = dict.fromkeys(
        word.folded
        for word in words(query, index.stems_of)
        if not word.stop and len(word.folded) >= 3 and word.folded not in index.stems_of
    )
    # Each look-up compares the word with the whole vocabulary: a few are plenty for three.
    for folded in list(unknown)[:SUGGESTED_WORDS]:
        close = difflib.get_close_matches(folded, vocabulary, n=1, cutoff=0.7)
        # Not सर्वे (a survey) for सर्वर (a server): a changed vowel is another word, not a typo.
        found += [word for word in close if folded.isascii() or _vowel_typo_allowed(folded, word)]
    return list(dict.fromkeys(found))[:3]


def no_match(index: Index, kb: KnowledgeBase, query: str, found: Found, filters: Filters) -> dict[str, str]:
    """Why a search found nothing, as the values of the message that says so.

    The query may name something a role is not (an RTI commissioner for the CIO); the filters
    may have left out what it matches; or its words may be close to words of the knowledge base.
    """
    if found.confused:
        role_id, position, phrase = found.confused[0]
        return {**kb.confusion(phrase, role_id, position), "key": "error.no_match.confused", "query": query}
    if filters != Filters() and search_roles(index, query).results:
        return {"key": "error.no_match.filtered", "query": query}
    close = suggestions(index, kb, query)
    if close:
        return {"key": "error.no_match.suggest", "query": query, "words": "', '".join(close)}
    return {"key": "error.no_match", "query": query}
