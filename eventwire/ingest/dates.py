"""Publication dates: ISO strings directly, other absolute forms through dateparser.

Relative expressions ("yesterday", "2 days ago") and partial dates ("March 2024") are
not publication dates and are rejected, so `published` is only ever a real calendar day.
Numeric day/month forms (`05/02/2024`, `5.2.24`, `05-02-2024 14:30`) are read here: a value
that is valid only one way (13/02/2024) is read that way; an ambiguous one by `dayfirst`, month
first when it is None.  `eventwire.ingest.dayorder` decides `dayfirst` for a whole file.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:$|[\sT,])")
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def parse_published(value: Any, dayfirst: bool | None = None) -> dt.date | None:
    """The calendar day a published value names, or None when it is missing or unreadable;
    `dayfirst` reads ambiguous numeric forms (None: month first)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if _ISO_DAY.match(text):
        return _parse_iso(text)
    if (parts := numeric_parts(text)) is not None:
        return _read_numeric(*parts, dayfirst=bool(dayfirst))
    return _parse_free(text)


def numeric_parts(text: str) -> tuple[int, int, int] | None:
    """(first, second, year) of a numeric day/month form such as 05/02/2024, else None."""
    match = _NUMERIC.match(text.strip())
    if match is None:
        return None
    year = int(match[4])
    if len(match[4]) == 2:
        year += 2000 if year < 70 else 1900
    return int(match[1]), int(match[3]), year


def readings(first: int, second: int, year: int) -> tuple[dt.date | None, dt.date | None]:
    """The day read day first, and read month first (None where that reading is no date)."""
    return _day(year, second, first), _day(year, first, second)


def _read_numeric(first: int, second: int, year: int, dayfirst: bool) -> dt.date | None:
    day_first, month_first = readings(first, second, year)
    preferred, other = (day_first, month_first) if dayfirst else (month_first, day_first)
    return preferred or other


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_iso(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_free(text: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None
