from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from tests.api import sample_data


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = sample_data.build(str(tmp_path_factory.mktemp("api") / "events.db"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(sample_store):
    with TestClient(create_app(sample_store)) as test_client:
        yield test_client
