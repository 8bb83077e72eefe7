"""Query parameters of the API: parsed strictly, turned into an `EventFilter`, errors as 422.

Every message names the parameter, the value received and the form expected.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Literal

from fastapi import Depends, Query, Request

from eventwire.query import FilterRequest

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_OFFSET = 10_000_000
MAX_TEXT = 200

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ParamError(ValueError):
    """A query parameter that cannot be used; the API answers 422 with this message."""

    def __init__(self, param: str, message: str):
        super().__init__(f"invalid query parameter {param!r}: {message}")
        self.param = param


def _text(description: str):
    return Query(description=description, max_length=MAX_TEXT)


Since = Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")]
Country = Annotated[str | None, _text("Country: name, ISO2/ISO3 code or common spelling (Iraq, IQ, IRQ, Irak).")]
Admin1 = Annotated[str | None, _text("First-level admin unit, spelt leniently: Anbar = Al Anbar = al-Anbar Governorate.")]
EventType = Annotated[str | None, _text("ACLED event_type, e.g. 'Explosions/Remote violence'.")]
SubType = Annotated[str | None, _text("ACLED sub_event_type, e.g. 'Air/drone strike'.")]
Actor = Annotated[str | None, _text("Actor: part of a name, initials (KH, IRGC) or a state's country (US, Iraqi).")]
Bbox = Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat (WGS84 degrees).")]
Text = Annotated[str | None, _text("Full-text search: every word (or \"quoted phrase\") must appear in the event "
                                   "(actors, places, notes, evidence), any case.")]
Undated = Annotated[bool, Query(description="With since/until: keep events whose date is unknown.")]
MinConfidence = Annotated[float | None, Query(ge=0.0, le=1.0, description=(
    "Only events with at least this confidence (0-1): the expected precision at that score, docs/CONFIDENCE.md."))]
Resolution = Annotated[Literal["50m", "110m"], Query(
    description="Natural Earth scale: 50m (detailed, about 2 MB) or 110m (coarse, about 0.3 MB).")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1 to {MAX_LIMIT}.")]
PlaceLimit = Annotated[int, Query(ge=1, le=500, description="At most this many towns, 1 to 500.")]
Countries = Annotated[str, Query(max_length=2000, description="ISO alpha-3 codes, comma-separated: IRQ,SYR.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events to skip (pagination).")]

FILTER_PARAMS = ("since", "until", "country", "admin1", "type", "sub_type", "actor", "bbox", "q", "include_undated",
                 "min_confidence")
PAGE_PARAMS = ("limit", "offset")


def parse_date(param: str, value: str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise ParamError(param, f"expected a date YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ParamError(param, f"{value!r} is not a calendar date ({exc})") from exc


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None or value == "":
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise ParamError("bbox", f"expected 4 comma-separated numbers min_lon,min_lat,max_lon,max_lat, "
                                 f"got {len(parts)} in {value!r}")
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError as exc:
        raise ParamError("bbox", f"expected numbers, got {value!r}") from exc
    if not all(math.isfinite(n) for n in numbers):
        raise ParamError("bbox", f"coordinates must be finite numbers, got {value!r}")
    min_lon, min_lat, max_lon, max_lat = numbers
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise ParamError("bbox", "longitudes must lie between -180 and 180")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ParamError("bbox", "latitudes must lie between -90 and 90")
    if min_lon > max_lon or min_lat > max_lat:
        raise ParamError("bbox", f"min must not exceed max (min_lon,min_lat,max_lon,max_lat), got {value!r}")
    return numbers  # type: ignore[return-value]


def parse_codes(value: str) -> list[str]:
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    bad = [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)]
    if bad or not codes:
        raise ParamError("countries", f"expected ISO alpha-3 codes separated by commas (IRQ,SYR), got {value!r}")
    return codes


def _clean(param: str, value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    if "\x00" in value:
        raise ParamError(param, "must not contain NUL characters")
    return value.strip()


def filter_request(*, since: str | None = None, until: str | None = None, country: str | None = None,
                   admin1: str | None = None, event_type: str | None = None,
                   sub_type: str | None = None, actor: str | None = None, bbox: str | None = None,
                   q: str | None = None, include_undated: bool = False, min_confidence: float | None = None,
                   limit: int | None = None, offset: int = 0) -> FilterRequest:
    """The filter request for the API's parameters; `ParamError` names the one that is wrong."""
    start, end = parse_date("since", since), parse_date("until", until)
    if start and end and start > end:
        raise ParamError("since", f"since ({start}) is after until ({end})")
    return FilterRequest(
        since=start, until=end, country=_clean("country", country), admin1=_clean("admin1", admin1),
        event_type=_clean("type", event_type), sub_type=_clean("sub_type", sub_type),
        actor=_clean("actor", actor), bbox=parse_bbox(bbox), text=_clean("q", q),
        include_undated=include_undated, min_confidence=min_confidence, limit=limit, offset=offset)


def reject_unknown(request: Request, allowed: tuple[str, ...]) -> None:
    """A misspelt parameter (`contry=Iraq`) is an error, not a silently ignored filter."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise ParamError(unknown[0], f"unknown parameter; this endpoint takes {', '.join(allowed) or 'none'}")


def filter_params(since: Since = None, until: Until = None, country: Country = None, admin1: Admin1 = None,
                  type: EventType = None, sub_type: SubType = None, actor: Actor = None,  # noqa: A002
                  bbox: Bbox = None, q: Text = None, include_undated: Undated = False,
                  min_confidence: MinConfidence = None) -> FilterRequest:
    """The filter parameters every event route takes, as one request (a FastAPI dependency)."""
    return filter_request(since=since, until=until, country=country, admin1=admin1, event_type=type,
                          sub_type=sub_type, actor=actor, bbox=bbox, q=q, include_undated=include_undated,
                          min_confidence=min_confidence)


Filters = Annotated[FilterRequest, Depends(filter_params)]
