"""Typed records of the linking step: per-article features, copies, merge explanations, results.

These are what `eventwire.link` computes and `eventwire.store` keeps; they hold no logic.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

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


class ArticleCopy(_Frozen):
    """An article that is a syndicated copy or light rewrite of an earlier one."""

    article_id: str
    original_id: str
    similarity: float = Field(description="estimated Jaccard similarity of word 3-shingles")


class MergeLink(_Frozen):
    """Why two mentions were merged into one canonical event."""

    event_id: str
    mention_a: str
    mention_b: str
    score: float
    reasons: tuple[str, ...]


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
