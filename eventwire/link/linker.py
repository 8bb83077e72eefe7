"""The relink step: features -> copies -> stories -> merged events -> store (see `eventwire.link`).

`relink` is incremental: only articles new or changed since the last relink get features and
are compared (through the store's blocking indexes); only the stories and events those
articles touch are rebuilt.  `link` computes the same linked state from scratch, in memory;
the tests check that both agree whatever the order articles arrived in.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel

from eventwire.link.canonical import Sources, canonical_event
from eventwire.link.duplicates import band_keys, copies, copy_pairs, is_copy_pair
from eventwire.link.events import Cluster, Context, cluster, compare, reach_days, within_reach
from eventwire.link.features import FEATURES_VERSION, features_for, long_names
from eventwire.link.ids import id_changes
from eventwire.link.model import ArticleFeatures, LinkResult, LinkUpdate, MergeLink
from eventwire.link.stories import (WINDOW_DAYS, crosslingual_story_links, group_stories, is_story_pair,
                                    story_links)
from eventwire.records import Event, Story

if TYPE_CHECKING:
    from eventwire.store import Store

Link = tuple[str, str, str, float]   # (a, b, kind, score), a < b, kind "copy" or "story"


class LinkReport(BaseModel):
    articles_linked: int
    articles_affected: int
    mentions_relinked: int
    events: int
    stories: int
    copies: int


# -- from scratch (pure) ---------------------------------------------------------------------

def link(features: list[ArticleFeatures], mentions: list[Event]) -> LinkResult:
    """The linked state for these article features and mentions, computed from scratch."""
    published = {f.article_id: f.published for f in features}
    stored = {f.article_id: f.stored_at for f in features}
    titles = {f.article_id: f.title for f in features}
    pairs = copy_pairs(features)
    copy_list = copies(published, pairs)
    linked = list(story_links(features))
    stories = group_stories(published, titles, [*pairs, *linked])
    original_of = {**{a: a for a in published}, **{c.article_id: c.original_id for c in copy_list}}
    story_of = {aid: s.story_id for s in stories for aid in s.article_ids}
    mentions = [m for m in mentions if m.article_id in published]
    alike = {(a, b): score for a, b, score in linked}
    names = {f.article_id: long_names(f) for f in features}
    events, members, links = cluster_events(mentions, original_of, story_of, published, stored, alike, names)
    return LinkResult(events=tuple(events), event_mentions=members, links=tuple(links),
                      stories=tuple(stories), copies=tuple(copy_list))


def cluster_events(mentions: Sequence[Event], original_of: Mapping[str, str], story_of: Mapping[str, str],
                   published: Mapping, stored: Mapping, alike: Mapping,
                   names: Mapping) -> tuple[list[Event], dict[str, tuple[str, ...]], list[MergeLink]]:
    """The linked events of `mentions` (their clusters and canonical values), each event's member
    mentions, and the merge links with their reasons; used by `link`, `relink` and `eventwire.scale`."""
    article_of = {m.id: m.article_id for m in mentions}
    ctx = Context(article_of=article_of, original_of=original_of, story_of=story_of, published_of=published,
                  alike=alike, names_of=names)
    src = Sources(article_of=article_of, original_of=original_of, published_of=published, stored_of=stored)
    by_id = {m.id: m for m in mentions}
    groups = cluster(mentions, ctx)
    events, members, links = [], {}, {}
    for i, group in enumerate(groups):
        event = canonical_event([by_id[m] for m in group.mention_ids], src, group.covers)
        events.append(event)
        members[event.id] = group.mention_ids
        for link in _merge_links(event.id, group):
            links.setdefault((link.mention_a, link.mention_b), link)
    return sorted(events, key=lambda e: e.id), members, list(links.values())


def _merge_links(event_id: str, group: Cluster) -> list[MergeLink]:
    """The pairs that joined the event, then those of its mentions kept apart from close ones."""
    merged = [MergeLink(event_id=event_id, mention_a=a, mention_b=b, score=d.score, reasons=d.reasons,
                        against=d.against) for a, b, d in group.links]
    apart = [MergeLink(event_id=event_id, mention_a=a, mention_b=b, score=d.score, reasons=d.reasons,
                       against=d.against, hard=d.hard, merged=False) for a, b, d in group.kept_apart]
    return merged + apart


# -- incremental (over the store) ---------------------------------------------------------------

def relink(store: Store) -> LinkReport:
    """Link the articles stored since the last relink; rebuild only what they touch."""
    articles = store.articles_to_link(FEATURES_VERSION)
    fresh = {a.id: features_for(a) for a in articles}
    bands = {aid: band_keys(f) for aid, f in fresh.items()}
    new_links = _with_links(_links_of_fresh(store, fresh, bands), crosslingual_story_links(articles, store))
    old_story = store.story_assignments(fresh)
    reached, links = _reach(store, set(fresh) | store.story_members(old_story.values()), fresh, new_links)
    meta = store.article_meta(reached)
    published = {aid: m.published for aid, m in meta.items()}
    copy_list = copies(published, [(a, b, s) for a, b, kind, s in links if kind == "copy"])
    stories = group_stories(published, {aid: m.title for aid, m in meta.items()}, [(a, b, s) for a, b, _, s in links])
    original_of = _Stored(store.copy_originals, {**{a: a for a in meta}, **{c.article_id: c.original_id for c in copy_list}},
                          missing_is_self=True)
    story_of = _Stored(store.story_assignments, {aid: s.story_id for s in stories for aid in s.article_ids})
    old_story = store.story_assignments(reached)
    old_original = store.copy_originals(reached)
    changed = set(fresh) | {a for a in meta if old_story.get(a) != story_of[a]
                            or old_original.get(a, a) != original_of[a]}
    everything = len(fresh) == store.count_articles()
    published_of = _Stored(lambda ids: {k: m.published for k, m in store.article_meta(ids).items()}, published)
    stored_of = _Stored(lambda ids: {k: m.stored_at for k, m in store.article_meta(ids).items()},
                        {aid: m.stored_at for aid, m in meta.items()})
    alike = _Alike(store, set(meta), {(a, b): s for a, b, kind, s in links if kind == "story"})
    names = _Stored(lambda ids: {f.article_id: long_names(f) for f in store.get_features(ids)},
                    {aid: long_names(f) for aid, f in fresh.items()})
    removed_events, affected, context = _affected_mentions(store, changed, original_of, story_of, published_of,
                                                           alike, names, everything,
                                                           _copy_groups(copy_list, set(meta)))
    before = store.event_memberships(removed_events)
    names.preload({m.article_id for m in affected.values()})
    events, members, merge_links = cluster_events(list(affected.values()), original_of, story_of, published_of,
                                                  stored_of, alike, names)
    merge_links += _kept_apart_from_stored(store, context, affected, members, original_of, story_of,
                                           published_of, alike, names)
    store.apply_link_update(LinkUpdate(
        features=tuple(fresh.values()), bands=bands, article_links=tuple(new_links),
        copy_scope=tuple(sorted(reached)), copies=tuple(copy_list),
        removed_stories=tuple(sorted(set(old_story.values()))), stories=tuple(stories),
        removed_events=tuple(sorted(removed_events)), events=tuple(events), event_mentions=members,
        links=tuple(merge_links),
        id_changes=tuple(id_changes(before, members, dt.datetime.now(dt.timezone.utc)))))
    return LinkReport(articles_linked=len(fresh), articles_affected=len(changed),
                      mentions_relinked=len(affected), events=store.count_events(),
                      stories=store.count_stories(), copies=len(copy_list))


class _Stored(dict):
    """Values computed in this relink for the articles it reached; the stored ones for others."""

    def __init__(self, lookup, computed: Mapping, missing_is_self: bool = False):
        super().__init__(computed)
        self._lookup = lookup
        self._missing_is_self = missing_is_self

    def __missing__(self, key: str):
        value = self._lookup([key]).get(key, key if self._missing_is_self else None)
        self[key] = value
        return value

    def get(self, key, default=None):
        return self[key]

    def preload(self, keys) -> None:
        """Look the missing ones of these up in one go."""
        missing = [k for k in keys if not dict.__contains__(self, k)]
        if missing:
            found = self._lookup(missing)
            for k in missing:
                self[k] = found.get(k, k if self._missing_is_self else None)


class _Alike(dict):
    """(a, b) -> story-link cosine: this relink's links among the articles it reached, the stored
    ones for pairs with an article it did not reach (looked up when first asked)."""

    def __init__(self, store: Store, reached: set[str], computed: Mapping[tuple[str, str], float]):
        super().__init__(computed)
        self._store, self._reached, self._looked_up = store, reached, set()

    def get(self, pair, default=None):
        if pair in self:
            return self[pair]
        outside = [aid for aid in pair if aid not in self._reached and aid not in self._looked_up]
        if outside:
            self._looked_up.update(outside)
            for a, b, kind, score in self._store.links_touching(outside):
                if kind == "story" and not (a in self._reached and b in self._reached):
                    self[(a, b)] = score
        return super().get(pair, default)


def _reach(store: Store, seeds: set[str], fresh: Mapping, new_links: Sequence[Link]) -> tuple[set[str], list[Link]]:
    """Every article connected to the seeds by a link, and those links (stored ones of changed
    articles are stale and left out; their new links replace them)."""
    by_article: dict[str, list[Link]] = {}
    for link in new_links:
        by_article.setdefault(link[0], []).append(link)
        by_article.setdefault(link[1], []).append(link)
    reached, links, frontier = set(seeds), set(new_links), set(seeds)
    while frontier:
        found = [link for link in store.links_touching(frontier)
                 if link[0] not in fresh and link[1] not in fresh]
        found += [link for aid in frontier for link in by_article.get(aid, ())]
        links.update(found)
        frontier = {x for link in found for x in link[:2]} - reached
        reached |= frontier
    return reached, sorted(links)


def _links_of_fresh(store: Store, fresh: Mapping[str, ArticleFeatures],
                    bands: Mapping[str, tuple[str, ...]]) -> list[Link]:
    """Copy and story links between each new article and its blocked candidates (stored or new)."""
    candidates = _stored_candidates(store, fresh, bands)
    stored = {f.article_id: f for f in store.get_features(set().union(*candidates.values()))}
    links: list[Link] = []
    for aid, f in sorted(fresh.items()):
        for other in sorted(candidates[aid]):
            if other in stored:
                links += pair_links(f, stored[other], set(bands[aid]))
    among = list(fresh.values())
    links += [(a, b, "copy", s) for a, b, s in copy_pairs(among)]
    links += [(a, b, "story", s) for a, b, s in story_links(among)]
    return sorted(set(links))


def _with_links(links: Sequence[Link], more: Sequence[Link]) -> list[Link]:
    """`links` and those of `more` between two articles not linked so already (one row per kind)."""
    have = {(a, b, kind) for a, b, kind, _ in links}
    return sorted([*links, *(x for x in more if x[:3] not in have)])


def _stored_candidates(store: Store, fresh: Mapping[str, ArticleFeatures],
                       bands: Mapping[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """Stored articles each new one must be compared with: a shared LSH band, or a shared
    blocking key within the publication window (undated with undated); a few batched look-ups."""
    by_band: dict[str, set[str]] = defaultdict(set)
    for band, aid in store.band_postings({b for bs in bands.values() for b in bs}):
        by_band[band].add(aid)
    dates = [f.published for f in fresh.values() if f.published]
    span = dt.timedelta(days=WINDOW_DAYS)
    since, until = (min(dates) - span, max(dates) + span) if dates else (None, None)
    by_key: dict[str, list[tuple[dt.date | None, str]]] = defaultdict(list)
    for key, published, aid in store.key_postings({k for f in fresh.values() for k in f.keys}, since, until):
        by_key[key].append((published, aid))
    out = {}
    for aid, f in fresh.items():
        found = {x for b in bands[aid] for x in by_band.get(b, ())}
        found |= {x for key in f.keys for published, x in by_key.get(key, ())
                  if _in_window(f.published, published)}
        out[aid] = found - set(fresh)
    return out


def _in_window(a: dt.date | None, b: dt.date | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= WINDOW_DAYS


def pair_links(f: ArticleFeatures, g: ArticleFeatures, f_bands: set[str]) -> list[Link]:
    a, b = sorted((f, g), key=lambda x: x.article_id)
    out: list[Link] = []
    if f_bands & set(band_keys(g)):
        sim = is_copy_pair(a, b)
        if sim is not None:
            out.append((a.article_id, b.article_id, "copy", sim))
    score = is_story_pair(a, b)
    if score is not None:
        out.append((a.article_id, b.article_id, "story", score))
    return out


def _copy_groups(copy_list: Sequence, reached: set[str]) -> dict[str, set[str]]:
    """article id -> its copy group (itself included), for the articles this relink reached."""
    group_of: dict[str, set[str]] = {}
    for c in copy_list:
        group = group_of.setdefault(c.original_id, {c.original_id})
        group.add(c.article_id)
        group_of[c.article_id] = group
    return {aid: group_of.get(aid, {aid}) for aid in reached}


Context_ = dict[str, tuple[Event, set[str]]]   # stored mention kept apart -> (it, the re-clustered ones)


def _affected_mentions(store: Store, changed: set[str], original_of: Mapping[str, str],
                       story_of: Mapping[str, str], published_of: Mapping, alike: Mapping, names: Mapping,
                       everything: bool,
                       groups: dict[str, set[str]]) -> tuple[set[str], dict[str, Event], Context_]:
    """Events to rebuild and the mentions to re-cluster: those of changed articles, plus every
    event one of them could now take part in a merge decision with (the closure over related
    pairs); and the stored mentions outside them that a re-clustered one is a near miss of (kept
    apart by a hard reason, so never in one decision: only their "kept apart" rows change)."""
    if everything:
        return {e.id for e in store.iter_events()}, {m.id: m for m in store.list_mentions()}, {}
    removed = store.events_of_articles(changed)
    affected = {m.id: m for m in store.list_mentions(changed)}
    affected.update({m.id: m for m in store.get_mentions(_mentions_of(store, removed))})
    ctx = Context(article_of={}, original_of=original_of, story_of=story_of, published_of=published_of,
                  alike=alike, names_of=names)
    frontier = list(affected.values())
    context: Context_ = {}
    while frontier:
        reached, unplaced = _merging_events(store, frontier, affected, ctx, groups, context)
        reached -= removed
        removed |= reached
        added = [m for m in store.get_mentions(_mentions_of(store, reached)) if m.id not in affected]
        added += [m for m in unplaced if m.id not in affected and m not in added]
        affected.update({m.id: m for m in added})
        frontier = added
    return removed, affected, {k: v for k, v in context.items() if k not in affected}


def _merging_events(store: Store, frontier: Iterable[Event], affected: Mapping[str, Event],
                    ctx: Context, groups: dict[str, set[str]],
                    context: Context_) -> tuple[set[str], list[Event]]:
    """Stored events outside `affected` holding a mention related to one in the frontier, and the
    related mentions that are in no event (unplaced reports); near misses go to `context`."""
    reached: set[str] = set()
    unplaced: list[Event] = []
    for x in frontier:
        ctx.article_of[x.id] = x.article_id
        if x.article_id not in groups:
            groups[x.article_id] = store.copy_group(ctx.original_of[x.article_id])
        siblings = sorted(groups[x.article_id] - {x.article_id})
        near = [y for y in store.mentions_near(x.country, x.event_date, reach_days(x))
                if y.event_date and within_reach(x, y)] if x.country and x.event_date else []
        for y in near + (store.list_mentions(siblings) if siblings else []):
            if y.id in affected:
                continue
            ctx.article_of[y.id] = y.article_id
            a, b = sorted((x, y), key=lambda m: m.id)
            decision = compare(a, b, ctx)
            if decision.related:
                events = store.events_of_mentions([y.id])
                reached |= events
                if not events:
                    unplaced.append(y)
            elif decision.near_miss:
                context.setdefault(y.id, (y, set()))[1].add(x.id)
    return reached, unplaced


def _kept_apart_from_stored(store: Store, context: Context_, affected: Mapping[str, Event],
                            members: Mapping[str, tuple[str, ...]], original_of, story_of, published_of,
                            alike, names) -> list[MergeLink]:
    """"Kept apart" rows between re-clustered mentions and the stored ones they are near misses of,
    on both sides: the rebuilt event's and the stored event's (which is not rebuilt)."""
    if not context:
        return []
    event_of: dict[str, list[str]] = {}
    for eid, ms in members.items():
        for m in ms:
            event_of.setdefault(m, []).append(eid)
    stored_events = {y: store.events_of_mentions([y]) for y in context}
    article_of = {m.id: m.article_id for m in affected.values()} | {y: m.article_id for y, (m, _) in context.items()}
    ctx = Context(article_of=article_of, original_of=original_of, story_of=story_of, published_of=published_of,
                  alike=alike, names_of=names)
    rows: list[MergeLink] = []
    for y, (other, xs) in sorted(context.items()):
        for x in sorted(xs):
            a, b = sorted((affected[x], other), key=lambda m: m.id)
            d = compare(a, b, ctx)
            for mine, theirs, events in ((x, y, event_of.get(x, [])), (y, x, sorted(stored_events[y]))):
                rows += [MergeLink(event_id=e, mention_a=mine, mention_b=theirs, score=d.score, reasons=d.reasons,
                                   against=d.against, hard=d.hard, merged=False) for e in events[:1]]
    return rows


def _mentions_of(store: Store, event_ids: Iterable[str]) -> set[str]:
    return {m for members in store.event_memberships(event_ids).values() for m in members}
