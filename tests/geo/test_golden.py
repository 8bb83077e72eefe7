"""Golden place cases written for eventwire (golden_places.jsonl): look-alike names in different
countries, transliteration variants, curated sites, admin context, precision, actor names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.geo.names import name_key
from eventwire.records import Article, Event, Span

from .conftest import km

CASES = [json.loads(line) for line in (Path(__file__).parent / "golden_places.jsonl").read_text().splitlines()
         if line.strip()]


def one_event(text: str) -> tuple[Event, Article]:
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="g#1", event_type="Battles", sub_event_type="Armed clash", evidence={"event_type": span})
    return event, Article(id="g", text=text, content_hash=Article.hash_text(text))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_place(geocoder, case):
    event, article = one_event(case["text"])
    placed = geocoder.place_events([event], article, None)[0]
    assert placed.country == case["country"]
    if "admin1" in case:
        assert placed.admin1 and name_key(case["admin1"]) in name_key(placed.admin1)
    if "lat" in case:
        assert km(placed.latitude, placed.longitude, case["lat"], case["lon"]) <= case.get("km", 25)
    if "precision" in case:
        assert placed.geo_precision == case["precision"]
    if case["country"] is None:  # no place rather than a wrong one
        assert placed.latitude is None and "location" not in placed.evidence
        return
    assert placed.evidence.get("location") == event.evidence["event_type"] or placed.geo_precision == 3


def test_golden_gate(geocoder):
    """Accuracy floor on the golden cases (all must pass today; the floor keeps a regression visible)."""
    ok = 0
    for case in CASES:
        event, article = one_event(case["text"])
        placed = geocoder.place_events([event], article, None)[0]
        ok += placed.country == case["country"] and (
            "lat" not in case or km(placed.latitude, placed.longitude, case["lat"], case["lon"]) <= case.get("km", 25))
    assert ok / len(CASES) >= 0.95


def test_every_curated_alias_names_a_place(geocoder):
    """Each row of aliases.csv adds spellings to a place the packages have (a package update that
    renames the place would otherwise drop the spellings without a word)."""
    import csv

    from eventwire.geo.gazetteer import aliases_path

    with aliases_path().open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    gaz = geocoder.gazetteer
    for row in rows:
        for alias in row["aliases"].split("|"):
            hits = [e for e in gaz.lookup(name_key(alias)) if e.kind == row["kind"] and e.country == row["country"]]
            assert hits, f"{alias!r} ({row['name']}, {row['country']}) names no place"
