"""Filters over stored articles and events, shared by the CLI, the API and exports."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, ConfigDict, Field, model_validator


class EventFilter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = Field(default=None, description="substring of actor1 or actor2, any case")
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="min_lon, min_lat, max_lon, max_lat"
    )
    text: str | None = Field(default=None, description="every word (or \"quoted phrase\") of it in the event record "
                                                       "(actors, places, notes, evidence), any case")
    include_undated: bool = Field(default=False, description="with since/until: keep undated events too")
    undated_only: bool = Field(default=False, description="only events whose date is unknown")
    countries: tuple[str, ...] | None = Field(default=None, description="country is one of these (exact)")
    admin1s: tuple[str, ...] | None = Field(default=None, description="admin1 is one of these (exact)")
    actors: tuple[str, ...] | None = Field(default=None, description="actor1 or actor2 is one of these, "
                                                                       "or an associated actor contains one")
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0, description=(
        "only events whose confidence is at least this (the expected precision at that score, docs/CONFIDENCE.md)"))
    limit: int | None = Field(default=None, ge=1)
    offset: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _check_ranges(self) -> "EventFilter":
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            if min_lon > max_lon or min_lat > max_lat:
                raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat with min <= max")
        return self


def search_terms(text: str) -> list[str]:
    """Lower-case words and "quoted phrases" of a search."""
    return [(quoted or word).lower() for quoted, word in re.findall(r'"([^"]+)"|(\S+)', text) if quoted or word]


class ArticleFilter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    limit: int | None = Field(default=None, ge=1)
    offset: int = Field(default=0, ge=0)
