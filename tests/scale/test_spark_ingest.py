"""`eventwire spark ingest` in local mode gives what `eventwire ingest` + export gives on the samples:
the same events (every export column, the same records), the same mentions in each, the same merge
links, stories and copies."""

from __future__ import annotations

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.link.model import ArticleCopy, MergeLink
from eventwire.records import Event
from eventwire.store import open_store
from tests.conftest import SAMPLES

runner = CliRunner()
INPUTS = [str(SAMPLES / "articles"), str(SAMPLES / "articles.jsonl")]
NOT_COMPARED = {"timestamp"}   # when the event was written: differs between any two runs


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    """The single-process run: its store and its Parquet export."""
    where = tmp_path_factory.mktemp("single")
    db, export = str(where / "events.db"), str(where / "events.parquet")
    result = runner.invoke(app, ["ingest", *INPUTS, "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["export", "--db", db, "-o", export])
    assert result.exit_code == 0, result.output
    return open_store(db, create=False), pq.read_table(export)


@pytest.fixture(scope="module")
def on_spark(spark, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark") / "run"
    result = runner.invoke(app, ["spark", "ingest", *INPUTS, "--out", str(out), "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    return out


def _table(out, name):
    return ds.dataset(str(out / name), format="parquet", partitioning="hive").to_table()


def _rows(table, key):
    return sorted(table.to_pylist(), key=lambda r: r[key])


def test_the_same_events_with_every_export_column(single, on_spark):
    _, export = single
    expected = _rows(export, "event_id_cnty")
    got = _rows(_table(on_spark, "events"), "event_id_cnty")
    assert len(got) == len(expected) > 0
    columns = set(export.column_names) - NOT_COMPARED
    assert [{c: r[c] for c in columns} for r in got] == [{c: r[c] for c in columns} for r in expected]


def test_the_same_event_records_and_mentions(single, on_spark):
    store, _ = single
    got = {r["event_id"]: r for r in _table(on_spark, "events").to_pylist()}
    expected = {e.id: e for e in store.list_events()}
    assert set(got) == set(expected)
    for event_id, event in expected.items():
        assert Event.model_validate_json(got[event_id]["record_json"]) == event
        assert got[event_id]["mention_ids"] == store.event_mention_ids(event_id)


def test_the_same_merge_links(single, on_spark):
    store, _ = single
    expected = {link for e in store.list_events() for link in store.event_links(e.id)}
    got = {MergeLink(**r) for r in _table(on_spark, "links").to_pylist()}
    assert any(link.merged for link in expected)
    assert got == expected


def test_the_same_stories_and_copies(single, on_spark):
    store, _ = single
    stories = {r["story_id"]: tuple(r["article_ids"]) for r in _table(on_spark, "stories").to_pylist()}
    assert stories == {s.story_id: s.article_ids for s in store.list_stories()}
    copies = {ArticleCopy(**r) for r in _table(on_spark, "copies").to_pylist()}
    assert copies == set(store.list_copies())


def test_events_are_partitioned_by_country_and_month(on_spark):
    folders = {p.relative_to(on_spark / "events").parts[:2] for p in (on_spark / "events").rglob("*.parquet")}
    assert folders and all(c.startswith("country=") and m.startswith("month=") for c, m in folders)


def test_every_article_is_written_with_its_story(single, on_spark):
    store, _ = single
    articles = _table(on_spark, "articles").to_pylist()
    assert sorted(a["article_id"] for a in articles) == sorted(a.id for a in store.list_articles())
    assert all(a["story_id"] == store.story_of(a["article_id"]) for a in articles)
