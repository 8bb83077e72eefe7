"""An event as ACLED's columns: the one place their values are made.

`acled_values(event, timestamp)` gives ACLED's 31 columns as its current exports type them
(labels for inter1/inter2/interaction, notes, source and source_scale, tags); `flat_columns`
adds eventwire's extra columns for the database's flat `events` table; `event_record` is the
JSON shape every output shares (`eventwire events --format jsonl`, `export --format jsonl`,
the API's event items, GeoJSON properties).  The store writes `flat_columns` next to each event
and the outputs read them back, so every output shows the same values.
"""

from __future__ import annotations

from typing import Any

from eventwire.acled.ids import public_id, stored_ids
from eventwire.acled.labels import inter_label, interaction_code, interaction_label
from eventwire.acled.notes import write_notes
from eventwire.acled.outlets import source_scale, source_value, split_sources
from eventwire.acled.tags import tags_for
from eventwire.records import ACLED_COLUMNS, Event

# Raise when what the flat columns hold changes: stored rows of an older version are rewritten.
FLAT_VERSION = 2

EXTRA_COLUMNS: tuple[str, ...] = (
    "inter1_code", "inter2_code", "interaction_code", "injuries", "weapon", "claimant",
    "corroboration", "confidence",
)
FLAT_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS
JSON_EXTRAS: tuple[str, ...] = ("id", "sources", "disagreements", "evidence", "place_mentions")

__all__ = ["ACLED_COLUMNS", "EXTRA_COLUMNS", "FLAT_COLUMNS", "FLAT_VERSION", "acled_values",
           "event_record", "flat_columns", "public_id", "stored_ids"]


def _region_of(country: str | None) -> str | None:
    from eventwire.geo.countries import region_of

    return region_of(country)


def acled_values(event: Event, timestamp: int | None) -> dict[str, Any]:
    """ACLED's 31 columns for this event (None = empty)."""
    outlets = split_sources(event.source)
    row: dict[str, Any] = {col: getattr(event, col, None) for col in ACLED_COLUMNS}
    row.update(
        event_id_cnty=public_id(event.id), year=event.year,
        event_date=event.event_date.isoformat() if event.event_date else None,
        inter1=inter_label(event.inter1), inter2=inter_label(event.inter2),
        interaction=interaction_label(event.inter1, event.inter2),
        latitude=_rounded(event.latitude), longitude=_rounded(event.longitude),
        source=source_value(outlets),
        source_scale=event.source_scale or source_scale(outlets, event.country, _region_of),
        notes=write_notes(event), fatalities=int(event.fatalities or 0), tags=tags_for(event),
        timestamp=timestamp,
    )
    return row


def flat_columns(event: Event, timestamp: int | None) -> dict[str, Any]:
    """The 31 ACLED columns plus eventwire's extras, as the flat `events` table holds them."""
    row = acled_values(event, timestamp)
    row.update(inter1_code=event.inter1, inter2_code=event.inter2,
               interaction_code=interaction_code(event.inter1, event.inter2),
               injuries=event.injuries, weapon=event.weapon, claimant=event.claimant,
               corroboration=event.corroboration, confidence=event.confidence)
    return row


def event_record(event: Event, flat: dict[str, Any]) -> dict[str, Any]:
    """The JSON shape of an event in every output: the flat columns plus sources and evidence."""
    dumped = event.model_dump(mode="json", include={"sources", "disagreements", "evidence", "place_mentions"})
    return {**{col: flat.get(col) for col in FLAT_COLUMNS}, "id": public_id(event.id), **dumped}


def _rounded(value: float | None) -> float | None:
    return round(float(value), 4) if value is not None else None


# Columns the `events` table had before the flat ones; the store writes them with native types.
BASE_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                "latitude", "longitude", "fatalities")


def db_columns(event: Event, timestamp: int | None) -> dict[str, Any]:
    """The flat columns the store writes next to the base ones."""
    flat = flat_columns(event, timestamp)
    return {**{k: v for k, v in flat.items() if k not in BASE_COLUMNS}, "flat_version": FLAT_VERSION}


def from_stored(row: dict[str, Any]) -> dict[str, Any]:
    """Flat columns as read back from the table, typed as `flat_columns` gives them."""
    out = {col: row.get(col) for col in FLAT_COLUMNS}
    day = out["event_date"]
    out["event_date"] = day.isoformat() if hasattr(day, "isoformat") else day
    out["latitude"], out["longitude"] = _rounded(out["latitude"]), _rounded(out["longitude"])
    return out
