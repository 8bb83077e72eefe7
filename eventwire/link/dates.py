"""Dates of two mentions: the same day, compatible with their precision, or different days.

Two exact (precision 1) dates on different days are different events -- a hard reason --
unless one of them is relative and could be the other: its evidence sentence dates the event by
a night ("late on Saturday", "Saturday night", "overnight", "last night", "in the early hours
of Sunday", "before dawn"), which one report puts before midnight and another after.  "On
Monday", "yesterday" and "today" name a day: they are not relative in that sense.  Dates of precision 2 (a week) and 3 (a month) cover a range of days.

A recollection is a mention dated only to the week or month by a phrase looking back from the
article's own news ("last week", "earlier in April", "two weeks ago", "the attack came after"):
an earlier incident recalled in a sentence, reported in its own time by its own sources.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.link.evidence import Evidence, hard, support
from eventwire.records import Event

# Days either side a date with that precision can reach: a week date covers 3; a month date
# covers its calendar month (`date_range`), which from the 15th it is stored as reaches 16 days on.
PRECISION_HALF_WIDTH = {1: 0, 2: 3, 3: 16}
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A night phrase says which neighbouring day the night also covers: the evening before midnight
# runs into the next day, the early hours belong to a night that began the day before.
LATER_NIGHT = re.compile(
    rf"\b(?:late (?:on )?{_DAY}|{_DAY}(?:'s|’s)? (?:night|evening)|late (?:at )?night|tonight|night of)\b",
    re.IGNORECASE)
EARLIER_NIGHT = re.compile(
    rf"\b(?:(?:early|before dawn|at dawn) (?:on )?{_DAY}|in the (?:early|small) hours|before dawn|at dawn)\b",
    re.IGNORECASE)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
RECALLED = re.compile(
    rf"\b(?:last (?:week|month)|(?:earlier|late|early) (?:in|this|last) (?:week|month|{_MONTH})|"
    rf"(?:days|weeks?|a month|months) (?:ago|before|earlier)|previous (?:week|month)|came after|"
    rf"follow(?:s|ed|ing)? (?:an?|the) (?:earlier|similar|previous))\b",
    re.IGNORECASE)
EITHER_NIGHT = re.compile(r"\b(?:last night|overnight|at midnight|around midnight)\b", re.IGNORECASE)


def date_range(event: Event) -> tuple[int, int]:
    """The days (ordinals) a date with its precision covers: a month date ("in May", stored as
    the 15th, or "earlier this month" clipped to publication) its calendar month, as far as
    `PRECISION_HALF_WIDTH` reaches; a week date 3 days either side."""
    day = event.event_date.toordinal()
    half = PRECISION_HALF_WIDTH.get(event.time_precision or 1, 0)
    if (event.time_precision or 1) < 3:
        return day - half, day + half
    first = event.event_date.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return max(day - half, first.toordinal()), min(day + half, last.toordinal())


def relative_phrase(event: Event, offset: int) -> str | None:
    """The night phrase of the date's evidence sentence that lets it be the day `offset` (+1 or
    -1) away from the date it was resolved to, if any."""
    span = event.evidence.get("event_date")
    if span is None:
        return None
    for pattern in (LATER_NIGHT if offset > 0 else EARLIER_NIGHT, EITHER_NIGHT):
        found = pattern.search(span.text)
        if found:
            return found.group(0)
    return None


def is_recollection(event: Event) -> bool:
    """Dated only to the week or month by a phrase recalling an earlier incident (module doc)."""
    span = event.evidence.get("event_date")
    return (event.time_precision or 1) >= 2 and span is not None and bool(RECALLED.search(span.text))


def is_exact(event: Event) -> bool:
    return event.event_date is not None and (event.time_precision or 1) == 1


def dates_evidence(a: Event, b: Event) -> Evidence:
    if is_exact(a) and is_exact(b):
        return _exact_dates(a, b)
    (lo_a, hi_a), (lo_b, hi_b) = date_range(a), date_range(b)
    if max(lo_a, lo_b) > min(hi_a, hi_b):
        return hard(f"dates out of each other's range ({a.event_date} p{a.time_precision} / "
                    f"{b.event_date} p{b.time_precision})")
    return support(0.4, f"dates compatible with their precision ({a.event_date} p{a.time_precision} / "
                        f"{b.event_date} p{b.time_precision})",
                   "date known only to the week or month on one side")


def _exact_dates(a: Event, b: Event) -> Evidence:
    if a.event_date == b.event_date:
        return support(1.0, f"same day ({a.event_date})")
    gap = (b.event_date - a.event_date).days
    days = abs(gap)
    phrase = (relative_phrase(a, gap) or relative_phrase(b, -gap)) if days == 1 else None
    if phrase:
        return support(0.5, f"one night apart ({a.event_date} / {b.event_date}): '{phrase}' could be "
                            "the other day", "dates differ by a day")
    return hard(f"different days ({a.event_date} / {b.event_date}), both exact"
                + ("" if days > 1 else ", neither date relative"), score=0.3 if days == 1 else 0.0)


def adjacent_relative(a: Event, b: Event) -> bool:
    """Two exact dates a day apart, reconciled only by a relative phrase."""
    return is_exact(a) and is_exact(b) and a.event_date != b.event_date
