"""Per-partition annotation: the per-article code of `eventwire ingest`, one annotator per worker.

A partition holds articles as JSON.  `annotate_partition` builds (once per Python worker, which
Spark reuses between tasks) the same `eventwire.pipeline.Annotator` that `ingest` uses, runs it over
the partition in `pipeline.BATCH_SIZE` batches, and yields for each article either an `ArticleRow`
(the article, its features for linking, its event mentions) or a `DiscardRow` with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from eventwire.link.duplicates import band_keys
from eventwire.link.features import features_for, long_names
from eventwire.pipeline import BATCH_SIZE, Annotator, batched
from eventwire.records import Article, Discard, Event, EventMention, Failure
from eventwire.settings import Settings


class ArticleRow(NamedTuple):
    """One annotated article, as the `articles` table of the Spark run holds it."""

    article_id: str
    published: dt.date | None
    title: str | None
    source: str | None
    origin: str | None
    language: str | None
    content_hash: str
    stored_at: str | None           # ISO 8601, UTC: the order `ingest` would have stored it in
    not_coded: str | None          # why the rules could not read it (its language), else None
    article_json: str
    features_json: str
    keys: list[str]                 # blocking keys (names)
    bands: list[str]                # MinHash LSH bands
    names: list[str]                # its long names (`link.features.long_names`), for event merges
    mentions: list[str]             # its event mentions, as `Event` JSON


class DiscardRow(NamedTuple):
    item: str
    stage: str
    reason: str
    failed: bool                    # a bug in a stage, not bad input
    error: str | None


def article_schema():
    """The Spark schema of `ArticleRow` (pyspark is imported here: the rest of the module runs without it)."""
    from pyspark.sql import types as T

    s, strings = T.StringType(), T.ArrayType(T.StringType())
    types = {"published": T.DateType(), "keys": strings, "bands": strings, "names": strings, "mentions": strings}
    required = {"article_id", "content_hash", "article_json", "features_json"}
    return T.StructType([T.StructField(name, types.get(name, s), name not in required) for name in ArticleRow._fields])

_annotators: dict[str, Annotator] = {}   # settings JSON -> the annotator of this Python worker


def annotator_for(settings: Settings) -> Annotator:
    """This worker's annotator for these settings, built on first use."""
    key = settings.model_dump_json()
    if key not in _annotators:
        _annotators[key] = Annotator(settings)
    return _annotators[key]


def annotate_partition(settings: Settings, gazetteer: str | None) -> Callable[[Iterable[str]], Iterator]:
    """The function Spark maps over partitions of article JSON."""

    def run(lines: Iterable[str]) -> Iterator[tuple[str, ArticleRow | DiscardRow]]:
        local = settings
        if gazetteer is not None:
            from eventwire.scale.session import worker_settings

            local = worker_settings(settings, gazetteer)
        for row in annotate(annotator_for(local), (Article.model_validate_json(line) for line in lines)):
            yield ("discard" if isinstance(row, DiscardRow) else "article"), row

    return run


def annotate(annotator: Annotator, articles: Iterable[Article]) -> Iterator[ArticleRow | DiscardRow]:
    """Rows for these articles, annotated in batches as `pipeline.ingest` does."""
    for batch in batched(articles, BATCH_SIZE):
        for article, result in annotator.annotate(batch):
            if isinstance(result, Discard):
                yield discard_row(result)
            else:
                not_coded = annotator.not_coded.pop(article.id, None)
                yield article_row(article, result, f"{not_coded.language}: {not_coded.reason}" if not_coded else None)
                if article.id in annotator.unplaced:  # a bug in geocoding: events kept unplaced, the bug reported
                    yield discard_row(annotator.unplaced.pop(article.id))


def article_row(article: Article, mentions: list[EventMention], not_coded: str | None) -> ArticleRow:
    features = features_for(article)
    return ArticleRow(
        article_id=article.id, published=article.published, title=article.title, source=article.source,
        origin=article.origin, language=article.language, content_hash=article.content_hash,
        stored_at=article.ingested_at.isoformat() if article.ingested_at else None, not_coded=not_coded, article_json=article.model_dump_json(),
        features_json=features.model_dump_json(), keys=list(features.keys), bands=list(band_keys(features)),
        names=sorted(long_names(features)),
        mentions=[as_stored_mention(m).model_dump_json() for m in mentions])


def as_stored_mention(mention: EventMention) -> Event:
    """A mention as the store gives it back to linking (`Store.list_mentions`): its JSON as an Event."""
    return Event.model_validate(mention.model_dump(mode="json"))


def discard_row(item: Discard) -> DiscardRow:
    return DiscardRow(item=item.item, stage=item.stage, reason=item.reason, failed=isinstance(item, Failure),
                      error=item.error if isinstance(item, Failure) else None)
