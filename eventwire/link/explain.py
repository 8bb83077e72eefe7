"""What `eventwire show` prints: an event, each source's claims with evidence, why it merged,
which close reports of other events it was kept apart from and why, and how its id changed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pydantic import BaseModel

from eventwire.acled.ids import stored_ids
from eventwire.link.model import EventIdChange, MergeLink
from eventwire.records import Disagreement, Event

if TYPE_CHECKING:
    from eventwire.store import Store

CLAIM_FIELDS = ("event_date", "time_precision", "sub_event_type", "actor1", "actor2", "location",
                "admin1", "country", "fatalities", "injuries", "weapon", "claimant")
MAX_REDIRECTS = 50


class SourceClaim(BaseModel):
    article_id: str
    mention_id: str
    outlet: str | None
    published: dt.date | None
    title: str | None
    copy_of: str | None
    covers: list[str] = []     # the other events this report's mention is also a source of
    claims: dict[str, object]
    evidence: dict[str, str]


class KeptApart(BaseModel):
    """A close report of another event, and why this event's mention was not merged with it."""

    link: MergeLink
    other_events: list[str]


class EventExplanation(BaseModel):
    event: Event
    sources: list[SourceClaim]
    disagreements: list[Disagreement]
    links: list[MergeLink]
    kept_apart: list[KeptApart] = []
    id_history: list[EventIdChange] = []
    asked_for: str | None = None   # the id asked for, when it now names another event


def explain_event(store: Store, event_id: str) -> EventExplanation | None:
    current = current_event_id(store, event_id)
    event = store.get_event(current) if current else None
    if event is None:
        return None
    mention_ids = store.event_mention_ids(event.id) or [event.id]
    copy_of = {c.article_id: c.original_id for c in store.list_copies()}
    sources = [_claim(store, m, copy_of, event.id) for m in store.get_mentions(mention_ids)]
    order = {aid: i for i, aid in enumerate(event.sources)}
    sources.sort(key=lambda s: (order.get(s.article_id, len(order)), s.mention_id))
    links = store.event_links(event.id)
    return EventExplanation(
        event=event, sources=sources, disagreements=list(event.disagreements),
        links=[link for link in links if link.merged],
        kept_apart=[KeptApart(link=link, other_events=sorted(store.events_of_mentions([link.mention_b])))
                    for link in links if not link.merged],
        id_history=store.event_id_changes(event_ids=[event.id, *stored_ids(event_id)]),
        asked_for=event_id if event.id not in stored_ids(event_id) else None)


def current_event_id(store: Store, event_id: str) -> str | None:
    """The stored id of the event an id (either form, `a#1` or `a.1`) names now: itself, or where
    it was merged into or replaced by (followed through later changes); None when it was
    withdrawn or never existed."""
    seen: set[str] = set()
    while event_id not in seen and len(seen) < MAX_REDIRECTS:
        event = store.get_event(event_id)
        if event is not None:
            return event.id
        seen.add(event_id)
        ids = stored_ids(event_id)
        moves = [c for c in store.event_id_changes(event_ids=ids)
                 if c.event_id in ids and c.change in ("merged_into", "replaced_by") and c.other_id]
        if not moves:
            return None
        event_id = moves[-1].other_id
    return None


def _claim(store: Store, mention: Event, copy_of: dict[str, str], event_id: str) -> SourceClaim:
    article = store.get_article(mention.article_id) if mention.article_id else None
    dumped = mention.model_dump(mode="json")
    return SourceClaim(
        article_id=mention.article_id or "", mention_id=mention.id,
        outlet=article.source if article else mention.source,
        published=article.published if article else None, title=article.title if article else None,
        copy_of=copy_of.get(mention.article_id or ""),
        covers=sorted(store.events_of_mentions([mention.id]) - {event_id}),
        claims={k: dumped[k] for k in CLAIM_FIELDS if dumped.get(k) is not None},
        evidence={k: span.text for k, span in mention.evidence.items()},
    )
