"""Typed records that flow between eventwire's stages.

An `Article` is read by `ingest`, coded into `EventMention`s (one event as one article
reports it) by `extract` and `geo`, stored with its article by `store`, and merged across
sources into `Event`s by `link`.  Character offsets in every
`Span` index into `Article.text` (the cleaned body), never into the raw file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence", "Attack", "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}

SUB_EVENT_TO_TYPE: dict[str, str] = {
    sub: etype for etype, subs in EVENT_TYPES.items() for sub in subs
}

NOT_AN_EVENT = "Not a conflict event"


def disorder_type_for(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder_type for a type/sub-type pair."""
    if event_type == "Strategic developments":
        return "Strategic developments"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "Demonstrations"
    return "Political violence"


class Record(BaseModel):
    """Base for all records: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes`, validated as a new record is: an unknown field or a value of the
        wrong type raises (pydantic's `model_copy(update=...)` checks neither)."""
        values = {name: getattr(self, name) for name in type(self).model_fields}
        return type(self).model_validate({**values, **changes})


class Span(Record):
    """A character range of `Article.text` with the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Article(Record):
    id: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    byline: str | None = None
    url: str | None = None
    text: str
    content_hash: str
    ingested_at: dt.datetime | None = None
    origin: str | None = Field(default=None, description="file path (and line) it was read from")
    extra: dict[str, Any] = Field(default_factory=dict)
    language: str | None = Field(default=None, description="identified language code (eventwire.language)")
    id_file: str | None = Field(default=None, description=(
        "the file (absolute path) whose name or path gave the article its id; None when the record "
        "gave it (an explicit id, its URL or its text)"))

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Discard(Record):
    """An input item that was not stored, and why."""

    item: str = Field(description="file path, file:line or article id")
    stage: str = Field(description="ingest | extract | geo | store | link")
    reason: str


class Failure(Discard):
    """An article a stage failed on because of a bug in eventwire, not in the input: counted apart
    from discards and ending the run with its own exit code (see `eventwire.pipeline`)."""

    error: str = Field(description="the exception's type")
    article_id: str | None = Field(default=None, description="the article it failed on")
    origin: str | None = Field(default=None, description="the file (and line) the article was read from")
    kept: bool = Field(default=False, description=(
        "the article was stored anyway: geocoding failed, so its events were kept without a place "
        "(a rerun places them)"))
    hint: str = Field(default="", description="one line on what happened to the article and what to do")
    failed_at: dt.datetime | None = None


class RecordedFailure(Record):
    """A failure as the store keeps it (table `failures`) until a rerun processes its article."""

    article_id: str
    origin: str | None = None
    stage: str
    error: str = Field(description="the exception's type")
    reason: str = Field(description="the exception's type and message")
    hint: str
    places_pending: bool = Field(description="the article is stored with its events unplaced")
    failed_at: dt.datetime
    run: str = Field(description="the id of the ingest run it happened in")


class NoEvent(Record):
    """A candidate event that scope or modality rejected, kept with the reason so a user can see
    why a sentence produced no event (`eventwire extract --explain`)."""

    article_id: str
    sub_event_type: str = Field(description="the type the candidate would have had")
    reason: str
    evidence: Span


class Actor(Record):
    name: str
    inter: int = Field(ge=0, le=8, description="ACLED inter code; 0 = none")
    raw: str | None = None
    evidence: Span | None = None


class DateSpan(Record):
    date: dt.date | None
    precision: int = Field(ge=1, le=3, description="ACLED time_precision")
    raw: str | None = None
    evidence: Span | None = None


class Casualties(Record):
    fatalities: int = 0
    injuries: int | None = None
    claimant: str | None = None
    evidence: Span | None = None


class Place(Record):
    location: str
    country: str
    iso: int | None = None
    iso2: str | None = None
    region: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = Field(ge=1, le=3)
    raw: str | None = None
    evidence: Span | None = None


class Disagreement(Record):
    """Sources that report different values for one field of one event."""

    field: str
    values: dict[str, Any] = Field(description="article id -> the value that source gives")
    evidence: dict[str, Span | None] = Field(default_factory=dict)
    chosen: Any = None


class EventFields(Record):
    """The fields of an event coded in the ACLED schema, with its evidence (the base of
    `EventMention` and `Event`).

    Fields named as ACLED's columns hold ACLED's values.  `evidence` maps a field
    name (event_type, actor1, event_date, fatalities, location, ...) to the span
    of the sentence it came from.
    """

    id: str
    article_id: str | None = None
    event_date: dt.date | None = None
    time_precision: int | None = None
    disorder_type: str | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    region: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int = 0
    tags: str | None = None
    injuries: int | None = None
    weapon: str | None = None
    claimant: str | None = None
    place_mentions: tuple[str, ...] = ()
    evidence: dict[str, Span] = Field(default_factory=dict)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    sources: tuple[str, ...] = ()
    corroboration: int = 1
    disagreements: tuple[Disagreement, ...] = ()
    provenance: dict[str, str] = Field(default_factory=dict, description=(
        "what besides the rules made the event: 'translation' or 'second_opinion' -> the model id; "
        "'event_date' -> where a date borrowed from another event of the article came from"))

    @property
    def year(self) -> int | None:
        return self.event_date.year if self.event_date else None

    def acled_row(self) -> dict[str, Any]:
        """The event as ACLED's 31 columns (values not yet formatted for CSV)."""
        row = {col: getattr(self, col, None) for col in ACLED_COLUMNS}
        row["event_id_cnty"] = self.id
        row["year"] = self.year
        return row


class EventMention(EventFields):
    """One event as one article reports it: what extraction and geocoding make of the article,
    stored with it.  Its `sources` is that one article; `corroboration` and `disagreements`
    keep their defaults until linking."""


class Event(EventFields):
    """A linked event: the canonical record of the mentions of one event across sources
    (`sources` lists their articles)."""


class Story(Record):
    story_id: str
    article_ids: tuple[str, ...]
    title: str | None = None
    first_date: dt.date | None = None
    last_date: dt.date | None = None
