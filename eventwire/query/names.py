"""Lenient comparison of names: accents, apostrophes, hyphens, Arabic articles and unit words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’‘`ʿʾ\u02bb\u02bc]")
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|at|az|ash|ath|adh)\s+")
_UNIT_WORDS = re.compile(r"\s+(?:province|governorate|region|state|oblast|district|department|county|"
                         r"muhafazah|wilayah|wilaya|prefecture|division|territory|raion|rayon)$")
PARTICLES = {"al", "el", "of", "the", "in", "and", "for", "de", "del", "la", "le", "du", "des", "lid", "wal",
             "is", "ahli", "bin", "ibn", "da", "do", "dos", "das"}


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """Lower case, no accents, no apostrophes, hyphens and punctuation as spaces."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = _APOSTROPHES.sub("", plain.lower())
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


@lru_cache(maxsize=4096)
def unit_key(name: str) -> str:
    """A unit's name for lenient matching: "Al-Anbar Governorate" and "anbar" give "anbar"."""
    key = _UNIT_WORDS.sub("", folded(name))
    key = _ARTICLE.sub("", key)
    return key.replace(" ", "")


def initials(name: str) -> str:
    """Upper-case initials of a name's words, particles left out: "Kataib Hezbollah" -> "KH",
    "Military Forces of the United States (2021-)" -> "MFUS"."""
    words = re.findall(r"[A-Za-z][\w'’]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in PARTICLES and not w.isdigit())
