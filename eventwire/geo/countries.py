"""Country names, demonyms and ACLED regions, from pycountry plus a small hand-written layer."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pycountry

DEMONYMS = {
    "iraqi": "Iraq", "syrian": "Syria", "jordanian": "Jordan", "lebanese": "Lebanon", "yemeni": "Yemen",
    "israeli": "Israel", "palestinian": "Palestine", "iranian": "Iran", "nigerian": "Nigeria",
    "sudanese": "Sudan", "somali": "Somalia", "ukrainian": "Ukraine", "russian": "Russia",
    "colombian": "Colombia", "burmese": "Myanmar", "myanmar": "Myanmar", "american": "United States",
    "u.s.": "United States", "us": "United States", "turkish": "Turkey", "egyptian": "Egypt",
}
ALIASES = {"iran": "Iran", "syria": "Syria", "russia": "Russia", "gaza": "Palestine",
           "west bank": "Palestine", "burma": "Myanmar", "turkey": "Turkey", "united states": "United States"}
REGIONS = {
    "Middle East": {"Iraq", "Syria", "Jordan", "Lebanon", "Yemen", "Israel", "Palestine", "Iran", "Turkey",
                    "Saudi Arabia", "Kuwait", "Bahrain", "Qatar", "United Arab Emirates", "Oman"},
    "Western Africa": {"Nigeria", "Mali", "Burkina Faso", "Niger", "Ghana", "Senegal", "Guinea"},
    "Eastern Africa": {"Somalia", "Ethiopia", "Kenya", "Sudan", "South Sudan", "Uganda", "Eritrea"},
    "Northern Africa": {"Egypt", "Libya", "Tunisia", "Algeria", "Morocco"},
    "Europe": {"Ukraine", "Russia", "Belarus", "Poland", "France", "Germany"},
    "South America": {"Colombia", "Venezuela", "Peru", "Brazil", "Ecuador", "Chile", "Argentina"},
    "Southeast Asia": {"Myanmar", "Thailand", "Philippines", "Indonesia", "Cambodia"},
    "North America": {"United States", "Canada"},
}
# "Iran-backed", "Iranian-aligned": a patron named as an adjective is not where events happen.
PATRON = re.compile(r"-(backed|linked|affiliated|aligned|allied|supported|sponsored)\b|n?-?backed\b|['\u2019]s\b")
SHORT_NAMES = {"Syrian Arab Republic": "Syria", "Iran, Islamic Republic of": "Iran", "Russian Federation": "Russia",
               "Palestine, State of": "Palestine", "Türkiye": "Turkey"}


OFFICIAL_NAMES = {short: official for official, short in SHORT_NAMES.items()}


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    table = {}
    for country in pycountry.countries:
        name = SHORT_NAMES.get(country.name, getattr(country, "common_name", country.name))
        table[name.lower()] = name
        table[country.name.lower()] = name
        table[getattr(country, "official_name", country.name).lower()] = name
    table.update({k: v for k, v in {**DEMONYMS, **ALIASES}.items()})
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted(_name_table(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def countries_in(text: str) -> list[str]:
    """Country names (from names and demonyms) in order of appearance."""
    table = _name_table()
    return [table[m.group(1).lower()] for m in _pattern().finditer(text)
            if m.group(1) != "us" and not PATRON.match(text, m.end())]


def focus_country(text: str, exclude: tuple[str, ...] = ("United States",)) -> str | None:
    """The country an article is mostly about: the most mentioned one, foreign patrons excluded."""
    counts = Counter(c for c in countries_in(text) if c not in exclude)
    return counts.most_common(1)[0][0] if counts else None


def country_name(name: str) -> str | None:
    return _name_table().get(name.lower())


@lru_cache(maxsize=512)
def iso_numeric(country: str) -> int | None:
    """Numeric ISO 3166 code (ACLED's `iso`); cached, since it is called for every event."""
    try:
        record = pycountry.countries.lookup(OFFICIAL_NAMES.get(country, country))
    except LookupError:
        return None
    return int(record.numeric)


def region_of(country: str | None) -> str | None:
    return next((region for region, members in REGIONS.items() if country in members), None)
