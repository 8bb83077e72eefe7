"""Resolve the filters a user typed against the store's own values, with a notice for each value
that matched nothing (and the nearest value the store has)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from eventwire.errors import EventwireError
from eventwire.query.countries import country_of
from eventwire.query.names import folded, initials, unit_key
from eventwire.records import EVENT_TYPES, SUB_EVENT_TO_TYPE
from eventwire.store import EventFilter, Store

STATE_PREFIX = re.compile(r"^(?:Military Forces|Police Forces|Government) of (?:the )?")


class UsageError(EventwireError):
    """A filter value outside a fixed vocabulary (an event type that does not exist)."""


@dataclass(frozen=True)
class FilterRequest:
    """Filters as the user gave them (any may be None)."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_type: str | None = None
    actor: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    include_undated: bool = False
    min_confidence: float | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class Notice:
    """One filter value that matched nothing (or was read differently than written)."""

    param: str
    value: str
    message: str
    suggestion: str | None = None


@dataclass
class Resolution:
    filter: EventFilter
    notices: list[Notice] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """A filter matched nothing: no event can match."""
        f = self.filter
        return any(v == () for v in (f.countries, f.admin1s, f.actors))


def resolve_filter(store: Store, req: FilterRequest) -> Resolution:
    """The store filter for what the user asked, and what in it matched nothing."""
    notices: list[Notice] = []
    event_type, sub_type = _types(req.event_type, req.sub_type, notices)
    countries = _countries(store, req.country, notices)
    admin1s = _admin1s(store, req.admin1, countries, notices)
    actors = _actors(store, req.actor, notices)
    try:
        flt = EventFilter(since=req.since, until=req.until, event_type=event_type, sub_event_type=sub_type,
                          countries=countries, admin1s=admin1s, actors=actors, text=req.text or None,
                          bbox=req.bbox, include_undated=req.include_undated, min_confidence=req.min_confidence,
                          limit=req.limit, offset=req.offset)
    except ValidationError as exc:
        raise UsageError(f"invalid filter: {exc.errors()[0]['msg'].removeprefix('Value error, ')}") from exc
    return Resolution(flt, notices)


# -- event types: a fixed vocabulary --------------------------------------------------------------

def _types(event_type: str | None, sub_type: str | None, notices: list[Notice]) -> tuple[str | None, str | None]:
    types = {folded(t): t for t in EVENT_TYPES}
    subs = {folded(s): s for s in SUB_EVENT_TO_TYPE}
    chosen_type = chosen_sub = None
    if event_type:
        key = folded(event_type)
        if key in types:
            chosen_type = types[key]
        elif key in subs:
            chosen_sub = subs[key]
            notices.append(Notice("type", event_type, f"{chosen_sub!r} is a sub-event type (of "
                                  f"{SUB_EVENT_TO_TYPE[chosen_sub]}); filtering by sub-event type", chosen_sub))
        else:
            raise UsageError(_unknown("event type", event_type, list(EVENT_TYPES), "type"))
    if sub_type:
        key = folded(sub_type)
        if key in subs:
            chosen_sub = subs[key]
        elif key in types:
            raise UsageError(f"{types[key]!r} is an event type, not a sub-event type: use --type (API: type)")
        else:
            raise UsageError(_unknown("sub-event type", sub_type, list(SUB_EVENT_TO_TYPE), "sub_type"))
    return chosen_type, chosen_sub


def _unknown(kind: str, value: str, choices: list[str], param: str) -> str:
    near = nearest(value, choices)
    hint = f"; did you mean {near!r}?" if near else ""
    return f"no {kind} {value!r} ({param}){hint} ACLED's are: {', '.join(choices)}"


# -- countries, admin units, actors: the store's own values ---------------------------------------

def _countries(store: Store, value: str | None, notices: list[Notice]) -> tuple[str, ...] | None:
    if not value:
        return None
    stored = store.event_vocabulary("country")
    by_key = {folded(c): c for c in stored}
    name = by_key.get(folded(value)) or country_of(value)
    if name and name in stored:
        return (name,)
    if name:
        notices.append(Notice("country", value, f"no events in {name}"
                              f"{' (read ' + repr(value) + ' as ' + name + ')' if folded(name) != folded(value) else ''}; "
                              f"the store has events in {_listed(stored)}", None))
    else:
        near = nearest(value, stored)
        notices.append(Notice("country", value, f"{value!r} matched no country"
                              f"{'; nearest: ' + near if near else ''}", near))
    return ()


def _admin1s(store: Store, value: str | None, countries: tuple[str, ...] | None,
             notices: list[Notice]) -> tuple[str, ...] | None:
    if not value:
        return None
    pairs = store.event_pairs("country", "admin1")
    if countries:
        pairs = [(c, a) for c, a in pairs if c in countries]
    units = sorted({a for _, a in pairs if a})
    key = unit_key(value)
    found = tuple(u for u in units if unit_key(u) == key)
    if found:
        return found
    near = nearest(value, units)
    notices.append(Notice("admin1", value, f"{value!r} matched no admin1 unit"
                          f"{' in ' + ', '.join(countries) if countries else ''}"
                          f"{'; nearest: ' + near if near else ''}", near))
    return ()


def _actors(store: Store, value: str | None, notices: list[Notice]) -> tuple[str, ...] | None:
    if not value:
        return None
    names = store.actor_names()
    found = tuple(n for n in names if actor_matches(value, n))
    if found:
        return found
    near = nearest(value, names)
    notices.append(Notice("actor", value, f"{value!r} matched no actor{'; nearest: ' + near if near else ''}", near))
    return ()


def actor_matches(query: str, name: str) -> bool:
    """Whether a user's actor query names this actor: a part of its name ("Hezbollah"), its
    initials ("KH", "IRGC"), or, for a state's forces, its country in any form ("US", "Iraqi")."""
    q = query.strip()
    if not q:
        return False
    if len(q) <= 4 and " " not in q:
        if re.search(rf"(?<![\w]){re.escape(q)}(?![\w])", name, re.I):
            return True
        if q.isalpha() and q.upper() in initials(STATE_PREFIX.sub("", name)) and len(q) >= 2:
            return True
    elif folded(q) in folded(name):
        return True
    country = country_of(q)
    if country and STATE_PREFIX.match(name):
        rest = STATE_PREFIX.sub("", name)
        return rest == country or rest.startswith(country + " ")
    return False


def nearest(value: str, choices: list[str]) -> str | None:
    """The closest of `choices` to `value`, when any is reasonably close."""
    if not choices:
        return None
    keyed = {folded(c): c for c in choices}
    best = process.extractOne(folded(value), list(keyed), scorer=fuzz.WRatio, score_cutoff=60)
    return keyed[best[0]] if best else None


def _listed(values: list[str], limit: int = 8) -> str:
    shown = ", ".join(values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "") if values else "no country"
