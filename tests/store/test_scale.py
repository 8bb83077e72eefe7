"""Work per stored article must not grow with the store (issue 17: a 100k ingest slowed as it went).

The work of a call is counted in SQLite virtual-machine steps (`set_progress_handler`), not timed:
the same call on a store of a few articles and on one of a few thousand must cost about the same.
Before the fix, looking an article up by id (`WHERE id = ? AND is_current`) took the index on
`(is_current, published)` and so stepped through every current article: saving the 40,000th article
cost 20 times the first.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from eventwire.store import open_store
from tests.store.test_sql import make_article, make_event

SMALL, LARGE = 50, 2_000
STEP = 1   # VM instructions between progress-handler calls


class Steps:
    """Counts SQLite VM instructions on every connection the store checks out."""

    def __init__(self, engine: sa.Engine):
        self.count, self.counting = 0, False
        sa.event.listen(engine, "checkout", self._attach)

    def _attach(self, dbapi_conn, _record, _proxy) -> None:
        dbapi_conn.set_progress_handler(self._step, STEP)

    def _step(self) -> int:
        self.count += STEP if self.counting else 0
        return 0

    def of(self, call) -> int:
        before, self.counting = self.count, True
        try:
            call()
        finally:
            self.counting = False
        return self.count - before


def fill(store, start: int, stop: int) -> None:
    day = dt.date(2024, 1, 1)
    batch = [(make_article(f"a{n:05d}", text=f"Report {n}: rebels shelled the town.",
                           published=day + dt.timedelta(days=n % 300)),
              [make_event(f"a{n:05d}#1", article_id=f"a{n:05d}")]) for n in range(start, stop)]
    for n in range(0, len(batch), 500):
        store.save_articles(batch[n:n + 500])


OPERATIONS = {
    "save a new article": lambda s, n: s.save_articles([(make_article(f"new{n}"), [make_event(f"new{n}#1", article_id=f"new{n}")])]),
    "save a changed article": lambda s, n: s.save_articles([(make_article("a00007", text=f"Changed text {n}."), [])]),
    "triage a batch": lambda s, n: s.article_outcomes([make_article("a00003"), make_article(f"other{n}")]),
    "stored origins": lambda s, n: s.stored_origins(["a00003", "a00004"]),
    "get an article": lambda s, n: s.get_article("a00005"),
    "article meta": lambda s, n: s.article_meta(["a00003", "a00004"]),
}


@pytest.fixture(scope="module")
def costs(tmp_path_factory):
    """operation -> (VM steps on a store of SMALL articles, on one of LARGE)."""
    store = open_store(str(tmp_path_factory.mktemp("scale") / "store.db"))
    steps = Steps(store.engine)
    fill(store, 0, SMALL)
    small = {name: steps.of(lambda: op(store, 1)) for name, op in OPERATIONS.items()}
    fill(store, SMALL, LARGE)
    large = {name: steps.of(lambda: op(store, 2)) for name, op in OPERATIONS.items()}
    store.close()
    return {name: (small[name], large[name]) for name in OPERATIONS}


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_work_per_article_does_not_grow_with_the_store(costs, operation):
    small, large = costs[operation]
    assert small > 0
    assert large < 2 * small, f"{operation}: {small} VM steps at {SMALL} articles, {large} at {LARGE}"


def test_a_store_from_before_0009_gets_the_index_by_id(tmp_path):
    path = str(tmp_path / "old.db")
    store = open_store(path)
    fill(store, 0, 3)
    store.close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:   # back to the schema 0001-0008 left
        conn.execute(sa.text("DROP INDEX ix_articles_current_id"))
        conn.execute(sa.text("DELETE FROM schema_migrations WHERE name LIKE '0009%'"))
    engine.dispose()
    store = open_store(path)
    assert "0009_articles_current_by_id" in store.applied_migrations()
    with store.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN SELECT version FROM articles "
                                    "WHERE articles.id = 'a00001' AND articles.is_current = 1").all()
    assert "ix_articles_current_id" in plan[0][-1]
    assert store.get_article("a00001").title == "Title a00001"
