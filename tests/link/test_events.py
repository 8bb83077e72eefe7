"""Pairwise merge rules: date with precision, place, type, actors, undated and same-article vetoes."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link.events import Context, cluster, compare
from tests.link.builders import mention


def ctx(*pairs: tuple[str, str], copies: dict[str, str] | None = None, story: dict[str, str] | None = None) -> Context:
    article_of = dict(pairs)
    articles = set(article_of.values())
    original_of = {a: (copies or {}).get(a, a) for a in articles}
    story_of = {a: (story or {}).get(a, a) for a in articles}
    return Context(article_of=article_of, original_of=original_of, story_of=story_of)


C = ctx(("a#1", "a"), ("b#1", "b"))


def test_late_saturday_and_sunday_are_one_attack_when_the_articles_are_one_story():
    a = mention("a#1", "a", event_date=dt.date(2024, 4, 13))   # its sentence says "late on Saturday"
    b = mention("b#1", "b", event_date=dt.date(2024, 4, 14), fatalities=4)
    decision = compare(a, b, ctx(("a#1", "a"), ("b#1", "b"), story={"b": "a"}))
    assert decision.merges
    assert any("one night apart" in r and "late on Saturday" in r for r in decision.reasons)
    apart = compare(a, b, C)
    assert not apart.merges and not apart.veto
    assert any("dates a night apart need the articles alike" in r for r in apart.against)


def test_a_week_precision_date_covers_the_exact_day():
    a = mention("a#1", "a", event_date=dt.date(2024, 4, 13))
    b = mention("b#1", "b", event_date=dt.date(2024, 4, 16), time_precision=2)
    assert compare(a, b, C).merges


@pytest.mark.parametrize("fields, why", [
    (dict(event_date=dt.date(2024, 4, 20)), "a week apart"),
    (dict(country="Turkey", admin1=None, latitude=37.0, longitude=36.6), "another country"),
    (dict(latitude=36.2, longitude=37.15, location="Aleppo", admin1="Aleppo"), "another city"),
    (dict(event_type="Protests", sub_event_type="Peaceful protest"), "another type"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_incompatible_reports_never_merge(fields, why):
    a = mention("a#1", "a")
    b = mention("b#1", "b", **fields)
    assert not compare(a, b, C).merges, why


def test_an_undated_event_is_never_merged_on_place_and_type_alone():
    a = mention("a#1", "a", event_date=None, time_precision=None)
    b = mention("b#1", "b")
    decision = compare(a, b, C)
    assert decision.veto and "undated" in decision.hard[0]
    both_undated = compare(a, mention("b#1", "b", event_date=None, time_precision=None), C)
    assert both_undated.veto


def test_two_events_of_one_article_stay_apart():
    c = ctx(("a#1", "a"), ("a#2", "a"))
    assert compare(mention("a#1", "a"), mention("a#2", "a"), c).veto


def test_country_level_places_need_an_actor_story_or_toll_in_common():
    loose = dict(location="Syria", admin1=None, latitude=None, longitude=None, geo_precision=3,
                 actor1="Unidentified Armed Group (Syria)", actor2=None)
    a, b = mention("a#1", "a", **loose), mention("b#1", "b", **loose, fatalities=0, evidence={})
    assert not compare(a, b, C).merges
    same_story = ctx(("a#1", "a"), ("b#1", "b"), story={"b": "a"})
    assert compare(a, b, same_story).merges


def test_events_of_copies_merge_even_undated():
    c = ctx(("a#1", "a"), ("b#1", "b"), copies={"b": "a"})
    a = mention("a#1", "a", event_date=None, time_precision=None)
    b = mention("b#1", "b", event_date=None, time_precision=None)
    assert compare(a, b, c).merges


def test_clusters_do_not_depend_on_input_order():
    c = ctx(("a#1", "a"), ("b#1", "b"), ("c#1", "c"), ("c#2", "c"))
    ms = [mention("a#1", "a"), mention("b#1", "b", event_date=dt.date(2024, 4, 14)),
          mention("c#1", "c"), mention("c#2", "c", event_date=dt.date(2024, 4, 14))]
    forward = [x.mention_ids for x in cluster(ms, c)]
    backward = [x.mention_ids for x in cluster(list(reversed(ms)), c)]
    assert forward == backward
    # c reports two events, so no event holds both; each pairs with its same-day report
    assert forward == [("a#1", "c#1"), ("b#1", "c#2")]
