"""`eventwire stories`, `eventwire show` and the API's /stories over a linked store (no spaCy)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.link import relink
from eventwire.store import open_store
from tests.link.test_relink import ITEMS

runner = CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "linked.db")
    store = open_store(path)
    for art, mentions in ITEMS:
        store.save_article(art, mentions)
    relink(store)
    return path


def test_stories_jsonl_lists_each_story_with_its_articles_and_dates(db):
    result = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(rows[0]) == {"story_id", "article_ids", "title", "first_date", "last_date"}
    big = [r for r in rows if len(r["article_ids"]) > 1]
    assert [(r["article_ids"], r["first_date"], r["last_date"]) for r in big] == \
        [(["other", "wire-a", "wire-b"], "2024-04-14", "2024-04-15")]
    multi = runner.invoke(app, ["stories", "--db", db, "--min-articles", "2"], catch_exceptions=False)
    assert "wire-b" in multi.stdout and "flood" not in multi.stdout


def test_show_prints_sources_evidence_disagreements_and_why(db):
    result = runner.invoke(app, ["show", "wire-a#1", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0
    out = result.stdout
    assert "source wire-b (copy of wire-a)" in out
    assert "At least four people died on Sunday" in out
    assert "fatalities: other: 4; wire-a: 3; wire-b: 3  -> chosen 3" in out
    assert "why the mentions were merged" in out and "one night apart" in out and "late on Saturday" in out


def test_show_json_and_unknown_event(db):
    body = json.loads(runner.invoke(app, ["show", "wire-a#1", "--db", db, "--format", "json"]).stdout)
    assert body["event"]["corroboration"] == 2 and len(body["sources"]) == 3
    missing = runner.invoke(app, ["show", "nope", "--db", db])
    assert missing.exit_code == 2 and "no event 'nope'" in missing.stderr


def test_api_stories_pages_over_the_store(db):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    client = TestClient(create_app(open_store(db)))
    body = client.get("/stories", params={"limit": 1, "offset": 0}).json()
    assert body["total"] == 3 and len(body["items"]) == 1 and body["note"] is None
    assert body["items"][0]["article_ids"] == ["other", "wire-a", "wire-b"]
    assert client.get("/stories", params={"limit": 0}).status_code == 422


def test_api_event_detail_pairs_each_source_with_its_merged_mention(db):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    body = TestClient(create_app(open_store(db))).get("/events/wire-a%231").json()
    assert [(s["article_id"], s["mention_id"]) for s in body["sources"]] == \
        [("other", "other#1"), ("wire-a", "wire-a#1"), ("wire-b", "wire-b#1")]
    assert body["sources"][0]["claims"]["fatalities"] == 4
