"""Fronts (fronts.csv): among namesake villages, the one on the line of contact of the event's date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.geo.fronts import fronts, fronts_on, km_to_line
from eventwire.records import Article, Event, Span

from .conftest import km

DONBAS = "Donbas line of contact"
WAR_YEAR = dt.date(2019, 6, 3)


def dated_event(text: str, day: dt.date | None) -> tuple[Event, Article]:
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="f#1", event_type="Battles", sub_event_type="Armed clash", evidence={"event_type": span})
    return event, Article(id="f", text=text, content_hash=Article.hash_text(text), published=day)


def donbas():
    return next(f for f in fronts() if f.name == DONBAS)


def test_every_front_has_a_line_and_dates():
    for front in fronts():
        assert len(front.points) >= 2 and front.start < front.end, front.name


def test_distance_to_the_line():
    front = donbas()
    lat, lon = front.points[5]
    assert km_to_line(front, lat, lon) < 1
    assert km_to_line(front, 50.45, 30.52) > 400  # Kyiv


@pytest.mark.parametrize("day, expected", [(WAR_YEAR, 1), (dt.date(2023, 9, 1), 0), (dt.date(2012, 1, 1), 0),
                                           (None, 0)], ids=["in-force", "after", "before", "no-date"])
def test_a_front_counts_only_on_its_dates(day, expected):
    assert len(fronts_on("Ukraine", day)) == expected
    assert fronts_on("Syria", WAR_YEAR) == ()


def test_namesake_village_on_the_line_wins(geocoder):
    """A dozen villages of Donetsk oblast are called Lozove, none with a population: in wartime the
    monitors' report of shelling near one is about the one on the line of contact."""
    text = "The monitors counted nine explosions near Lozove, Donetsk, on Tuesday."
    event, article = dated_event(text, WAR_YEAR)
    placed = geocoder.place_events([event], article, None)[0]
    assert placed.admin1 == "Donetsk" and placed.geo_precision == 2
    assert km_to_line(donbas(), placed.latitude, placed.longitude) < 15


def test_no_date_no_front(geocoder):
    """The line moved in 2022: without the event's date the front says nothing."""
    text = "The monitors counted nine explosions near Lozove, Donetsk, on Tuesday."
    resolution, _ = geocoder.explain(text)
    assert not any("line of contact" in why for r in resolution.mentions for c in r.candidates for why in c.why)
    dated, _ = geocoder.explain(text, day=WAR_YEAR)
    assert any("line of contact" in why for r in dated.mentions for c in r.candidates for why in c.why)


def test_a_sizeable_town_is_not_moved_to_the_line(geocoder):
    """Kramatorsk (150,000 people) has no namesake the line could prefer."""
    text = "Hundreds rallied in Kramatorsk, Donetsk, on Sunday."
    event, article = dated_event(text, WAR_YEAR)
    placed = geocoder.place_events([event], article, None)[0]
    assert km(placed.latitude, placed.longitude, 48.72, 37.56) < 10
