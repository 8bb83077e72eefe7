"""Names compared across scripts: an Arabic, Persian, Kurdish, Cyrillic or Latin word becomes a
consonant skeleton, so that إدلب, Идлиб, İdlib'de and Idleb all read "dlb".

Each word is romanised letter by letter (Arabic script and Cyrillic), folded to ASCII, its
sounds merged where languages spell them differently (kh/x/h, q/k/c, v/f/w, z/s, sh/ch/s...),
and its vowels and semivowels (a e i o u y w) dropped, with a final h (ة, ه).  Skeletons
of four consonants or more match at one edit apart (Járkov ~ Kharkiv); shorter ones only exactly.

A name of fewer than three consonants (Gao, Mali, Hama) has too short a skeleton to tell: 'g'
or 'ml' is some common word in every language.  It is compared by its `spelling` instead, the
skeleton with its vowels folded to a, i, u and kept (Gao, غاو, گائو, Гао: "gau"), which a
language that writes its long vowels spells alike.  An English demonym (Malian) also matches its
country's name (Mali), as reports in other languages often say "the army of Mali".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

ARABIC_SCRIPT = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "w", "ئ": "", "ب": "b", "پ": "p",
    "ت": "t", "ث": "t", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "d", "ر": "r", "ڕ": "r",
    "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ڤ": "v", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "ڵ": "l", "م": "m", "ن": "n",
    "ه": "h", "ھ": "h", "ة": "h", "و": "w", "ۆ": "o", "ۇ": "u", "ي": "y", "ی": "y", "ى": "a", "ێ": "e",
    "ە": "a", "ـ": "",
}
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ь": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
}
LETTERS = {**ARABIC_SCRIPT, **CYRILLIC, "ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l"}
SOUNDS = (("shch", "s"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("zh", "s"), ("ts", "s"),
          ("th", "t"), ("dh", "d"), ("ph", "f"), ("x", "k"), ("q", "k"), ("c", "k"), ("j", "g"),
          ("z", "s"), ("v", "f"), ("p", "b"))
ARABIC_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
MIN_NAME_CONSONANTS = 3
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_VOWELS = re.compile(r"[aeiouyw]")
_VOWEL_CLASSES = str.maketrans({"e": "i", "y": "i", "o": "u", "w": "u"})
SPELLED = "="    # marks a spelling, so that it never equals a skeleton
_ELISION = re.compile(r"^(?:[dlDL]|qu|Qu)['’]")            # French d'Idleb, l'armée
_APOSTROPHE_SUFFIX = re.compile(r"['’][^\W\d_]+$")   # Turkish İdlib'de, French d'Idleb


def romanise(word: str) -> str:
    lowered = word.lower()
    out = "".join(LETTERS.get(ch, ch) for ch in lowered)
    return unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode()


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """'Idlib', 'إدلب', 'Идлибе' -> 'dlb'; 'Sulaymaniyah', 'السليمانية', 'Сулеймании' -> 'slmn'."""
    return _one_h(_final_h(re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", _sounds(word)))))


@lru_cache(maxsize=100_000)
def spelling(word: str) -> str:
    """The skeleton with the vowels kept, folded to a, i, u: 'Gao', 'غاو', 'Гао' -> 'gau'."""
    text = _sounds(word).translate(_VOWEL_CLASSES)
    return SPELLED + _one_h(_final_h(re.sub(r"(.)\1+", r"\1", text)))


def _sounds(word: str) -> str:
    """The word romanised, its sounds merged (kh -> k, z -> s...), letters a-z only."""
    word = _APOSTROPHE_SUFFIX.sub("", _ELISION.sub("", word))
    text = romanise(word)
    for a, b in SOUNDS:
        text = text.replace(a, b)
    return re.sub(r"[^a-z]", "", text)


def _final_h(text: str) -> str:
    return text[:-1] if len(text) > 2 and text.endswith("h") else text


def _one_h(text: str) -> str:
    """h and k(h) as one sound: Cyrillic writes Arabic h with х (Homs, حمص, Хомс)."""
    return re.sub(r"k+", "k", text.replace("h", "k"))


def name_forms(word: str) -> frozenset[str]:
    """How an English name is looked for: its skeleton, or its spelling when the skeleton is too
    short; a demonym also by its country's name (its longest word)."""
    forms = {_form(word)}
    if country := _demonyms().get(word.lower()):
        forms.add(_form(max(_WORD.findall(country), key=len)))
    return frozenset(f for f in forms if f.strip(SPELLED))


def _form(word: str) -> str:
    bones = skeleton(word)
    return bones if len(bones) >= MIN_NAME_CONSONANTS else spelling(word)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from eventwire.rules import rules

    return rules().geo_words("demonym")


def word_skeletons(text: str) -> set[str]:
    """The skeleton and the spelling of every word of a text, and of Arabic-script words without
    a clitic prefix."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        out.update((skeleton(word), spelling(word)))
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                out.update((skeleton(word[len(prefix):]), spelling(word[len(prefix):])))
    out.discard("")
    out.discard(SPELLED)
    return out


def english_names(text: str) -> set[frozenset[str]]:
    """The names of an English text, each as the forms it is looked for by (`name_forms`): its
    capitalised words but the first of each sentence and the days and months."""
    out = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = _WORD.findall(sentence)[1:]
        out |= {name_forms(w) for w in words if w[:1].isupper() and w.lower() not in CALENDAR}
    out.discard(frozenset())
    return out


def matches(name: frozenset[str], words: set[str]) -> bool:
    """Whether the other text spells the name: a form is among its words' skeletons and spellings,
    or a skeleton of four consonants or more is one edit from one of them."""
    return any(_form_matches(form, words) for form in name)


def _form_matches(form: str, words: set[str]) -> bool:
    if form in words:
        return True
    return (not form.startswith(SPELLED) and len(form) >= 4
            and any(abs(len(w) - len(form)) <= 1 and Levenshtein.distance(form, w) <= 1 for w in words))


def shared_names(english: str, other: str) -> float | None:
    """The share of the names of an English text (title and body) that the other text also spells;
    None when the English text has no name to look for."""
    names = english_names(english)
    if not names:
        return None
    other_words = word_skeletons(other)
    return sum(matches(n, other_words) for n in names) / len(names)
