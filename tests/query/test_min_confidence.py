"""`--min-confidence` on `events` and `export`, and `min_confidence` on the API: only events whose
confidence is at least the value; a value outside 0-1 is a usage error naming it."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.api import create_app
from eventwire.cli import app
from eventwire.store import open_store
from tests.api import sample_data as sd

runner = CliRunner()


def _confidence(n: int) -> float:
    return 0.9 if n % 3 == 0 else 0.4


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("confidence") / "events.db")
    store = sd.populate(open_store(path))
    events = [e.model_copy(update={"confidence": _confidence(n)}) for n, e in enumerate(sd.canonical_events())]
    store.replace_events(events)
    store.close()
    return path


@pytest.fixture(scope="module")
def sure_ids():
    return sorted(e.id for n, e in enumerate(sd.canonical_events()) if _confidence(n) >= 0.8)


def _csv_ids(text: str) -> list[str]:
    return sorted(r["event_id_cnty"] for r in csv.DictReader(io.StringIO(text)))


def test_events_keeps_only_events_at_or_above_the_confidence(db, sure_ids):
    result = runner.invoke(app, ["events", "--db", db, "--format", "csv", "--min-confidence", "0.8"])
    assert result.exit_code == 0, result.output
    assert _csv_ids(result.stdout) == sure_ids
    everything = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert len(_csv_ids(everything.stdout)) > len(sure_ids) > 0


def test_export_keeps_only_events_at_or_above_the_confidence(db, sure_ids, tmp_path):
    out = tmp_path / "sure.csv"
    result = runner.invoke(app, ["export", "--db", db, "-o", str(out), "--min-confidence", "0.8"])
    assert result.exit_code == 0, result.output
    assert _csv_ids(out.read_text()) == sure_ids


def test_a_confidence_outside_zero_to_one_is_a_usage_error(db):
    result = runner.invoke(app, ["events", "--db", db, "--min-confidence", "1.5"])
    assert result.exit_code == 2
    assert "min-confidence" in result.output


def test_the_api_filters_by_min_confidence(db, sure_ids):
    store = open_store(db, create=False)
    try:
        with TestClient(create_app(store)) as client:
            body = client.get("/events", params={"min_confidence": 0.8, "limit": 100}).json()
            bad = client.get("/events", params={"min_confidence": 2})
    finally:
        store.close()
    assert sorted(e["id"] for e in body["items"]) == sure_ids
    assert bad.status_code == 422
