"""`eventwire articles` and `eventwire events`: list what is stored, with filters."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import (
    DbOption, OutputFormat, SinceOption, UntilOption, article_json, as_date, print_events,
    run_guarded, settings_for, write_csv, write_jsonl, write_table,
)
from eventwire.store import ArticleFilter, EventFilter, open_store

FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]
LimitOption = Annotated[int | None, typer.Option(min=1, help="At most this many rows.")]
EVENT_EXTRA = ("sources", "corroboration", "disagreements", "injuries", "weapon", "claimant",
               "evidence", "confidence")


def register(app: typer.Typer) -> None:
    app.command()(articles)
    app.command()(events)


def articles(db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
             source: Annotated[str | None, typer.Option(help="Outlet name contains this.")] = None,
             fmt: FormatOption = OutputFormat.table, limit: LimitOption = None) -> None:
    """List stored articles (current versions)."""
    store = run_guarded(open_store, settings_for(db).db)
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
           country: Annotated[str | None, typer.Option(help="Country name, e.g. Iraq.")] = None,
           event_type: Annotated[str | None, typer.Option("--type", help="ACLED event_type.")] = None,
           actor: Annotated[str | None, typer.Option(help="actor1 or actor2 contains this.")] = None,
           fmt: FormatOption = OutputFormat.table, limit: LimitOption = None) -> None:
    """List stored events (linked across sources)."""
    store = run_guarded(open_store, settings_for(db).db)
    flt = run_guarded(_event_filter, since=as_date(since), until=as_date(until), country=country,
                      event_type=event_type, actor=actor, limit=limit)
    print_events(store.list_events(flt), fmt, EVENT_EXTRA, title="events")


def _article_filter(**kwargs) -> ArticleFilter:
    return _validated(ArticleFilter, kwargs)


def _event_filter(**kwargs) -> EventFilter:
    return _validated(EventFilter, kwargs)


def _validated(model, kwargs):
    from pydantic import ValidationError

    from eventwire.errors import EventwireError

    try:
        return model(**kwargs)
    except ValidationError as exc:
        raise EventwireError(f"invalid filter: {exc.errors()[0]['msg']}") from exc
