"""kill -9 during `eventwire ingest`: the store stays sound, no article is half-written, and a
rerun ends exactly where one clean run does.

Each kill is a fresh `eventwire ingest` process (forked from a warm one, see forkserver.py),
SIGKILLed at a random moment of its run.  EVENTWIRE_RELIABILITY_KILLS sets how many (10 here;
`make reliability` runs more), EVENTWIRE_RELIABILITY_RERUNS how many times a run to the end
after kills is compared with the clean run (at least one per 10 kills by default).
"""

from __future__ import annotations

import os
import random

import pytest

from tests.reliability.harness import half_written, integrity_problems, snapshot, tally, write_articles

KILLS = int(os.environ.get("EVENTWIRE_RELIABILITY_KILLS", "10"))
# runs to the end after kills, each checked against the clean run: one per KILLS // RERUNS kills
RERUNS = int(os.environ.get("EVENTWIRE_RELIABILITY_RERUNS", str(max(1, KILLS // 10))))
KILLS_PER_RERUN = max(1, KILLS // max(1, RERUNS))
ARTICLES = 45  # two batches of 32: kills land before, between and after batch commits and in relink


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("feed"), ARTICLES, seed=7)


@pytest.fixture(scope="module")
def clean(server, feed, databases, tmp_path_factory):
    db, log = databases.new("clean"), tmp_path_factory.mktemp("clean") / "clean.log"
    result = server.run(["ingest", str(feed), "--db", db.url, "-q"], log)
    assert result["status"] == 0, log.read_text()
    return snapshot(db.url), result["seconds"]


def check_sound(db, clean_state) -> None:
    if db.file is not None and db.file.exists():
        assert integrity_problems(db.file) == []
    if db.file is None or db.file.exists():  # a run killed before any commit leaves an empty store
        assert half_written(snapshot(db.url), clean_state, db.url) == []


def finish(server, feed, db, log, clean_state) -> None:
    """Run ingest into `db` to its end (no kill): it must end at exactly the clean run's state."""
    result = server.run(["ingest", str(feed), "--db", db.url, "-q"], log)
    assert result["status"] == 0, log.read_text()
    assert snapshot(db.url) == clean_state


def test_kill_9_at_random_points_never_leaves_a_half_written_article(server, feed, clean, databases,
                                                                    tmp_path):
    """Kill runs into one database; after every KILLS // RERUNS kills into it (or when a run
    finishes before its kill moment), a run to the end (the rerun) must give the clean run's
    state; then go on with a fresh database until KILLS runs were killed."""
    clean_state, clean_seconds = clean
    log = tmp_path / "ingest.log"
    rng = random.Random(int(os.environ.get("EVENTWIRE_RELIABILITY_SEED", "12")))
    killed = reruns = since_rerun = 0
    db = databases.new("killed")
    for _ in range(3 * KILLS):
        if killed >= KILLS:
            break
        result = server.run(["ingest", str(feed), "--db", db.url, "-q"], log,
                            kill_after=rng.uniform(0.0, clean_seconds))
        assert result["status"] in (-9, 0), log.read_text()
        check_sound(db, clean_state)
        if result["killed"]:
            killed, since_rerun = killed + 1, since_rerun + 1
        else:
            assert snapshot(db.url) == clean_state
        if not result["killed"] or since_rerun >= KILLS_PER_RERUN:
            if result["killed"]:
                finish(server, feed, db, log, clean_state)
            reruns, since_rerun, db = reruns + 1, 0, databases.new("killed")
    assert killed >= KILLS
    if since_rerun:
        finish(server, feed, db, log, clean_state)
        reruns += 1
    tally(kills=killed, kill_reruns_exact=reruns, store_checks_after_kill=killed + reruns)
