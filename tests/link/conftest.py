"""Fixtures for the linking tests: the store on SQLite and PostgreSQL (tests/store's harness)."""

from tests.store.conftest import postgres_url, store  # noqa: F401  (fixtures reused)
