"""Stories: articles about the same news story, grouped without comparing every pair.

Blocking: two articles are compared only when they share a blocking key (one of their most
frequent names) and were published within `WINDOW_DAYS` of each other (undated articles are
compared with undated ones).  The candidates of an article therefore depend on the news of its
own days, not on the size of the store.  Compared pairs whose term cosine reaches
`STORY_COSINE`, and copies, are story links; stories are the connected groups of links, so
the result does not depend on the order articles arrived in.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from eventwire.link.features import cosine
from eventwire.link.groups import Groups
from eventwire.link.model import ArticleFeatures
from eventwire.records import Article, Story

if TYPE_CHECKING:
    from eventwire.store import Store

WINDOW_DAYS = 4
# Set on our own sample corpus (eventwire/samples), never on ../shared data: it lies inside the
# corpus' gap between its closest different-story pair (0.30) and its farthest same-story pair
# (0.44).  bench/pairs_cv.py measures what choosing it on SemEval training pairs would give.
STORY_COSINE = 0.32


class KeyIndex:
    """Blocking key -> the articles carrying it, sorted by publication date."""

    def __init__(self, features: Sequence[ArticleFeatures]):
        self._dated: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._undated: dict[str, list[str]] = defaultdict(list)
        for f in features:
            for key in f.keys:
                if f.published:
                    self._dated[key].append((f.published.toordinal(), f.article_id))
                else:
                    self._undated[key].append(f.article_id)
        for postings in self._dated.values():
            postings.sort()

    def candidates(self, f: ArticleFeatures) -> set[str]:
        found: set[str] = set()
        for key in f.keys:
            if f.published is None:
                found.update(self._undated.get(key, ()))
                continue
            postings = self._dated.get(key, [])
            day = f.published.toordinal()
            lo = bisect.bisect_left(postings, (day - WINDOW_DAYS, ""))
            hi = bisect.bisect_right(postings, (day + WINDOW_DAYS, "\uffff"))
            found.update(aid for _, aid in postings[lo:hi])
        found.discard(f.article_id)
        return found


def blocked_together(a: ArticleFeatures, b: ArticleFeatures) -> bool:
    """Whether blocking lets the two articles be compared at all."""
    if not set(a.keys) & set(b.keys):
        return False
    if a.published is None or b.published is None:
        return a.published is None and b.published is None
    return abs((a.published - b.published).days) <= WINDOW_DAYS


def is_story_pair(a: ArticleFeatures, b: ArticleFeatures) -> float | None:
    """The cosine of two articles blocked together when it makes them one story, else None."""
    if not blocked_together(a, b):
        return None
    score = cosine(a, b)
    return round(score, 4) if score >= STORY_COSINE else None


def story_links(features: Sequence[ArticleFeatures]) -> Iterator[tuple[str, str, float]]:
    """(a, b, cosine) for each compared pair that is the same story, a < b."""
    index = KeyIndex(features)
    by_id = {f.article_id: f for f in features}
    for f in features:
        for other in sorted(index.candidates(f)):
            if other > f.article_id:
                score = is_story_pair(f, by_id[other])
                if score is not None:
                    yield f.article_id, other, score


def crosslingual_story_links(fresh: Sequence[Article], store: Store) -> list[tuple[str, str, str, float]]:
    """Story links between a report in another language and an English report of one incident
    (eventwire.language.crosslingual: embeddings, names across scripts, dates), for the fresh
    articles against each other and the stored ones published near them; (a, b, "story", cosine).
    Term cosines cannot see these: the two reports share no word."""
    from eventwire.language.crosslingual import incident_links, publication_windows

    nearby = [a for since, until in publication_windows(fresh) for a in store.articles_published(since, until)]
    return [(a, b, "story", score) for a, b, score in incident_links(fresh, nearby)]


def group_stories(published: Mapping[str, dt.date | None], titles: Mapping[str, str | None],
                  links: Sequence[tuple[str, str, float]]) -> list[Story]:
    """Stories over every article in `published`: the connected groups of links."""
    groups = Groups(published)
    for a, b, _ in links:
        groups.union(a, b)
    stories = [_story(members, published, titles) for members in groups.components()]
    return sorted(stories, key=lambda s: (s.first_date or dt.date.max, s.story_id))


def _story(members: list[str], published: Mapping[str, dt.date | None],
           titles: Mapping[str, str | None]) -> Story:
    ordered = sorted(members, key=lambda aid: (published.get(aid) or dt.date.max, aid))
    dates = [published[aid] for aid in ordered if published.get(aid)]
    return Story(story_id=story_id(ordered[0]), article_ids=tuple(ordered),
                 title=next((titles[aid] for aid in ordered if titles.get(aid)), None),
                 first_date=min(dates) if dates else None, last_date=max(dates) if dates else None)


def story_id(anchor_article_id: str) -> str:
    return "st-" + hashlib.sha1(anchor_article_id.encode("utf-8")).hexdigest()[:12]
