"""Front lines: where a war's fighting happens, as a prior among namesake villages.

Conflict events cluster along a front.  When the text says only "near Lozove" and a dozen villages
of Donetsk oblast bear that name, with no population to tell them apart, the one on the line of
contact of the event's date is the likely one.  `fronts.csv` (curated, each point with a source
note) traces each front as a polyline with the dates it held; only a front in force on the event's
date counts, and only as a tie-break among small namesakes (`resolve.front_prior`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.curated import curated_path, curated_rows


@dataclass(frozen=True)
class Front:
    name: str
    country: str
    start: dt.date
    end: dt.date
    points: tuple[tuple[float, float], ...]  # (lat, lon), in order along the line


def fronts_path():
    return curated_path("fronts.csv")


@lru_cache(maxsize=1)
def fronts() -> tuple[Front, ...]:
    """The curated fronts of fronts.csv, their points in `seq` order."""
    rows: dict[str, list[dict]] = {}
    for row in curated_rows("fronts.csv"):
        rows.setdefault(row["front"], []).append(row)
    out = []
    for name, points in rows.items():
        points.sort(key=lambda r: int(r["seq"]))
        first = points[0]
        out.append(Front(name, first["country"], dt.date.fromisoformat(first["start"]),
                         dt.date.fromisoformat(first["end"]),
                         tuple((float(r["latitude"]), float(r["longitude"])) for r in points)))
    return tuple(out)


def fronts_on(country: str | None, day: dt.date | None) -> tuple[Front, ...]:
    """The fronts of `country` in force on `day` (none without a date: a line moves)."""
    if country is None or day is None:
        return ()
    return tuple(f for f in fronts() if f.country == country and f.start <= day <= f.end)


def km_to_line(front: Front, lat: float, lon: float) -> float:
    """Distance in km from a point to the front's polyline (local flat projection; fine at tens of km)."""
    scale = math.cos(math.radians(lat))
    px, py = lon * scale * 111.2, lat * 111.2
    best = math.inf
    for (alat, alon), (blat, blon) in zip(front.points, front.points[1:]):
        ax, ay, bx, by = alon * scale * 111.2, alat * 111.2, blon * scale * 111.2, blat * 111.2
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best
