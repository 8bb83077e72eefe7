"""Publication dates: ISO strings directly, other absolute forms through dateparser.

Relative expressions ("yesterday", "2 days ago") and partial dates ("March 2024") are
not publication dates and are rejected, so `published` is only ever a real calendar day.
Ambiguous numeric forms follow dateparser's default, month first ("05/03/2024" is 3 May).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def parse_published(value: Any) -> dt.date | None:
    """The calendar day a published value names, or None when it is missing or unreadable."""
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
    return _parse_free(text)


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
