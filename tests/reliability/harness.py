"""What the reliability tests and `make reliability` share: generated articles, the fork server
client, and the checks on a store after a run (integrity, no half-written article, counts).

The articles are written here, from templates: short conflict reports, each with a date and a
town, so that extraction, geocoding and linking all have work to do.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
FORKSERVER = Path(__file__).with_name("forkserver.py")

TOWNS = ["Mosul", "Kirkuk", "Tikrit", "Baiji", "Samarra", "Ramadi", "Fallujah", "Kandahar",
         "Herat", "Goma", "Bunia", "Maiduguri", "Gao", "Timbuktu", "Aden", "Taiz"]
TEMPLATES = [
    "Gunmen attacked a police checkpoint in {town} on {day}, killing {n} policemen, officials said.",
    "A roadside bomb struck an army convoy near {town} on {day}, wounding {n} soldiers.",
    "Hundreds of protesters marched through {town} on {day} to demand the release of {n} detained "
    "students; the march ended peacefully.",
    "Militants shelled villages outside {town} on {day}; local officials said {n} civilians died.",
    "Security forces clashed with armed men in {town} on {day}. At least {n} people were killed.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# tables whose row counts must be the same after a rerun as after one clean run
COUNTED = ["articles", "mentions", "events", "event_sources", "stories", "story_articles",
           "event_mentions", "article_features", "article_copies"]


def article_text(rng: random.Random, number: int) -> str:
    town, day = rng.choice(TOWNS), rng.choice(DAYS)
    first = rng.choice(TEMPLATES).format(town=town, day=day, n=rng.randint(1, 9))
    second = rng.choice(TEMPLATES).format(town=rng.choice(TOWNS), day=day, n=rng.randint(1, 9))
    return (f"Title: Report {number} from {town}\n date 2024-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1, 28):02d}\n{first}\n\n{second}\n")


def write_articles(folder: Path, count: int, seed: int = 1) -> Path:
    """`count` small plain-text articles under `folder` (in two sub-folders), the same for a seed."""
    rng = random.Random(seed)
    for number in range(count):
        path = folder / f"desk{number % 2}" / f"{number:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(rng, number), encoding="utf-8")
    return folder


def tally(**counts: int) -> None:
    """Add to the figures `make reliability` prints (a JSON line in $EVENTWIRE_RELIABILITY_TALLY)."""
    target = os.environ.get("EVENTWIRE_RELIABILITY_TALLY")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(counts) + "\n")


# -- the fork server ---------------------------------------------------------------------------

class ForkServer:
    """A client for `forkserver.py`: cheap fresh `eventwire` processes that can be killed."""

    def __init__(self, env: dict[str, str] | None = None):
        self.proc = subprocess.Popen([sys.executable, str(FORKSERVER)], cwd=ROOT, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env={**os.environ, **(env or {})})
        ready = self._read()
        assert ready["ready"] and Path(ready["eventwire"]).is_relative_to(ROOT / "eventwire"), (
            f"the fork server runs {ready['eventwire']}, not this checkout's eventwire under {ROOT}")

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the fork server stopped (exit {self.proc.wait()})")
        return json.loads(line)

    def ask(self, **request) -> dict:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def start(self, argv: list[str], log: Path) -> int:
        return self.ask(op="start", argv=argv, log=str(log))["pid"]

    def wait(self, pid: int, kill_after: float | None = None, timeout: float = 300) -> dict:
        return self.ask(op="wait", pid=pid, kill_after=kill_after, timeout=timeout)

    def run(self, argv: list[str], log: Path, kill_after: float | None = None) -> dict:
        return self.wait(self.start(argv, log), kill_after)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@contextmanager
def fork_server(env: dict[str, str] | None = None) -> Iterator[ForkServer]:
    server = ForkServer(env)
    try:
        yield server
    finally:
        server.close()


# -- checks on a store -------------------------------------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    """What a store holds: row counts, and each current article's mention ids."""

    counts: dict[str, int]
    mentions: dict[str, frozenset[str]]  # current article id -> its mention ids


def snapshot(url: str) -> Snapshot:
    engine = sa.create_engine(url)
    try:
        if not sa.inspect(engine).has_table("articles"):  # killed before its first commit
            return Snapshot({table: 0 for table in COUNTED}, {})
        with engine.connect() as conn:
            counts = {table: _count(conn, table) for table in COUNTED}
            rows = conn.execute(sa.text(
                "SELECT a.id, m.id FROM articles a LEFT JOIN mentions m ON m.article_id = a.id "
                "AND m.article_version = a.version WHERE a.is_current"))
            mentions: dict[str, set[str]] = {}
            for article_id, mention_id in rows:
                mentions.setdefault(article_id, set()).update([mention_id] if mention_id else [])
    finally:
        engine.dispose()
    return Snapshot(counts, {k: frozenset(v) for k, v in mentions.items()})


def _count(conn: sa.Connection, table: str) -> int:
    where = " WHERE is_current" if table == "articles" else ""
    return conn.scalar(sa.text(f"SELECT count(*) FROM {table}{where}"))


def integrity_problems(db_file: Path) -> list[str]:
    """`PRAGMA integrity_check` and foreign-key check; [] when the SQLite file is sound."""
    with sqlite3.connect(db_file) as conn:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    problems = [] if result == ["ok"] else result
    return problems + [f"foreign key: {row}" for row in foreign]


def half_written(killed: Snapshot, clean: Snapshot, url: str) -> list[str]:
    """Articles stored without exactly the mentions a clean run gives them, and orphan mentions."""
    problems = [f"article {aid}: mentions {sorted(ids)} != clean {sorted(clean.mentions.get(aid, ()))}"
                for aid, ids in killed.mentions.items() if clean.mentions.get(aid) != ids]
    engine = sa.create_engine(url)
    try:
        if not sa.inspect(engine).has_table("mentions"):
            return problems
        with engine.connect() as conn:
            orphans = conn.scalar(sa.text(
                "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a "
                "WHERE a.id = m.article_id AND a.version = m.article_version AND a.is_current)"))
    finally:
        engine.dispose()
    return problems + ([f"{orphans} mentions without their current article"] if orphans else [])
