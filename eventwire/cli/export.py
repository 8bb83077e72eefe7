"""`eventwire export` (acled-csv, jsonl, geojson, parquet) and `eventwire report` (HTML/Markdown)."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import (
    DbOption, SinceOption, UntilOption, as_date, err_console, fail, open_store, run_guarded, settings_for,
)
from eventwire.cli.filters import (
    ActorOption, Admin1Option, CountryOption, MinConfidenceOption, SearchOption, SubTypeOption, TypeOption,
    UndatedOption, resolve_or_fail, undated_note,
)


class ExportFormat(str, enum.Enum):
    acled_csv = "acled-csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"


class ReportFormat(str, enum.Enum):
    html = "html"
    md = "md"


REPORT_EXTENSIONS = {".html": ReportFormat.html, ".htm": ReportFormat.html, ".md": ReportFormat.md,
                     ".markdown": ReportFormat.md}


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command()(report)


def export(
    fmt: Annotated[ExportFormat | None, typer.Option(
        "--format", "-f", help="Output format. Default: from -o's extension (.csv .jsonl .geojson .parquet), else acled-csv.")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' = stdout; not for parquet).")] = "-",
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
    country: CountryOption = None, admin1: Admin1Option = None, event_type: TypeOption = None,
    sub_type: SubTypeOption = None, actor: ActorOption = None, search: SearchOption = None,
    include_undated: UndatedOption = False, min_confidence: MinConfidenceOption = None,
) -> None:
    """Export stored events as ACLED-style CSV, JSON Lines, GeoJSON or Parquet (docs/EXPORT_SCHEMA.md)."""
    from eventwire.export import export_events, format_for
    from eventwire.query import FilterRequest

    chosen = fmt.value if fmt else (format_for(output) or ExportFormat.acled_csv.value)
    store = run_guarded(open_store, settings_for(db).db, create=False)
    request = FilterRequest(since=as_date(since), until=as_date(until), country=country, admin1=admin1,
                            event_type=event_type, sub_type=sub_type, actor=actor, text=search,
                            include_undated=include_undated, min_confidence=min_confidence)
    resolution = resolve_or_fail(store, request)
    rows = iter(()) if resolution.empty else store.iter_event_rows(resolution.filter)
    try:
        summary = export_events(rows, chosen, output)
    except (ValueError, OSError) as exc:
        raise fail(str(exc)) from exc
    where = "stdout" if output == "-" else output
    err_console.print(f"export: {summary.written} event(s) written to {where} ({chosen})"
                      + _summary_notes(summary, chosen), highlight=False, soft_wrap=True)
    if note := undated_note(store, resolution):
        err_console.print(note, highlight=False, soft_wrap=True)


def _summary_notes(summary, fmt: str) -> str:
    notes = []
    if summary.undated:
        notes.append(f"{summary.undated} undated")
    if summary.left_out:
        notes.append(f"{summary.left_out} without coordinates left out of the GeoJSON")
    elif summary.without_coordinates:
        notes.append(f"{summary.without_coordinates} without coordinates")
    if summary.country_level:
        notes.append(f"{summary.country_level} placed only at region or country level (geo_precision 3)")
    return "; " + "; ".join(notes) if notes else ""


def report(
    since: SinceOption = None, until: UntilOption = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help="Output file. Default: report.html (report.md with --format md).")] = None,
    fmt: Annotated[ReportFormat | None, typer.Option(
        "--format", help="html (self-contained) or md. Default: from -o's extension, else html.")] = None,
    db: DbOption = None, country: CountryOption = None, admin1: Admin1Option = None,
    event_type: TypeOption = None, sub_type: SubTypeOption = None, actor: ActorOption = None,
    top: Annotated[int, typer.Option(min=1, help="How many significant events to list.")] = 10,
) -> None:
    """A situation report over a date window: numbers, chart, map, top events, changes.

    Without --since/--until the window is the 7 days up to the latest stored event date.
    """
    from eventwire.export.report import build_report, render_html, render_markdown
    from eventwire.query import FilterRequest

    chosen, path = _report_target(fmt, output)
    store = run_guarded(open_store, settings_for(db).db, create=False)
    s, u = _window(store, as_date(since), as_date(until))
    request = FilterRequest(since=s, until=u, country=country, admin1=admin1, event_type=event_type,
                            sub_type=sub_type, actor=actor)
    resolution = resolve_or_fail(store, request)
    data = run_guarded(build_report, store, resolution, top=top)
    if chosen is ReportFormat.html:
        path.write_text(render_html(data), encoding="utf-8")
    else:
        path.write_text(render_markdown(data, images_dir=path.with_name(path.stem + "_files")), encoding="utf-8")
    extra = f"; {data['undated']['count']} undated listed apart" if data["undated"]["count"] else ""
    err_console.print(f"report: {data['stats']['events']} event(s) {s} – {u} written to {path} ({chosen.value}){extra}",
                      highlight=False)


def _report_target(fmt: ReportFormat | None, output: str | None) -> tuple[ReportFormat, Path]:
    by_extension = REPORT_EXTENSIONS.get(Path(output).suffix.lower()) if output else None
    if fmt and by_extension and fmt is not by_extension:
        raise fail(f"--format {fmt.value} does not match -o {output}: use a .{fmt.value} file or drop --format")
    chosen = fmt or by_extension or ReportFormat.html
    return chosen, Path(output or f"report.{chosen.value}")


def _window(store, since: dt.date | None, until: dt.date | None) -> tuple[dt.date, dt.date]:
    from eventwire.store import EventFilter

    if since is None or until is None:
        dates = [e.event_date for e in store.iter_events(EventFilter()) if e.event_date]
        until = until or (max(dates) if dates else dt.date.today())
        since = since or (until - dt.timedelta(days=6))
    if since > until:
        raise fail(f"--since ({since}) is after --until ({until})")
    return since, until
