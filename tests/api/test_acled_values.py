"""The API shows the export's values (labels, notes, URL-safe ids), says what matched nothing,
searches full text, counts undated events, and downloads the filtered view."""

from __future__ import annotations

import csv
import io

from tests.api import sample_data as sd


def test_items_carry_the_same_acled_values_as_the_flat_table(client, sample_store):
    item = next(e for e in client.get("/events").json()["items"] if e["id"] == sd.STRIKE_EVENT)
    _, flat = sample_store.get_event_row(sd.STRIKE_EVENT)
    assert item["notes"] == flat["notes"] and item["notes"].startswith("On 23 January 2024, US forces")
    assert item["source"] == "Gulf Wire; Levant Tribune" and item["timestamp"] == flat["timestamp"]
    assert item["event_id_cnty"] == item["id"] == sd.STRIKE_EVENT


def test_an_event_is_found_by_its_url_safe_id(client, sample_store):
    from eventwire.records import Event

    sample_store.replace_events([*sd.canonical_events(), Event(
        id="wire-9#2", event_type="Battles", sub_event_type="Armed clash", country="Iraq", sources=("wire-9",))])
    try:
        listed = [e["id"] for e in client.get("/events", params={"limit": 1000}).json()["items"]]
        assert "wire-9.2" in listed and not any("#" in i for i in listed)
        detail = client.get("/events/wire-9.2")
        assert detail.status_code == 200 and detail.json()["event"]["id"] == "wire-9.2"
    finally:
        sample_store.replace_events(sd.canonical_events())


def test_a_filter_that_matches_nothing_gives_a_notice_with_the_nearest(client):
    body = client.get("/events", params={"actor": "Kataib Hezbolah"}).json()
    assert body["total"] == 0 and body["items"] == []
    notice = body["notices"][0]
    assert notice["param"] == "actor" and notice["suggestion"] == "Kataib Hezbollah"
    assert client.get("/events", params={"country": "IRQ", "actor": "KH"}).json()["total"] == 1


def test_an_unknown_event_type_is_422_with_the_nearest(client):
    response = client.get("/events", params={"type": "Battle"})
    assert response.status_code == 422 and "did you mean 'Battles'" in response.json()["detail"]


def test_q_needs_every_word_anywhere_in_the_event(client):
    assert [e["id"] for e in client.get("/events", params={"q": "Kataib Jurf"}).json()["items"]] == [sd.STRIKE_EVENT]
    assert client.get("/events", params={"q": "\"Jurf al-Sakhar\" Raqqa"}).json()["total"] == 0


def test_undated_events_a_date_range_leaves_out_are_counted(client):
    body = client.get("/events", params={"since": "2024-01-01"}).json()
    assert body["undated_not_in_range"] == 1 and sd.UNDATED_EVENT not in {e["id"] for e in body["items"]}
    assert client.get("/stats", params={"since": "2024-01-01"}).json()["undated"] == 1
    kept = client.get("/events", params={"since": "2024-01-01", "include_undated": "true"}).json()
    assert sd.UNDATED_EVENT in {e["id"] for e in kept["items"]}


def test_stats_count_events_by_how_precisely_they_are_placed(client):
    by_precision = {c["key"]: c["count"] for c in client.get("/stats").json()["by_precision"]}
    assert by_precision == {"1": len(sd.SPECS) - 2, "2": 1, "none": 1}


def test_the_filtered_view_downloads_as_acled_csv_with_its_header(client):
    response = client.get("/events.csv", params={"country": "Syria"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["event_id_cnty"] for r in rows) == ["SYR-0001", "SYR-0002", "SYR-0003"]
    empty = client.get("/events.csv", params={"country": "Chad"})
    assert empty.text.startswith("event_id_cnty,event_date,") and len(empty.text.splitlines()) == 1


def test_geojson_download_and_map_layers(client):
    fc = client.get("/events.geojson", params={"type": "Battles"}).json()
    assert fc["type"] == "FeatureCollection" and {f["id"] for f in fc["features"]} == {"IRQ-0003", "SYR-0002"}
    units = client.get("/outlines/admin1", params={"countries": "IRQ,SYR"}).json()
    assert {"Baghdad", "Dayr Az Zawr"} <= {f["properties"]["name"] for f in units["features"]}
    assert client.get("/outlines/admin1", params={"countries": "Iraq"}).status_code == 422
    towns = client.get("/places", params={"bbox": "43,32,46,35", "limit": 5}).json()
    assert towns[0]["name"] == "Baghdad" and len(towns) == 5


def test_events_export_and_the_api_give_the_same_values(client, sample_store, tmp_path):
    import json

    from typer.testing import CliRunner

    from eventwire.cli import app

    db = str(tmp_path / "same.db")
    sd.build(db).close()
    runner = CliRunner()
    listed = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    exported = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    by_events = {r["id"]: r for r in map(json.loads, listed)}
    by_export = {r["id"]: r for r in map(json.loads, exported)}
    by_api = {r["id"]: r for r in client.get("/events", params={"limit": 1000}).json()["items"]}
    assert set(by_events) == set(by_export) == set(by_api) == {s.id for s in sd.SPECS}
    for event_id, record in by_events.items():
        assert record == by_export[event_id]
        api = by_api[event_id]
        assert {k: record[k] for k in record if k != "timestamp"} == {k: api[k] for k in record if k != "timestamp"}
