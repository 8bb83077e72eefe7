"""Names compared across scripts: an Arabic, Persian, Kurdish, Cyrillic or Latin word becomes a
consonant skeleton, so that إدلب, Идлиб, İdlib'de and Idleb all read "dlb".

Each word is romanised letter by letter (Arabic script and Cyrillic), folded to ASCII, its
sounds merged where languages spell them differently (kh/x/h, q/k/c, v/f/w, z/s, sh/ch/s...),
and its vowels and semivowels (a e i o u y w) dropped, with a final h (ة, ه).  Skeletons
of four consonants or more match at one edit apart (Járkov ~ Kharkiv); shorter ones only exactly.
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
_ELISION = re.compile(r"^(?:[dlDL]|qu|Qu)['’]")            # French d'Idleb, l'armée
_APOSTROPHE_SUFFIX = re.compile(r"['’][^\W\d_]+$")   # Turkish İdlib'de, French d'Idleb


def romanise(word: str) -> str:
    lowered = word.lower()
    out = "".join(LETTERS.get(ch, ch) for ch in lowered)
    return unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode()


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """'Idlib', 'إدلب', 'Идлибе' -> 'dlb'; 'Sulaymaniyah', 'السليمانية', 'Сулеймании' -> 'slmn'."""
    word = _ELISION.sub("", word)
    word = _APOSTROPHE_SUFFIX.sub("", word)
    text = romanise(word)
    for a, b in SOUNDS:
        text = text.replace(a, b)
    text = re.sub(r"[^a-z]", "", _VOWELS.sub("", text))
    text = re.sub(r"(.)\1+", r"\1", text)
    return text[:-1] if len(text) > 2 and text.endswith("h") else text


def word_skeletons(text: str) -> set[str]:
    """The skeleton of every word of a text, and of Arabic-script words without a clitic prefix."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        out.add(skeleton(word))
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                out.add(skeleton(word[len(prefix):]))
    out.discard("")
    return out


def name_skeletons(text: str) -> set[str]:
    """Skeletons of the names of an English text: its capitalised words but the first of each
    sentence and the days and months, of MIN_NAME_CONSONANTS or more (a shorter skeleton, 'g' of
    Gao, 'dr' of Daraa, is also a common word somewhere)."""
    out = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = _WORD.findall(sentence)[1:]
        out |= {skeleton(w) for w in words if w[:1].isupper() and w.lower() not in CALENDAR}
    return {s for s in out if len(s) >= MIN_NAME_CONSONANTS}


def matches(name: str, skeletons: set[str]) -> bool:
    if name in skeletons:
        return True
    return len(name) >= 4 and any(abs(len(s) - len(name)) <= 1 and Levenshtein.distance(name, s) <= 1
                                  for s in skeletons)


def shared_names(english: str, other: str) -> float | None:
    """The share of the names of an English text (title and body) that the other text also spells;
    None when the English text has no name to look for."""
    names = name_skeletons(english)
    if not names:
        return None
    other_words = word_skeletons(other)
    return sum(matches(n, other_words) for n in names) / len(names)
