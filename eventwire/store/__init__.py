"""The only package with SQL.  `open_store` takes a file path or a SQLAlchemy URL."""

from eventwire.settings import database_url
from eventwire.store.filters import ArticleFilter, EventFilter
from eventwire.store.sql import SaveOutcome, Store

__all__ = ["ArticleFilter", "EventFilter", "SaveOutcome", "Store", "open_store"]


def open_store(db: str) -> Store:
    """Open (creating and migrating if needed) the database named by a path or URL."""
    return Store(database_url(db))
