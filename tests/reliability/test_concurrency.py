"""Two `eventwire ingest` runs into one database at once, and an ingest while `eventwire serve`
answers requests: no "database is locked", no 5xx, and exactly the counts of one run after another.

The two feeds overlap (the same files under two roots: same ids, same texts), so both runs race
to store the same articles as well as their own.
"""

from __future__ import annotations

import os
import socket
import time

import httpx
import pytest

from tests.reliability.harness import snapshot, tally, write_articles

ROUNDS = int(os.environ.get("EVENTWIRE_RELIABILITY_ROUNDS", "1"))


@pytest.fixture(scope="module")
def feeds(tmp_path_factory):
    root = tmp_path_factory.mktemp("feeds")
    return write_articles(root / "a", 40, seed=3), write_articles(root / "b", 56, seed=3)


@pytest.fixture(scope="module")
def sequential(server, feeds, databases, tmp_path_factory):
    db, log = databases.new("sequential"), tmp_path_factory.mktemp("sequential") / "seq.log"
    for feed in feeds:
        assert server.run(["ingest", str(feed), "--db", db.url, "-q"], log)["status"] == 0, log.read_text()
    return snapshot(db.url)


def ingest_at_once(server, feeds, db, log) -> list[dict]:
    pids = [server.start(["ingest", str(feed), "--db", db.url], log) for feed in feeds]
    return [server.wait(pid) for pid in pids]


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_ingests_into_one_database(server, feeds, sequential, databases, tmp_path, round_):
    db, log = databases.new("both"), tmp_path / "both.log"
    results = ingest_at_once(server, feeds, db, log)
    output = log.read_text()
    assert "database is locked" not in output
    assert [r["status"] for r in results] == [0, 0], output
    assert snapshot(db.url) == sequential
    tally(concurrent_ingest_pairs=1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(base: str, pid_status) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/stats", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"serve did not come up: {pid_status()}")


PATHS = ["/events?limit=50", "/stories", "/stats", "/events.csv"]


def hammer(client: httpx.Client, until) -> list[tuple[str, int]]:
    """GET the read routes (and each listed event) until `until()`; every (path, status)."""
    answers: list[tuple[str, int]] = []
    while not until():
        for path in PATHS:
            response = client.get(path)
            answers.append((path, response.status_code))
            if path.startswith("/events?") and response.status_code == 200:
                for item in response.json()["items"][:3]:
                    answers.append((f"/events/{item['id']}", client.get(f"/events/{item['id']}").status_code))
    return answers


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_ingest_while_serve_answers(server, feeds, sequential, databases, tmp_path, round_):
    db, log = databases.new("served"), tmp_path / "served.log"
    assert server.run(["ingest", str(feeds[0]), "--db", db.url, "-q"], log)["status"] == 0
    port = _free_port()
    serving = server.start(["serve", "--db", db.url, "--port", str(port)], tmp_path / "serve.log")
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, lambda: (tmp_path / "serve.log").read_text())
        ingesting = server.start(["ingest", str(feeds[1]), "--db", db.url], log)
        polls: list[dict] = []
        with httpx.Client(base_url=base, timeout=30) as client:
            answers = hammer(client, lambda: _finished(server, ingesting, polls))
            final = client.get("/stats").json()["total"]
    finally:
        server.ask(op="signal", pid=serving, signal="SIGINT")
        server.wait(serving, timeout=30)
    assert polls[-1]["status"] == 0, log.read_text()
    assert [a for a in answers if a[1] >= 500] == [], (tmp_path / "serve.log").read_text()[-3000:]
    assert len(answers) >= 4
    assert "database is locked" not in log.read_text() + (tmp_path / "serve.log").read_text()
    assert snapshot(db.url) == sequential
    assert final == sequential.counts["events"]
    tally(http_requests=len(answers), http_5xx=0, ingests_while_serving=1)


def _finished(server, pid: int, polls: list[dict]) -> bool:
    polls.append(server.ask(op="poll", pid=pid))
    return polls[-1]["done"]
