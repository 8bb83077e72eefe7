"""Writers for `eventwire export`: acled-csv, jsonl, geojson, parquet.

ACLED conventions (current export, as in ACLED's own 2024 CSVs):
- 31 columns in ACLED's order; empty string for a missing value;
- event_date YYYY-MM-DD; year, time_precision, iso, geo_precision, fatalities, timestamp ints;
- inter1/inter2 as ACLED's text labels ("State forces", "Protesters", ...) and interaction as
  "<label>-<label>" (lower code first) or "<label> only" — the form ACLED's current exports use
  (older exports used the numeric codes 1-8 and e.g. 17);
- latitude/longitude with 4 decimals;
- source = the outlets joined by "; "; source_scale: "National" for one outlet's report,
  "Other" when no outlet is known, "National-International" when several outlets report it;
- notes = one generated sentence from the coded fields (never article text);
- timestamp = the unix time of the export run (ACLED: time the row was last changed).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable, TextIO

from eventwire.records import ACLED_COLUMNS, Event

INTER_LABELS = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}

VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took over territory from",
    "Air/drone strike": "carried out an air/drone strike on",
    "Shelling/artillery/missile attack": "shelled or fired missiles at",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used a chemical weapon against",
    "Attack": "attacked",
    "Sexual violence": "committed sexual violence against",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "engaged in mob violence against",
    "Arrests": "arrested",
    "Agreement": "reached an agreement with",
    "Looting/property destruction": "looted or destroyed property of",
}


def inter_label(code: int | None) -> str:
    return INTER_LABELS.get(code or 0, "")


def interaction_label(inter1: int | None, inter2: int | None) -> str:
    a, b = inter1 or 0, inter2 or 0
    if not a and not b:
        return ""
    if a and b:
        lo, hi = sorted((a, b))
        return f"{INTER_LABELS[lo]}-{INTER_LABELS[hi]}"
    return f"{INTER_LABELS[a or b]} only"


def source_scale(event: Event) -> str:
    if event.source_scale:
        return event.source_scale
    outlets = outlets_of(event)
    if not outlets:
        return "Other"
    return "National-International" if len(outlets) > 1 else "National"


def outlets_of(event: Event) -> list[str]:
    if event.source:
        parts = [p.strip() for p in event.source.replace(";", "\n").splitlines()]
        return list(dict.fromkeys(p for p in parts if p))
    return []


def _place(event: Event) -> str:
    bits = [b for b in (event.admin1, event.country) if b and b != event.location]
    if event.location:
        return f"{event.location} ({', '.join(bits)})" if bits else event.location
    return ", ".join(bits)


def summary(event: Event) -> str:
    """One generated sentence describing the event from its coded fields."""
    when = f"On {event.event_date.day} {event.event_date:%B %Y}" if event.event_date else "On an unknown date"
    if event.time_precision and event.time_precision > 1 and event.event_date:
        when = f"Around {event.event_date:%B %Y}" if event.time_precision == 3 else f"In the week of {event.event_date.day} {event.event_date:%B %Y}"
    a1 = event.actor1 or "unidentified actors"
    verb = VERB.get(event.sub_event_type, f"were involved in an event ({event.sub_event_type.lower()}) with")
    where = _place(event)
    if event.sub_event_type in ("Peaceful protest", "Violent demonstration"):
        core = f"{a1} {verb}"
    else:
        core = f"{a1} {verb} {event.actor2 or 'unidentified targets'}"
    sentence = f"{when}, {core}" + (f" in {where}" if where else "") + "."
    if event.fatalities:
        sentence += f" {event.fatalities} fatalit{'y' if event.fatalities == 1 else 'ies'} reported."
    if event.injuries:
        sentence += f" {event.injuries} injured."
    return sentence


def acled_values(event: Event, timestamp: int) -> dict[str, Any]:
    """The event as ACLED's 31 columns, typed as ACLED exports them (None = missing)."""
    row = event.acled_row()
    row["event_date"] = event.event_date.isoformat() if event.event_date else None
    row["inter1"] = inter_label(event.inter1) or None
    row["inter2"] = inter_label(event.inter2) or None
    row["interaction"] = interaction_label(event.inter1, event.inter2) or None
    row["disorder_type"] = event.disorder_type
    for col in ("latitude", "longitude"):
        v = row[col]
        row[col] = round(float(v), 4) if v is not None else None
    row["source"] = "; ".join(outlets_of(event)) or None
    row["source_scale"] = source_scale(event)
    row["notes"] = summary(event)
    row["fatalities"] = int(event.fatalities or 0)
    row["timestamp"] = timestamp
    return row


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}".rstrip("0").rstrip(".")
    return str(v)


def write_acled_csv(events: Iterable[Event], out: TextIO, timestamp: int | None = None) -> int:
    ts = int(timestamp if timestamp is not None else time.time())
    w = csv.writer(out, lineterminator="\n")
    w.writerow(ACLED_COLUMNS)
    n = 0
    for ev in events:
        vals = acled_values(ev, ts)
        w.writerow([_csv_cell(vals[c]) for c in ACLED_COLUMNS])
        n += 1
    return n


def write_jsonl(events: Iterable[Event], out: TextIO, timestamp: int | None = None) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.model_dump(mode="json"), ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_collection(events: Iterable[Event], timestamp: int | None = None) -> tuple[dict, int]:
    """(FeatureCollection, number of events left out for lacking coordinates)."""
    ts = int(timestamp if timestamp is not None else time.time())
    features, skipped = [], 0
    for ev in events:
        if ev.latitude is None or ev.longitude is None:
            skipped += 1
            continue
        props = acled_values(ev, ts)
        props.update(id=ev.id, sources=list(ev.sources), corroboration=ev.corroboration,
                     injuries=ev.injuries)
        features.append({
            "type": "Feature", "id": ev.id,
            "geometry": {"type": "Point", "coordinates": [round(ev.longitude, 6), round(ev.latitude, 6)]},
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": features}, skipped


def write_geojson(events: Iterable[Event], out: TextIO, timestamp: int | None = None) -> int:
    fc, skipped = geojson_collection(events, timestamp)
    json.dump(fc, out, ensure_ascii=False)
    out.write("\n")
    if skipped:
        print(f"geojson: {skipped} event(s) without coordinates left out", file=sys.stderr)
    return len(fc["features"])


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
        ("inter1_code", i), ("inter2_code", i), ("injuries", i), ("weapon", s), ("claimant", s),
        ("confidence", f), ("corroboration", i), ("sources", pa.list_(s)),
        ("disagreements_json", s), ("evidence_json", s),
    ]
    return pa.schema([pa.field(n, t) for n, t in fields],
                     metadata={b"eventwire.schema": b"events/1"})


def parquet_rows(events: Iterable[Event], ts: int) -> list[dict]:
    rows = []
    for ev in events:
        r = acled_values(ev, ts)
        r["event_date"] = ev.event_date
        r.update(
            inter1_code=ev.inter1, inter2_code=ev.inter2, injuries=ev.injuries, weapon=ev.weapon,
            claimant=ev.claimant, confidence=ev.confidence, corroboration=ev.corroboration,
            sources=list(ev.sources),
            disagreements_json=json.dumps([d.model_dump(mode="json") for d in ev.disagreements]),
            evidence_json=json.dumps({k: v.model_dump(mode="json") for k, v in ev.evidence.items()}),
        )
        rows.append(r)
    return rows


def write_parquet(events: Iterable[Event], path: Path, timestamp: int | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ts = int(timestamp if timestamp is not None else time.time())
    schema = parquet_schema()
    rows = parquet_rows(events, ts)
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, str(path))
    return len(rows)


FORMATS: dict[str, Callable] = {
    "acled-csv": write_acled_csv, "jsonl": write_jsonl, "geojson": write_geojson,
    "parquet": write_parquet,
}


def export_events(events: Iterable[Event], fmt: str, path: str | Path | None,
                  timestamp: int | None = None) -> int:
    """Write events in `fmt` to `path` ("-" or None: stdout, not for parquet). Returns rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path in (None, "-"):
            raise ValueError("parquet needs a file: give -o FILE.parquet")
        return write_parquet(events, Path(path), timestamp)
    if path in (None, "-"):
        return FORMATS[fmt](events, sys.stdout, timestamp)
    with open(path, "w", encoding="utf-8", newline="") as out:
        return FORMATS[fmt](events, out, timestamp)
