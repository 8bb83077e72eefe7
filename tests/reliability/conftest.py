from __future__ import annotations

import pytest

from tests.reliability.harness import fork_server


@pytest.fixture(scope="session")
def server():
    """One warm fork server for the kill and concurrency tests (see forkserver.py)."""
    with fork_server() as running:
        yield running
