"""Country guessed from the places named, admin units named in the text, names after prepositions."""

from __future__ import annotations

from eventwire.geo import Geocoder, fold_name, guess_country, lookup_city
from eventwire.records import Article, Event, Span


def test_country_is_guessed_from_admin_units_when_no_country_is_named():
    assert guess_country(("Cuauhtemoc", "Chihuahua")) == "Mexico"


def test_admin_unit_named_in_the_text_picks_the_town():
    city = lookup_city("Celaya", "Mexico", frozenset({"guanajuato"}))
    assert abs(city.lat - 20.52) < 0.3


def test_admin_names_are_ascii():
    assert fold_name("Nuevo León") == "Nuevo Leon"


def test_name_after_preposition_is_a_candidate_even_when_spacy_misses_it():
    text = "On Friday, gunmen killed two men in Celaya, Guanajuato."
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="a#1", event_type="Battles", sub_event_type="Armed clash", place_mentions=(),
                  evidence={"event_type": span})
    article = Article(id="a", text=text, content_hash=Article.hash_text(text))
    (placed,) = Geocoder().place_events([event], article, None)
    assert placed.country == "Mexico" and placed.admin1 == "Guanajuato" and placed.geo_precision == 1


def test_an_event_in_two_sites_becomes_two_events_with_split_fatalities():
    text = "US jets struck two sites, Al-Qa\u2019im and Jurf al-Sakhar, killing 5 fighters."
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="a#1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  place_mentions=(), fatalities=5, evidence={"event_type": span})
    article = Article(id="a", text=text, content_hash=Article.hash_text(text))
    first, second = Geocoder().place_events([event], article, None)
    assert (first.id, second.id) == ("a#1", "a#1-2")
    assert (first.fatalities, second.fatalities) == (3, 2)
    assert (first.admin1, second.admin1) == ("Al Anbar", "Babil")
    assert first.geo_precision == second.geo_precision == 1


def test_strikes_in_two_countries_become_two_country_level_events():
    text = "Friday's strikes on targets in Iraq and Syria killed 3 people."
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="a#1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  place_mentions=("Iraq", "Syria"), fatalities=3, country="Iraq", evidence={"event_type": span})
    article = Article(id="a", text=text, content_hash=Article.hash_text(text))
    first, second = Geocoder().place_events([event], article, None)
    assert (first.country, second.country) == ("Iraq", "Syria")
    assert (first.iso, second.iso) == (368, 760)
    assert first.geo_precision == second.geo_precision == 3
    assert (first.fatalities, second.fatalities, second.id) == (2, 1, "a#1-2")
