"""One reported event split into ACLED's events: one per attack and per place, once, at the end.

ACLED codes one event per attack ("killed nine in three separate attacks") and one per location
(its one-location rule), and divides a total over the events it covers.  Extraction tells how
many attacks a mention reports (`Detection.attacks`), geocoding at which places it happened (one
located copy of the mention per place, each with the whole toll); `split_parts` then makes the
events: for each attack its share of the toll, and of that share each place's, with ids
"<article>#<n>", "#<n>-2", "#<n>-3", ... numbered in that order, so no two share an id.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.records import EventMention


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
