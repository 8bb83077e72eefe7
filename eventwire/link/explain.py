"""What `eventwire show` prints: an event, each source's claims with evidence, and why it merged."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pydantic import BaseModel

from eventwire.link.model import MergeLink
from eventwire.records import Disagreement, Event

if TYPE_CHECKING:
    from eventwire.store import Store

CLAIM_FIELDS = ("event_date", "time_precision", "sub_event_type", "actor1", "actor2", "location",
                "admin1", "country", "fatalities", "injuries", "weapon", "claimant")


class SourceClaim(BaseModel):
    article_id: str
    mention_id: str
    outlet: str | None
    published: dt.date | None
    title: str | None
    copy_of: str | None
    claims: dict[str, object]
    evidence: dict[str, str]


class EventExplanation(BaseModel):
    event: Event
    sources: list[SourceClaim]
    disagreements: list[Disagreement]
    links: list[MergeLink]


def explain_event(store: Store, event_id: str) -> EventExplanation | None:
    event = store.get_event(event_id)
    if event is None:
        return None
    mention_ids = store.event_mention_ids(event_id) or [event_id]
    copy_of = {c.article_id: c.original_id for c in store.list_copies()}
    sources = [_claim(store, m, copy_of) for m in store.get_mentions(mention_ids)]
    order = {aid: i for i, aid in enumerate(event.sources)}
    sources.sort(key=lambda s: (order.get(s.article_id, len(order)), s.mention_id))
    return EventExplanation(event=event, sources=sources, disagreements=list(event.disagreements),
                            links=store.event_links(event_id))


def _claim(store: Store, mention: Event, copy_of: dict[str, str]) -> SourceClaim:
    article = store.get_article(mention.article_id) if mention.article_id else None
    dumped = mention.model_dump(mode="json")
    return SourceClaim(
        article_id=mention.article_id or "", mention_id=mention.id,
        outlet=article.source if article else mention.source,
        published=article.published if article else None, title=article.title if article else None,
        copy_of=copy_of.get(mention.article_id or ""),
        claims={k: dumped[k] for k in CLAIM_FIELDS if dumped.get(k) is not None},
        evidence={k: span.text for k, span in mention.evidence.items()},
    )
