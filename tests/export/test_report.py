"""Situation report: numbers, previous-period deltas, chart and map embedded, escaping, CLI."""

from __future__ import annotations

import datetime as dt

import typer
from typer.testing import CliRunner

from eventwire.cli import export as export_cli
from eventwire.export.outlines import country_outlines
from eventwire.export.report import build_report, render_html, render_markdown


def test_country_outlines_geojson():
    fc = country_outlines()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) > 200
    iraq = next(f for f in fc["features"] if f["properties"]["iso_a3"] == "IRQ")
    assert iraq["properties"]["name"] == "Iraq" and iraq["properties"]["iso_n3"] == 368
    ring = (iraq["geometry"]["coordinates"][0] if iraq["geometry"]["type"] == "Polygon"
            else iraq["geometry"]["coordinates"][0][0])
    assert ring[0] == ring[-1]
    lon, lat = ring[0]
    assert 38 < lon < 49 and 29 < lat < 38  # lon, lat order


def test_report_numbers_and_deltas(event_store):
    data = build_report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28), charts=False)
    s = data["stats"]
    assert (s["events"], s["fatalities"], s["injuries"]) == (2, 1, 2)
    assert data["prev_since"] == dt.date(2024, 1, 15) and data["prev_until"] == dt.date(2024, 1, 21)
    assert data["prev_stats"]["events"] == 1
    battles = next(d for d in data["delta_type"] if d["key"] == "Battles")
    assert battles["d_events"] == -1 and battles["d_fatalities"] == -5
    assert data["significant"][0]["id"] == "IRQ-0001"


def test_report_html_self_contained_and_escaped(event_store):
    data = build_report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28))
    html = render_html(data)
    assert html.count("data:image/png;base64,") == 2
    assert "<script" not in html and "&lt;script&gt;" in html  # article text escaped
    assert "Kataib Hezbollah &lt;b&gt;" in html
    assert "http://" not in html and "https://" not in html  # nothing fetched
    assert "Sources disagree on fatalities" in html
    md = render_markdown(data)
    assert "| Explosions/Remote violence | 1 | 1 | 2 |" in md


def _app() -> typer.Typer:
    app = typer.Typer()
    export_cli.register(app)
    return app


def test_cli_export_and_report(event_store, tmp_db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "e.csv"
    res = runner.invoke(_app(), ["export", "--format", "acled-csv", "--db", tmp_db, "--country", "Iraq", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text().splitlines()[0].startswith("event_id_cnty,event_date,year")
    assert len(out.read_text().splitlines()) == 2
    rep = tmp_path / "r.html"
    res = runner.invoke(_app(), ["report", "--db", tmp_db, "--since", "2024-01-22", "--until", "2024-01-28", "-o", str(rep)])
    assert res.exit_code == 0, res.output
    assert "Situation report" in rep.read_text()
    res = runner.invoke(_app(), ["export", "--db", tmp_db, "--since", "2024-02-01", "--until", "2024-01-01"])
    assert res.exit_code == 2
