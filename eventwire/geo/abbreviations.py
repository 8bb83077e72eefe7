"""Short forms of admin units that the press writes after a town or district in brackets or after a
comma ("Nigohan (UP)", "Nellore, AP", "Haveli district, AJK"), from the curated
`eventwire/data/gazetteer/unit_abbreviations.csv` (each row with a source note).

Only there are they units: alone, "MP" is a member of parliament and "AP" a news agency, so they are
not gazetteer keys but found by `abbreviated_units` in those positions only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.curated import curated_path, curated_rows


@dataclass(frozen=True)
class UnitAbbreviation:
    abbreviation: str
    name: str  # the unit's name as the gazetteer knows it
    country: str
    source_note: str


def abbreviations_path():
    return curated_path("unit_abbreviations.csv")


@lru_cache(maxsize=1)
def unit_abbreviations() -> dict[str, UnitAbbreviation]:
    """Abbreviation (as written, capitals) -> the unit it stands for."""
    rows = [UnitAbbreviation(**row) for row in curated_rows("unit_abbreviations.csv")]
    return {row.abbreviation: row for row in rows}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    forms = "|".join(re.escape(a) for a in sorted(unit_abbreviations(), key=len, reverse=True))
    # After "(" or ", " (inside brackets or after a name), before ")" or "," or the sentence's end;
    # never a credit before a dash ("DENVER (AP) -").
    return re.compile(rf"(?:(?<=\()|(?<=\w, )|(?<=\w,)|(?<=\), ))({forms})(?=\s*[),.;]|\s*$)(?!\)\s*(?:-|\u2013|\u2014))")


# "(Reuters, AP)": a list of news agencies credits a report, it names no state.
AGENCY_BEFORE = re.compile(r"\b(?:Reuters|AFP|Xinhua|DPA|UPI|ANI|PTI|IANS|Anadolu|Bloomberg|CNN|BBC)\W*$")


def abbreviated_units(text: str) -> list[tuple[int, int, UnitAbbreviation]]:
    """(start, end, unit) of each unit abbreviation in a unit position of `text`."""
    table = unit_abbreviations()
    return [(m.start(1), m.end(1), table[m.group(1)]) for m in _pattern().finditer(text)
            if not AGENCY_BEFORE.search(text, 0, m.start(1))]
