"""Geocoder.place_events: the one-location rule, precision, evidence, and what it reads."""

from __future__ import annotations

from eventwire.geo.countries import focus_country, iso_numeric, region_of
from eventwire.records import Article, Event, Span

from .conftest import km


def make(text: str, fatalities: int = 0, extra: dict | None = None, **fields) -> tuple[Event, Article]:
    span = Span(start=0, end=text.find(".") + 1 or len(text), text=text[:text.find(".") + 1 or len(text)])
    evidence = {"event_type": span, **(extra or {})}
    event = Event(id="a#1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  fatalities=fatalities, evidence=evidence, **fields)
    return event, Article(id="a", text=text, content_hash=Article.hash_text(text))


def test_two_sites_become_two_events_with_split_fatalities(geocoder):
    event, article = make("US jets struck two sites, Al-Qa\u2019im and Jurf al-Sakhar, killing 5 fighters.", 5)
    first, second = geocoder.place_events([event], article, None)
    assert (first.id, second.id) == ("a#1", "a#1-2")
    assert (first.fatalities, second.fatalities) == (3, 2)
    assert (first.location, second.location) == ("Al-Qaim", "Jurf al-Sakhar")
    assert "anbar" in first.admin1.lower() and second.admin1 == "Babil"
    assert first.geo_precision == second.geo_precision == 1


def test_injuries_over_two_sites_are_split_not_copied(geocoder):
    event, article = make("Rockets hit Al-Qa\u2019im and Jurf al-Sakhar, wounding 3 fighters.", 0, injuries=3)
    first, second = geocoder.place_events([event], article, None)
    assert (first.injuries, second.injuries) == (2, 1)


def test_unknown_injuries_stay_unknown_at_every_site(geocoder):
    event, article = make("Rockets hit Al-Qa\u2019im and Jurf al-Sakhar.", 0)
    assert [e.injuries for e in geocoder.place_events([event], article, None)] == [None, None]


def test_strikes_in_two_countries_become_country_level_events_with_capitals(geocoder):
    event, article = make("Friday's strikes on targets in Iraq and Syria killed 3 people.", 3)
    first, second = geocoder.place_events([event], article, None)
    assert (first.country, second.country) == ("Iraq", "Syria")
    assert (first.iso, second.iso) == (368, 760)
    assert first.geo_precision == second.geo_precision == 3
    assert km(first.latitude, first.longitude, 33.34, 44.40) < 25  # Baghdad
    assert km(second.latitude, second.longitude, 33.51, 36.29) < 25  # Damascus
    assert (first.fatalities, second.fatalities) == (2, 1)


def test_a_town_in_another_sentence_refines_a_country_level_place(geocoder):
    text = "A drone attack hit a military base in Jordan on Sunday. Officials named the base as Tower 22."
    event, article = make(text, place_mentions=("Tower 22",))
    (placed,) = geocoder.place_events([event], article, None)
    assert (placed.location, placed.country, placed.geo_precision) == ("Tower 22", "Jordan", 1)


def test_country_named_as_an_actor_is_not_the_place(geocoder):
    text = "U.S. warplanes conducted airstrikes, killing militants. The strikes hit sites in Iraq."
    event, article = make(text)
    (placed,) = geocoder.place_events([event], article, None)
    assert placed.country == "Iraq"


def test_the_article_focus_country_decides_a_bare_ambiguous_name(geocoder):
    text = ("Clashes broke out in Tripoli. Lebanese soldiers deployed. The army of Lebanon said calm returned "
            "to Lebanon's north.")
    event, article = make(text)
    (placed,) = geocoder.place_events([event], article, None)
    assert placed.country == "Lebanon" and km(placed.latitude, placed.longitude, 34.44, 35.85) < 25


def test_event_without_a_place_or_country_is_left_unplaced(geocoder):
    event, article = make("Nothing about any place here.")
    (placed,) = geocoder.place_events([event], article, None)
    assert placed.country is None and placed.latitude is None


def test_event_without_evidence_reads_the_article_text(geocoder):
    text = "Protesters gathered in Irbid, Jordan, on Friday."
    event = Event(id="a#1", event_type="Protests", sub_event_type="Peaceful protest")
    article = Article(id="a", text=text, content_hash=Article.hash_text(text))
    (placed,) = geocoder.place_events([event], article, None)
    assert placed.country == "Jordan" and km(placed.latitude, placed.longitude, 32.56, 35.85) < 25


def test_location_evidence_is_the_sentence_with_the_name(geocoder):
    text = "Shelling hit Ariha, Idlib, at dawn. Two people died."
    event, article = make(text)
    (placed,) = geocoder.place_events([event], article, None)
    span = placed.evidence["location"]
    assert article.text[span.start:span.end] == span.text and "Ariha" in span.text


def test_focus_country_keeps_its_signature():
    assert focus_country("Syrian forces shelled Ariha; Syria denied it. US officials spoke.") == "Syria"
    assert focus_country("Ukrainian Forces fired mortars.") == "Ukraine"
    assert focus_country("Nothing about any place here.") is None
    assert focus_country("US troops were hit.", exclude=()) == "United States"


def test_country_codes_and_regions():
    assert (iso_numeric("Iraq"), iso_numeric("Syria"), region_of("Jordan")) == (368, 760, "Middle East")
    assert iso_numeric("Democratic Republic of Congo") == 180


def test_a_town_named_in_another_sentence_is_the_unnamed_town_near_the_reference(geocoder):
    text = ("Two people died when a drone hit a village south of the capital Tripoli. "
            "A spokesman said the drone had struck a market in Al-Sawani.")
    second = text.index("A spokesman")
    event, article = make(text, extra={"fatalities": Span(start=second, end=len(text), text=text[second:])})
    (placed,) = geocoder.place_events([event], article, None)
    assert (placed.location, placed.country, placed.geo_precision) == ("As Sawani", "Libya", 1)


def test_a_far_town_in_another_sentence_does_not_replace_the_reference(geocoder):
    text = ("Two people died when a drone hit a village near Sirte. "
            "Officials in Tripoli said the attack broke the truce.")
    second = text.index("Officials")
    event, article = make(text, extra={"fatalities": Span(start=second, end=len(text), text=text[second:])})
    (placed,) = geocoder.place_events([event], article, None)
    assert (placed.location, placed.geo_precision) == ("Sirte", 2)
