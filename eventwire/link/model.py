"""Typed records of the linking step: per-article features, copies, merge explanations, results.

These are what `eventwire.link` computes and `eventwire.store` keeps; they hold no logic.
"""

from __future__ import annotations

import datetime as dt

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventwire.records import Event, Story


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ArticleFeatures(_Frozen):
    """What linking needs from one article's text, computed once per article version."""

    article_id: str
    content_hash: str
    published: dt.date | None = None
    title: str | None = None
    minhash: tuple[int, ...] = Field(description="MinHash signature of the word 3-shingles")
    terms: dict[str, float] = Field(description="content word / name -> weight (top terms only)")
    keys: tuple[str, ...] = Field(description="blocking keys: the article's most frequent names")
    version: int = Field(0, description="the feature code's FEATURES_VERSION (0: stored before versions)")
    stored_at: dt.datetime | None = Field(None, description="when this version was stored: the first stored "
                                                            "report of an event names it")


class ArticleCopy(_Frozen):
    """An article that is a syndicated copy or light rewrite of an earlier one."""

    article_id: str
    original_id: str
    similarity: float = Field(description="estimated Jaccard similarity of word 3-shingles")


class MergeLink(_Frozen):
    """Why two mentions were merged into one canonical event -- or, `merged` false, why a mention
    of this event (`mention_a`) was kept apart from a close one of another event (`mention_b`)."""

    event_id: str
    mention_a: str
    mention_b: str
    score: float = Field(description="the soft evidence's score (merging takes MERGE_SCORE, no hard reason)")
    reasons: tuple[str, ...] = Field(description="evidence for the merge")
    against: tuple[str, ...] = Field((), description="soft evidence against, or support the pair lacked")
    hard: tuple[str, ...] = Field((), description="hard reasons: the data says these are different events")
    merged: bool = True

    @field_validator("against", "hard", mode="before")
    @classmethod
    def _none_is_empty(cls, value):   # rows stored before migration 0005
        return () if value is None else value

    @field_validator("merged", mode="before")
    @classmethod
    def _none_is_merged(cls, value):
        return True if value is None else value


IdChangeKind = Literal["merged_into", "split_from", "replaced_by", "withdrawn"]


class EventIdChange(_Frozen):
    """How a canonical event id changed at one relink (the store keeps them all, oldest first).

    merged_into: `event_id` no longer exists; its first report now belongs to `other_id`.
    split_from:  `event_id` is new; some of its reports were part of `other_id`.
    replaced_by: `event_id` no longer exists (its first report was changed or removed); most of its
                 reports are now in `other_id`.
    withdrawn:   `event_id` no longer exists and none of its reports gives an event.
    """

    event_id: str
    change: IdChangeKind
    other_id: str | None = None
    changed_at: dt.datetime


class LinkResult(_Frozen):
    """Everything one relink computes; the store replaces its linked state with it at once."""

    events: tuple[Event, ...]
    event_mentions: dict[str, tuple[str, ...]] = Field(description="canonical event id -> mention ids")
    links: tuple[MergeLink, ...]
    stories: tuple[Story, ...]
    copies: tuple[ArticleCopy, ...]


class LinkUpdate(_Frozen):
    """What one incremental relink changes; the store writes it in one transaction."""

    features: tuple[ArticleFeatures, ...] = Field(description="new or changed articles")
    bands: dict[str, tuple[str, ...]] = Field(description="article id -> LSH bands")
    article_links: tuple[tuple[str, str, str, float], ...] = Field(
        description="(a, b, kind, score) links of the changed articles: kind copy or story")
    copy_scope: tuple[str, ...] = Field(description="articles whose copy rows are replaced")
    copies: tuple[ArticleCopy, ...] = Field(description="the copies among `copy_scope`")
    removed_stories: tuple[str, ...]
    stories: tuple[Story, ...] = Field(description="stories whose members changed")
    removed_events: tuple[str, ...]
    events: tuple[Event, ...]
    event_mentions: dict[str, tuple[str, ...]]
    links: tuple[MergeLink, ...]
    id_changes: tuple[EventIdChange, ...] = Field((), description="how this relink changed event ids")
