"""`eventwire serve`: loopback by default, a token everywhere else, Bearer checks on data routes."""

from __future__ import annotations

import httpx
import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.api import BindError, check_bind, create_app
from eventwire.cli import serve as serve_cli
from tests.api import live, sample_data

TOKEN = "test-token-0123456789"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_needs_no_token(host):
    assert check_bind(host, None) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.org"])
def test_other_hosts_need_a_token(host):
    with pytest.raises(BindError, match="--token"):
        check_bind(host, None)
    with pytest.raises(BindError):
        check_bind(host, "   ")
    assert check_bind(host, TOKEN) == TOKEN


@pytest.fixture(scope="module")
def guarded(sample_store):
    with TestClient(create_app(sample_store, token=TOKEN)) as client:
        yield client


@pytest.mark.parametrize("path", ["/events", "/events/IRQ-0001", "/articles/erbil-0127", "/stats",
                                  "/stories", "/outlines"])
def test_data_routes_need_the_bearer_token(guarded, path):
    assert guarded.get(path).status_code == 401
    assert guarded.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get(path, headers={"Authorization": TOKEN}).status_code == 401
    ok = guarded.get(path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200, ok.text


def test_unauthorised_answer_says_what_to_send(guarded):
    response = guarded.get("/events")
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in response.json()["detail"]


def test_page_and_docs_load_without_the_token(guarded):
    assert guarded.get("/openapi.json").status_code == 200
    assert guarded.get("/").status_code in (200, 503)


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    serve_cli.register(app)
    return app


def test_cli_refuses_a_public_host_without_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    result = CliRunner().invoke(_cli(), ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "without a token" in result.output
    assert not (tmp_path / "x.db").exists()


def test_cli_rejects_a_bad_port(tmp_path):
    result = CliRunner().invoke(_cli(), ["serve", "--db", str(tmp_path / "x.db"), "--port", "70000"])
    assert result.exit_code == 2


def test_real_server_enforces_the_token(tmp_path):
    db = str(tmp_path / "events.db")
    sample_data.build(db).close()
    with live.running_server(db, token=TOKEN, log=tmp_path / "serve.log") as base:
        assert httpx.get(base + "/events").status_code == 401
        ok = httpx.get(base + "/events", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json()["total"] == len(sample_data.SPECS)
        assert httpx.get(base + "/events", params={"limit": 0},
                         headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 422
