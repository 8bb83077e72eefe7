"""Writers for `eventwire export`: acled-csv, jsonl, geojson, parquet.

Every writer takes the store's `(event, flat)` pairs (`Store.iter_event_rows`), so each shows the
values the database's flat `events` table holds (made once by `eventwire.acled`).  ACLED CSV
follows ACLED's current exports: its 31 columns in order, an empty cell for a missing value,
event_date YYYY-MM-DD, inter1/inter2/interaction as labels, coordinates with 4 decimals.
See docs/EXPORT_SCHEMA.md.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TextIO

from eventwire.acled import FLAT_COLUMNS, event_record
from eventwire.records import ACLED_COLUMNS, Event

Row = tuple[Event, dict[str, Any]]


@dataclass
class ExportSummary:
    """What an export wrote, and what it could not show."""

    written: int = 0
    undated: int = 0
    without_coordinates: int = 0
    country_level: int = 0
    left_out: int = field(default=0, metadata={"doc": "events the format cannot hold (GeoJSON: no coordinates)"})

    def count(self, event: Event) -> None:
        self.undated += event.event_date is None
        self.without_coordinates += event.latitude is None or event.longitude is None
        self.country_level += event.geo_precision == 3


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}".rstrip("0").rstrip(".")
    return str(v)


def write_acled_csv(rows: Iterable[Row], out: TextIO, summary: ExportSummary) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(ACLED_COLUMNS)
    for event, flat in rows:
        w.writerow([_csv_cell(flat[c]) for c in ACLED_COLUMNS])
        summary.count(event)
        summary.written += 1


def write_jsonl(rows: Iterable[Row], out: TextIO, summary: ExportSummary) -> None:
    for event, flat in rows:
        out.write(json.dumps(event_record(event, flat), ensure_ascii=False) + "\n")
        summary.count(event)
        summary.written += 1


def geojson_collection(rows: Iterable[Row], summary: ExportSummary) -> dict:
    """A FeatureCollection of the events with coordinates (the others are counted in `summary`)."""
    features = []
    for event, flat in rows:
        summary.count(event)
        if event.latitude is None or event.longitude is None:
            summary.left_out += 1
            continue
        record = event_record(event, flat)
        features.append({
            "type": "Feature", "id": record["id"],
            "geometry": {"type": "Point", "coordinates": [round(event.longitude, 6), round(event.latitude, 6)]},
            "properties": record,
        })
        summary.written += 1
    return {"type": "FeatureCollection", "features": features}


def write_geojson(rows: Iterable[Row], out: TextIO, summary: ExportSummary) -> None:
    json.dump(geojson_collection(rows, summary), out, ensure_ascii=False)
    out.write("\n")


def parquet_schema():
    import pyarrow as pa

    s, i, f = pa.string(), pa.int32(), pa.float64()
    fields = [
        ("event_id_cnty", s), ("event_date", pa.date32()), ("year", i), ("time_precision", i),
        ("disorder_type", s), ("event_type", s), ("sub_event_type", s), ("actor1", s),
        ("assoc_actor_1", s), ("inter1", s), ("actor2", s), ("assoc_actor_2", s), ("inter2", s),
        ("interaction", s), ("civilian_targeting", s), ("iso", i), ("region", s), ("country", s),
        ("admin1", s), ("admin2", s), ("admin3", s), ("location", s), ("latitude", f),
        ("longitude", f), ("geo_precision", i), ("source", s), ("source_scale", s), ("notes", s),
        ("fatalities", i), ("tags", s), ("timestamp", pa.int64()),
        # eventwire extras
        ("inter1_code", i), ("inter2_code", i), ("interaction_code", i), ("injuries", i), ("weapon", s),
        ("claimant", s), ("corroboration", i), ("confidence", f), ("sources", pa.list_(s)),
        ("disagreements_json", s), ("evidence_json", s),
    ]
    return pa.schema([pa.field(n, t) for n, t in fields], metadata={b"eventwire.schema": b"events/2"})


def parquet_row(event: Event, flat: dict[str, Any]) -> dict:
    row = {c: flat[c] for c in FLAT_COLUMNS}
    row["event_date"] = event.event_date
    row.update(sources=list(event.sources),
               disagreements_json=json.dumps([d.model_dump(mode="json") for d in event.disagreements]),
               evidence_json=json.dumps({k: v.model_dump(mode="json") for k, v in event.evidence.items()}))
    return row


def write_parquet(rows: Iterable[Row], path: Path, summary: ExportSummary) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_rows = []
    for event, flat in rows:
        table_rows.append(parquet_row(event, flat))
        summary.count(event)
    pq.write_table(pa.Table.from_pylist(table_rows, schema=parquet_schema()), str(path))
    summary.written = len(table_rows)


FORMATS: dict[str, Callable] = {
    "acled-csv": write_acled_csv, "jsonl": write_jsonl, "geojson": write_geojson,
    "parquet": write_parquet,
}
# What `-o FILE`'s extension means when no --format is given.
EXTENSIONS = {".csv": "acled-csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".geojson": "geojson",
              ".parquet": "parquet", ".pq": "parquet"}


def format_for(path: str | None) -> str | None:
    """The format `-o FILE`'s extension names ("events.geojson" -> "geojson"), or None."""
    if not path or path == "-":
        return None
    return EXTENSIONS.get(Path(path).suffix.lower())


def export_events(rows: Iterable[Row], fmt: str, path: str | Path | None) -> ExportSummary:
    """Write `(event, flat)` rows in `fmt` to `path` ("-" or None: stdout, not for parquet)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    summary = ExportSummary()
    if fmt == "parquet":
        if path in (None, "-"):
            raise ValueError("parquet needs a file: give -o FILE.parquet")
        write_parquet(rows, Path(path), summary)
        return summary
    if path in (None, "-"):
        FORMATS[fmt](rows, sys.stdout, summary)
        return summary
    with open(path, "w", encoding="utf-8", newline="") as out:
        FORMATS[fmt](rows, out, summary)
    return summary
