"""`eventwire articles`, `eventwire events` and `eventwire failures`: list what is stored."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Annotated

import typer

from eventwire.cli.common import (
    DbOption, OutputFormat, SinceOption, UntilOption, article_json, as_date, err_console, open_store,
    run_guarded, settings_for, write_csv, write_jsonl, write_table,
)
from eventwire.cli.filters import (
    ActorOption, Admin1Option, CountryOption, MinConfidenceOption, SearchOption, SubTypeOption, TypeOption,
    UndatedOption, resolve_or_fail, undated_note,
)
from eventwire.records import RecordedFailure

if TYPE_CHECKING:
    from eventwire.store import ArticleFilter

FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]
LimitOption = Annotated[int | None, typer.Option(min=1, help="At most this many rows.")]
EVENT_TABLE_COLUMNS = ("id", "date", "sub-event type", "actor1", "actor2", "location", "country", "fat.")
FAILURE_TABLE_COLUMNS = ("failed_at", "run", "article", "origin", "stage", "error", "stored")


class FailureFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command()(articles)
    app.command()(events)
    app.command()(failures)


def articles(db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
             source: Annotated[str | None, typer.Option(help="Outlet name contains this.")] = None,
             fmt: FormatOption = OutputFormat.table, limit: LimitOption = None) -> None:
    """List stored articles (current versions)."""
    store = run_guarded(open_store, settings_for(db).db, create=False)
    flt = run_guarded(_article_filter, since=as_date(since), until=as_date(until), source=source, limit=limit)
    rows = store.list_articles(flt)
    if fmt is OutputFormat.table:
        write_table("articles", ("id", "published", "source", "title", "language", "words"),
                    ((a.id, a.published, a.source, a.title, a.language, len(a.text.split())) for a in rows))
    elif fmt is OutputFormat.jsonl:
        write_jsonl(article_json(a) for a in rows)
    else:
        write_csv([article_json(a) for a in rows])


def events(db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
           country: CountryOption = None, admin1: Admin1Option = None, event_type: TypeOption = None,
           sub_type: SubTypeOption = None, actor: ActorOption = None, search: SearchOption = None,
           include_undated: UndatedOption = False, min_confidence: MinConfidenceOption = None,
           fmt: FormatOption = OutputFormat.table, limit: LimitOption = None) -> None:
    """List stored events (linked across sources), with ACLED's columns as `export` writes them."""
    from eventwire.acled import FLAT_COLUMNS, event_record
    from eventwire.query import FilterRequest

    store = run_guarded(open_store, settings_for(db).db, create=False)
    request = FilterRequest(since=as_date(since), until=as_date(until), country=country, admin1=admin1,
                            event_type=event_type, sub_type=sub_type, actor=actor, text=search,
                            include_undated=include_undated, min_confidence=min_confidence, limit=limit)
    resolution = resolve_or_fail(store, request)
    rows = [] if resolution.empty else store.list_event_rows(resolution.filter)
    if fmt is OutputFormat.table:
        write_table("events", EVENT_TABLE_COLUMNS, (_table_row(event, flat) for event, flat in rows))
    elif fmt is OutputFormat.jsonl:
        write_jsonl(event_record(event, flat) for event, flat in rows)
    else:
        records = [event_record(event, flat) for event, flat in rows]
        write_csv(records, fieldnames=(*FLAT_COLUMNS, "sources", "disagreements", "evidence"))
    if note := undated_note(store, resolution):
        err_console.print(note, highlight=False, soft_wrap=True)
    if note := not_linked_note(store):
        err_console.print(note, highlight=False, soft_wrap=True)


def not_linked_note(store) -> str | None:
    """"3 stored articles are not linked into events yet …" after an ingest stopped before linking."""
    from eventwire.link.features import FEATURES_VERSION

    count = store.count_articles_to_link(FEATURES_VERSION)
    if not count:
        return None
    return (f"{count} stored article{'s are' if count != 1 else ' is'} not linked into events yet (an ingest "
            "was stopped before linking), so their events are not listed: run the `eventwire ingest` command "
            "again (stored articles are skipped, and everything is linked)")


def failures(db: DbOption = None,
             fmt: Annotated[FailureFormat, typer.Option("--format", help="Output format.")] = FailureFormat.table) -> None:
    """List the articles a bug in eventwire failed on, oldest first, until a rerun stores them."""
    store = run_guarded(open_store, settings_for(db).db, create=False)
    rows = store.list_failures()
    if fmt is FailureFormat.jsonl:
        write_jsonl(row.model_dump(mode="json") for row in rows)
    else:
        write_table("failures", FAILURE_TABLE_COLUMNS, (_failure_row(row) for row in rows))
    err_console.print(_failures_note(rows), highlight=False, soft_wrap=True)


def _failure_row(row: RecordedFailure) -> tuple:
    stored = "yes, events unplaced" if row.places_pending else "no"
    return (f"{row.failed_at:%Y-%m-%d %H:%M:%S}", row.run, row.article_id, row.origin, row.stage,
            row.reason, stored)


def _failures_note(rows: list[RecordedFailure]) -> str:
    if not rows:
        return "no failures recorded"
    pending = sum(row.places_pending for row in rows)
    return (f"{len(rows)} failed article(s), {pending} stored with unplaced events: each is a bug in eventwire "
            "(the traceback is on logger eventwire.failures of its run); run the same ingest again after "
            "the fix: it processes these articles again and clears their failures")


def _table_row(event, flat) -> tuple:
    return (flat["event_id_cnty"], flat["event_date"] or "undated", event.sub_event_type, event.actor1,
            event.actor2, event.location or ", ".join(event.place_mentions), event.country, event.fatalities)


def _article_filter(**kwargs) -> ArticleFilter:
    from eventwire.store import ArticleFilter

    return _validated(ArticleFilter, kwargs)


def _validated(model, kwargs):
    from pydantic import ValidationError

    from eventwire.errors import EventwireError

    try:
        return model(**kwargs)
    except ValidationError as exc:
        raise EventwireError(f"invalid filter: {exc.errors()[0]['msg']}") from exc
