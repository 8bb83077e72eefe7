"""`eventwire stories`, `eventwire show EVENT_ID` and `eventwire changes`: what cross-source linking
found, why, and how event ids changed."""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Annotated

import typer

from eventwire.cli.common import (
    DbOption, console, fail, open_store, run_guarded, settings_for, write_jsonl, write_table,
)


class StoryFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"


class ChangeFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"


class ShowFormat(str, enum.Enum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command()(stories)
    app.command()(show)
    app.command()(changes)


def changes(db: DbOption = None,
            since: Annotated[dt.datetime | None, typer.Option(
                help="Only changes at or after this time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, UTC): your last pull.",
                formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"])] = None,
            event: Annotated[list[str] | None, typer.Option(
                "--event", help="Only changes naming this event id (either side); repeatable.")] = None,
            fmt: Annotated[ChangeFormat, typer.Option("--format", help="Output format.")] = ChangeFormat.table) -> None:
    """List how event ids changed at relinks: merged into, split from, replaced by, withdrawn
    (ids in the form outputs show them, `a.1`)."""
    from eventwire.acled.ids import public_id, stored_ids

    store = run_guarded(open_store, settings_for(db).db, create=False)
    asked = [i for given in event for i in stored_ids(given)] if event else None
    rows = [c.model_copy(update={"event_id": public_id(c.event_id),
                                 "other_id": public_id(c.other_id) if c.other_id else None})
            for c in store.event_id_changes(since=since, event_ids=asked)]
    if fmt is ChangeFormat.jsonl:
        write_jsonl(c.model_dump(mode="json") for c in rows)
        return
    write_table("event id changes", ("changed_at", "event_id", "change", "other_id"),
                ((f"{c.changed_at:%Y-%m-%d %H:%M:%S}", c.event_id, c.change, c.other_id or "") for c in rows))


def stories(db: DbOption = None,
            fmt: Annotated[StoryFormat, typer.Option("--format", help="Output format.")] = StoryFormat.table,
            min_articles: Annotated[int, typer.Option(min=1, help="Only stories with at least N articles.")] = 1,
            limit: Annotated[int | None, typer.Option(min=1, help="At most this many stories.")] = None) -> None:
    """List stories: groups of articles about the same news story."""
    store = run_guarded(open_store, settings_for(db).db, create=False)
    rows = store.list_stories(limit=limit, min_articles=min_articles)
    if fmt is StoryFormat.jsonl:
        write_jsonl(s.model_dump(mode="json") for s in rows)
        return
    write_table("stories", ("story_id", "articles", "first", "last", "title", "article_ids"),
                ((s.story_id, len(s.article_ids), s.first_date, s.last_date, s.title,
                  ", ".join(s.article_ids)) for s in rows))


def show(event_id: Annotated[str, typer.Argument(help="Event id, as `eventwire events` lists it.")],
         db: DbOption = None,
         fmt: Annotated[ShowFormat, typer.Option("--format", help="Output format.")] = ShowFormat.text) -> None:
    """Show one event: its values, each source's claims with evidence, disagreements, why it merged."""
    from eventwire.link.explain import explain_event

    store = run_guarded(open_store, settings_for(db).db, create=False)
    explanation = explain_event(store, event_id)
    if explanation is None:
        raise fail(f"no event {event_id!r} in this database; list ids with `eventwire events`")
    if fmt is ShowFormat.json:
        typer.echo(json.dumps(explanation.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    _print_explanation(explanation)


def _print_explanation(x) -> None:
    e = x.event
    out = _plain
    if x.asked_for:
        out(f"{x.asked_for} now names event {e.id} (see 'id history' below)\n")
    out(f"{e.id}  {e.event_date or 'undated'} (precision {e.time_precision})  "
        f"{e.event_type} / {e.sub_event_type}")
    out(f"  actors: {e.actor1 or '-'} vs {e.actor2 or '-'}   place: {e.location or '-'}, "
        f"{e.admin1 or '-'}, {e.country or '-'}   fatalities: {e.fatalities}   "
        f"injuries: {e.injuries if e.injuries is not None else '-'}")
    out(f"  sources: {len(e.sources)} article(s), corroboration {e.corroboration} independent")
    for s in x.sources:
        copy = f" (copy of {s.copy_of})" if s.copy_of else ""
        out(f"\nsource {s.article_id}{copy}: {s.outlet or '-'}, {s.published or 'undated'}, {s.title or ''}")
        if s.covers:
            out(f"  covers several events: also a source of {', '.join(s.covers)} "
                "(its place and total toll are not used for any one of them)")
        out("  claims: " + "; ".join(f"{k}={v}" for k, v in s.claims.items()))
        for text, fields in _by_sentence(s.evidence).items():
            out(f"  evidence ({', '.join(fields)}): {text}")
    _print_disagreements(x)
    _print_links(x)
    _print_history(x)


def _print_disagreements(x) -> None:
    if x.disagreements:
        _plain("\ndisagreements")
    for d in x.disagreements:
        values = "; ".join(f"{aid}: {v}" for aid, v in d.values.items())
        _plain(f"  {d.field}: {values}  -> chosen {d.chosen}")


def _print_links(x) -> None:
    if x.links:
        _plain("\nwhy the mentions were merged")
    for link in x.links:
        _plain(f"  {link.mention_a} + {link.mention_b} (score {link.score})")
        _reasons(link)
    if x.kept_apart:
        _plain("\nkept apart from close reports of other events")
    for apart in x.kept_apart:
        link = apart.link
        _plain(f"  {link.mention_a} / {link.mention_b} of event {', '.join(apart.other_events) or '-'} "
               f"(soft score {link.score})")
        if link.hard:
            _plain("    hard (never merged): " + "; ".join(link.hard))
        _reasons(link)


def _reasons(link) -> None:
    _plain("    for: " + ("; ".join(link.reasons) or "-"))
    if link.against:
        _plain("    against: " + "; ".join(link.against))


def _print_history(x) -> None:
    if x.id_history:
        _plain("\nid history")
    for c in x.id_history:
        other = f" {c.other_id}" if c.other_id else ""
        _plain(f"  {c.changed_at:%Y-%m-%d %H:%M} {c.event_id} {c.change.replace('_', ' ')}{other}")


def _by_sentence(evidence: dict[str, str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for field, text in evidence.items():
        grouped.setdefault(" ".join(text.split()), []).append(field)
    return grouped


def _plain(line: str) -> None:
    console.print(line, markup=False, highlight=False, soft_wrap=True)
