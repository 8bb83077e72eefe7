"""`eventwire failures`: what a bug failed on, as a table or JSON lines, until a rerun clears it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store
from tests.store.test_failures import failure
from tests.store.test_sql import make_article, make_event


def invoke(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _store_with_failures(db: str) -> None:
    store = open_store(db)
    store.save_articles([(make_article("kept"), [make_event("kept#1", article_id="kept", latitude=None)])],
                        [failure("kept", "geo", kept=True, error="ZeroDivisionError")], run="run-7")
    store.record_failures([failure("lost")], run="run-7")
    store.close()


def test_failures_lists_each_failed_article_with_its_stage_error_and_run(tmp_db):
    _store_with_failures(tmp_db)
    result = invoke("failures", "--db", tmp_db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = {row["article_id"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == {"kept", "lost"}
    assert (rows["kept"]["stage"], rows["kept"]["error"], rows["kept"]["places_pending"]) == (
        "geo", "ZeroDivisionError", True)
    assert rows["lost"]["origin"] == "feed/lost.txt" and rows["lost"]["run"] == "run-7"
    assert "2 failed article(s), 1 stored with unplaced events" in result.stderr


def test_failures_table_and_an_empty_store(tmp_db):
    _store_with_failures(tmp_db)
    table = invoke("failures", "--db", tmp_db)
    assert "ZeroDivisionError" in table.stdout and "events unplaced" in table.stdout
    store = open_store(tmp_db)
    store.save_articles([(make_article("kept"), [make_event("kept#1", article_id="kept")]),
                         (make_article("lost"), [])], run="run-8")
    assert invoke("failures", "--db", tmp_db).stderr.strip() == "no failures recorded"

