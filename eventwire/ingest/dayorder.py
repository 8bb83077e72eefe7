"""Which way a file writes ambiguous numeric dates (05/02/2024: 5 February or 2 May?).

The setting (`Settings.date_order`, `--dayfirst/--monthfirst`) decides when given.  Else the
file's own published values decide: a value valid only day first (13/02/2024) or only month
first (02/13/2024) tells how the file writes them.  When no value decides (every one is
ambiguous) they are read month first and one warning names the file and the column; when values
decide both ways, each is read the only way it can be, ambiguous ones month first, and one
warning says that the rows disagree.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from eventwire.ingest.dates import numeric_parts, readings

log = logging.getLogger(__name__)

SETTINGS_DAYFIRST = {"dayfirst": True, "monthfirst": False, "auto": None}


def decide(values: Iterable[Any], setting: str, name: str, column: str | None) -> bool | None:
    """`dayfirst` for the file's published values (None: month first); warns when it cannot tell."""
    if SETTINGS_DAYFIRST[setting] is not None:
        return SETTINGS_DAYFIRST[setting]
    day_only, month_only, ambiguous = _evidence(values)
    if day_only and month_only:
        log.warning("%s: the dates in column %s disagree: %s can only be day first, %s only month "
                    "first; each is read the only way it can be, ambiguous ones month first. Pass "
                    "--dayfirst or --monthfirst to decide", name, column, day_only, month_only)
        return None
    if day_only or month_only:
        return bool(day_only)
    if ambiguous:
        log.warning("%s: column %s has dates such as %s that read as day/month or as month/day, and "
                    "no row decides which; read month first. Pass --dayfirst or --monthfirst to "
                    "decide", name, column, ambiguous)
    return None


def _evidence(values: Iterable[Any]) -> tuple[str | None, str | None, str | None]:
    """An example value valid only day first, one only month first, one that is ambiguous."""
    day_only = month_only = ambiguous = None
    for value in values:
        parts = numeric_parts(str(value)) if isinstance(value, str) else None
        if parts is None:
            continue
        day_first, month_first = readings(*parts)
        if day_first and month_first and day_first != month_first:
            ambiguous = ambiguous or value
        elif day_first and not month_first:
            day_only = day_only or value
        elif month_first and not day_first:
            month_only = month_only or value
    return day_only, month_only, ambiguous
