"""The fork server and the databases of the reliability tests.

EVENTWIRE_RELIABILITY_BACKEND=postgresql runs the kill and concurrency tests against a throwaway
PostgreSQL server (tests/store/postgres.py) instead of SQLite files; `make reliability` does both.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.reliability.harness import fork_server
from tests.store.postgres import throwaway_server

BACKEND = os.environ.get("EVENTWIRE_RELIABILITY_BACKEND", "sqlite")


@pytest.fixture(scope="session")
def server():
    """One warm fork server for the kill, concurrency and CLI fuzz tests (see forkserver.py)."""
    with fork_server() as running:
        yield running


@dataclass(frozen=True)
class Database:
    url: str  # what --db gets, and what SQLAlchemy opens
    file: Path | None  # the SQLite file, for PRAGMA integrity_check


class Databases:
    """Fresh, empty databases: SQLite files under `root`, or new databases on one server."""

    def __init__(self, root: Path, server_url: str | None):
        self.root, self.server_url, self.numbers = root, server_url, itertools.count(1)

    def new(self, name: str) -> Database:
        number = next(self.numbers)
        if self.server_url is None:
            return Database(f"sqlite:///{self.root / f'{name}-{number}.db'}", self.root / f"{name}-{number}.db")
        database = f"ew_{name}_{number}"
        engine = sa.create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
        engine.dispose()
        return Database(self.server_url.rsplit("/", 1)[0] + f"/{database}", None)


def _postgres() -> Iterator[str]:
    yield from throwaway_server()


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    if BACKEND == "postgresql":
        yield from (Databases(tmp_path_factory.mktemp("db"), url) for url in _postgres())
    else:
        yield Databases(tmp_path_factory.mktemp("db"), None)
