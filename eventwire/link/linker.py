"""The relink step: features -> copies -> stories -> merged events -> store (see `eventwire.link`)."""


from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from eventwire.link.canonical import Sources, canonical_event
from eventwire.link.duplicates import copies, copy_pairs
from eventwire.link.events import Context, cluster
from eventwire.link.features import features_for
from eventwire.link.model import ArticleFeatures, LinkResult, MergeLink
from eventwire.link.stories import group_stories, story_links
from eventwire.records import Event

if TYPE_CHECKING:
    from eventwire.store import Store


class LinkReport(BaseModel):
    articles: int
    copies: int
    stories: int
    mentions: int
    events: int
    merged: int


def relink(store: Store) -> LinkReport:
    """Recompute copies, stories and canonical events from all stored articles and mentions."""
    fresh = [features_for(article) for article in store.articles_needing_features()]
    if fresh:
        store.save_features(fresh)
    features = store.list_features()
    result = link(features, store.list_mentions())
    store.replace_links(result)
    return LinkReport(articles=len(features),
                      copies=len(result.copies), stories=len(result.stories),
                      mentions=sum(len(v) for v in result.event_mentions.values()),
                      events=len(result.events),
                      merged=sum(1 for v in result.event_mentions.values() if len(v) > 1))


def link(features: list[ArticleFeatures], mentions: list[Event]) -> LinkResult:
    """The linked state for these article features and mentions (pure: no store)."""
    pairs = copy_pairs(features)
    copy_list = copies(features, pairs)
    original_of = {f.article_id: f.article_id for f in features}
    original_of.update({c.article_id: c.original_id for c in copy_list})
    stories = group_stories(features, [*pairs, *story_links(features)])
    story_of = {aid: s.story_id for s in stories for aid in s.article_ids}
    mentions = [m for m in mentions if m.article_id in original_of]
    article_of = {m.id: m.article_id for m in mentions}
    ctx = Context(article_of=article_of, original_of=original_of, story_of=story_of)
    src = Sources(article_of=article_of, original_of=original_of,
                  published_of={f.article_id: f.published for f in features})
    by_id = {m.id: m for m in mentions}
    events, members, links = [], {}, []
    for group in cluster(mentions, ctx):
        event = canonical_event([by_id[i] for i in group.mention_ids], src)
        events.append(event)
        members[event.id] = group.mention_ids
        links += [MergeLink(event_id=event.id, mention_a=a, mention_b=b, score=d.score, reasons=d.reasons)
                  for a, b, d in group.links]
    return LinkResult(events=tuple(sorted(events, key=lambda e: e.id)), event_mentions=members,
                      links=tuple(links), stories=tuple(stories), copies=tuple(copy_list))
