"""Query parameters of the API: parsed strictly, turned into an `EventFilter`, errors as 422.

Every message names the parameter, the value received and the form expected.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Literal

from fastapi import Query, Request
from pydantic import ValidationError

from eventwire.store import EventFilter

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
Country = Annotated[str | None, _text("Country name, any case, e.g. Iraq.")]
Admin1 = Annotated[str | None, _text("First-level admin unit, any case, e.g. Al Anbar.")]
EventType = Annotated[str | None, _text("ACLED event_type, e.g. 'Explosions/Remote violence'.")]
SubType = Annotated[str | None, _text("ACLED sub_event_type, e.g. 'Air/drone strike'.")]
Actor = Annotated[str | None, _text("actor1 or actor2 contains this, any case.")]
Bbox = Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat (WGS84 degrees).")]
Text = Annotated[str | None, _text("Anything in the event record (actors, places, notes, evidence) contains this, any case.")]
Resolution = Annotated[Literal["50m", "110m"], Query(
    description="Natural Earth scale: 50m (detailed, about 2 MB) or 110m (coarse, about 0.3 MB).")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1 to {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events to skip (pagination).")]

FILTER_PARAMS = ("since", "until", "country", "admin1", "type", "sub_type", "actor", "bbox", "q")
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


def _clean(param: str, value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    if "\x00" in value:
        raise ParamError(param, "must not contain NUL characters")
    return value.strip()


def event_filter(*, since: str | None = None, until: str | None = None, country: str | None = None,
                 admin1: str | None = None, event_type: str | None = None,
                 sub_type: str | None = None, actor: str | None = None, bbox: str | None = None,
                 q: str | None = None, limit: int | None = None, offset: int = 0) -> EventFilter:
    """The store filter for the API's parameters; `ParamError` names the one that is wrong."""
    fields = dict(
        since=parse_date("since", since), until=parse_date("until", until),
        country=_clean("country", country), admin1=_clean("admin1", admin1),
        event_type=_clean("type", event_type), sub_event_type=_clean("sub_type", sub_type),
        actor=_clean("actor", actor), bbox=parse_bbox(bbox), text=_clean("q", q),
        limit=limit, offset=offset,
    )
    try:
        return EventFilter(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(p) for p in first["loc"]) or "since/until"
        raise ParamError(param, first["msg"].removeprefix("Value error, ")) from exc


def reject_unknown(request: Request, allowed: tuple[str, ...]) -> None:
    """A misspelt parameter (`contry=Iraq`) is an error, not a silently ignored filter."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise ParamError(unknown[0], f"unknown parameter; this endpoint takes {', '.join(allowed) or 'none'}")
