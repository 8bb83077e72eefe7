"""`spark_ingest`: read on the driver, annotate per partition, link, write Parquet (see `eventwire.scale`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.pipeline import read_inputs
from eventwire.records import Article, Discard, Failure
from eventwire.settings import Settings

SHOWN_DISCARDS = 50   # discards the report lists (all of them are in discards/)


@dataclass(frozen=True)
class ScaleReport:
    """What one `eventwire spark ingest` wrote."""

    out: str
    articles: int
    mentions: int
    events: int
    stories: int
    copies: int
    discarded: int
    failed: int
    not_coded: int = field(metadata={"doc": "articles stored without events (a language the rules cannot read)"})
    discards: tuple[Discard, ...] = ()


def stamped(items: Sequence[Article | Discard], at: dt.datetime) -> tuple[list[Article], list[Discard]]:
    """Articles in the order `ingest` would store them, each stamped as stored then (one microsecond
    apart from `at`), so the first stored report names an event as in a single-process run.  A
    repeated id keeps its first copy when the text is the same (unchanged), else the later one."""
    chosen: dict[str, Article] = {}
    discards = [item for item in items if isinstance(item, Discard)]
    for n, article in enumerate(item for item in items if isinstance(item, Article)):
        old = chosen.get(article.id)
        if old is None or old.content_hash != article.content_hash:
            chosen.pop(article.id, None)
            chosen[article.id] = article.replace(ingested_at=at + dt.timedelta(microseconds=n))
    return list(chosen.values()), discards


def spark_ingest(paths: Sequence[str], out: str, settings: Settings, master: str | None = None,
                 partitions: int | None = None) -> ScaleReport:
    from eventwire.scale.annotate import annotate_partition
    from eventwire.scale.session import ship_gazetteer, spark_session

    now = dt.datetime.now(dt.timezone.utc)
    articles, read_discards = stamped(list(read_inputs(paths, settings)), now)
    spark = spark_session(master)
    gazetteer = ship_gazetteer(spark, settings)
    slices = partitions or max(1, min(len(articles), spark.sparkContext.defaultParallelism * 2))
    source = spark.sparkContext.parallelize([a.model_dump_json() for a in articles], slices)
    results = source.mapPartitions(annotate_partition(settings, gazetteer)).persist()
    return _link_and_write(spark, results, read_discards, out, int(now.timestamp()))


def _link_and_write(spark, results, read_discards: list[Discard], out: str, timestamp: int) -> ScaleReport:
    from pyspark.sql import functions as F

    from eventwire.scale.annotate import article_schema, discard_row
    from eventwire.scale.linking import link_articles
    from eventwire.scale.write import (
        discards_frame, mentions_frame, write_events, write_links, write_table,
    )

    articles = spark.createDataFrame(results.filter(lambda r: r[0] == "article").map(lambda r: r[1]),
                                     article_schema()).localCheckpoint()
    discard_rows = [discard_row(d) for d in read_discards] + [
        r[1] for r in results.filter(lambda r: r[0] == "discard").collect()]
    linked = link_articles(spark, articles)
    events = write_events(spark, linked.linked.persist(), out, timestamp)
    write_links(spark, linked.linked, out)
    write_table(mentions_frame(linked.mentions, events), out, "mentions")
    story_of = linked.stories.select("story_id", F.explode("article_ids").alias("article_id"))
    write_table(articles.drop("features_json", "keys", "bands", "names", "mentions")
                .join(story_of, "article_id", "left")
                .join(linked.copies.select("article_id", "original_id"), "article_id", "left"), out, "articles")
    for name, df in (("article_links", linked.article_links), ("stories", linked.stories),
                     ("copies", linked.copies)):
        write_table(df, out, name)
    write_table(discards_frame(spark, discard_rows), out, "discards")
    return _report(out, articles, linked, events, [_as_discard(r) for r in discard_rows])


def _as_discard(row) -> Discard:
    if row.failed:
        return Failure(item=row.item, stage=row.stage, reason=row.reason, error=row.error or "")
    return Discard(item=row.item, stage=row.stage, reason=row.reason)


def _report(out: str, articles, linked, events, discards: list[Discard]) -> ScaleReport:
    from pyspark.sql import functions as F

    failed = sum(isinstance(d, Failure) for d in discards)
    counts = articles.agg(F.count("*").alias("articles"), F.count("not_coded").alias("not_coded"),
                          F.sum(F.size("mentions")).alias("mentions")).first()
    return ScaleReport(out=out, articles=counts.articles, mentions=counts.mentions or 0,
                       events=events.count(), stories=linked.stories.count(), copies=linked.copies.count(),
                       discarded=len(discards) - failed, failed=failed, not_coded=counts.not_coded,
                       discards=tuple(discards))
