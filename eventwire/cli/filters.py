"""The event filter options `events`, `export` and `report` share, resolved against the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from eventwire.cli.common import err_console, fail

if TYPE_CHECKING:  # the query and the store load SQLAlchemy: imported when a command runs
    from eventwire.query import FilterRequest, Resolution
    from eventwire.store import Store

CountryOption = Annotated[str | None, typer.Option(
    help="Country: name, ISO2/ISO3 code or common spelling (Iraq, IQ, IRQ, Irak).")]
Admin1Option = Annotated[str | None, typer.Option(
    help="First-level admin unit, spelt leniently (Anbar = Al Anbar = al-Anbar Governorate).")]
TypeOption = Annotated[str | None, typer.Option("--type", help="ACLED event_type, e.g. Battles.")]
SubTypeOption = Annotated[str | None, typer.Option("--sub-type", help="ACLED sub_event_type, e.g. 'Air/drone strike'.")]
ActorOption = Annotated[str | None, typer.Option(
    help="Actor: part of a name, initials (KH, IRGC) or a state's country (US, Iraqi).")]
SearchOption = Annotated[str | None, typer.Option(
    "--search", help="Words (or \"quoted phrases\") that must all appear in the event: actors, places, notes, evidence.")]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Only events with at least this confidence: the expected precision at that score (docs/CONFIDENCE.md).")]
UndatedOption = Annotated[bool, typer.Option(
    "--include-undated", help="With --since/--until: keep events whose date is unknown.")]


def resolve_or_fail(store: Store, request: FilterRequest) -> Resolution:
    """The resolved filter; notices go to stderr; a value outside ACLED's types exits 2."""
    from eventwire.query import UsageError, resolve_filter

    try:
        resolution = resolve_filter(store, request)
    except UsageError as exc:
        raise fail(str(exc)) from exc
    for notice in resolution.notices:
        err_console.print(f"[yellow]filter {notice.param}:[/] {notice.message}", highlight=False, soft_wrap=True)
    return resolution


def undated_note(store: Store, resolution: Resolution) -> str | None:
    """"2 undated events are not in this date range" when a date range hides some."""
    flt = resolution.filter
    if not (flt.since or flt.until) or flt.include_undated:
        return None
    undated = store.count_events(flt.model_copy(update={"since": None, "until": None, "undated_only": True,
                                                        "limit": None, "offset": 0}))
    if not undated:
        return None
    return (f"{undated} undated event{'s' if undated != 1 else ''} matching the other filters "
            f"{'are' if undated != 1 else 'is'} not in this date range (--include-undated keeps them)")
