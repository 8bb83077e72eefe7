"""The command line through its runner: ingest idempotency, bad input, listings, extract."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.records import ACLED_COLUMNS
from eventwire.store import open_store

runner = CliRunner()

GOOD_TEXT = (
    " date 2024-03-05\n"
    "Gunmen on motorcycles attacked a police checkpoint outside Maiduguri on Monday, killing "
    "two officers, police said.\n"
)


def invoke(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def sample_inputs(sample_dir):
    return [str(sample_dir / "articles"), str(sample_dir / "articles.jsonl")]


@pytest.fixture
def ingested_samples(sample_inputs, tmp_db):
    result = invoke("ingest", *sample_inputs, "--db", tmp_db, "-q")
    assert result.exit_code == 0, result.stderr
    return tmp_db


def test_ingest_twice_stores_each_article_once(ingested_samples, sample_inputs):
    store = open_store(ingested_samples)
    articles_before, events_before = store.count_articles(), store.count_events()
    assert articles_before >= 20 and events_before > 0
    again = invoke("ingest", *sample_inputs, "--db", ingested_samples)
    assert again.exit_code == 0
    assert f"0 new, {articles_before} unchanged, 0 updated, 0 discarded" in again.stderr
    assert (store.count_articles(), store.count_events()) == (articles_before, events_before)


@pytest.fixture
def mixed_dir(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bad_utf8.txt").write_bytes("Caf\u00e9 d\u00e9j\u00e0 vu ".encode() + b"\xff\xfe broken \xc3(" * 3)
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": "Protesters gathered in Amman on Friday.", "published": "2024-02-02"})
        + "\n" + '{"id": "cut-2", "text": "Protesters gath\n', encoding="utf-8")
    return folder


def test_bad_inputs_are_reported_by_name_and_the_rest_is_stored(mixed_dir, tmp_db):
    result = invoke("ingest", str(mixed_dir), "--db", tmp_db)
    assert result.exit_code == 1
    for name in ("binary.txt", "empty.txt", "bad_utf8.txt", "feed.jsonl:2"):
        assert name in result.stderr
    store = open_store(tmp_db)
    assert sorted(a.id for a in store.list_articles()) == ["good", "ok-1"]
    again = invoke("ingest", str(mixed_dir), "--db", tmp_db)
    assert again.exit_code == 1
    assert "0 new, 2 unchanged, 0 updated, 4 discarded" in again.stderr


def test_rerun_continues_where_a_partial_run_stopped(sample_dir, tmp_path, tmp_db):
    files = sorted((sample_dir / "articles").glob("*.txt"))
    partial = tmp_path / "partial"
    partial.mkdir()
    for path in files[:2]:
        shutil.copy(path, partial / path.name)
    assert invoke("ingest", str(partial), "--db", tmp_db, "-q").exit_code == 0
    full = invoke("ingest", str(sample_dir / "articles"), "--db", tmp_db)
    assert f"{len(files) - 2} new, 2 unchanged" in full.stderr


def test_events_jsonl_has_acled_columns_and_provenance(ingested_samples):
    result = invoke("events", "--db", ingested_samples, "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for row in rows:
        assert set(ACLED_COLUMNS) <= set(row)
        assert {"sources", "injuries", "weapon", "evidence", "confidence", "corroboration",
                "disagreements"} <= set(row)
        assert row["sources"], row["event_id_cnty"]


def test_event_evidence_points_into_the_article_text(ingested_samples):
    store = open_store(ingested_samples)
    for event in store.list_mentions():
        text = store.get_article(event.article_id).text
        for span in event.evidence.values():
            assert text[span.start:span.end] == span.text


def test_articles_jsonl_keys(ingested_samples):
    result = invoke("articles", "--db", ingested_samples, "--format", "jsonl", "--limit", "3")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert all(set(row) == {"id", "title", "published", "source", "byline", "url", "text", "language"} for row in rows)


def test_events_filter_by_country(ingested_samples):
    result = invoke("events", "--db", ingested_samples, "--format", "jsonl", "--country", "Iraq")
    countries = {json.loads(line)["country"] for line in result.stdout.splitlines()}
    assert countries == {"Iraq"}


def test_extract_reads_jsonl_from_stdin():
    line = json.dumps({"id": "w1", "published": "2024-03-05", "text": GOOD_TEXT.split("\n", 1)[1]})
    result = invoke("extract", "-", "--format", "jsonl", stdin=line + "\n")
    assert result.exit_code == 0
    rows = [json.loads(row) for row in result.stdout.splitlines()]
    assert rows and all(row["article_id"] == "w1" for row in rows)
    assert set(ACLED_COLUMNS) | {"article_id", "injuries", "weapon", "evidence", "confidence"} <= set(rows[0])


@pytest.mark.parametrize("args", [
    pytest.param(["events", "--since", "yesterday"], id="bad-date"),
    pytest.param(["events", "--since", "2024-02-01", "--until", "2024-01-01"], id="since-after-until"),
    pytest.param(["events", "--format", "xml"], id="bad-format"),
    pytest.param(["events", "--db", "nosuchdriver://x"], id="bad-db-url"),
])
def test_usage_errors_exit_2(args, tmp_db):
    if "--db" not in args:
        args = [*args, "--db", tmp_db]
    assert invoke(*args).exit_code == 2


def test_one_file_name_in_two_folders_stores_both_and_reruns_change_nothing(tmp_path, tmp_db):
    for outlet, story in (("reuters", "Gunmen fired on a checkpoint outside Tal Afar on Monday."),
                          ("ap", "Protesters blocked the road to the port of Aden on Tuesday.")):
        (tmp_path / "feeds" / outlet).mkdir(parents=True)
        (tmp_path / "feeds" / outlet / "article.txt").write_text(story + "\n", encoding="utf-8")
    first = invoke("ingest", str(tmp_path / "feeds"), "--db", tmp_db)
    assert first.exit_code == 0 and "2 new, 0 unchanged, 0 updated" in first.stderr
    again = invoke("ingest", str(tmp_path / "feeds"), "--db", tmp_db)
    assert "0 new, 2 unchanged, 0 updated" in again.stderr
    texts = {a.id: a.text for a in open_store(tmp_db).list_articles()}
    assert texts["reuters:article"].startswith("Gunmen") and texts["ap:article"].startswith("Protesters")
