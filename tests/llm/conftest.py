from __future__ import annotations

import pytest

from tests.llm.scripted_server import Script, ScriptedServer


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def server(script):
    with ScriptedServer(script) as running:
        yield running
