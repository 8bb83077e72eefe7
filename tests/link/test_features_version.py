"""Stored linking features carry the feature code's version; stale ones are recomputed on relink."""

from __future__ import annotations

import datetime as dt
import sqlite3

from eventwire.link import relink
from eventwire.link.linker import link
from eventwire.link.duplicates import band_keys
from eventwire.link.features import FEATURES_VERSION, features_for
from eventwire.link.model import LinkUpdate
from eventwire.store import open_store
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_TEXT, article, mention

D = dt.date(2024, 4, 14)
CHROME = "Do you really wish to sign out? X Login Dawnpost.com: Join today! Facebook Twitter Email"
ARTICLES = [article("a", f"{CHROME}\n{STRIKE_TEXT}", D), article("b", STRIKE_OTHER_OUTLET, D),
            article("c", f"{CHROME}\n{FLOOD_TEXT}", D)]
MENTIONS = {"a": [mention("a#1", "a")], "b": [mention("b#1", "b", text=STRIKE_OTHER_OUTLET, fatalities=4)]}


def fill(store) -> None:
    for art in ARTICLES:
        store.save_article(art, MENTIONS.get(art.id, []))
    relink(store)


def old_features(aid: str):
    """Features as an earlier feature code stored them: another version, with chrome in the keys."""
    f = features_for(next(a for a in ARTICLES if a.id == aid))
    return f.model_copy(update={"version": FEATURES_VERSION - 1, "keys": (*f.keys, "login", "dawnpost")})


def write_features(store, features) -> None:
    store.apply_link_update(LinkUpdate(
        features=tuple(features), bands={f.article_id: band_keys(f) for f in features}, article_links=(),
        copy_scope=(), copies=(), removed_stories=(), stories=(), removed_events=(), events=(),
        event_mentions={}, links=()))


def scratch_state(store):
    result = link([features_for(a) for a in ARTICLES], [m for ms in MENTIONS.values() for m in ms])
    return sorted(s.article_ids for s in result.stories), sorted(e.sources for e in result.events)


def stored_state(store):
    return sorted(s.article_ids for s in store.list_stories()), sorted(e.sources for e in store.list_events())


def test_features_are_stored_with_the_current_version(store):
    fill(store)
    assert {f.version for f in store.get_features(["a", "b", "c"])} == {FEATURES_VERSION}
    assert store.articles_to_link(FEATURES_VERSION) == []
    assert [a.id for a in store.articles_to_link(FEATURES_VERSION + 1)] == ["a", "b", "c"]


def test_stale_features_are_recomputed_on_relink(store):
    fill(store)
    write_features(store, [old_features("a"), old_features("c")])
    assert [a.id for a in store.articles_to_link(FEATURES_VERSION)] == ["a", "c"]
    relink(store)
    features = {f.article_id: f for f in store.get_features(["a", "b", "c"])}
    assert {f.version for f in features.values()} == {FEATURES_VERSION}
    assert not {"login", "dawnpost"} & set(features["a"].keys + features["c"].keys)
    assert store.articles_to_link(FEATURES_VERSION) == []
    assert stored_state(store) == scratch_state(store)
    assert ("a", "b") in stored_state(store)[0]


def test_a_store_from_before_versions_is_migrated_and_relinked(tmp_path):
    path = tmp_path / "old.db"
    store = open_store(str(path))
    fill(store)
    store.close()
    with sqlite3.connect(path) as db:   # the store as migrations 0001-0003 left it
        db.execute("ALTER TABLE article_features DROP COLUMN features_version")
        db.execute("DELETE FROM schema_migrations WHERE name = '0004_features_version'")
    store = open_store(str(path))
    assert "0004_features_version" in store.applied_migrations()
    assert [a.id for a in store.articles_to_link(FEATURES_VERSION)] == ["a", "b", "c"]
    relink(store)
    assert store.articles_to_link(FEATURES_VERSION) == []
    assert stored_state(store) == scratch_state(store)


def test_a_store_from_before_0005_keeps_its_event_members_and_links(store):
    """Migration 0005: event_mentions is keyed by (mention, event), event_links gain the reasons
    against and the kept-apart rows, event_id_changes is created; the rows already there stay."""
    import sqlalchemy as sa

    fill(store)
    members = {e.id: store.event_mention_ids(e.id) for e in store.list_events()}
    with store.engine.begin() as conn:   # the store as migrations 0001-0004 left it
        for statement in (
                "CREATE TABLE em_old (mention_id VARCHAR(100) PRIMARY KEY, event_id VARCHAR(100) NOT NULL)",
                "INSERT INTO em_old SELECT mention_id, event_id FROM event_mentions",
                "DROP TABLE event_mentions",
                "ALTER TABLE em_old RENAME TO event_mentions",
                "CREATE INDEX ix_event_mentions_event_id ON event_mentions (event_id)",
                "DELETE FROM event_links WHERE merged = false",
                "ALTER TABLE event_links DROP COLUMN against",
                "ALTER TABLE event_links DROP COLUMN hard",
                "ALTER TABLE event_links DROP COLUMN merged",
                "DROP TABLE event_id_changes",
                "DELETE FROM schema_migrations WHERE name = '0005_event_id_history'"):
            conn.execute(sa.text(statement))
    assert store.migrate() == ["0005_event_id_history"]
    assert {e.id: store.event_mention_ids(e.id) for e in store.list_events()} == members
    [event] = [e for e in store.list_events() if len(e.sources) > 1]
    assert all(link.merged and link.against == () for link in store.event_links(event.id))
    assert store.event_id_changes() == []
    relink(store)
    assert stored_state(store) == scratch_state(store)
