"""Situation report: honest numbers (undated listed, actor roles apart, comparisons only over
covered periods), period-sized bins, maps with context, escaping, CLI."""

from __future__ import annotations

import datetime as dt

import typer
from typer.testing import CliRunner

from eventwire.cli import export as export_cli
from eventwire.export.outlines import admin1_outlines, country_outlines
from eventwire.export.report import build_report, render_html, render_markdown
from eventwire.export.report.charts import bin_size
from eventwire.export.report.maps import MIN_SPAN, extent_of
from eventwire.query import FilterRequest, resolve_filter


def _report(store, since, until, charts=False, **filters):
    resolution = resolve_filter(store, FilterRequest(since=since, until=until, **filters))
    return build_report(store, resolution, charts=charts)


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


def test_no_outline_edge_crosses_the_whole_map():
    """A ring across the antimeridian drawn as is gives a band across the world view."""
    for f in country_outlines("50m")["features"]:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for ring in (r for p in polys for r in p):
            assert all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:])), f["properties"]["name"]


def test_admin1_outlines_come_with_natural_earth_names():
    fc = admin1_outlines(["IRQ", "JOR"])
    names = {f["properties"]["name"] for f in fc["features"]}
    assert {"Baghdad", "Amman"} <= names and len(names) > 25


def test_report_numbers_and_deltas(event_store):
    data = _report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28))
    s = data["stats"]
    assert (s["events"], s["fatalities"], s["injuries"]) == (2, 1, 2)
    assert data["prev_since"] == dt.date(2024, 1, 15) and data["prev_until"] == dt.date(2024, 1, 21)
    assert data["significant"][0]["id"] == "IRQ-0001"


def test_undated_events_are_counted_and_listed_not_lost(event_store):
    data = _report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28))
    assert data["undated"]["count"] == 1 and data["undated"]["listed"][0]["id"] == "a2.2"
    html = render_html(data)
    assert "1 undated event</b>" in html and 'id="undated"' in html
    assert "Undated events (1" in render_markdown(data)


def test_actors_are_counted_as_actor1_and_as_actor2_apart(event_store):
    data = _report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28))
    militia = data["stats"]["by_actor"]["Kataib Hezbollah <b>"]
    us = data["stats"]["by_actor"]["Military Forces of the United States (2021-)"]
    assert (us["as_actor1"], us["as_actor2"]) == (1, 0)
    assert (militia["as_actor1"], militia["fatalities_as_actor1"], militia["as_actor2"],
            militia["fatalities_as_actor2"]) == (0, 0, 1, 1)


def test_no_comparison_with_a_period_the_store_has_nothing_for(event_store):
    data = _report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28))
    assert data["compare"] is False and data["delta_type"] == []   # nothing stored for 15-21 January
    html = render_html(data)
    assert 'id="no-comparison"' in html and "vs previous period" not in html
    covered = _report(event_store, dt.date(2024, 1, 29), dt.date(2024, 2, 4))
    assert covered["compare"] is True   # 22-28 January has articles and events
    assert next(d for d in covered["delta_type"] if d["key"] == "Protests")["d_events"] == -1


def test_report_html_self_contained_and_escaped(event_store):
    data = _report(event_store, dt.date(2024, 1, 22), dt.date(2024, 1, 28), charts=True)
    html = render_html(data)
    assert html.count("data:image/png;base64,") == 2
    assert "<script" not in html and "&lt;script&gt;" in html  # article text escaped
    assert "Kataib Hezbollah &lt;b&gt;" in html
    assert "http://" not in html and "https://" not in html  # nothing fetched
    assert "Sources disagree on fatalities" in html
    md = render_markdown(data)
    assert "| Explosions/Remote violence | 1 | 1 | 2 |" in md


def test_bins_fit_the_period():
    assert bin_size(dt.date(2024, 1, 1), dt.date(2024, 1, 31)) == "day"
    assert bin_size(dt.date(2024, 1, 1), dt.date(2024, 4, 30)) == "week"
    assert bin_size(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == "month"


def test_a_one_event_map_shows_its_region(event_store):
    from tests.export.conftest import make_events

    extent = extent_of(make_events()[:1])
    assert extent.x1 - extent.x0 >= MIN_SPAN and extent.holds(44.1, 32.89)
    assert (extent.x1 - extent.x0) / (extent.y1 - extent.y0) > 1.3   # wider than tall, never a square


def _app() -> typer.Typer:
    app = typer.Typer()
    export_cli.register(app)
    return app


def test_cli_export_and_report(event_store, tmp_db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "e.csv"
    res = runner.invoke(_app(), ["export", "--format", "acled-csv", "--db", tmp_db, "--country", "IRQ", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text().splitlines()[0].startswith("event_id_cnty,event_date,year")
    assert len(out.read_text().splitlines()) == 2
    rep = tmp_path / "r.html"
    res = runner.invoke(_app(), ["report", "--db", tmp_db, "--since", "2024-01-22", "--until", "2024-01-28", "-o", str(rep)])
    assert res.exit_code == 0, res.output
    assert "Situation report" in rep.read_text()
    res = runner.invoke(_app(), ["export", "--db", tmp_db, "--since", "2024-02-01", "--until", "2024-01-01"])
    assert res.exit_code == 2


def test_report_format_follows_the_output_file(event_store, tmp_db, tmp_path, monkeypatch):
    runner = CliRunner()
    md = tmp_path / "brief.md"
    res = runner.invoke(_app(), ["report", "--db", tmp_db, "--since", "2024-01-22", "--until", "2024-01-28", "-o", str(md)])
    assert res.exit_code == 0, res.output
    assert md.read_text().startswith("# Situation report")
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(_app(), ["report", "--db", tmp_db, "--since", "2024-01-22", "--until", "2024-01-28", "--format", "md"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "report.md").read_text().startswith("# Situation report")
    assert not (tmp_path / "report.html").exists()


def test_export_says_what_it_left_out(event_store, tmp_db, tmp_path):
    res = CliRunner().invoke(_app(), ["export", "--db", tmp_db, "-o", str(tmp_path / "e.geojson")])
    assert res.exit_code == 0, res.output
    assert "(geojson)" in res.output and "1 without coordinates left out of the GeoJSON" in res.output
    res = CliRunner().invoke(_app(), ["export", "--db", tmp_db, "--since", "2024-01-01", "-o", str(tmp_path / "e.csv")])
    assert "1 undated event matching the other filters is not in this date range" in res.output
    res = CliRunner().invoke(_app(), ["export", "--db", tmp_db, "--since", "2024-01-01", "--include-undated",
                                      "-o", str(tmp_path / "all.csv")])
    assert len((tmp_path / "all.csv").read_text().splitlines()) == 4


def test_report_and_page_colour_each_type_alike():
    import re

    from eventwire.export.report.charts import TYPE_COLOURS
    from eventwire.web import STATIC_DIR

    css = (STATIC_DIR / "style.css").read_text()
    page = {name.strip(): colour for colour, name in re.findall(r"--t\d: (#[0-9a-f]{6}); /\* ([^*]+?) \*/", css)}
    assert {k: page[k] for k in TYPE_COLOURS} == TYPE_COLOURS
