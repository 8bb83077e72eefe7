"""The flat `events` table and the `acled_events` view (migration 0006): every ACLED column as a
column, so SQL users, datasette or DuckDB read the export's values without unpacking JSON."""

from __future__ import annotations

import sqlalchemy as sa

from eventwire.acled import FLAT_COLUMNS
from eventwire.records import ACLED_COLUMNS
from eventwire.store import open_store
from tests.api import sample_data as sd


def _view(store) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text("SELECT * FROM acled_events ORDER BY event_id_cnty"))]


def test_the_view_has_every_acled_column_in_order_and_the_exports_values(store):
    sd.populate(store)
    rows = _view(store)
    assert list(rows[0])[:31] == list(ACLED_COLUMNS) and list(rows[0]) == list(FLAT_COLUMNS)
    strike = next(r for r in rows if r["event_id_cnty"] == sd.STRIKE_EVENT)
    flat = dict(store.get_event_row(sd.STRIKE_EVENT)[1])
    assert strike["notes"] == flat["notes"] and strike["notes"].startswith("On 23 January 2024, US forces")
    assert strike["inter1"] is None and strike["source"] == "Gulf Wire; Levant Tribune"
    assert strike["corroboration"] == 2 and strike["timestamp"] == flat["timestamp"]
    assert {r["event_id_cnty"] for r in rows} == {s.id for s in sd.SPECS}


def test_an_older_database_gets_its_flat_columns_filled_when_opened(tmp_path):
    db = str(tmp_path / "old.db")
    store = sd.build(db)
    with store.engine.begin() as conn:  # as a database written before the flat columns were
        conn.execute(sa.text("UPDATE events SET notes = NULL, source_scale = NULL, flat_version = NULL"))
    store.close()
    reopened = open_store(db)
    assert all(r["notes"] and r["source_scale"] for r in _view(reopened))
