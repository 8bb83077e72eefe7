"""What a relink did to event ids: merged into, split from, replaced by, withdrawn.

An event's id is its first stored report's mention id (`canonical.anchor`), so reports that
join later never change it.  It changes only when two events merge (the later one is merged
into the earlier), when an event splits (each new part is split from it), or when its first
report is changed or removed.  `id_changes` compares the events a relink rebuilt, before and
after, and says which of these happened, so a user can tell what changed since a last pull.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from eventwire.link.model import EventIdChange

Members = Mapping[str, set[str] | tuple[str, ...]]   # event id -> its mention ids


def id_changes(before: Members, after: Members, at: dt.datetime) -> list[EventIdChange]:
    """The id changes between the rebuilt events' memberships before and after one relink."""
    events_of: dict[str, set[str]] = {}
    for event_id, members in after.items():
        for m in members:
            events_of.setdefault(m, set()).add(event_id)
    out: list[EventIdChange] = []
    successors: set[str] = set()
    for old in sorted(set(before) - set(after)):
        change = _gone(old, set(before[old]), events_of, before, at)
        out += change
        successors |= {c.other_id for c in change if c.other_id}
    for new in sorted(set(after) - set(before) - successors):
        out += _split(new, set(after[new]), before, at)
    return out


def _gone(old: str, members: set[str], events_of: Mapping[str, set[str]], before: Members,
          at: dt.datetime) -> list[EventIdChange]:
    if old in events_of:   # its first report lives on in other events
        return [EventIdChange(event_id=old, change="merged_into", other_id=e, changed_at=at)
                for e in sorted(events_of[old])]
    holders: dict[str, int] = {}
    for m in members:
        for e in events_of.get(m, ()):
            holders[e] = holders.get(e, 0) + 1
    if not holders:
        return [EventIdChange(event_id=old, change="withdrawn", changed_at=at)]
    best = min(holders, key=lambda e: (-holders[e], e))
    return [EventIdChange(event_id=old, change="replaced_by", other_id=best, changed_at=at)]


def _split(new: str, members: set[str], before: Members, at: dt.datetime) -> list[EventIdChange]:
    return [EventIdChange(event_id=new, change="split_from", other_id=old, changed_at=at)
            for old in sorted(before) if members & set(before[old]) and new != old]
