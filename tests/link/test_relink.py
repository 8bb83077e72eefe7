"""relink on a real store (SQLite and PostgreSQL): merges, copies, stories, order, idempotence."""

from __future__ import annotations

import datetime as dt

from eventwire.link import relink
from eventwire.link.explain import explain_event
from eventwire.link.features import FEATURES_VERSION
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_REWRITE, STRIKE_TEXT, UNDATED_TEXT, article, mention

D = dt.date(2024, 4, 14)
ITEMS = [
    (article("wire-a", STRIKE_TEXT, D, source="Wire A"),
     [mention("wire-a#1", "wire-a", source="Wire A")]),
    (article("wire-b", STRIKE_REWRITE, D + dt.timedelta(days=1), source="Wire B"),
     [mention("wire-b#1", "wire-b", text=STRIKE_REWRITE, source="Wire B")]),
    (article("other", STRIKE_OTHER_OUTLET, D, source="Other Post"),
     [mention("other#1", "other", text=STRIKE_OTHER_OUTLET, event_date=D, fatalities=4, source="Other Post")]),
    (article("flood", FLOOD_TEXT, D), []),
    (article("undated", UNDATED_TEXT, None),
     [mention("undated#1", "undated", text=UNDATED_TEXT, event_date=None, time_precision=None)]),
]


def linked_state(store):
    """Events (without their ids, which name the first stored report), stories and copies."""
    events = sorted((e.sources, e.corroboration, e.fatalities, e.event_date, e.disagreements)
                    for e in store.list_events())
    return events, store.list_stories(), store.list_copies()


def first_stored_report(store, event):
    mentions = store.get_mentions(store.event_mention_ids(event.id))
    return min(mentions, key=lambda m: store.get_article(m.article_id).ingested_at).id


def fill(store, items):
    for art, mentions in items:
        store.save_article(art, mentions)
        relink(store)


def test_reports_merge_copies_count_once_and_undated_stays_apart(store):
    fill(store, ITEMS)
    events = {e.id: e for e in store.list_events()}
    assert set(events) == {"wire-a#1", "undated#1"}   # named by its first stored report
    merged = events["wire-a#1"]
    assert merged.sources == ("other", "wire-a", "wire-b") and merged.corroboration == 2
    assert merged.fatalities == 3 and merged.event_date == D - dt.timedelta(days=1)
    assert {d.field for d in merged.disagreements} == {"event_date", "fatalities"}
    assert [(c.article_id, c.original_id) for c in store.list_copies()] == [("wire-b", "wire-a")]
    assert store.event_mention_ids("wire-a#1") == ["other#1", "wire-a#1", "wire-b#1"]
    stories = store.list_stories(min_articles=2)
    assert [s.article_ids for s in stories] == [("other", "wire-a", "wire-b")]
    assert store.count_stories() == 3 and store.story_of("flood") not in (None, stories[0].story_id)


def test_any_order_gives_the_same_events_and_rerunning_changes_nothing(store, tmp_path):
    from eventwire.store import open_store

    fill(store, ITEMS)
    forward = linked_state(store)
    relink(store)
    assert linked_state(store) == forward
    other = open_store(str(tmp_path / "reverse.db"))
    fill(other, list(reversed(ITEMS)))
    assert linked_state(other) == forward
    for linked in (store, other):   # each event is named by its first stored report, whatever the order
        assert all(e.id == first_stored_report(linked, e) for e in linked.list_events())


def test_every_merge_is_explained(store):
    fill(store, ITEMS)
    x = explain_event(store, "wire-a#1")
    assert [s.article_id for s in x.sources] == ["other", "wire-a", "wire-b"]
    assert x.sources[2].copy_of == "wire-a"
    assert x.sources[0].evidence["fatalities"].startswith("At least four people died")
    assert len(x.links) == 2 and all(link.score >= 2.5 and link.reasons for link in x.links)
    assert any("copies of one original" in r for link in x.links for r in link.reasons)


def test_a_changed_article_is_relinked_from_its_new_text(store):
    fill(store, ITEMS)
    changed = article("other", FLOOD_TEXT + " A second paragraph.", D)
    store.save_article(changed, [])
    relink(store)
    assert store.get_event("other#1") is None
    assert store.get_event("wire-a#1").sources == ("wire-a", "wire-b")
    assert store.articles_to_link(FEATURES_VERSION) == []
