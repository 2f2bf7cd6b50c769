"""Words as search compares them: normalised, split, stop words marked, reduced to stems.

English and Hindi text go through the same steps; each word is stemmed by the Snowball
stemmer of its script, so "vendors" meets "vendor" and "विक्रेताओं" meets "विक्रेता".
"""

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

# Letters and digits of any script, with the combining marks that belong to them: Python's \w
# leaves out marks, which would cut Devanagari words at every vowel sign. The dandas (। ॥)
# end sentences and are not part of words.
_WORD: Final = re.compile("(?:[^\\W_]|[\u0300-\u036f\u0900-\u0963\u0966-\u097f])+")

# Spellings a Hindi reader treats as the same word: the nukta (ज़/ज) is often left out, and
# chandrabindu and anusvara (पहुँच/पहुंच) are used interchangeably.
_HINDI_FOLD: Final = str.maketrans(
    {"\u093c": None, "\u0901": "\u0902"}
    # Devanagari digits are digits: २००६ is 2006.
    | {chr(0x0966 + digit): str(digit) for digit in range(10)}
)

_ENGLISH_STOP_WORDS: Final = """
    a about all also an and any are as at be been being but by can could did do does doing done
    for from get gets had has have having he her his how i if in into is it its job jobs me my
    of on or our responsible responsibility she should so that the their them then there these
    they this those to us was we what when where which who whom whose why will with would you
    your role roles person people company officer chief s
    handle handles handled handling deal deals dealing take takes care look looks after own owns
    charge work works task tasks thing things make makes one sure up out
    """
"""Words that say nothing about which role is meant. "officer" and "chief" stand in every
title, so they cannot tell roles apart; "company" stands in most statements."""

_HINDI_STOP_WORDS: Final = """
    का के की को में से पर और या है हैं था थे थी हो होता होती होते कौन क्या किस किसका किसकी किसके
    किसे कौनसा सा करता करती करते करना करने कर यह वह ये वे इस उस इन उन भी तो ही एक लिए
    जो कि कैसे कहां कब काम जिम्मेदारी जिम्मेदार अधिकारी मुख्य कंपनी साथ द्वारा बारे वाला वाले
    वाली सकता सकती सकते चाहिए अपने अपनी अपना हर सब सभी किसको किसने कोई
    जा जाता जाती जाते जाए जाना गया गई गए रह रहता रहती रहते रहा रही रहे दे देता देती देते देना
    दिया देख देखता देखती देखते देखे बनाता बनाती बनाते लगा लगाता लगाती लगाते आता आती आते
    ले लेता लेती लेते रख रखता रखती रखते किया हुआ होगा होगी
    करनी करें करे करो करूं करेगा करेगी करेंगे जाएं जाऊं जाओ जाएगा जाने पास देगा देगी देंगे
    लेना लेने हुई हुए नहीं दोनों
    """
"""As for English: question words, particles, and words every role shares (मुख्य, अधिकारी);
and everyday verbs and auxiliaries (देता, देखता, जाए, रहता), which say how a question is put,
not what the work is.
Both lists are written already folded (no nukta, anusvara for chandrabindu), as :func:`fold`
leaves the words they are compared with."""


_ROMANISED_STOP_WORDS: Final = """
    kaun kon kya kis kisko kisne kiska kiski kiske kise ka ki ke ko me mein se par aur ya hai hain
    tha the thi ho hota hoti hote karta karti karte karna karne kar yeh ye woh wo jo ki bhi hi
    liye wala wale wali sakta sakti sakte chahiye apna apni apne har sab sabhi koi kaam
    jata jati jate jaye rehta rahta rehti rahti rehte rahte deta deti dete dekhta dekhti dekhte
    banata banati banate lagata lagati lagate aata aati aate leta leti lete rakhta rakhti rakhte
    karni kare karen karo karu jau jaun jana jane paas dega degi denge lena lene nahi nahin dono
    """
"""The same words as Hindi writers type them in Latin letters ("IT ka budget kaun dekhta hai")."""


@functools.cache
def stop_words() -> frozenset[str]:
    """Every stop word."""
    return frozenset((_ENGLISH_STOP_WORDS + _HINDI_STOP_WORDS + _ROMANISED_STOP_WORDS).split())


class Word(NamedTuple):
    """One word of a text: where it stands, its folded form, its stem, and whether it counts."""

    start: int
    end: int
    folded: str
    stem: str
    stop: bool


def _is_devanagari(word: str) -> bool:
    return any("\u0900" <= character <= "\u097f" for character in word)


def fold(text: str) -> str:
    """Case, accents and Unicode composition removed, as far as each script allows.

    Latin accents go (``café`` is ``cafe``); Devanagari vowel signs are letters, not
    accents, and stay.
    """
    if text.isascii():
        return text.lower()  # no accent, nothing to compose, no Devanagari: most words of a search
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept: list[str] = []
    for character in decomposed:
        if unicodedata.category(character) == "Mn" and kept and kept[-1] < "\u0250":
            continue  # an accent on a Latin letter
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_HINDI_FOLD)


@functools.cache
def _stemmers() -> tuple[Any, Any]:
    """The English and Hindi Snowball stemmers, and nothing else of the package.

    ``import snowballstemmer`` loads all of its thirty-odd languages. Its two modules that
    ctocio uses are loaded here as submodules of a private package that shares
    snowballstemmer's folder, so only they and their helpers run; ``snowballstemmer`` itself
    is left untouched for anyone else. Measured (snowballstemmer 3.1.1): the two stemmers
    ready in 1.0 ms this way, 10.3 ms through the public ``snowballstemmer.stemmer()``; a
    search with a word outside the cached vocabulary took 86 ms of CPU this way, 96 ms the
    public way. Every cold run and many searches pay it, so the private loader stays.
    """
    import importlib
    import importlib.util
    import sys
    import types

    name = "ctocio._snowball"
    if name not in sys.modules:
        spec = importlib.util.find_spec("snowballstemmer")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("snowballstemmer is not installed")
        package = types.ModuleType(name)
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[name] = package
    english = importlib.import_module(f"{name}.english_stemmer").EnglishStemmer()
    hindi = importlib.import_module(f"{name}.hindi_stemmer").HindiStemmer()
    return english, hindi


@functools.lru_cache(maxsize=65536)
def stem(folded: str) -> str:
    """The stem of one folded word, by the stemmer of its script."""
    english, hindi = _stemmers()
    if not _is_devanagari(folded):
        return str(english.stemWord(folded))
    # People write English plurals into Hindi (मैनेजर्स, प्रोडक्ट्स, कार्ड्स), which the Hindi
    # stemmer leaves whole: the -s after a virama goes, where it follows र, ट or ड, the endings
    # of such loan words ("-ers", "-ts", "-ds"); words that end so in the singular are kept.
    if len(folded) > 4 and folded.endswith(_LOAN_PLURALS) and folded not in _NOT_PLURALS:
        folded = folded[:-2]
    return str(hindi.stemWord(folded))


_LOAN_PLURALS = ("र्स", "ट्स", "ड्स")
_NOT_PLURALS = frozenset({"कॉमर्स", "कामर्स", "कोर्स", "फोर्स", "नर्स"})


def split(text: str) -> list[str]:
    """The words of ``text`` as search splits it, as written: no folding, no stems."""
    return _WORD.findall(text)


def words(text: str, known: Mapping[str, str] | None = None) -> list[Word]:
    """The words of ``text`` with their positions in it; punctuation is not a word.

    ``known`` maps folded words to stems already worked out (a search index's vocabulary),
    which spares loading the stemmers for words seen before.
    """
    found = []
    common = stop_words()
    for match in _WORD.finditer(text):
        surface = match.group()
        folded = fold(surface)
        # "IT" is information technology, "it" a pronoun: an all-capital acronym is never a stop word.
        stop = folded in common and not (surface.isupper() and len(surface) > 1)
        # A stop word is never indexed, so never matched: it needs no stem (nor the stemmers).
        stemmed = folded if stop else (known.get(folded) if known is not None else None) or stem(folded)
        found.append(Word(match.start(), match.end(), folded, stemmed, stop))
    return found
