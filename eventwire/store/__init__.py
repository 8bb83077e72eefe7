"""The only package with SQL.  `open_store` takes a file path or a SQLAlchemy URL."""

from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from eventwire.errors import NoDatabaseError
from eventwire.settings import database_url
from eventwire.store.filters import ArticleFilter, EventFilter
from eventwire.store.sql import SaveOutcome, Store

__all__ = ["ArticleFilter", "EventFilter", "SaveOutcome", "Store", "open_store"]


def open_store(db: str, create: bool = True) -> Store:
    """Open (migrating if needed) the database named by a path or URL.

    With `create=False` a SQLite file that does not exist raises NoDatabaseError instead of being
    created empty: read-only commands use it so that a mistyped --db fails instead of showing
    0 events.  Other databases (PostgreSQL) are opened as before, since whether one "exists"
    cannot be checked cheaply without connecting.
    """
    url = database_url(db)
    if not create:
        _require_sqlite_file(db, url)
    return Store(url)


def _require_sqlite_file(db: str, url: str) -> None:
    path = _sqlite_file(url)
    if path is not None and not path.exists():
        raise NoDatabaseError(f"no database at {db}: nothing has been ingested there "
                              "(check --db or $EVENTWIRE_DB)")


def _sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names; None for other databases and in-memory SQLite."""
    try:
        parsed = make_url(url)
    except ArgumentError:  # a malformed URL is reported by Store, with its fix
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()
