"""Exports: ACLED CSV header/dtypes, JSONL, GeoJSON structure, Parquet round-trip."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from eventwire.export import export_events
from eventwire.export.formats import interaction_label
from eventwire.records import ACLED_COLUMNS, Event
from eventwire.store import EventFilter


def _infer(value: str) -> str:
    if value == "":
        return "empty"
    if re.fullmatch(r"-?\d+", value):
        return "int"
    if re.fullmatch(r"-?\d+\.\d+", value):
        return "float"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "date"
    return "str"


def column_types(rows: list[dict]) -> dict[str, str]:
    """A column's type as a CSV reader would infer it: int < float; str wins; empties ignored."""
    out = {}
    for col in ACLED_COLUMNS:
        kinds = {_infer(r[col]) for r in rows} - {"empty"}
        if not kinds:
            out[col] = "empty"
        elif kinds <= {"int"}:
            out[col] = "int"
        elif kinds <= {"int", "float"}:
            out[col] = "float"
        elif kinds == {"date"}:
            out[col] = "date"
        else:
            out[col] = "str"
    return out


def _csv(store, flt=EventFilter()) -> str:
    buf = io.StringIO()
    from eventwire.export.formats import write_acled_csv

    write_acled_csv(store.iter_events(flt), buf, timestamp=1706000000)
    return buf.getvalue()


def test_acled_csv_header_and_values(event_store):
    text = _csv(event_store)
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames) == ACLED_COLUMNS
    rows = {r["event_id_cnty"]: r for r in reader}
    assert len(rows) == 3
    r = rows["IRQ-0001"]
    assert r["event_date"] == "2024-01-23" and r["year"] == "2024"
    assert r["latitude"] == "32.8912" and r["longitude"] == "44.1"
    assert r["inter1"] == "External/Other forces" and r["inter2"] == "Political militia"
    assert r["interaction"] == "Political militia-External/Other forces"
    assert r["source"] == "Wire A; Outlet C" and r["source_scale"] == "National-International"
    assert r["fatalities"] == "1" and r["timestamp"] == "1706000000" and r["iso"] == "368"
    assert r["notes"].startswith("On 23 January 2024, Military Forces of the United States (2021-)")
    assert "Jurf al-Sakhar (Babil, Iraq)" in r["notes"] and r["notes"].endswith("2 injured.")
    assert r["admin3"] == "" and r["tags"] == ""
    assert rows["SDN-0001"]["latitude"] == ""
    assert rows["JOR-0001"]["interaction"] == "Protesters only"


def test_acled_csv_dtypes_match_acled_export(event_store, shared_data):
    theirs_path = shared_data / "acled_jordan_2024" / "acled.csv"
    if not theirs_path.is_file():
        pytest.skip("no ACLED Jordan export")
    with open(theirs_path, newline="", encoding="utf-8") as fh:
        theirs_reader = csv.DictReader(fh)
        assert tuple(theirs_reader.fieldnames) == ACLED_COLUMNS
        theirs = column_types(list(theirs_reader))
    ours = column_types(list(csv.DictReader(io.StringIO(_csv(event_store)))))
    mismatched = {c: (ours[c], theirs[c]) for c in ACLED_COLUMNS
                  if "empty" not in (ours[c], theirs[c]) and ours[c] != theirs[c]}
    assert not mismatched


def test_filters_apply(event_store):
    text = _csv(event_store, EventFilter(country="Jordan"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["event_id_cnty"] for r in rows] == ["JOR-0001"]


def test_jsonl_full_records(event_store, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export_events(event_store.iter_events(), "jsonl", out) == 3
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    strike = next(r for r in recs if r["id"] == "IRQ-0001")
    assert strike["sources"] == ["a1", "a3"]
    assert strike["disagreements"][0]["field"] == "fatalities"
    assert strike["evidence"]["event_type"]["text"].startswith("Wire A")
    assert Event.model_validate(strike).id == "IRQ-0001"


def _check_rfc7946(fc: dict) -> None:
    assert fc["type"] == "FeatureCollection" and isinstance(fc["features"], list)
    for f in fc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        assert g["type"] == "Point" and len(g["coordinates"]) == 2
        lon, lat = g["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_valid_and_skips_unplaced(event_store, tmp_path, capsys):
    out = tmp_path / "e.geojson"
    assert export_events(event_store.iter_events(), "geojson", out) == 2
    assert "1 event(s) without coordinates" in capsys.readouterr().err
    fc = json.loads(out.read_text())
    _check_rfc7946(fc)
    strike = next(f for f in fc["features"] if f["id"] == "IRQ-0001")
    assert strike["geometry"]["coordinates"] == [44.1, 32.891235]  # lon, lat
    assert set(ACLED_COLUMNS) <= set(strike["properties"])
    assert strike["properties"]["corroboration"] == 2 and strike["properties"]["sources"] == ["a1", "a3"]
    try:
        import geojson
    except ImportError:
        return
    assert geojson.loads(out.read_text()).is_valid


def test_parquet_round_trip(event_store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from eventwire.export.formats import parquet_schema

    out = tmp_path / "e.parquet"
    assert export_events(event_store.iter_events(), "parquet", out, timestamp=1706000000) == 3
    table = pq.read_table(out)
    assert table.schema.equals(parquet_schema(), check_metadata=False)
    assert table.schema.names[:31] == list(ACLED_COLUMNS)
    rows = {r["event_id_cnty"]: r for r in table.to_pylist()}
    s = rows["IRQ-0001"]
    assert s["event_date"].isoformat() == "2024-01-23" and s["fatalities"] == 1
    assert s["sources"] == ["a1", "a3"] and s["inter1_code"] == 8 and s["latitude"] == 32.8912
    assert json.loads(s["disagreements_json"])[0]["values"] == {"a1": 1, "a3": 2}
    assert rows["SDN-0001"]["latitude"] is None


def test_parquet_needs_file(event_store):
    with pytest.raises(ValueError, match="parquet needs a file"):
        export_events(event_store.iter_events(), "parquet", "-")


def test_interaction_and_summary_helpers():
    assert interaction_label(1, 7) == "State forces-Civilians"
    assert interaction_label(7, 1) == "State forces-Civilians"
    assert interaction_label(None, None) == ""
