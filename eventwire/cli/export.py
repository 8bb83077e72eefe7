"""`eventwire export` (acled-csv, jsonl, geojson, parquet) and `eventwire report` (HTML/Markdown)."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import (
    DbOption, SinceOption, UntilOption, as_date, err_console, fail, run_guarded, settings_for,
)
from eventwire.store import EventFilter, open_store

CountryOption = Annotated[str | None, typer.Option(help="Country name, e.g. Iraq.")]
Admin1Option = Annotated[str | None, typer.Option(help="First-level admin region, e.g. Babil.")]
TypeOption = Annotated[str | None, typer.Option("--type", help="ACLED event_type.")]


class ExportFormat(str, enum.Enum):
    acled_csv = "acled-csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"


class ReportFormat(str, enum.Enum):
    html = "html"
    md = "md"


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command()(report)


def _filter(**kwargs) -> EventFilter:
    from pydantic import ValidationError

    from eventwire.errors import EventwireError

    try:
        return EventFilter(**kwargs)
    except ValidationError as exc:
        raise EventwireError(f"invalid filter: {exc.errors()[0]['msg']}") from exc


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.acled_csv,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' = stdout; not for parquet).")] = "-",
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
    country: CountryOption = None, admin1: Admin1Option = None, event_type: TypeOption = None,
    actor: Annotated[str | None, typer.Option(help="actor1 or actor2 contains this.")] = None,
) -> None:
    """Export stored events as ACLED-style CSV, JSON Lines, GeoJSON or Parquet (docs/EXPORT_SCHEMA.md)."""
    from eventwire.export import export_events

    flt = run_guarded(_filter, since=as_date(since), until=as_date(until), country=country,
                      admin1=admin1, event_type=event_type, actor=actor)
    store = run_guarded(open_store, settings_for(db).db)
    try:
        n = export_events(store.iter_events(flt), fmt.value, output)
    except (ValueError, OSError) as exc:
        raise fail(str(exc)) from exc
    if output != "-":
        err_console.print(f"export: {n} event(s) written to {output} ({fmt.value})", highlight=False)


def report(
    since: SinceOption = None, until: UntilOption = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file.")] = "report.html",
    fmt: Annotated[ReportFormat, typer.Option("--format", help="html (self-contained) or md.")] = ReportFormat.html,
    db: DbOption = None, country: CountryOption = None, admin1: Admin1Option = None,
    event_type: TypeOption = None,
    top: Annotated[int, typer.Option(min=1, help="How many significant events to list.")] = 10,
) -> None:
    """A situation report over a date window: numbers, chart, map, top events, changes.

    Without --since/--until the window is the 7 days up to the latest stored event date.
    """
    from eventwire.export.report import build_report, render_html, render_markdown

    store = run_guarded(open_store, settings_for(db).db)
    s, u = as_date(since), as_date(until)
    if s is None or u is None:
        dates = [e.event_date for e in store.iter_events(EventFilter()) if e.event_date]
        latest = u or (max(dates) if dates else dt.date.today())
        u = latest
        s = s or (u - dt.timedelta(days=6))
    if s > u:
        raise fail(f"--since ({s}) is after --until ({u})")
    data = run_guarded(build_report, store, s, u, country=country, admin1=admin1,
                       event_type=event_type, top=top)
    path = Path(output)
    if fmt is ReportFormat.html:
        path.write_text(render_html(data), encoding="utf-8")
    else:
        path.write_text(render_markdown(data, images_dir=path.with_name(path.stem + "_files")), encoding="utf-8")
    err_console.print(f"report: {data['stats']['events']} event(s) {s} – {u} written to {path}", highlight=False)
