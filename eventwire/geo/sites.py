"""The curated layer: military bases, camps, dams and named sites that gazetteer packages miss.

Each row of `eventwire/data/gazetteer/sites.csv` has its name variants, coordinates and a note
of where the fact comes from.  Names are matched in text after folding apostrophes and case.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
def _sites() -> list[tuple[re.Pattern, Site]]:
    path = resources.files("eventwire") / "data" / "gazetteer" / "sites.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    table = []
    for row in rows:
        site = Site(row["name"], row["country"], row["admin1"], row["admin2"], float(row["latitude"]),
                    float(row["longitude"]), row["source_note"])
        variants = sorted(row["variants"].split("|"), key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(v) for v in variants) + r")\b", re.IGNORECASE)
        table.append((pattern, site))
    return table


def find_site(text: str) -> tuple[Site, str] | None:
    """The first curated site named in `text` (earliest mention), with the words that named it."""
    folded = fold(text)
    hits = [(m.start(), site, m.group(0)) for pattern, site in _sites() if (m := pattern.search(folded))]
    if not hits:
        return None
    _, site, raw = min(hits, key=lambda hit: hit[0])
    return site, raw


def find_all_sites(text: str) -> list[tuple[Site, str]]:
    """Every distinct curated site named in `text`, in order of first mention."""
    folded = fold(text)
    hits = sorted((m.start(), site.name, site, m.group(0)) for pattern, site in _sites()
                  if (m := pattern.search(folded)))
    return [(site, raw) for _, _, site, raw in hits]
