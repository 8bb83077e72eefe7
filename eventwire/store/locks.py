"""Locks that make eventwire's writers take turns across processes.

* Every write transaction is serialised: on SQLite by BEGIN IMMEDIATE (see `sql`), on PostgreSQL
  by `pg_advisory_xact_lock(WRITE_LOCK)` at its start, so an article is read and written by one
  process at a time and two ingests cannot both store version 1 of the same article.
* Relinking holds `link_lock` from its first read to its last write: two relinks working from the
  same snapshot would each write their own stories and events for the same articles.  On SQLite
  it is an flock on `<database>.link-lock` beside the file; on PostgreSQL a session advisory lock.
  Both are released by the operating system or the server when the process dies, even by kill -9.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

WRITE_LOCK = 0x65770001  # arbitrary keys of eventwire's PostgreSQL advisory locks
LINK_LOCK = 0x65770002


def lock_writes(conn: sa.Connection) -> None:
    """At the start of a PostgreSQL write transaction: wait for the other writers' transactions."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


@contextmanager
def link_lock(engine: sa.Engine) -> Iterator[None]:
    """Held while this process relinks; other processes' relinks wait for it."""
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine):
            yield
    elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with _file_lock(Path(engine.url.database).with_name(Path(engine.url.database).name + ".link-lock")):
            yield
    else:
        yield


@contextmanager
def _advisory_lock(engine: sa.Engine) -> Iterator[None]:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({LINK_LOCK})")
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({LINK_LOCK})")


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
