"""Geocoding of event place mentions against the installed gazetteer packages."""

from __future__ import annotations

import math

import pytest

from eventwire.geo import Geocoder, lookup_city
from eventwire.geo.countries import focus_country, iso_numeric, region_of
from eventwire.records import Article, Event, Span


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("name, country, lat, lon", [
    pytest.param("Tripoli", "Lebanon", 34.43, 35.84, id="tripoli-lebanon"),
    pytest.param("Tripoli", "Libya", 32.89, 13.19, id="tripoli-libya"),
    pytest.param("Ariha", "Syria", 35.81, 36.61, id="ariha"),
    pytest.param("Kharkiv", "Ukraine", 50.0, 36.23, id="kharkiv"),
])
def test_look_alike_names_resolve_inside_the_focus_country(name, country, lat, lon):
    city = lookup_city(name, country)
    assert km(city.lat, city.lng, lat, lon) < 25


@pytest.mark.parametrize("text, expected", [
    pytest.param("Syrian forces shelled Ariha; Syria denied it. US officials spoke.", "Syria", id="demonym"),
    pytest.param("Nothing about any place here.", None, id="none"),
])
def test_focus_country(text, expected):
    assert focus_country(text) == expected


def test_country_codes_and_regions():
    assert (iso_numeric("Iraq"), iso_numeric("Syria"), region_of("Jordan")) == (368, 760, "Middle East")


def make_event(text, places, country):
    span = Span(start=0, end=len(text), text=text)
    return Event(id="a#1", event_type="Battles", sub_event_type="Armed clash", place_mentions=places,
                 country=country, evidence={"event_type": span})


@pytest.mark.parametrize("text, places, precision", [
    pytest.param("Fighters clashed in Ariha.", ("Ariha",), 1, id="in-town"),
    pytest.param("Fighters clashed near Ariha.", ("Ariha",), 2, id="near-town"),
    pytest.param("Fighters clashed in Syria.", ("Syria",), 3, id="country-only"),
])
def test_geo_precision(text, places, precision):
    article = Article(id="a", text=text, content_hash=Article.hash_text(text))
    (placed,) = Geocoder().place_events([make_event(text, places, "Syria")], article, None)
    assert placed.geo_precision == precision and placed.country == "Syria" and placed.iso == 760


@pytest.mark.parametrize("text, site, country", [
    pytest.param("Rockets hit Ain al-Asad overnight.", "Ain al-Asad Air Base", "Iraq", id="ain-al-asad"),
    pytest.param("Jets struck Jurf al-Saqr south of Baghdad.", "Jurf al-Sakhar", "Iraq", id="jurf-variant"),
    pytest.param("A drone hit the Al-Qa\u2019im depot.", "Al-Qaim", "Iraq", id="curly-apostrophe"),
    pytest.param("A drone struck Tower 22 near the border.", "Tower 22", "Jordan", id="tower-22"),
])
def test_curated_sites_are_found_in_the_sentence(text, site, country):
    article = Article(id="a", text=text, content_hash=Article.hash_text(text))
    (placed,) = Geocoder().place_events([make_event(text, (), "Syria")], article, None)
    assert (placed.location, placed.country, placed.geo_precision) == (site, country, 1)
