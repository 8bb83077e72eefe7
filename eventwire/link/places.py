"""Places of two mentions: the same town, near each other, or too far apart (a hard reason).

An exact place (geo precision 1) is the town or site itself: two of them more than
`EXACT_KM` apart are different places.  A place "near" a town (precision 2) allows
`NEAR_KM`.  A place known only to its region or country (precision 3, or no point) is coarse:
it is compatible with any place inside it, which counts as weak evidence only.
"""

from __future__ import annotations

import math

from eventwire.link.evidence import Evidence, hard, support
from eventwire.records import Event

SAME_KM = 1.0
EXACT_KM = 5.0      # "a few km": two exact places further apart are two places
NEAR_KM = 25.0      # "near X" covers this much


def has_point(e: Event) -> bool:
    return e.latitude is not None and e.longitude is not None and (e.geo_precision or 3) < 3


def is_exact_place(e: Event) -> bool:
    return has_point(e) and (e.geo_precision or 1) == 1


def is_coarse_place(e: Event) -> bool:
    """Known only to its region or country."""
    return not has_point(e)


def distance_km(a: Event, b: Event) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def places_evidence(a: Event, b: Event) -> Evidence:
    if not (a.country and b.country):
        return hard("country unknown on one side")
    if a.country != b.country:
        return hard(f"different countries ({a.country} / {b.country})")
    if has_point(a) and has_point(b):
        return _points(a, b)
    return _coarse(a, b)


def _points(a: Event, b: Event) -> Evidence:
    km = distance_km(a, b)
    names = f"{a.location} / {b.location}, {km:.0f} km"
    exact = (a.geo_precision or 1) == 1 and (b.geo_precision or 1) == 1
    if km <= SAME_KM:
        return support(1.0, f"same place ({names})")
    if exact:
        if km <= EXACT_KM:
            return support(0.6, f"nearby places ({names})")
        return hard(f"different places ({names} apart), both exact", score=0.3 if km <= 60 else 0.0)
    if km <= NEAR_KM:
        return support(0.5, f"near each other ({names})", "one place is only near a town")
    return hard(f"too far apart for 'near' ({names})", score=0.2 if km <= 60 else 0.0)


def _coarse(a: Event, b: Event) -> Evidence:
    ra, rb = _region(a), _region(b)
    if ra and rb and ra != rb:
        return hard(f"different regions ({ra} / {rb})")
    if ra and ra == rb:
        return support(0.4, f"same region ({ra})", "place known only to the region on one side")
    return support(0.1, f"same country ({a.country})", "place known only to the country on one side")


def _region(e: Event) -> str | None:
    """admin1, unless the place is the country itself (a country-level place has none)."""
    return e.admin1 if e.admin1 and e.location != e.country else None
