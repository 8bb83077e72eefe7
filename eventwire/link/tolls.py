"""Death tolls across sources: ACLED's rule, and whether two reports' figures agree.

The canonical toll of an event is the latest revised figure where a report says it revises
("the death toll rose to 7", "officials revised the toll"), else the most conservative (lowest)
specific figure.  A figure is specific when its evidence sentence gives the number ("three",
"at least 12"); a vague word coded as a number ("several", "dozens") counts only when no source
gives a specific one.  A source that gives no figure is not a report of zero.  A report that
covers several events gives a total for all of them, so it never sets one event's toll.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence

from eventwire.link.evidence import Evidence
from eventwire.records import Event

REVISION = re.compile(
    r"\b(?:toll|number of (?:dead|deaths|people killed|fatalities|victims|those killed)|dead)\b"
    r"[^.;]{0,120}?\b(?:rose|risen|rises|climbed|increased|jumped|reached|revised|updated|now stands|"
    r"went up|gone up|has grown)\b"
    r"|\b(?:revised|updated|raised|raising|lowered|corrected)\b[^.;]{0,40}?\b(?:death toll|toll)\b",
    re.IGNORECASE)
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty").split()
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)


_LOWER_BOUND = re.compile(r"\b(?:at least|more than|over|upwards of|no fewer than|not less than)\s+([\w,-]+)",
                          re.IGNORECASE)


def reports_fatalities(m: Event) -> bool:
    return m.fatalities > 0 or "fatalities" in m.evidence


def fatality_sentence(m: Event) -> str:
    span = m.evidence.get("fatalities")
    return span.text if span else ""


def is_revision(m: Event) -> bool:
    return _says_revision(fatality_sentence(m))


@functools.lru_cache(maxsize=100_000)
def _says_revision(sentence: str) -> bool:
    return bool(REVISION.search(sentence))


@functools.lru_cache(maxsize=10_000)
def _value(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    if token in _WORDS:
        return _WORDS.index(token)
    tens, _, unit = token.partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_WORDS.index(unit) if unit in _WORDS[:10] else 0)
    return None


def is_specific(m: Event) -> bool:
    """The evidence sentence states the figure (no evidence: taken as stated)."""
    sentence = fatality_sentence(m)
    return not sentence or _states(sentence, m.fatalities)


@functools.lru_cache(maxsize=100_000)
def _states(sentence: str, n: int) -> bool:
    return any(_value(t) == n for t in _NUMBER.findall(sentence))


def is_lower_bound(m: Event) -> bool:
    """The figure is given as a minimum ("at least 12 killed"): a higher one does not contradict it."""
    return _states_minimum(fatality_sentence(m), m.fatalities)


@functools.lru_cache(maxsize=100_000)
def _states_minimum(sentence: str, n: int) -> bool:
    return any(_value(t) == n for t in _LOWER_BOUND.findall(sentence))


def consistent(low: Event, high: Event) -> bool:
    """Two figures that can both be true: equal, or the lower one given as a minimum."""
    return low.fatalities == high.fatalities or (low.fatalities < high.fatalities and is_lower_bound(low))


Published = Callable[[Event], dt.date | None]


def canonical_toll(reporting: Sequence[Event], published: Published) -> Event | None:
    """The source whose figure is the event's toll, by ACLED's rule (None: no source gives one)."""
    if not reporting:
        return None
    revisions = [m for m in reporting if is_revision(m)]
    if revisions:
        latest = max(published(m) or dt.date.min for m in revisions)
        return min((m for m in revisions if (published(m) or dt.date.min) == latest), key=lambda m: m.fatalities)
    specific = [m for m in reporting if is_specific(m)] or list(reporting)
    return min(specific, key=lambda m: m.fatalities)


def tolls_evidence(a: Event, b: Event) -> Evidence:
    if not (reports_fatalities(a) and reports_fatalities(b)):
        return Evidence()
    if a.fatalities == b.fatalities:
        return Evidence(score=0.3, reasons=(f"same toll ({a.fatalities})",))
    note = " (one says it revises)" if is_revision(a) or is_revision(b) else ""
    return Evidence(against=(f"tolls differ ({a.fatalities} / {b.fatalities}){note}",))
