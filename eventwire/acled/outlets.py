"""Outlets: ACLED's `source` (who reported an event) and `source_scale` (how far from the event).

The outlet table (`eventwire/data/outlets.csv`, written for eventwire from public knowledge of
the outlets) gives each outlet its ACLED name, other names it goes by, a scale and, for national
and subnational outlets, the country it is from.  docs/OUTLETS.md explains the columns.

- `source`: the outlets joined by "; " in alphabetical order, each once, as ACLED writes them.
- `source_scale`: each outlet's scale relative to the event, then every distinct scale joined by
  "-" in ACLED's order (Local partner, Other, New media, Subnational, National, Regional,
  International): "National-International".  A national outlet reporting on another country is
  Regional when both are in one ACLED region, else International.  An outlet the table does not
  know is National when its name holds the event's country (or its demonym), else Other.
- `cited_outlets(text)`: the outlets an article's text cites as its source ("told Reuters",
  "according to AFP", "cited by CNN", "(AP) -", "correspondent for the Associated Press").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.trie import alternation

OUTLETS_CSV = Path(__file__).resolve().parents[1] / "data" / "outlets.csv"
SCALES = ("Local partner", "Other", "New media", "Subnational", "National", "Regional", "International")
SEPARATOR = "; "

# Words that, next to an outlet's name, say the text takes its facts from that outlet.
_CUE_BEFORE = (r"(?:told|to|by|according to|for|with|from|via|citing|cited by|quoted by|reported by|"
               r"in an interview with|speaking to|spoke to|said to|confirmed to|seen by|obtained by)")
_CUE_AFTER = r"(?:reported|reports|said|says|cited|quoted|learned|learnt|understands|has learned|was told|correspondents?|reporters?)"


@dataclass(frozen=True)
class Outlet:
    name: str
    scale: str
    country: str | None = None


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, Outlet]:
    """Every name and alias (lower case) -> its outlet."""
    table: dict[str, Outlet] = {}
    with open(OUTLETS_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["scale"] not in SCALES:
                raise ValueError(f"{OUTLETS_CSV}: outlet {row['name']!r} has scale {row['scale']!r}, "
                                 f"not one of {', '.join(SCALES)}")
            outlet = Outlet(row["name"], row["scale"], row["country"] or None)
            for name in (row["name"], *filter(None, row["aliases"].split("|"))):
                table[name.lower()] = outlet
    return table


def known_outlet(name: str) -> Outlet | None:
    return outlet_table().get(name.strip().lower())


def acled_name(name: str) -> str:
    """The table's name for an outlet ("The Associated Press" -> "Associated Press"), else as given."""
    outlet = known_outlet(name)
    return outlet.name if outlet else name.strip()


def split_sources(source: str | None) -> list[str]:
    """The outlets of a `source` value, each once, in ACLED's names."""
    if not source:
        return []
    parts = (acled_name(p) for p in re.split(r"\s*;\s*|\n", source))
    return list(dict.fromkeys(p for p in parts if p))


def source_value(outlets: list[str]) -> str | None:
    """ACLED's `source`: the outlets in alphabetical order, joined by "; "."""
    names = sorted(dict.fromkeys(acled_name(o) for o in outlets if o.strip()), key=str.casefold)
    return SEPARATOR.join(names) or None


def outlet_scale(name: str, country: str | None, region_of=None) -> str:
    """One outlet's scale for an event in `country`."""
    outlet = known_outlet(name)
    if outlet is None:
        return "National" if country and _names_country(name, country) else "Other"
    if outlet.scale not in ("National", "Subnational") or not outlet.country or not country:
        return outlet.scale
    if outlet.country == country:
        return outlet.scale
    same_region = region_of is not None and region_of(outlet.country) and region_of(outlet.country) == region_of(country)
    return "Regional" if same_region else "International"


def source_scale(outlets: list[str], country: str | None, region_of=None) -> str:
    """ACLED's `source_scale` for these outlets reporting an event in `country` ("Other" if none)."""
    if not outlets:
        return "Other"
    scales = {outlet_scale(o, country, region_of) for o in outlets}
    return "-".join(s for s in SCALES if s in scales)


def _names_country(name: str, country: str) -> bool:
    from eventwire.acled.words import country_words

    words = "|".join(re.escape(w) for w in country_words(country))
    return bool(re.search(rf"\b(?:{words})\b", name, re.I))


@lru_cache(maxsize=1)
def _cite_pattern() -> re.Pattern:
    names = alternation(n for n in outlet_table() if len(n) >= 3 or n in ("ap", "dw"))
    outlet = rf"(?:the\s+)?(?P<name>{names})"
    return re.compile(
        rf"\b{_CUE_BEFORE}\s+{outlet}(?![\w-])|"
        rf"\((?P<dateline>{names})\)\s*[-\u2013\u2014]|"
        rf"(?<![\w-])(?P<subject>{names})(?:'s)?\s+{_CUE_AFTER}\b",
        re.I)


def cited_outlets(text: str) -> list[str]:
    """Outlets the text names as where its facts come from, in order of first citation."""
    return list(_cited_outlets(text))


@lru_cache(maxsize=64)  # each event of an article asks for its article's outlets
def _cited_outlets(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in _cite_pattern().finditer(text):
        raw = match.group("name") or match.group("dateline") or match.group("subject")
        if not raw[0].isupper() or (len(raw) <= 4 and raw != raw.upper() and " " not in raw):
            continue  # a name as written: "Dawn", not "dawn"; "AP", not "ap"
        found.append(outlet_table()[raw.lower()].name)
    return tuple(dict.fromkeys(found))
