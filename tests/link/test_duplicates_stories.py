"""Copies (MinHash LSH) and stories (blocked by date window and names), independent of order."""

from __future__ import annotations

import datetime as dt

from eventwire.link.duplicates import copies, copy_pairs
from eventwire.link.features import cosine, features_for
from eventwire.link.stories import KeyIndex, group_stories, story_links
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_REWRITE, STRIKE_TEXT, article

D = dt.date(2024, 4, 14)


def grouped(fs):
    return group_stories({f.article_id: f.published for f in fs}, {f.article_id: f.title for f in fs},
                         list(story_links(fs)))


def feats(*specs):
    return [features_for(article(aid, text, day)) for aid, text, day in specs]


def test_a_light_rewrite_is_a_copy_of_the_earlier_article():
    fs = feats(("wire-b", STRIKE_REWRITE, D + dt.timedelta(days=1)), ("wire-a", STRIKE_TEXT, D),
               ("other", STRIKE_OTHER_OUTLET, D), ("flood", FLOOD_TEXT, D))
    pairs = copy_pairs(fs)
    assert [(a, b) for a, b, _ in pairs] == [("wire-a", "wire-b")]
    [copy] = copies({f.article_id: f.published for f in fs}, pairs)
    assert (copy.article_id, copy.original_id) == ("wire-b", "wire-a") and copy.similarity >= 0.5


def test_same_story_from_another_outlet_joins_a_story_but_is_no_copy():
    fs = feats(("wire-a", STRIKE_TEXT, D), ("other", STRIKE_OTHER_OUTLET, D + dt.timedelta(days=1)),
               ("flood", FLOOD_TEXT, D))
    assert copy_pairs(fs) == []
    stories = grouped(fs)
    assert sorted(s.article_ids for s in stories) == [("flood",), ("wire-a", "other")]
    joined = next(s for s in stories if len(s.article_ids) == 2)
    assert (joined.first_date, joined.last_date, joined.title) == (D, D + dt.timedelta(days=1), "Report wire-a")


def test_articles_outside_the_window_are_not_compared():
    fs = feats(("wire-a", STRIKE_TEXT, D), ("other", STRIKE_OTHER_OUTLET, D + dt.timedelta(days=30)))
    assert cosine(*fs) > 0.28
    assert KeyIndex(fs).candidates(fs[0]) == set()
    assert list(story_links(fs)) == []


def test_story_ids_do_not_depend_on_order():
    specs = [("wire-a", STRIKE_TEXT, D), ("other", STRIKE_OTHER_OUTLET, D), ("flood", FLOOD_TEXT, D)]
    one = feats(*specs)
    two = feats(*reversed(specs))
    assert grouped(one) == grouped(two)
