"""Response shapes of the API (they document themselves in the OpenAPI schema at /docs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from eventwire.records import Disagreement, Event, Span, Story


class Problem(BaseModel):
    """Every error answer: a message that names the parameter or id and says what is expected."""

    detail: str
    errors: list[dict[str, Any]] | None = Field(default=None, description="per-parameter details (422 only)")


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None


class ArticleOut(ArticleRef):
    byline: str | None = None
    text: str = Field(description="the cleaned body; every span's start/end index into it")


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters, all pages together")
    limit: int
    offset: int
    items: list[Event]


class SourceClaims(BaseModel):
    """What one source article says about the event, with the sentences it says it in."""

    article_id: str
    article: ArticleRef | None = Field(description="null when the article is not stored")
    mention_id: str | None = Field(description="this article's own event record, when one was found")
    claims: dict[str, Any] = Field(default_factory=dict,
                                   description="the values this source gives for the coded fields")
    evidence: dict[str, Span] = Field(default_factory=dict,
                                      description="field -> span of the article's text it came from")


class EventDetail(BaseModel):
    event: Event
    sources: list[SourceClaims]
    disagreements: list[Disagreement]


class ArticleEvent(BaseModel):
    """One event this article reports, with its evidence spans into the article's text."""

    mention_id: str | None
    event_ids: list[str] = Field(description="canonical (linked) events this report belongs to")
    event_type: str
    sub_event_type: str
    event_date: dt.date | None = None
    location: str | None = None
    evidence: dict[str, Span]


class ArticleDetail(BaseModel):
    article: ArticleOut
    events: list[ArticleEvent]


class Count(BaseModel):
    key: str | None
    count: int


class DayTypeCount(BaseModel):
    date: dt.date
    event_type: str
    count: int


class Stats(BaseModel):
    total: int
    fatalities: int
    undated: int = Field(description="events without a date (left out of by_day)")
    without_coordinates: int
    first_date: dt.date | None
    last_date: dt.date | None
    by_day: list[Count]
    by_type: list[Count]
    by_country: list[Count]
    by_day_and_type: list[DayTypeCount]


class StoryPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Story]
    note: str | None = Field(default=None, description="set when stories are not available")
