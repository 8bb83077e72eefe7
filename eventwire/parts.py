"""One reported event split into ACLED's events: one per attack and per place, once, at the end.

ACLED codes one event per attack ("killed nine in three separate attacks") and one per location
(its one-location rule), and divides a total over the events it covers.  Extraction tells how
many attacks a mention reports (`Detection.attacks`), geocoding at which places it happened (one
located copy of the mention per place, each with the whole toll); `split_parts` then makes the
events: for each attack its share of the toll, and of that share each place's, with ids
"<article>#<n>", "#<n>-2", "#<n>-3", ... numbered in that order, so no two share an id.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from eventwire.records import EventMention

TOWN_KM = 10.0  # places of one mention closer than this are one town: one event (ACLED: one per location)


def one_per_town(placed: Sequence[EventMention]) -> list[EventMention]:
    """The located copies of one mention, less those within `TOWN_KM` of an earlier one in the same
    country: several neighbourhoods of one city on one day are one event, at the first place named."""
    kept: list[EventMention] = []
    for event in placed:
        if not any(_same_town(event, other) for other in kept):
            kept.append(event)
    return kept


def _same_town(a: EventMention, b: EventMention) -> bool:
    if a.country != b.country or None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h))) < TOWN_KM


def split_fatalities(total: int, n: int) -> list[int]:
    """ACLED splits a total over n events: equal shares, the remainder on the first ones."""
    share, rest = divmod(total, n)
    return [share + (1 if i < rest else 0) for i in range(n)]


def _shares(total: int | None, n: int) -> list[int | None]:
    """An injury count split like a toll; an unknown or zero one stays as it is on every part."""
    return split_fatalities(total, n) if total else [total] * n


def split_parts(placed: Sequence[EventMention], attacks: int = 1) -> list[EventMention]:
    """The events of one mention located at each of `placed` (the first one's id is the mention's),
    `attacks` times over, with unique ids."""
    first = placed[0]
    deaths, hurt = split_fatalities(first.fatalities or 0, attacks), _shares(first.injuries, attacks)
    out: list[EventMention] = []
    for attack_deaths, attack_hurt in zip(deaths, hurt):
        place_deaths = split_fatalities(attack_deaths, len(placed))
        place_hurt = _shares(attack_hurt, len(placed))
        for event, d, h in zip(placed, place_deaths, place_hurt):
            n = len(out)
            out.append(event.replace(id=first.id if n == 0 else f"{first.id}-{n + 1}", fatalities=d, injuries=h))
    return out
