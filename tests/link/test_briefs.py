"""Wire briefs through the whole pipeline: what a user saw merge, now kept apart (issue 15).

Short briefs written for this test (tests/link/data/briefs.jsonl): two Kirkuk attacks on
neighbouring days with different victims, and the Tikrit Monday / Tikrit Tuesday / Baiji
Tuesday set of one-incident briefs that was linked into one event with 2 killed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import pipeline
from eventwire.cli import app
from eventwire.settings import Settings
from eventwire.store import open_store

BRIEFS = Path(__file__).parent / "data" / "briefs.jsonl"


@pytest.fixture(scope="module")
def briefs_db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("briefs") / "briefs.db")
    pipeline.ingest([str(BRIEFS)], open_store(path), Settings())
    return path


def test_one_incident_briefs_never_share_an_event(briefs_db):
    store = open_store(briefs_db)
    assert [e.sources for e in store.list_events() if len(e.sources) > 1] == []
    assert store.count_events() == 5
    assert sum(e.fatalities for e in store.list_events()) == 12


def test_show_states_the_hard_reason_that_kept_kirkuk_apart(briefs_db):
    store = open_store(briefs_db)
    [monday] = [e for e in store.list_events() if e.sources == ("kirkuk-mon",)]
    out = CliRunner().invoke(app, ["show", monday.id, "--db", briefs_db], catch_exceptions=False).stdout
    assert "kept apart" in out
    assert "different days" in out and "kirkuk-tue" in out


def test_a_brief_stored_a_day_later_is_kept_apart_on_both_events(tmp_path):
    """Relinking Tuesday's brief does not rebuild Monday's event (a hard reason keeps them apart),
    yet both events' `show` say which close report they were kept apart from and why."""
    import json

    lines = [json.loads(line) for line in BRIEFS.read_text(encoding="utf-8").splitlines()]
    db = str(tmp_path / "daily.db")
    store = open_store(db)
    for row in lines[:2]:   # Monday's brief, then Tuesday's, each its own ingest
        path = tmp_path / f"{row['id']}.jsonl"
        path.write_text(json.dumps(row) + "\n", encoding="utf-8")
        pipeline.ingest([str(path)], store, Settings())
    runner = CliRunner()
    for mine, other in (("kirkuk-mon", "kirkuk-tue"), ("kirkuk-tue", "kirkuk-mon")):
        [event] = [e for e in store.list_events() if e.sources == (mine,)]
        out = runner.invoke(app, ["show", event.id, "--db", db], catch_exceptions=False).stdout
        assert "kept apart" in out and other in out and "different days" in out, mine
