"""`spark_ingest`: read on the driver, annotate per partition, link, write Parquet (see `eventwire.scale`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
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
    articles: int                   # under `out`, after the run
    mentions: int
    events: int
    stories: int
    copies: int
    discarded: int
    failed: int
    not_coded: int = field(metadata={"doc": "articles stored without events (a language the rules cannot read)"})
    discards: tuple[Discard, ...] = ()
    added: int = 0                  # articles annotated in this run
    seconds: tuple[tuple[str, float], ...] = ()   # wall seconds per phase, in order (see `Phases`)


class Phases:
    """Wall seconds of each phase of a run: read (the inputs, on the driver), start (the Spark
    session), prepare (reading a stored run, when adding to it), annotate, link (the tables, up to
    the events; Spark computes lazily, so what the writes still compute is counted in write),
    write, count (the report's counts read back)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def done(self, phase: str) -> None:
        now = time.perf_counter()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self._last
        self._last = now


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
                 partitions: int | None = None, replace: bool = False, jdbc: str | None = None,
                 jars: Sequence[str] = ()) -> ScaleReport:
    """Read, annotate, link, write: from scratch, or (`out` holding a run, `replace` false) the new
    articles added to it (`scale.incremental`); then, with `jdbc`, copy the tables to PostgreSQL."""
    from eventwire.scale.session import spark_session
    from eventwire.scale.write import holds_run, write_run

    phases = Phases()
    now = dt.datetime.now(dt.timezone.utc)
    items = list(read_inputs(paths, settings))
    phases.done("read")
    spark = spark_session(master, jars)
    if jdbc:
        from eventwire.scale.jdbc import check_driver

        check_driver(spark)   # before the run, not after it
    phases.done("start")
    annotated_count = [0]

    def annotated(articles: list[Article]):
        annotated_count[0] = len(articles)
        phases.done("prepare")   # what comes before annotating: reading the stored run, when adding
        result = _annotated(spark, settings, articles, partitions)
        phases.done("annotate")
        return result

    if not replace and holds_run(spark, out):
        from eventwire.scale.incremental import added_tables

        tables, discards = added_tables(spark, out, items, now, annotated)
    else:
        tables, discards = _fresh_tables(spark, items, now, annotated)
    phases.done("link")
    write_run(spark, tables, out)
    if jdbc:
        from eventwire.scale.jdbc import write_jdbc

        write_jdbc(spark, out, jdbc)
    phases.done("write")
    report = _report(spark, out, discards, annotated_count[0])
    phases.done("count")
    return dataclasses.replace(report, seconds=tuple(phases.seconds.items()))


def _annotated(spark, settings: Settings, articles: list[Article], partitions: int | None):
    """(article rows as a DataFrame of `annotate.ArticleRow`, discard rows) of `articles`, annotated on Spark."""
    from eventwire.scale.annotate import annotate_partition, article_schema
    from eventwire.scale.session import ship_gazetteer

    gazetteer = ship_gazetteer(spark, settings)
    slices = partitions or max(1, min(len(articles), spark.sparkContext.defaultParallelism * 2))
    source = spark.sparkContext.parallelize([a.model_dump_json() for a in articles], slices)
    results = source.mapPartitions(annotate_partition(settings, gazetteer)).persist()
    rows = spark.createDataFrame(results.filter(lambda r: r[0] == "article").map(lambda r: r[1]),
                                 article_schema()).localCheckpoint()
    return rows, [r[1] for r in results.filter(lambda r: r[0] == "discard").collect()]


def _fresh_tables(spark, items: Sequence[Article | Discard], now: dt.datetime, annotated) -> tuple[dict, list]:
    """Every table of a run over these articles alone."""
    from eventwire.scale.annotate import discard_row
    from eventwire.scale.linking import link_articles
    from eventwire.scale.write import articles_frame, discards_frame, events_frame, links_frame, mentions_frame

    articles, read_discards = stamped(items, now)
    rows, failed = annotated(articles)
    discard_rows = [discard_row(d) for d in read_discards] + failed
    linked = link_articles(spark, rows)
    results = linked.linked.persist()
    events = events_frame(spark, results, int(now.timestamp())).localCheckpoint()
    tables = {"events": events, "links": links_frame(spark, results),
              "mentions": mentions_frame(linked.mentions, events, linked.mention_groups),
              "articles": articles_frame(rows, linked.article_groups, linked.stories, linked.copies),
              "article_links": linked.article_links, "stories": linked.stories, "copies": linked.copies,
              "discards": discards_frame(spark, discard_rows)}
    return tables, discard_rows


def _as_discard(row) -> Discard:
    if row.failed:
        return Failure(item=row.item, stage=row.stage, reason=row.reason, error=row.error or "")
    return Discard(item=row.item, stage=row.stage, reason=row.reason)


def _report(spark, out: str, discard_rows: list, added: int) -> ScaleReport:
    """What is under `out` now; the discards of this run."""
    from pyspark.sql import functions as F

    def table(name):
        return spark.read.parquet(f"{out}/{name}")

    discards = [_as_discard(r) for r in discard_rows]
    failed = sum(isinstance(d, Failure) for d in discards)
    counts = table("articles").agg(F.count("*").alias("articles"), F.count("not_coded").alias("not_coded")).first()
    return ScaleReport(out=out, articles=counts.articles, mentions=table("mentions").count(),
                       events=table("events").count(), stories=table("stories").count(),
                       copies=table("copies").count(), discarded=len(discards) - failed, failed=failed,
                       not_coded=counts.not_coded, discards=tuple(discards), added=added)
