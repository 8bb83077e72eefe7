"""The store on SQLite and on a real PostgreSQL: idempotency, versions, atomic writes, filters."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import StoreError
from eventwire.records import Article, Event, Span
from eventwire.store import ArticleFilter, EventFilter, SaveOutcome, open_store
from eventwire.store.schema import MIGRATIONS


def make_article(article_id: str = "a1", text: str = "Rebels shelled the town on Monday.",
                 published: dt.date | None = dt.date(2024, 3, 5)) -> Article:
    return Article(id=article_id, text=text, content_hash=Article.hash_text(text),
                   published=published, source="Example Wire", title=f"Title {article_id}")


def make_event(event_id: str, article_id: str = "a1", **fields) -> Event:
    base = dict(id=event_id, article_id=article_id, event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack", event_date=dt.date(2024, 3, 4),
                country="Syria", admin1="Idlib", actor1="Military Forces of Syria (2024-)",
                latitude=35.93, longitude=36.63, fatalities=2, sources=(article_id,),
                evidence={"event_type": Span(start=0, end=10, text="Rebels she")})
    return Event(**{**base, **fields})


def test_migrations_are_recorded_once(store):
    names = [name for name, _ in MIGRATIONS]
    assert store.applied_migrations() == sorted(names)
    assert store.migrate() == []


def test_same_article_twice_is_stored_once(store):
    article = make_article()
    assert store.save_article(article, [make_event("a1#1")]) is SaveOutcome.NEW
    assert store.save_article(article, [make_event("a1#1")]) is SaveOutcome.UNCHANGED
    assert store.count_articles() == 1
    assert [e.id for e in store.list_mentions()] == ["a1#1"]


def test_changed_text_becomes_a_new_version_replacing_its_events(store):
    store.save_article(make_article(), [make_event("a1#1"), make_event("a1#2")])
    changed = make_article(text="Rebels shelled the town on Monday, killing three.")
    assert store.article_outcome(changed) is SaveOutcome.UPDATED
    assert store.save_article(changed, [make_event("a1#1", fatalities=3)]) is SaveOutcome.UPDATED
    assert store.article_versions("a1") == 2
    assert store.get_article("a1").text == changed.text
    assert [(e.id, e.fatalities) for e in store.list_mentions(["a1"])] == [("a1#1", 3)]


def test_failed_write_leaves_nothing_half_written(store):
    store.save_article(make_article("a0"), [make_event("a0#1", article_id="a0")])
    duplicate_ids = [make_event("a1#1"), make_event("a1#1")]
    with pytest.raises(StoreError, match="a1"):
        store.save_article(make_article("a1"), duplicate_ids)
    assert store.get_article("a1") is None
    assert [e.id for e in store.list_mentions()] == ["a0#1"]
    assert store.get_article("a0") is not None


def test_a_batch_is_stored_at_once_and_a_bad_article_costs_only_itself(store):
    batch = [(make_article("b1"), [make_event("b1#1", article_id="b1")]),
             (make_article("b2"), [make_event("b2#1", article_id="b2"), make_event("b2#1", article_id="b2")]),
             (make_article("b3"), [])]
    outcomes = store.save_articles(batch)
    assert outcomes[0] is SaveOutcome.NEW and outcomes[2] is SaveOutcome.NEW
    assert isinstance(outcomes[1], StoreError) and "b2" in str(outcomes[1])
    assert store.get_article("b2") is None
    assert sorted(e.id for e in store.list_mentions()) == ["b1#1"]
    assert store.save_articles(batch[:1]) == [SaveOutcome.UNCHANGED]
    changed = make_article("b1", text="Rebels shelled the town again.")
    assert store.article_outcomes([changed, make_article("b3"), make_article("b9")]) == [
        SaveOutcome.UPDATED, SaveOutcome.UNCHANGED, SaveOutcome.NEW]


def test_round_trip_keeps_every_field(store):
    article = make_article()
    event = make_event("a1#1", weapon="mortar", injuries=4, claimant="local officials")
    store.save_article(article, [event])
    stored = store.get_article("a1")
    assert stored.model_dump(exclude={"ingested_at"}) == article.model_dump(exclude={"ingested_at"})
    assert store.list_mentions() == [event]


@pytest.fixture
def stored_events(store):
    events = [
        make_event("E1"),
        make_event("E2", country="Iraq", admin1="Anbar", event_date=dt.date(2024, 1, 20),
                   actor1="Kataib Hezbollah", latitude=33.8, longitude=42.44, event_type="Battles",
                   sub_event_type="Armed clash"),
        make_event("E3", country="Iraq", admin1="Anbar", event_date=None, latitude=None, longitude=None),
    ]
    store.replace_events(events)
    return store


@pytest.mark.parametrize("flt, expected", [
    pytest.param(EventFilter(), ["E2", "E1", "E3"], id="all-dated-first"),
    pytest.param(EventFilter(country="iraq"), ["E2", "E3"], id="country-any-case"),
    pytest.param(EventFilter(since=dt.date(2024, 2, 1)), ["E1"], id="since"),
    pytest.param(EventFilter(until=dt.date(2024, 2, 1)), ["E2"], id="until"),
    pytest.param(EventFilter(event_type="battles"), ["E2"], id="type"),
    pytest.param(EventFilter(actor="hezbollah"), ["E2"], id="actor-substring"),
    pytest.param(EventFilter(bbox=(40, 30, 45, 35)), ["E2"], id="bbox"),
    pytest.param(EventFilter(text="idlib"), ["E1"], id="text"),
    pytest.param(EventFilter(limit=1, offset=1), ["E1"], id="page"),
])
def test_event_filters(stored_events, flt, expected):
    assert [e.id for e in stored_events.list_events(flt)] == expected


def test_count_and_iterate_agree(stored_events):
    flt = EventFilter(country="Iraq")
    assert stored_events.count_events(flt) == 2
    assert [e.id for e in stored_events.iter_events(flt, batch=1)] == ["E2", "E3"]


def test_replace_events_is_all_or_nothing(stored_events):
    with pytest.raises(StoreError):
        stored_events.replace_events([make_event("X"), make_event("X")])
    assert stored_events.count_events() == 3


def test_article_filters(store):
    store.save_article(make_article("old", published=dt.date(2023, 1, 1)), [])
    store.save_article(make_article("new", published=dt.date(2024, 6, 1)), [])
    store.save_article(make_article("undated", published=None), [])
    assert [a.id for a in store.list_articles()] == ["old", "new", "undated"]
    assert [a.id for a in store.list_articles(ArticleFilter(since=dt.date(2024, 1, 1)))] == ["new"]


@pytest.mark.parametrize("bad", [
    pytest.param(dict(since=dt.date(2024, 2, 1), until=dt.date(2024, 1, 1)), id="since-after-until"),
    pytest.param(dict(bbox=(10, 10, 5, 20)), id="bbox-reversed"),
])
def test_invalid_filters_are_rejected(bad):
    with pytest.raises(ValueError):
        EventFilter(**bad)


def test_bad_database_url_names_the_problem():
    with pytest.raises(StoreError, match="nosuchdriver"):
        open_store("nosuchdriver://x/y")


def test_sqlite_file_uses_wal(tmp_path):
    store = open_store(str(tmp_path / "wal.db"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
