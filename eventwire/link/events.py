"""Cross-source event merge: which per-article mentions report the same real-world event.

Two mentions are compared (`rules.compare`) when they are in the same country and their dates
are within `BLOCK_DAYS` (or their articles are copies of one original).  Events are then built
in three passes, each depending only on the set of mentions, never on the order they came in:

1. firm mentions -- an exact date and a place with a point -- are joined best-scoring pair
   first, two groups only when no pair across them is vetoed (so no article reports twice);
2. each loose mention -- a date known only to the week or month, or a place known only to the
   region or country -- joins the one event it fits clearly better than any other (more kinds
   of telling point in common with its reports); a coarse-place report that fits several site
   events which another source reported together (one article, several sites), and whose article
   is alike to that one, joins each of them: it covers them -- when it gives a total more than
   any one site's toll, or no figure but tells of several attacks or sites ("air strikes ...
   targeting facilities") or of sites whose reports give none, and says nothing was hit that
   tells one site from the others (a report naming what one site's reports say was hit is that
   site's report);
   a loose mention that fits several unrelated events about equally well joins none and makes no
   event of its own: it is an unplaced report of one of them, whose toll is counted there already
   (it is shown with each of them, "kept apart"); so does a recollection that joins none -- an
   earlier incident recalled in a sentence ("last week", `dates.is_recollection`), which its own
   reports make an event of, or, with none stored, is background and no event;
3. the loose mentions left are joined among themselves as in pass 1.

Pairs in different events that came close -- vetoed by a hard reason though their soft
evidence would have merged them, or merge-worthy but kept out -- are kept with the reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from eventwire.link.dates import PRECISION_HALF_WIDTH, is_exact, is_recollection
from eventwire.link.groups import Groups
from eventwire.link.places import is_coarse_place
from eventwire.link.rules import MERGE_SCORE, NO, Context, Decision, compare, specific_toll
from eventwire.link.targets import tells_of_several
from eventwire.records import Event

__all__ = ["BLOCK_DAYS", "MERGE_SCORE", "Cluster", "Context", "Decision", "cluster", "compare"]

BLOCK_DAYS = 8          # mentions further apart than this are never compared, unless their dates'
#                         precision ranges overlap (a date known only to the month covers its calendar month)
MAX_HALF_WIDTH = max(PRECISION_HALF_WIDTH.values())

Pair = tuple[str, str]
Decisions = Mapping[Pair, Decision]


def is_loose(m: Event) -> bool:
    return not is_exact(m) or is_coarse_place(m)


# -- candidate pairs ---------------------------------------------------------------------------

def candidate_pairs(mentions: Sequence[Event], ctx: Context) -> Iterator[tuple[Event, Event]]:
    """Pairs worth comparing: same country and `within_reach`, or events of copies."""
    by_country: dict[str, list[Event]] = defaultdict(list)
    by_original: dict[str, list[Event]] = defaultdict(list)
    for m in mentions:
        by_original[ctx.original_of[ctx.article_of[m.id]]].append(m)
        if m.country and m.event_date:
            by_country[m.country].append(m)
    seen: set[Pair] = set()
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
        reach = reach_days(a)
        for b in ordered[i + 1:]:
            if (b.event_date - a.event_date).days > reach:
                break
            if within_reach(a, b):
                yield a, b


def _half_width(m: Event) -> int:
    return PRECISION_HALF_WIDTH.get(m.time_precision or 1, 0)


def reach_days(m: Event) -> int:
    """How far from its date a mention can have a pair to compare with (`within_reach`)."""
    return BLOCK_DAYS + _half_width(m) + MAX_HALF_WIDTH


def within_reach(a: Event, b: Event) -> bool:
    """Dated mentions worth comparing: within BLOCK_DAYS of each other, or dated loosely enough
    that each could be the other's day (the ranges their precision covers overlap)."""
    gap = abs((a.event_date - b.event_date).days)
    return gap <= BLOCK_DAYS or gap <= _half_width(a) + _half_width(b)


def _pairs_once(pairs, seen: set[Pair]) -> Iterator[tuple[Event, Event]]:
    for a, b in pairs:
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in seen:
            seen.add(key)
            yield (a, b) if a.id < b.id else (b, a)


def key(x: str, y: str) -> Pair:
    return (x, y) if x < y else (y, x)


# -- clusters ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cluster:
    mention_ids: tuple[str, ...]
    links: tuple[tuple[str, str, Decision], ...]        # the pairs that joined it, best first
    covers: tuple[str, ...] = ()                        # members that also report other events
    kept_apart: tuple[tuple[str, str, Decision], ...] = ()   # (member, other mention, decision)


def cluster(mentions: Sequence[Event], ctx: Context) -> list[Cluster]:
    decisions = {(a.id, b.id): compare(a, b, ctx) for a, b in candidate_pairs(mentions, ctx)}
    loose = {m.id for m in mentions if is_loose(m)}
    coarse = {m.id for m in mentions if is_coarse_place(m)}
    tolls = {m.id: specific_toll(m) for m in mentions}
    recalled = {m.id for m in mentions if is_recollection(m)}
    groups = _greedy(sorted(m.id for m in mentions if m.id not in loose), decisions)
    attached, left, unplaced = _attach_loose(sorted(loose), groups, decisions, ctx, Loose(coarse, tolls, {m.id for m in mentions if m.id in coarse and tells_of_several(m)}))
    left -= recalled
    for i, joining in attached.items():
        members, links = groups[i]
        members |= {u for u, _ in joining}
        links += [(u, m, d) for u, (m, d) in joining]
    groups += _greedy(sorted(left), decisions)
    covers = _covers(groups)
    return _with_kept_apart(groups, covers, decisions, unplaced)


Group = tuple[set[str], list[tuple[str, str, Decision]]]


def _greedy(ids: Sequence[str], decisions: Decisions) -> list[Group]:
    """Join the best-scoring merging pairs first, groups only when no pair across is vetoed."""
    chosen = set(ids)
    groups = Groups(ids)
    members: dict[str, set[str]] = {i: {i} for i in ids}
    joined: dict[str, list[tuple[str, str, Decision]]] = defaultdict(list)
    merging = sorted(((d.score, pair) for pair, d in decisions.items()
                      if d.merges and pair[0] in chosen and pair[1] in chosen),
                     key=lambda sp: (-sp[0], sp[1]))
    for _, (x, y) in merging:
        rx, ry = groups.find(x), groups.find(y)
        if rx == ry or not _can_join(members[rx], members[ry], decisions):
            continue
        groups.union(rx, ry)
        root = groups.find(rx)
        other = ry if root == rx else rx
        members[root] |= members.pop(other)
        joined[root] += joined.pop(other, []) + [(x, y, decisions[(x, y)])]
    return [(members[groups.find(c[0])], joined.get(groups.find(c[0]), [])) for c in groups.components()]


def _can_join(left: Iterable[str], right: Iterable[str], decisions: Decisions) -> bool:
    """No vetoed or never-compared pair across the two (so no article twice, copies aside)."""
    right = list(right)
    for x in left:
        for y in right:
            decision = decisions.get(key(x, y))
            if decision is None or decision.veto:
                return False
    return True


# -- loose mentions ----------------------------------------------------------------------------

Attachment = tuple[str, tuple[str, Decision]]   # (loose mention, (the member it fits best, decision))


@dataclass(frozen=True)
class Loose:
    """What attaching loose mentions needs to know of them."""

    coarse: set[str]                     # mentions whose place is known only to the region or country
    tolls: Mapping[str, int | None]      # mention -> the toll it states as a number
    several: set[str] = field(default_factory=set)   # mentions whose sentence tells of several attacks

    def covers(self, u: str, sites: Sequence[set[str]]) -> bool:
        """A coarse-place report covers these site events when it gives a total more than any one
        site's toll; giving no figure, when no site's reports give one either or its sentence tells
        of several attacks or sites ("air strikes ... targeting facilities"): a report of one
        attack with no figure, of sites whose reports give one, is more likely one site's report
        that left the toll out than a summary of all of them."""
        if u not in self.coarse:
            return False
        total = self.tolls.get(u)
        site_tolls = [self._toll(site) for site in sites]
        if total is None:
            return u in self.several or not any(site_tolls)
        return all(total > toll for toll in site_tolls)

    def _toll(self, members: set[str]) -> int:
        return min((t for m in members if (t := self.tolls.get(m)) is not None), default=0)


Unplaced = dict[str, dict[int, tuple[float, tuple[str, Decision]]]]   # mention -> the events it fits


def _attach_loose(loose: Sequence[str], groups: list[Group], decisions: Decisions, ctx: Context,
                  info: Loose) -> tuple[dict[int, list[Attachment]], set[str], Unplaced]:
    """Which events each loose mention joins (by group index), the loose mentions left to join
    among themselves, and those that fit several events about equally well (unplaced)."""
    group_of = {m: i for i, (members, _) in enumerate(groups) for m in members}
    neighbours = _neighbours(decisions)
    close = _neighbours(decisions, close=True)
    wanted: dict[int, list[tuple[float, str, tuple[str, Decision]]]] = defaultdict(list)
    unplaced: Unplaced = {}
    for u in loose:
        chosen, fits = _choose_events(u, neighbours, groups, group_of, decisions, ctx, info)
        if not chosen and len(fits) > 1:   # fits several about equally well
            unplaced[u] = fits
        elif not fits and (could := _could_be(u, close, groups, group_of, decisions, info.tolls)):
            unplaced[u] = could
        for i, (score, best) in chosen.items():
            wanted[i].append((score, u, best))
    attached: dict[int, list[Attachment]] = {}
    placed: set[str] = set()
    for i in sorted(wanted):
        accepted = _accept(groups[i][0], sorted(wanted[i], key=lambda t: (-t[0], t[1])), decisions)
        attached[i] = accepted
        placed |= {u for u, _ in accepted}
    return attached, set(loose) - placed - set(unplaced), unplaced


def _neighbours(decisions: Decisions, close: bool = False) -> dict[str, dict[str, Decision]]:
    """mention -> the mentions it merges with (close: it is related to, with no hard reason and no
    toll that contradicts)."""
    out: dict[str, dict[str, Decision]] = defaultdict(dict)
    for (x, y), d in decisions.items():
        if (d.related and not d.hard) if close else d.merges:
            out[x][y] = d
            out[y][x] = d
    return out


Fits = dict[int, tuple[float, tuple[str, Decision]]]   # group index -> (score, (best member, decision))


def _choose_events(u: str, neighbours, groups: list[Group], group_of: Mapping[str, int],
                   decisions: Decisions, ctx: Context, info: Loose) -> tuple[Fits, Fits]:
    """The events loose mention `u` joins -- the one it fits clearly best, or every site of the one
    operation a coarse-place report covers; none if unclear -- and all the events it fits.

    An event fits clearly best when u shares more kinds of telling point with its reports (alike
    articles, a named group, the same toll, the same people) than with any other event's; the
    score of single pairs does not decide, as it mostly says how each report happened to word it."""
    fits: Fits = {}
    kinds: dict[int, set[str]] = defaultdict(set)
    rivals: set[int] = set()     # events one of whose reports it merges with, but another vetoes it
    for m, d in neighbours.get(u, {}).items():
        i = group_of.get(m)
        if i is None or not d.merges:
            continue
        kinds[i] |= d.telling
        if not _can_join((u,), groups[i][0], decisions):
            rivals.add(i)
        elif i not in fits or fits[i][0] < d.score:
            fits[i] = (d.score, (m, d))
    rivals -= set(fits)
    if not fits:
        return {}, fits
    strength = {i: len(kinds[i]) for i in kinds}
    if any(strength[r] >= max(strength[i] for i in fits) for r in rivals):
        return {}, {**fits, **{r: (0.0, ("", NO)) for r in rivals}}
    operations = _operations(fits, groups, ctx)
    ranked = sorted(operations, key=lambda op: (-max(strength[i] for i in op), min(op)))
    best = ranked[0]
    if len(ranked) > 1 and max(strength[i] for i in ranked[1]) >= max(strength[i] for i in best):
        return {}, fits
    best = _sites_it_names(u, best, neighbours, group_of)
    if len(best) == 1 or (info.covers(u, [groups[i][0] for i in best]) and _alike_to_operation(u, best, groups, ctx)):
        return {i: fits[i] for i in best}, fits
    inside = sorted(best, key=lambda i: -strength[i])
    if strength[inside[1]] >= strength[inside[0]]:
        return {}, fits
    return {inside[0]: fits[inside[0]]}, fits


def _sites_it_names(u: str, operation: tuple[int, ...], neighbours, group_of: Mapping[str, int]) -> tuple[int, ...]:
    """Of one operation's site events, those whose reports say the same thing was hit as report
    `u`, when it says something else was hit than another site's: it is that site's report, not a
    summary of all of them.  All of them when what it names tells none apart."""
    if len(operation) < 2:
        return operation
    said: dict[int, set[str | None]] = defaultdict(set)
    for m, d in neighbours.get(u, {}).items():
        if group_of.get(m) in operation:
            said[group_of[m]].add(d.target)
    same = tuple(i for i in operation if "same" in said[i])
    other = [i for i in operation if "same" not in said[i] and "other" in said[i]]
    return same if same and other else operation


def _could_be(u: str, close, groups: list[Group], group_of: Mapping[str, int], decisions: Decisions,
              tolls: Mapping[str, int | None]) -> Fits:
    """The events a loose mention that fits none could still be: related, no hard reason against
    it, only too little in common to join; a toll that contradicts the other report's only by as
    much as reports of one attack differ (`near_tolls`).  A report that could be an event already
    counted is not counted again."""
    out: Fits = {}
    for m, d in close.get(u, {}).items():
        i = group_of.get(m)
        if d.toll_conflict and not near_tolls(tolls.get(u), tolls.get(m)):
            continue
        if i is not None and (i not in out or out[i][0] < d.score) and _can_join((u,), groups[i][0], decisions):
            out[i] = (d.score, (m, d))
    return out


def near_tolls(x: int | None, y: int | None) -> bool:
    """Figures as far apart as reports of one attack often are: an early count, a source one or
    two off (7 / 8, 3 / 5, 20 / 22) -- within 2, or a quarter of the higher."""
    if x is None or y is None:
        return True
    return abs(x - y) <= max(2, max(x, y) // 4)


def _alike_to_operation(u: str, operation: Sequence[int], groups: list[Group], ctx: Context) -> bool:
    """The report's article is alike (a story link) to an article that reports the sites together."""
    articles: dict[str, int] = defaultdict(int)
    for i in operation:
        for art in {ctx.article_of[m] for m in groups[i][0]}:
            articles[art] += 1
    mine = ctx.article_of[u]
    return any(n > 1 and ctx.similarity(mine, art) is not None for art, n in articles.items())


def _operations(fits: Mapping[int, object], groups: list[Group], ctx: Context) -> list[tuple[int, ...]]:
    """Candidate events grouped by operation: events one article reports together (several sites)."""
    ops = Groups(str(i) for i in fits)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i in fits:
        for m in groups[i][0]:
            by_article[ctx.article_of[m]].append(i)
    for events in by_article.values():
        for i in events[1:]:
            ops.union(str(events[0]), str(i))
    return [tuple(sorted(int(i) for i in op)) for op in ops.components()]


def _accept(members: set[str], wanted: Sequence[tuple[float, str, tuple[str, Decision]]],
            decisions: Decisions) -> list[Attachment]:
    """Loose mentions that join one event: best first, none vetoed with another that joined."""
    accepted: list[Attachment] = []
    for _, u, best in wanted:
        if _can_join((u,), [a for a, _ in accepted], decisions):
            accepted.append((u, best))
    return accepted


# -- covers and near misses --------------------------------------------------------------------

def _covers(groups: list[Group]) -> set[str]:
    seen: dict[str, int] = defaultdict(int)
    for members, _ in groups:
        for m in members:
            seen[m] += 1
    return {m for m, n in seen.items() if n > 1}


def _with_kept_apart(groups: list[Group], covers: set[str], decisions: Decisions,
                     unplaced: Unplaced) -> list[Cluster]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, (members, _) in enumerate(groups):
        for m in members:
            index[m].append(i)
    best: dict[tuple[int, int | str], tuple[str, str, Decision]] = {}
    for (x, y), d in sorted(decisions.items()):
        if not (d.near_miss or d.score >= MERGE_SCORE) or set(index[x]) & set(index[y]):
            continue
        d = _why_apart(d)
        for i in index[x]:
            for j in index[y]:
                for a, b, k in ((x, y, (i, j)), (y, x, (j, i))):
                    if k not in best or best[k][2].score < d.score:
                        best[k] = (a, b, d)
    for u, fits in sorted(unplaced.items()):
        for i, (_, (member, d)) in fits.items():
            if member:
                best[(i, u)] = (member, u, _unplaced(d, len(fits)))
    apart: dict[int, list[tuple[str, str, Decision]]] = defaultdict(list)
    for (i, _), link in sorted(best.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        apart[i].append(link)
    return sorted((Cluster(tuple(sorted(members)), tuple(sorted(links, key=lambda l: (-l[2].score, l[0], l[1]))),
                           tuple(sorted(covers & members)), tuple(apart.get(i, ())))
                   for i, (members, links) in enumerate(groups)), key=lambda c: c.mention_ids)


def _why_apart(d: Decision) -> Decision:
    if d.hard or d.capped:
        return d
    why = "another report in one of the two events is kept apart from the other"
    return Decision(d.score, d.reasons, d.against + (why,), capped=True)


def _unplaced(d: Decision, n: int) -> Decision:
    why = (f"an unplaced report: it could be this event or {n - 1} other(s) equally well, so it joins none"
           if n > 1 else "an unplaced report: it could be this event, but has too little in common to join it")
    why += "; it makes no event of its own, as its toll is likely counted already"
    return Decision(d.score, d.reasons, d.against + (why,), capped=True)
