"""The curated layer: military bases, camps, dams and named sites that gazetteer packages miss.

Each row of `eventwire/data/gazetteer/sites.csv` has its name variants, coordinates and a note
of where the fact comes from.  Names are matched in text after folding apostrophes and case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.curated import curated_rows
from eventwire.trie import alternation

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


@dataclass(frozen=True)
class Site:
    name: str
    country: str
    admin1: str
    admin2: str
    latitude: float
    longitude: float
    source_note: str


def fold(text: str) -> str:
    return text.translate(APOSTROPHES)


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    return tuple(curated_rows("sites.csv"))


@lru_cache(maxsize=1)
def _sites() -> list[tuple[re.Pattern, Site]]:
    table = []
    for row in _rows():
        site = Site(row["name"], row["country"], row["admin1"], row["admin2"], float(row["latitude"]),
                    float(row["longitude"]), row["source_note"])
        variants = sorted(row["variants"].split("|"), key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(v) for v in variants) + r")\b", re.IGNORECASE)
        table.append((pattern, site))
    return table


@lru_cache(maxsize=1)
def _any_site() -> re.Pattern:
    """Every variant of every site in one pattern: most texts name no site, and one search says so."""
    variants = [v for row in _rows() for v in row["variants"].split("|")]
    return re.compile(r"\b(" + alternation(v.lower() for v in variants) + r")\b", re.IGNORECASE)


def find_site(text: str) -> tuple[Site, str] | None:
    """The first curated site named in `text` (earliest mention), with the words that named it."""
    folded = fold(text)
    if not _any_site().search(folded):
        return None
    hits = [(m.start(), site, m.group(0)) for pattern, site in _sites() if (m := pattern.search(folded))]
    if not hits:
        return None
    _, site, raw = min(hits, key=lambda hit: hit[0])
    return site, raw


def find_all_sites(text: str) -> list[tuple[Site, str]]:
    """Every distinct curated site named in `text`, in order of first mention."""
    folded = fold(text)
    if not _any_site().search(folded):
        return []
    hits = sorted((m.start(), site.name, site, m.group(0)) for pattern, site in _sites()
                  if (m := pattern.search(folded)))
    return [(site, raw) for _, _, site, raw in hits]
