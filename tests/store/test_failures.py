"""Failures in the store (SQLite and PostgreSQL): recorded per article, cleared when a run stores it."""

from __future__ import annotations

import datetime as dt

from eventwire.records import Failure
from eventwire.store import SaveOutcome
from tests.store.test_sql import make_article, make_event

WHEN = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.timezone.utc)


def failure(article_id: str, stage: str = "extract", kept: bool = False, error: str = "KeyError") -> Failure:
    return Failure(item=f"feed/{article_id}.txt (article {article_id})", stage=stage, error=error,
                   reason=f"{error}: 'x'", article_id=article_id, origin=f"feed/{article_id}.txt",
                   kept=kept, hint="a rerun after the fix stores it", failed_at=WHEN)


def test_a_failure_is_recorded_with_its_run_and_cleared_when_the_article_is_stored(store):
    store.record_failures([failure("a1")], run="run-1")
    [row] = store.list_failures()
    assert (row.article_id, row.origin, row.stage, row.error, row.run) == ("a1", "feed/a1.txt", "extract",
                                                                         "KeyError", "run-1")
    assert row.reason == "KeyError: 'x'" and row.hint and not row.places_pending
    assert row.failed_at.replace(tzinfo=dt.timezone.utc) == WHEN
    assert store.article_outcome(make_article("a1")) is SaveOutcome.NEW
    store.save_articles([(make_article("a1"), [make_event("a1#1")])], run="run-2")
    assert store.list_failures() == []


def test_a_second_failure_of_an_article_replaces_the_first(store):
    store.record_failures([failure("a1")], run="run-1")
    store.record_failures([failure("a1", stage="geo", error="ZeroDivisionError")], run="run-2")
    assert [(f.stage, f.error, f.run) for f in store.list_failures()] == [("geo", "ZeroDivisionError", "run-2")]


def test_a_kept_article_is_pending_until_a_run_stores_it_without_failing(store):
    article = make_article("a1")
    unplaced = make_event("a1#1", latitude=None, longitude=None, admin1=None)
    assert store.save_articles([(article, [unplaced])], [failure("a1", "geo", kept=True)], "run-1") == [
        SaveOutcome.NEW]
    [row] = store.list_failures()
    assert row.places_pending and row.stage == "geo"
    assert store.article_outcomes([article]) == [SaveOutcome.RETRIED]
    store.record_failures([failure("a1", "detect")], run="run-2")   # failing elsewhere keeps it pending
    assert store.list_failures()[0].places_pending
    assert store.save_articles([(article, [make_event("a1#1")])], run="run-3") == [SaveOutcome.RETRIED]
    assert store.list_failures() == [] and store.article_versions("a1") == 1
    assert [m.admin1 for m in store.list_mentions(["a1"])] == ["Idlib"]
    assert store.article_outcome(article) is SaveOutcome.UNCHANGED


def test_the_failures_of_a_batch_that_cannot_be_stored_whole_are_still_recorded(store):
    bad = (make_article("b2"), [make_event("b2#1", article_id="b2"), make_event("b2#1", article_id="b2")])
    good = (make_article("b1"), [make_event("b1#1", article_id="b1")])
    outcomes = store.save_articles([good, bad], [failure("b1", "geo", kept=True), failure("b3")], "run-1")
    assert outcomes[0] is SaveOutcome.NEW and not isinstance(outcomes[1], SaveOutcome)
    assert [(f.article_id, f.places_pending) for f in store.list_failures()] == [("b1", True), ("b3", False)]
