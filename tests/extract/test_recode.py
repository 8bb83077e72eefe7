"""Actors are coded in the country an event was geocoded to, not only the article's focus."""

from __future__ import annotations

import json

from eventwire import pipeline
from eventwire.records import EventMention
from eventwire.settings import Settings


def test_civilians_are_named_where_the_strike_was_geocoded(tmp_path):
    source = tmp_path / "coalition.jsonl"
    text = ("A Saudi-led coalition airstrike hit a house in Sirwah district, Marib governorate, on "
            "Friday, killing two civilians, local officials said.")
    source.write_text(json.dumps({"id": "coalition", "published": "2020-05-02", "text": text}) + "\n",
                      encoding="utf-8")
    events = [e for e in pipeline.extract([str(source)], Settings()) if isinstance(e, EventMention)]
    assert [(e.country, e.actor1, e.actor2) for e in events] == [
        ("Yemen", "Military Forces of Saudi Arabia (2015-)", "Civilians (Yemen)")]
    assert events[0].civilian_targeting == "Civilian targeting"
    assert "civilians" in events[0].evidence["actor2"].text


def test_an_event_in_the_focus_country_keeps_its_actors():
    from eventwire.extract import Detection, recode_actors
    from eventwire.records import Article

    article = Article(id="a", text="Gunmen killed two farmers in Zamfara.", content_hash="h")
    detection = Detection(article=article, sents=[], groups=[], country="Nigeria")
    event = EventMention(id="a#1", event_type="Violence against civilians", sub_event_type="Attack", country="Nigeria",
                  actor1="Unidentified Armed Group (Nigeria)")
    assert recode_actors(detection, event) is event
