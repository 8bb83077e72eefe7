"""Exports: ACLED CSV header, values and dtypes, JSONL, GeoJSON, Parquet; every format shows the
values the flat events table holds."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from eventwire.export import export_events
from eventwire.records import ACLED_COLUMNS
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
    from eventwire.export.formats import ExportSummary, write_acled_csv

    write_acled_csv(store.iter_event_rows(flt), buf, ExportSummary())
    return buf.getvalue()


def _rows(store) -> dict[str, dict]:
    return {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(_csv(store)))}


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
    assert r["fatalities"] == "1" and r["iso"] == "368" and r["timestamp"].isdigit()
    assert r["admin3"] == "" and r["tags"] == ""
    assert rows["a2.2"]["latitude"] == "" and rows["a2.2"]["event_date"] == ""
    assert rows["JOR-0001"]["interaction"] == "Protesters only"


def test_source_is_the_outlets_in_acleds_order_and_scale_from_the_outlet_table(event_store):
    rows = _rows(event_store)
    strike = rows["IRQ-0001"]
    # the outlets sorted and joined as ACLED does; Reuters is an international wire, Shafaq News
    # an Iraqi national outlet reporting an event in Iraq
    assert strike["source"] == "Reuters; Shafaq News"
    assert strike["source_scale"] == "National-International"
    assert rows["JOR-0001"]["source"] == "Outlet B" and rows["JOR-0001"]["source_scale"] == "Other"


def test_notes_describe_the_event_in_acleds_style(event_store):
    rows = _rows(event_store)
    assert rows["IRQ-0001"]["notes"] == (
        "On 23 January 2024, US forces conducted airstrikes on Kataib Hezbollah <b> near Jurf al-Sakhar (Babil). "
        "1 fatality and 2 injuries reported. Reports of fatalities vary from 1 to 2; the lowest is coded.")
    protest = rows["JOR-0001"]["notes"]
    assert protest == "On 25 January 2024, hundreds of protesters demonstrated in Amman to demand lower bread prices."
    assert rows["a2.2"]["notes"].startswith("On an unknown date, Sudanese forces clashed with Rapid Support Forces "
                                            "in an unspecified location in Sudan.")


def test_protests_carry_acleds_crowd_size_tag(event_store):
    rows = _rows(event_store)
    assert rows["JOR-0001"]["tags"] == "crowd size=hundreds"
    assert rows["IRQ-0001"]["tags"] == ""


def test_ids_are_url_safe(event_store):
    ids = set(_rows(event_store))
    assert "a2.2" in ids and not any("#" in i for i in ids)
    assert event_store.get_event("a2.2").id == "a2#2"  # either form finds the event


def test_timestamp_is_when_the_event_last_changed_not_the_export_time(event_store, tmp_db):
    import sqlite3

    from tests.export.conftest import make_events

    first = {i: r["timestamp"] for i, r in _rows(event_store).items()}
    assert first == {i: r["timestamp"] for i, r in _rows(event_store).items()}  # two exports agree
    with sqlite3.connect(tmp_db) as db:  # as if the events had been written long ago
        db.execute("UPDATE events SET timestamp = 1000")
    strike, protest, undated = make_events()
    event_store.replace_events([strike.model_copy(update={"fatalities": 3}), protest, undated])
    again = {i: r["timestamp"] for i, r in _rows(event_store).items()}
    assert again["JOR-0001"] == "1000" and again["a2.2"] == "1000"   # written again, unchanged
    assert int(again["IRQ-0001"]) > 1_700_000_000                    # changed: the time it changed


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
    text = _csv(event_store, EventFilter(countries=("Jordan",)))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["event_id_cnty"] for r in rows] == ["JOR-0001"]


def test_jsonl_has_the_csvs_values_and_the_evidence(event_store, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export_events(event_store.iter_event_rows(), "jsonl", out).written == 3
    recs = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    csv_rows = _rows(event_store)
    strike = recs["IRQ-0001"]
    assert {c: "" if strike[c] is None else str(strike[c]) for c in ACLED_COLUMNS
            if c not in ("latitude", "longitude")} == \
        {c: v for c, v in csv_rows["IRQ-0001"].items() if c not in ("latitude", "longitude")}
    assert strike["inter1"] == "External/Other forces" and strike["inter1_code"] == 8
    assert strike["sources"] == ["a1", "a3"]
    assert strike["disagreements"][0]["field"] == "fatalities"
    assert strike["evidence"]["event_type"]["text"].startswith("Wire A")


def _check_rfc7946(fc: dict) -> None:
    assert fc["type"] == "FeatureCollection" and isinstance(fc["features"], list)
    for f in fc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        assert g["type"] == "Point" and len(g["coordinates"]) == 2
        lon, lat = g["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_valid_and_counts_what_it_leaves_out(event_store, tmp_path):
    out = tmp_path / "e.geojson"
    summary = export_events(event_store.iter_event_rows(), "geojson", out)
    assert summary.written == 2 and summary.left_out == 1 and summary.undated == 1
    fc = json.loads(out.read_text())
    _check_rfc7946(fc)
    strike = next(f for f in fc["features"] if f["id"] == "IRQ-0001")
    assert strike["geometry"]["coordinates"] == [44.1, 32.891235]  # lon, lat
    assert set(ACLED_COLUMNS) <= set(strike["properties"])
    assert strike["properties"]["corroboration"] == 2 and strike["properties"]["sources"] == ["a1", "a3"]


def test_parquet_round_trip(event_store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from eventwire.export.formats import parquet_schema

    out = tmp_path / "e.parquet"
    assert export_events(event_store.iter_event_rows(), "parquet", out).written == 3
    table = pq.read_table(out)
    assert table.schema.equals(parquet_schema(), check_metadata=False)
    assert table.schema.names[:31] == list(ACLED_COLUMNS)
    rows = {r["event_id_cnty"]: r for r in table.to_pylist()}
    s = rows["IRQ-0001"]
    assert s["event_date"].isoformat() == "2024-01-23" and s["fatalities"] == 1
    assert s["sources"] == ["a1", "a3"] and s["inter1_code"] == 8 and s["latitude"] == 32.8912
    assert json.loads(s["disagreements_json"])[0]["values"] == {"a1": 1, "a3": 2}
    assert rows["a2.2"]["latitude"] is None


def test_parquet_needs_file(event_store):
    with pytest.raises(ValueError, match="parquet needs a file"):
        export_events(event_store.iter_event_rows(), "parquet", "-")


@pytest.mark.parametrize("name, fmt", [("e.csv", "acled-csv"), ("e.geojson", "geojson"), ("e.jsonl", "jsonl"),
                                       ("e.parquet", "parquet"), ("e.txt", None), ("-", None)])
def test_format_from_the_output_files_extension(name, fmt):
    from eventwire.export import format_for

    assert format_for(name) == fmt
