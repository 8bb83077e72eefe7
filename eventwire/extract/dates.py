"""Resolve the date of an event from its sentences and the article's publication date.

Rules (our own; dateparser only for absolute dates, as notes/offline-stack.md advises):
explicit dates ("On 9 May 2020", "Jan. 21", "21 January") -> that day, precision 1; weekday
names -> the most recent such day on or before publication ("Saturday night" too), precision 1;
yesterday/last night -> publication - 1; "over the weekend" -> the Saturday before, precision 2;
"last week" -> publication - 7, precision 2; "earlier this month" -> the 15th... clipped to
publication, precision 3.  No date in the text -> the publication date, precision 2 ("as
reported").  No publication date and no absolute date -> None: never invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import dateparser

from eventwire.records import DateSpan, Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = r"(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?"
ABSOLUTE = re.compile(rf"\b(\d{{1,2}} {MONTHS}( \d{{4}})?|{MONTHS} \d{{1,2}}(st|nd|rd|th)?(,? \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b")
WEEKDAY = re.compile(r"\b(?<!Tower )(on |late |early |last |late on |)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
RELATIVE: list[tuple[re.Pattern, int, int]] = [
    (re.compile(r"\b(yesterday|last night|overnight)\b", re.I), 1, 1),
    (re.compile(r"\b(today|this morning|earlier today)\b", re.I), 0, 1),
    (re.compile(r"\bover the weekend\b", re.I), -1, 2),
    (re.compile(r"\blast week\b", re.I), 7, 2),
    (re.compile(r"\bearlier this month\b", re.I), -2, 3),
]
PARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


def span_of(sentence) -> Span:
    return Span(start=sentence.start_char, end=sentence.end_char, text=sentence.text)


def resolve_event_date(sentences: Sequence, published: dt.date | None) -> DateSpan | None:
    """The first date expression found in `sentences`, resolved; else the publication date."""
    for sentence in sentences:
        found = _date_in(sentence.text, published)
        if found is not None:
            date, precision, raw = found
            return DateSpan(date=date, precision=precision, raw=raw, evidence=span_of(sentence))
    if published is None:
        return None
    return DateSpan(date=published, precision=2, raw=None, evidence=None)


def own_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence itself gives, if any."""
    found = _date_in(text, published)
    return found[0] if found else None


def _date_in(text: str, published: dt.date | None) -> tuple[dt.date, int, str] | None:
    for finder in (_absolute, _weekday, _relative):
        found = finder(text, published)
        if found is not None:
            return found
    return None


def _absolute(text: str, published: dt.date | None):
    match = ABSOLUTE.search(text)
    if not match:
        return None
    settings = dict(PARSER_SETTINGS)
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    elif not re.search(r"\d{4}", match.group(0)):
        return None
    parsed = dateparser.parse(match.group(0), languages=["en"], settings=settings)
    return (parsed.date(), 1, match.group(0)) if parsed else None


def _weekday(text: str, published: dt.date | None):
    match = WEEKDAY.search(text)
    if not match or published is None:
        return None
    wanted = WEEKDAYS.index(match.group(2).lower())
    back = (published.weekday() - wanted) % 7
    if match.group(1).strip() == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back), 1, match.group(0).strip()


def _relative(text: str, published: dt.date | None):
    if published is None:
        return None
    for pattern, days_back, precision in RELATIVE:
        match = pattern.search(text)
        if not match:
            continue
        if days_back == -1:  # the Saturday before publication
            return published - dt.timedelta(days=(published.weekday() - 5) % 7), precision, match.group(0)
        if days_back == -2:
            return min(published, published.replace(day=15)), precision, match.group(0)
        return published - dt.timedelta(days=days_back), precision, match.group(0)
    return None
