from __future__ import annotations

import pytest

from eventwire.store import open_store
from tests.store.postgres import throwaway_server


@pytest.fixture(scope="session")
def postgres_url():
    yield from throwaway_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        yield open_store(str(tmp_path / "store.db"))
        return
    url = request.getfixturevalue("postgres_url")
    store = open_store(url)
    yield store
    _drop_everything(store)


def _drop_everything(store) -> None:
    import sqlalchemy as sa

    with store.engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    store.close()
