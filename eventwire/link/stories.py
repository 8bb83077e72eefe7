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
from collections.abc import Iterator, Sequence

from eventwire.link.features import cosine
from eventwire.link.groups import Groups
from eventwire.link.model import ArticleFeatures
from eventwire.records import Story

WINDOW_DAYS = 4
STORY_COSINE = 0.29   # midway between different-story and same-story pairs of the sample corpus


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


def story_links(features: Sequence[ArticleFeatures]) -> Iterator[tuple[str, str, float]]:
    """(a, b, cosine) for each compared pair that is the same story, a < b."""
    index = KeyIndex(features)
    by_id = {f.article_id: f for f in features}
    for f in features:
        for other in sorted(index.candidates(f)):
            if other > f.article_id:
                score = cosine(f, by_id[other])
                if score >= STORY_COSINE:
                    yield f.article_id, other, round(score, 4)


def group_stories(features: Sequence[ArticleFeatures],
                  links: Sequence[tuple[str, str, float]]) -> list[Story]:
    groups = Groups(f.article_id for f in features)
    for a, b, _ in links:
        groups.union(a, b)
    by_id = {f.article_id: f for f in features}
    stories = [_story([by_id[aid] for aid in members]) for members in groups.components()]
    return sorted(stories, key=lambda s: (s.first_date or dt.date.max, s.story_id))


def _story(members: list[ArticleFeatures]) -> Story:
    ordered = sorted(members, key=lambda f: (f.published or dt.date.max, f.article_id))
    dates = [f.published for f in ordered if f.published]
    anchor = ordered[0]
    return Story(story_id=story_id(anchor.article_id), article_ids=tuple(f.article_id for f in ordered),
                 title=next((f.title for f in ordered if f.title), None),
                 first_date=min(dates) if dates else None, last_date=max(dates) if dates else None)


def story_id(anchor_article_id: str) -> str:
    return "st-" + hashlib.sha1(anchor_article_id.encode("utf-8")).hexdigest()[:12]
