"""Response shapes of the API (they document themselves in the OpenAPI schema at /docs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from eventwire.acled import FLAT_COLUMNS
from eventwire.records import Disagreement, Span, Story


class _EventBase(BaseModel):
    """An event as every output shows it: ACLED's 31 columns as ACLED's current exports write them
    (inter1/inter2/interaction as labels, notes, source, source_scale, tags, timestamp), eventwire's
    extras (inter1_code, inter2_code, interaction_code, injuries, weapon, claimant, corroboration,
    confidence), and its sources (article ids), disagreements and evidence spans."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="the URL-safe event id (= event_id_cnty)")
    sources: list[str] = Field(default_factory=list, description="ids of the articles that report it")
    disagreements: list[Disagreement] = Field(default_factory=list)
    evidence: dict[str, Span] = Field(default_factory=dict, description="field -> the sentence it came from")
    place_mentions: list[str] = Field(default_factory=list)


EventItem = create_model("EventItem", __base__=_EventBase,
                         **{col: (Any, None) for col in FLAT_COLUMNS})


class Notice(BaseModel):
    """A filter value that matched nothing (or was read as something else), with the nearest value."""

    param: str
    value: str
    message: str
    suggestion: str | None = None


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
    items: list[EventItem]  # type: ignore[valid-type]
    notices: list[Notice] = Field(default_factory=list, description="filter values that matched nothing")
    undated_not_in_range: int = Field(default=0, description="undated events that match the other filters "
                                                            "but not since/until (include_undated=true keeps them)")


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
    event: EventItem  # type: ignore[valid-type]
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
    undated: int = Field(description="events without a date that match the other filters (never in by_day; "
                                     "counted even when since/until leave them out of total)")
    without_coordinates: int
    by_precision: list[Count] = Field(default_factory=list, description="events by geo_precision "
                                                                        "(1 town or site, 2 near, 3 region or country)")
    notices: list[Notice] = Field(default_factory=list)
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
