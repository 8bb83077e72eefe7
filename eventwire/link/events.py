"""Cross-source event merge: which per-article mentions report the same real-world event.

Two mentions are compared when they are in the same country and their dates are close (or
their articles are copies of one original).  `compare` scores the pair on type, date (with
each side's precision), place, actors and story, and says why; a pair it vetoes can never be
in one event.  Clusters are built greedily from the best-scoring pairs down, joining two
clusters only when no pair across them is vetoed and no article would report twice — so the
result depends only on the set of mentions, not on the order they were stored in.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from eventwire.link.groups import Groups
from eventwire.records import Event

MERGE_SCORE = 2.5
BLOCK_DAYS = 8          # mentions further apart than this are never compared
DAY_SLACK = 1           # "late on Saturday" and "on Sunday" can be one night
PRECISION_HALF_WIDTH = {1: 0, 2: 3, 3: 15}   # days either side a date with that precision covers
UNKNOWN_ACTORS = re.compile(r"^(unidentified|unknown)", re.IGNORECASE)
GENERIC_ACTORS = re.compile(r"^(civilians|protesters|rioters)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What the merge knows about each mention's article."""

    article_of: Mapping[str, str]        # mention id -> article id
    original_of: Mapping[str, str]       # article id -> original article id (itself if none)
    story_of: Mapping[str, str]          # article id -> story id


@dataclass(frozen=True)
class Decision:
    score: float
    reasons: tuple[str, ...]
    veto: bool = False

    @property
    def merges(self) -> bool:
        return not self.veto and self.score >= MERGE_SCORE


NO = Decision(0.0, (), veto=True)


# -- comparing two mentions -----------------------------------------------------------------

def compare(a: Event, b: Event, ctx: Context) -> Decision:
    art_a, art_b = ctx.article_of[a.id], ctx.article_of[b.id]
    if art_a == art_b:
        return Decision(0.0, ("same article",), veto=True)
    if ctx.original_of[art_a] == ctx.original_of[art_b]:
        return _compare_copies(a, b)
    if a.event_date is None or b.event_date is None:
        return Decision(0.0, ("undated: never merged on place and type alone",), veto=True)
    parts = [_type(a, b), _date(a, b), _place(a, b), _actors(a, b),
             _story(ctx.story_of[art_a], ctx.story_of[art_b])]
    if any(p is None for p in parts):
        return Decision(0.0, tuple(r for p in parts if p for r in p[1]), veto=True)
    score = sum(p[0] for p in parts)
    reasons = tuple(r for p in parts for r in p[1])
    weak_place = parts[2][0] < 0.5
    strong_support = parts[3][0] >= 1.0 or parts[4][0] > 0
    if weak_place and not strong_support:
        reasons += ("place known only to the country and no actor or story in common: not enough",)
        score = min(score, MERGE_SCORE - 0.01)
    return Decision(round(score, 3), reasons)


def _compare_copies(a: Event, b: Event) -> Decision:
    """Events of two copies of one article are the same when they report the same thing."""
    if a.sub_event_type != b.sub_event_type or a.event_date != b.event_date:
        return Decision(0.0, ("copies, but different events",), veto=True)
    if (a.location or "") != (b.location or ""):
        return Decision(0.0, ("copies, but different places",), veto=True)
    return Decision(5.0, ("the articles are copies of one original", f"same type {a.sub_event_type}",
                          f"same date {a.event_date}", f"same place {a.location or a.country}"))


Part = tuple[float, tuple[str, ...]] | None


def _type(a: Event, b: Event) -> Part:
    if a.sub_event_type == b.sub_event_type:
        return 1.0, (f"same sub-event type ({a.sub_event_type})",)
    if a.event_type == b.event_type:
        return 0.6, (f"same event type ({a.event_type}): {a.sub_event_type} / {b.sub_event_type}",)
    return None


def date_range(event: Event) -> tuple[int, int]:
    """The days (ordinals) a date with its precision covers."""
    day = event.event_date.toordinal()
    half = PRECISION_HALF_WIDTH.get(event.time_precision or 1, 0)
    return day - half, day + half


def _date(a: Event, b: Event) -> Part:
    (lo_a, hi_a), (lo_b, hi_b) = date_range(a), date_range(b)
    gap = max(lo_a, lo_b) - min(hi_a, hi_b)
    exact = (a.time_precision or 1) == 1 and (b.time_precision or 1) == 1
    if gap > DAY_SLACK:
        return None
    if exact and a.event_date == b.event_date:
        return 1.0, (f"same day ({a.event_date})",)
    if exact:
        return 0.7, (f"adjacent days ({a.event_date} / {b.event_date}), one night apart",)
    return 0.5, (f"dates compatible with their precision ({a.event_date} p{a.time_precision} / "
                 f"{b.event_date} p{b.time_precision})",)


def _place(a: Event, b: Event) -> Part:
    if a.country and b.country and a.country != b.country:
        return None
    if not (a.country and b.country):
        return None
    if _has_point(a) and _has_point(b):
        km = distance_km(a, b)
        if km <= 10:
            return 1.0, (f"same place ({a.location} / {b.location}, {km:.0f} km)",)
        if km <= 30:
            return 0.8, (f"nearby places ({a.location} / {b.location}, {km:.0f} km)",)
        if km <= 60 and a.admin1 and a.admin1 == b.admin1:
            return 0.5, (f"same admin unit {a.admin1} ({km:.0f} km apart)",)
        return None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if a.admin1 and a.admin1 == b.admin1:
        return 0.5, (f"same admin unit ({a.admin1})",)
    return 0.3, (f"same country ({a.country}), place not more precise on one side",)


def _has_point(e: Event) -> bool:
    return e.latitude is not None and e.longitude is not None and (e.geo_precision or 3) < 3


def distance_km(a: Event, b: Event) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def actor_names(e: Event) -> set[str]:
    """Known actors, without ACLED's country and period suffixes."""
    names = set()
    for actor in (e.actor1, e.actor2):
        if actor and not UNKNOWN_ACTORS.match(actor):
            names.add(re.sub(r"\s*\([^)]*\)\s*$", "", actor).strip().lower())
    return names


def _actors(a: Event, b: Event) -> Part:
    na, nb = actor_names(a), actor_names(b)
    if not na or not nb:
        return 0.3, ("actors unknown on one side",)
    common = na & nb
    specific = {n for n in common if not GENERIC_ACTORS.match(n)}
    if specific:
        return 1.0, ("same actors: " + ", ".join(sorted(specific)),)
    if common:
        return 0.5, ("same kind of actor: " + ", ".join(sorted(common)),)
    return -0.5, ("different actors: " + " / ".join(sorted(na)) + " vs " + " / ".join(sorted(nb)),)


def _story(sa: str, sb: str) -> Part:
    return (0.5, ("articles in the same story",)) if sa == sb else (0.0, ())


# -- candidate pairs and clusters ------------------------------------------------------------

def candidate_pairs(mentions: Sequence[Event], ctx: Context) -> Iterator[tuple[Event, Event]]:
    """Pairs worth comparing: same country within BLOCK_DAYS, or events of copies."""
    by_country: dict[str, list[Event]] = defaultdict(list)
    by_original: dict[str, list[Event]] = defaultdict(list)
    for m in mentions:
        by_original[ctx.original_of[ctx.article_of[m.id]]].append(m)
        if m.country and m.event_date:
            by_country[m.country].append(m)
    seen: set[tuple[str, str]] = set()
    for group in by_original.values():
        yield from _pairs_once(_all_pairs(group), seen)
    for group in by_country.values():
        yield from _pairs_once(_window_pairs(group), seen)


def _all_pairs(group: list[Event]) -> Iterator[tuple[Event, Event]]:
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            yield a, b


def _window_pairs(group: list[Event]) -> Iterator[tuple[Event, Event]]:
    ordered = sorted(group, key=lambda m: (m.event_date, m.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if (b.event_date - a.event_date).days > BLOCK_DAYS:
                break
            yield a, b


def _pairs_once(pairs, seen: set[tuple[str, str]]) -> Iterator[tuple[Event, Event]]:
    for a, b in pairs:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in seen:
            seen.add(key)
            yield (a, b) if a.id < b.id else (b, a)


@dataclass(frozen=True)
class Cluster:
    mention_ids: tuple[str, ...]
    links: tuple[tuple[str, str, Decision], ...]   # the pairs that joined it, best first


def cluster(mentions: Sequence[Event], ctx: Context) -> list[Cluster]:
    decisions: dict[tuple[str, str], Decision] = {}
    for a, b in candidate_pairs(mentions, ctx):
        decisions[(a.id, b.id)] = compare(a, b, ctx)
    groups = Groups(m.id for m in mentions)
    members: dict[str, set[str]] = {m.id: {m.id} for m in mentions}
    joined: dict[str, list[tuple[str, str, Decision]]] = defaultdict(list)
    merging = sorted(((d.score, pair) for pair, d in decisions.items() if d.merges),
                     key=lambda sp: (-sp[0], sp[1]))
    for _, (x, y) in merging:
        rx, ry = groups.find(x), groups.find(y)
        if rx == ry or not _can_join(members[rx], members[ry], decisions, ctx):
            continue
        groups.union(rx, ry)
        root = groups.find(rx)
        other = ry if root == rx else rx
        members[root] |= members.pop(other)
        joined[root] += joined.pop(other, []) + [(x, y, decisions[(x, y)])]
    return [Cluster(tuple(sorted(members[groups.find(c[0])])), tuple(joined.get(groups.find(c[0]), ())))
            for c in groups.components()]


def _can_join(left: set[str], right: set[str], decisions: Mapping[tuple[str, str], Decision],
              ctx: Context) -> bool:
    """No article twice (copies aside) and no vetoed or never-compared pair across the two."""
    for x in left:
        for y in right:
            key = (x, y) if x < y else (y, x)
            decision = decisions.get(key)
            if decision is None or decision.veto:
                return False
    return True
