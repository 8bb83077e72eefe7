"""Ctrl-C (SIGINT) sent to a real `eventwire ingest` once it has stored its first batch: the run
says what it stored and how to go on, exits 130, its events are listed, no article is half
stored, and running the same command again ends at exactly the state of one uninterrupted run
(issue 12, problem 7 and item 6).

The signal is sent when the store holds an article (a state, not a time), so the test does not
depend on the machine's speed; the feed is long enough (four batches) that the run is still
going then."""

from __future__ import annotations

import time

import pytest

from tests.reliability.harness import half_written, snapshot, write_articles

ARTICLES = 120


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("feed"), ARTICLES, seed=21)


@pytest.fixture(scope="module")
def clean(server, feed, databases, tmp_path_factory):
    db, log = databases.new("uninterrupted"), tmp_path_factory.mktemp("clean") / "clean.log"
    assert server.run(["ingest", str(feed), "--db", db.url, "-q"], log)["status"] == 0, log.read_text()
    return snapshot(db.url)


def _stored_articles(url: str) -> int:
    try:
        return snapshot(url).counts["articles"]
    except Exception:  # noqa: BLE001 - the first transaction may still be creating the tables
        return 0


def _interrupt_after_first_commit(server, pid: int, url: str) -> dict:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if (answer := server.ask(op="poll", pid=pid))["done"]:
            return answer
        if _stored_articles(url) > 0:
            server.ask(op="signal", pid=pid, signal="SIGINT")
            return server.wait(pid, timeout=300)
        time.sleep(0.05)
    raise AssertionError("ingest stored nothing in 300 s")


def test_ctrl_c_reports_what_was_stored_exits_130_and_a_rerun_converges(server, feed, clean, databases,
                                                                        tmp_path):
    db, log = databases.new("interrupted"), tmp_path / "interrupted.log"
    pid = server.start(["ingest", str(feed), "--db", db.url], log)
    result = _interrupt_after_first_commit(server, pid, db.url)
    output = log.read_text()
    assert result["status"] == 130, output
    assert "interrupted:" in output and "Run the same command again" in output, output
    assert "Traceback" not in output
    stopped = snapshot(db.url)
    assert 0 < stopped.counts["articles"] < ARTICLES
    assert stopped.counts["events"] > 0  # linked before it stopped: `events` lists them
    assert half_written(stopped, clean, db.url) == []
    rerun = tmp_path / "rerun.log"
    assert server.run(["ingest", str(feed), "--db", db.url, "-q"], rerun)["status"] == 0, rerun.read_text()
    assert snapshot(db.url) == clean
