"""kill -9 during `eventwire ingest`: the store stays sound, no article is half-written, and a
rerun ends exactly where one clean run does.

Each kill is a fresh `eventwire ingest` process (forked from a warm one, see forkserver.py),
SIGKILLed at a random moment of its run.  EVENTWIRE_RELIABILITY_KILLS sets how many (10 here;
`make reliability` runs more).
"""

from __future__ import annotations

import os
import random

import pytest

from tests.reliability.harness import (
    half_written, integrity_problems, snapshot, sqlite_url, write_articles,
)

KILLS = int(os.environ.get("EVENTWIRE_RELIABILITY_KILLS", "10"))
ARTICLES = 70  # three batches of 32: kills land between, inside and after batch commits


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("feed"), ARTICLES, seed=7)


@pytest.fixture(scope="module")
def clean(server, feed, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    result = server.run(["ingest", str(feed), "--db", str(db), "-q"], db.with_suffix(".log"))
    assert result["status"] == 0, db.with_suffix(".log").read_text()
    return db, snapshot(sqlite_url(db)), result["seconds"]


def test_kill_9_at_random_points_never_leaves_a_half_written_article(server, feed, clean, tmp_path):
    clean_db, clean_state, clean_seconds = clean
    db, log = tmp_path / "killed.db", tmp_path / "ingest.log"
    argv = ["ingest", str(feed), "--db", str(db), "-q"]
    rng = random.Random(12)
    killed = 0
    for _ in range(KILLS):
        result = server.run(argv, log, kill_after=rng.uniform(0.0, clean_seconds))
        assert result["status"] in (-9, 0), log.read_text()
        killed += result["killed"]
        if db.exists():
            assert integrity_problems(db) == []
            assert half_written(snapshot(sqlite_url(db)), clean_state, sqlite_url(db)) == []
    assert killed >= KILLS // 2  # most runs were really killed, not finished first
    result = server.run(argv, log)
    assert result["status"] == 0, log.read_text()
    assert snapshot(sqlite_url(db)) == clean_state
