"""Several attacks at several places: one event per attack and place, each with its own id.

Reported: "in three separate attacks ... in Gwoza and Damboa" gave ids twice to the same number
("ng#1-2" for the second place of the first attack and for the first place of the second), as
the extractor's per-attack split and the geocoder's per-place split each minted "-n" ids.
Extraction and geocoding run together here, as `eventwire extract` runs them."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from eventwire.parts import split_fatalities
from eventwire.records import Article

CASES = [
    pytest.param("Gunmen killed nine villagers in three separate attacks on Tuesday in Gwoza and Damboa, "
                 "in Borno State, police said.", 3, {"Gwoza", "Damboa"}, 9, id="three-attacks-two-towns"),
    pytest.param("Al-Shabaab fighters killed six soldiers in two attacks on Monday on army bases in Jilib and "
                 "Afgooye, officials said.", 2, {"Jilib", "Afgooye"}, 6, id="two-attacks-two-bases"),
]


@pytest.fixture(scope="module")
def annotator():
    from eventwire.pipeline import Annotator
    from eventwire.settings import Settings

    return Annotator(Settings())


@pytest.mark.parametrize("text, attacks, places, total", CASES)
def test_every_attack_at_every_place_has_its_own_id(annotator, text, attacks, places, total):
    article = Article(id="a", text=text, published=dt.date(2024, 3, 7), content_hash=Article.hash_text(text))
    ((_, events),) = annotator.annotate([article])
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids)), f"duplicate ids: {[i for i, n in Counter(ids).items() if n > 1]}"
    assert len(events) == attacks * len(places)
    assert Counter(e.location for e in events) == {place: attacks for place in places}
    assert sum(e.fatalities for e in events) == total
    assert ids[0] == "a#1" and all(i.startswith("a#1-") for i in ids[1:])


def test_one_kind_of_split_keeps_the_ids_it_always_had(annotator):
    text = "Air strikes hit Saraqib in Idlib province on Sunday, killing eight civilians in four separate strikes."
    article = Article(id="s", text=text, published=dt.date(2024, 3, 7), content_hash=Article.hash_text(text))
    ((_, events),) = annotator.annotate([article])
    assert [(e.id, e.fatalities) for e in events] == [("s#1", 2), ("s#1-2", 2), ("s#1-3", 2), ("s#1-4", 2)]


@pytest.mark.parametrize("total, n, expected", [(9, 3, [3, 3, 3]), (7, 3, [3, 2, 2]), (1, 2, [1, 0]), (5, 1, [5])])
def test_split_fatalities_gives_the_remainder_to_the_first(total, n, expected):
    assert split_fatalities(total, n) == expected


def test_neighbourhoods_of_one_city_are_one_event_at_the_first_place_named(annotator):
    text = ("Thousands of protesters marched in Causeway Bay and Wan Chai in Hong Kong on Wednesday evening, "
            "demanding the release of detained students.")
    article = Article(id="hk", text=text, content_hash=Article.hash_text(text), published=dt.date(2020, 1, 2))
    (_, events), = annotator.annotate([article])
    assert len(events) == 1, [e.location for e in events]
