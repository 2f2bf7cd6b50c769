"""The mechanical parts of the Hindi house style, as checks one Hindi text can fail.

Pure functions: each takes a text and returns what departs from the style; ``ctocio validate``
reports it as a warning. Only what a rule can decide is checked here: an English plural ending on
a Devanagari loanword (वेंडर्स for वेंडर), and a gloss in brackets written in Latin letters
((man-hours) for (मैन-आवर)). Nukta, word choice and amounts are an editor's work.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, NamedTuple

PLURAL_ENDINGS: Final = ("र्स", "ट्स", "म्स", "ल्स", "ड्स", "प्स", "शन्स")
"""How English plurals end in Devanagari: वेंडर्स, प्रोडक्ट्स, टीम्स, टूल्स, बोर्ड्स, ऐप्स, सॉल्यूशन्स.
Hindi's own words do not end so; "र्स" counts only after a consonant without a vowel sign that is
not the word's first letter (the -er of वेंडर्स), so नर्स, पर्स, कोर्स and सोर्स are left alone."""

NOT_PLURALS: Final = frozenset({"कॉमर्स", "यूनिवर्स", "रिवर्स", "सेल्स", "स्ट्रगल्स", "टाइम्स"})
"""Loanwords that end like a plural and are used as singular words in Hindi, and names that
end so in English and are written whole (हाइड्रिक एंड स्ट्रगल्स, न्यूयॉर्क टाइम्स)."""

ACRONYMS: Final = frozenset(
    {"AI", "CDIO", "CEO", "CFO", "CIC", "CIO", "CISO", "COO", "CTO", "HR", "ICT", "IT", "R&D", "RTI"}
)
"""Acronyms Hindi readers write in Latin letters, in a gloss as anywhere else: (RTI), (R&D)."""

_DEVANAGARI_WORD: Final = re.compile("[\u0900-\u0963\u0966-\u097f]+")  # the dandas end sentences
_AFTER_ER: Final = re.compile("[\u0900-\u097f][\u0915-\u0939\u0958-\u095f]\u093c?$")  # a letter, then a bare consonant
_BRACKET: Final = re.compile(r"\([^()]*\)")
_LATIN_WORD: Final = re.compile("[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f&]*")

HINDI_PLURAL = "hindi-plural"
LATIN_GLOSS = "latin-gloss"


class StyleProblem(NamedTuple):
    """One departure from the house style: its problem code, what is written, and what to write."""

    code: str
    found: str
    fix: str = ""


def english_plurals(text: str) -> list[str]:
    """The Devanagari words of ``text`` that end in an English plural -s, each once, in order."""
    found: list[str] = []
    if "\u094d\u0938" not in text:  # no "्स" at all: the usual case, and the quick one
        return found
    for word in _DEVANAGARI_WORD.findall(unicodedata.normalize("NFC", text)):
        ending = next((ending for ending in PLURAL_ENDINGS if word.endswith(ending)), None)
        if ending is None or word in NOT_PLURALS or word in found:
            continue
        if ending == "र्स" and not _AFTER_ER.search(word[: -len(ending)]):
            continue
        found.append(word)
    return found


def latin_glosses(text: str) -> list[str]:
    """The brackets of ``text`` with Latin words other than :data:`ACRONYMS`, each once, in order."""
    found: list[str] = []
    for bracket in _BRACKET.findall(text) if "(" in text else ():
        if any(word not in ACRONYMS for word in _LATIN_WORD.findall(bracket)) and bracket not in found:
            found.append(bracket)
    return found


def check(text: str) -> list[StyleProblem]:
    """Every departure of the Hindi ``text`` from the house style's mechanical rules."""
    if "\u094d\u0938" not in text and "(" not in text:
        return []  # neither rule can apply: nearly every text, tens of thousands in a large file
    # The singular drops the final "्स": वेंडर्स is वेंडर, सॉल्यूशन्स is सॉल्यूशन.
    plurals = [StyleProblem(HINDI_PLURAL, word, word[:-2]) for word in english_plurals(text)]
    return plurals + [StyleProblem(LATIN_GLOSS, bracket) for bracket in latin_glosses(text)]
