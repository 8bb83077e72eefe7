"""Name keys, transliteration skeletons and ACLED admin-name forms."""

from __future__ import annotations

import pytest

from eventwire.geo.names import acled_admin_name, name_key, skeleton, strip_admin_suffix, strip_article


@pytest.mark.parametrize("a, b", [
    pytest.param("Al-Qa\u2019im", "Al Qa'im", id="apostrophes-and-hyphens"),
    pytest.param("Dayr az Zawr", "Dayr az-Zawr", id="hyphen"),
    pytest.param("Nuevo Le\u00f3n", "NUEVO LEON", id="diacritics-and-case"),
])
def test_same_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    pytest.param("Jurf al-Sakhar", "Jurf as Sakhr", id="sakhar-sakhr"),
    pytest.param("Jurf al-Sakhar", "Jurf al-Saqr", id="sakhar-saqr"),
    pytest.param("Ain al-Asad", "Ain al-Assad", id="asad-assad"),
    pytest.param("Al-Qa'im", "Al-Kaim", id="qaim-kaim"),
])
def test_transliteration_variants_share_a_skeleton(a, b):
    assert skeleton(name_key(a)) == skeleton(name_key(b))


def test_different_names_have_different_skeletons():
    assert skeleton(name_key("Baghdad")) != skeleton(name_key("Basra"))


def test_article_and_type_word_are_dropped():
    assert strip_article("al qaim") == "qaim"
    assert strip_admin_suffix("Anbar Governorate") == "Anbar"
    assert strip_admin_suffix("District of Karak") == "Karak"
    assert strip_admin_suffix("Mexico City") == "Mexico City"


@pytest.mark.parametrize("name, aliases, expected", [
    pytest.param("Al \u2018A\u0305\u015fimah", ("Amman", "Amman Governorate"), "Amman", id="amman"),
    pytest.param("Dayr az Zawr", ("Deir ez-Zor", "Deir ez-Zor Governorate"), "Deir ez-Zor", id="deir-ez-zor"),
    pytest.param("Luhanska oblast", ("Luhansk", "Luhansk Oblast"), "Luhansk", id="luhansk"),
    pytest.param("\u0162ar\u0101bulus", ("Tripoli", "Tripoli District"), "Tripoli", id="tripoli-english-form"),
    pytest.param("B\u0101bil", ("Babil Governorate", "Babylon Governorate"), "Babil", id="own-name-with-type-word"),
    pytest.param("Kuna\u1e5f", ("\u0648\u0644\u0627\u06cc\u062a \u06a9\u0646\u0631",), "Kunar", id="ascii-fold"),
])
def test_acled_admin_name(name, aliases, expected):
    assert acled_admin_name(name, aliases) == expected


def test_eval_compares_place_names_as_acled_spells_them():
    from eventwire.evaluate.acled import place_norm

    assert place_norm("Ma'an") == place_norm("Maan")
    assert place_norm("Deir ez-Zor") == place_norm("Deir ez Zor")
    assert place_norm("Nuevo León") == place_norm("Nuevo Leon")
    assert place_norm("Anbar") != place_norm("Babil")


def test_geonames_admin_forms_lose_their_type_words():
    from eventwire.geo.names import geonames_admin_form

    assert geonames_admin_form("Muhafazat Kirkuk") == "Kirkuk"
    assert geonames_admin_form("Basra Governorate") == "Basra"
    assert geonames_admin_form("Autonomna Pokrajina Vojvodina") == "Vojvodina"
    assert geonames_admin_form("Nord-Ouest") == "Nord-Ouest"
    assert geonames_admin_form("") is None


def test_the_geonames_form_wins_only_when_english_prefers_it():
    from eventwire.geo.names import pick_admin_form

    assert pick_admin_form("Michoacan de Ocampo", "Michoacan") == "Michoacan"
    assert pick_admin_form("La Araucania", "Araucania") == "Araucania"
    assert pick_admin_form("Odesa", "Odessa") == "Odessa"
    assert pick_admin_form("Jammu and Kashmir", "Kashmir") == "Jammu and Kashmir"
    assert pick_admin_form("Tanger-Tetouan-Al Hoceima", "Tanger-Tetouan") == "Tanger-Tetouan-Al Hoceima"
    assert pick_admin_form("Logar", "Lowgar") == "Logar"
    assert pick_admin_form("Logar", None) == "Logar"


def test_admin1_names_follow_geonames_where_english_does(geocoder):
    gazetteer = geocoder.gazetteer
    assert any(e.admin1 == "Michoacan" for e in gazetteer.lookup("morelia"))
    assert any(e.admin1 == "Odessa" and e.iso2 == "UA" for e in gazetteer.lookup("odesa"))


def test_one_country_groups_name_their_country():
    from eventwire.geo.countries import cue_country, group_cues

    assert cue_country("Boko Haram fighters attacked the village") == "Nigeria"
    assert group_cues("shelling of DPR-held Horlivka") == [("Ukraine", ("Donetsk",))]
    assert cue_country("The OSCE SMM observed 12 explosions") == "Ukraine"
    assert cue_country("militants attacked the market") is None
    assert group_cues("the shts file") == []  # only whole words


def test_french_compass_names_stay_french():
    assert acled_admin_name("Sud-Kivu", ("South Kivu", "South Kivu Province")) == "Sud-Kivu"
    assert acled_admin_name("North-West", ("Nord-Ouest", "North-West Province", "Province du Nord-Ouest")) == "Nord-Ouest"
    assert acled_admin_name("Northern Province", ("Nord", "Amajyaruguru")) == "Northern"  # a bare word: English


def test_geonames_form_does_not_replace_a_french_one():
    from eventwire.geo.names import pick_admin_form

    assert pick_admin_form("Nord-Ouest", "North-West") == "Nord-Ouest"
    assert pick_admin_form("Al Aqabah", "Aqaba") == "Al Aqabah"  # Arabic names keep their article


def test_a_small_county_seat_does_not_vote_for_its_country_as_a_namesake(geocoder):
    from eventwire.geo.detect import PlaceMention
    from eventwire.geo.resolve import _namesake_countries, candidates

    athens = candidates(geocoder.gazetteer, PlaceMention(0, 6, "Athens", "athens"), set())
    assert {c.entry.country for c in athens} >= {"Greece", "United States"}
    assert "United States" not in _namesake_countries(athens)


def test_a_unit_named_only_by_generic_words_keeps_its_type_word():
    assert acled_admin_name("National Capital Region", ()) == "National Capital Region"
    assert acled_admin_name("Federal Capital Territory", ()) == "Federal Capital Territory"
