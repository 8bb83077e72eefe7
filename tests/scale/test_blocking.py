"""The blocking of `eventwire.scale.linking` (keys as rows, self-joins) finds exactly the pairs the
single-process linker compares, and min-label propagation finds connected groups."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link.duplicates import copy_pairs
from eventwire.link.events import Context, candidate_pairs
from eventwire.link.features import features_for
from eventwire.link.stories import story_links
from tests.link.builders import (
    FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_REWRITE, STRIKE_TEXT, UNDATED_TEXT, article, mention,
)

DAY = dt.date(2024, 4, 13)


def test_components_are_the_connected_groups(spark):
    from eventwire.scale.components import components

    nodes = spark.createDataFrame([(n,) for n in "abcdefg"], "node string")
    edges = spark.createDataFrame([("a", "b"), ("c", "b"), ("d", "c"), ("e", "f")], "a string, b string")
    found = {r.node: r.component for r in components(nodes, edges).collect()}
    assert found == {"a": "a", "b": "a", "c": "a", "d": "a", "e": "e", "f": "e", "g": "g"}


def test_no_edges_leaves_every_node_alone(spark):
    from eventwire.scale.components import components

    nodes = spark.createDataFrame([("x",), ("y",)], "node string")
    found = {r.node: r.component for r in components(nodes, spark.createDataFrame([], "a string, b string")).collect()}
    assert found == {"x": "x", "y": "y"}


def _mentions():
    days = lambda n: DAY + dt.timedelta(days=n)  # noqa: E731
    return [
        mention("m1", "a1"),
        mention("m2", "a2", event_date=days(8)),                       # at the edge of BLOCK_DAYS
        mention("m3", "a3", event_date=days(9)),                       # just past it
        mention("m4", "a4", event_date=days(25), time_precision=3),    # a month: reaches far
        mention("m5", "a5", event_date=days(-20), time_precision=3),
        mention("m6", "a6", event_date=days(40), time_precision=2),
        mention("m7", "a7", country="Lebanon"),                        # another country
        mention("m8", "a8", event_date=None),                          # undated: only through copies
        mention("m9", "a9", event_date=days(200)),                     # a copy of a1, far in time
        mention("m10", "a1", event_date=days(3)),                      # the same article as m1
    ]


def test_mention_pairs_are_the_pairs_the_linker_compares(spark):
    from eventwire.scale.linking import MENTION_SCHEMA, mention_pairs, mention_row

    mentions = _mentions()
    original_of = {m.article_id: m.article_id for m in mentions} | {"a9": "a1", "a8": "a1"}
    ctx = Context(article_of={m.id: m.article_id for m in mentions}, original_of=original_of, story_of={})
    expected = {(a.id, b.id) for a, b in candidate_pairs(mentions, ctx)}
    rows = spark.createDataFrame([mention_row(m.article_id, m.model_dump_json()) for m in mentions], MENTION_SCHEMA)
    info = spark.createDataFrame(sorted(original_of.items()), "article_id string, original_id string")
    found = {(r.a, r.b) for r in mention_pairs(rows, info).collect()}
    # the cases above are telling: past BLOCK_DAYS, a month's reach, a copy far in time
    assert ("m1", "m3") not in expected and ("m4", "m6") in expected and ("m1", "m9") in expected
    assert found == expected


@pytest.fixture(scope="module")
def articles():
    return [article("s1", STRIKE_TEXT, DAY), article("s2", STRIKE_REWRITE, DAY + dt.timedelta(days=1)),
            article("s3", STRIKE_OTHER_OUTLET, DAY + dt.timedelta(days=1)),
            article("s4", STRIKE_OTHER_OUTLET, DAY + dt.timedelta(days=30)),   # outside the story window
            article("u1", UNDATED_TEXT, None), article("u2", UNDATED_TEXT + " It rained.", None),
            article("f1", FLOOD_TEXT, DAY)]


def test_article_links_are_the_copies_and_story_links_of_the_linker(spark, articles):
    from eventwire.scale.annotate import article_schema, article_row
    from eventwire.scale.linking import article_links

    features = [features_for(a) for a in articles]
    expected = {(a, b, "copy", s) for a, b, s in copy_pairs(features)}
    expected |= {(a, b, "story", s) for a, b, s in story_links(features)}
    frame = spark.createDataFrame([article_row(a, [], None) for a in articles], article_schema())
    found = {(r.a, r.b, r.kind, r.score) for r in article_links(spark, frame).collect()}
    assert {kind for *_, kind, _ in expected} == {"copy", "story"}
    assert found == expected
