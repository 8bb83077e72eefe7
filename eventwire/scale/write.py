"""The Parquet tables of a Spark run, under one output directory.

events/         the export columns of `eventwire export --format parquet` (`export.formats`), plus
                event_id (the stored id), mention_ids, record_json (the Event as JSON) and the partition columns country, month
mentions/       one row per article's event mention (record_json: the mention as JSON)
links/          why mentions were merged, or kept apart (`link.model.MergeLink`)
articles/       the articles read, with story_id and original_id (a copy's original)
article_links/  copy and story links between articles; stories/, copies/ as `eventwire.link` makes them
discards/       what was not stored, with the stage and the reason

A run writes every table under `out/_next/` first, then moves each into place (`swap_in`): an
interrupted run leaves the tables it would replace as they were (readers skip `_`-folders).
"""

from __future__ import annotations

from collections.abc import Iterable

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from eventwire.acled import flat_columns
from eventwire.export.formats import parquet_row, parquet_schema
from eventwire.link.model import MergeLink
from eventwire.records import Event

UNDATED = "undated"   # the month partition of events without a date

DISCARD_SCHEMA = T.StructType([T.StructField("item", T.StringType(), False),
                               T.StructField("stage", T.StringType(), False),
                               T.StructField("reason", T.StringType(), False),
                               T.StructField("failed", T.BooleanType(), False),
                               T.StructField("error", T.StringType())])
LINK_SCHEMA = T.StructType([T.StructField("event_id", T.StringType(), False),
                            T.StructField("mention_a", T.StringType(), False),
                            T.StructField("mention_b", T.StringType(), False),
                            T.StructField("score", T.DoubleType(), False),
                            T.StructField("reasons", T.ArrayType(T.StringType()), False),
                            T.StructField("against", T.ArrayType(T.StringType()), False),
                            T.StructField("hard", T.ArrayType(T.StringType()), False),
                            T.StructField("merged", T.BooleanType(), False)])


def spark_type(arrow_type) -> T.DataType:
    """The Spark type of one column of the export's pyarrow schema."""
    import pyarrow as pa

    if pa.types.is_list(arrow_type):
        return T.ArrayType(spark_type(arrow_type.value_type))
    simple = {pa.string(): T.StringType(), pa.int32(): T.IntegerType(), pa.int64(): T.LongType(),
              pa.float64(): T.DoubleType(), pa.date32(): T.DateType(), pa.bool_(): T.BooleanType()}
    return simple[arrow_type]


def event_schema() -> T.StructType:
    fields = [T.StructField(f.name, spark_type(f.type)) for f in parquet_schema()]
    return T.StructType([*fields, T.StructField("event_id", T.StringType()),
                         T.StructField("mention_ids", T.ArrayType(T.StringType())),
                         T.StructField("record_json", T.StringType()), T.StructField("month", T.StringType())])


def event_row(record: str, mention_ids: list[str], timestamp: int) -> tuple:
    """One canonical event as the export's Parquet row, with its mentions and partition month."""
    event = Event.model_validate_json(record)
    row = parquet_row(event, flat_columns(event, timestamp))
    month = event.event_date.strftime("%Y-%m") if event.event_date else UNDATED
    return (*[row[f.name] for f in parquet_schema()], event.id, sorted(mention_ids), record, month)


def link_row(record: str) -> tuple:
    link = MergeLink.model_validate_json(record)
    return (link.event_id, link.mention_a, link.mention_b, float(link.score), list(link.reasons),
            list(link.against), list(link.hard), link.merged)


TABLES = ("events", "links", "mentions", "articles", "article_links", "stories", "copies", "discards")
STAGING = "_next"
PARTITIONED = {"events": ("country", "month")}


def events_frame(spark: SparkSession, linked, timestamp: int) -> DataFrame:
    rows = linked.filter(lambda t: t[0] == "event").map(lambda t: event_row(t[1], t[2], timestamp))
    return spark.createDataFrame(rows, event_schema())


def links_frame(spark: SparkSession, linked) -> DataFrame:
    rows = linked.filter(lambda t: t[0] == "link").map(lambda t: link_row(t[1]))
    return spark.createDataFrame(rows, LINK_SCHEMA)


def write_run(spark: SparkSession, tables: dict[str, DataFrame], out: str) -> None:
    """Write every table under `out/_next/`, then move each into place."""
    assert set(tables) == set(TABLES), sorted(tables)
    for name in TABLES:
        tables[name].write.mode("overwrite").partitionBy(*PARTITIONED.get(name, ())).parquet(f"{out}/{STAGING}/{name}")
    swap_in(spark, out)


def _fs(spark: SparkSession, path: str):
    """The Hadoop FileSystem of `path` (local disk, hdfs://, s3a://, ...) and a Path maker."""
    jvm = spark.sparkContext._jvm
    make = jvm.org.apache.hadoop.fs.Path
    return make(path).getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), make


def swap_in(spark: SparkSession, out: str) -> None:
    fs, make = _fs(spark, out)
    for name in TABLES:
        target = make(f"{out}/{name}")
        if fs.exists(target):
            fs.delete(target, True)
        if not fs.rename(make(f"{out}/{STAGING}/{name}"), target):
            raise OSError(f"could not move {out}/{STAGING}/{name} to {out}/{name}")
    fs.delete(make(f"{out}/{STAGING}"), True)


def holds_run(spark: SparkSession, out: str) -> bool:
    """Whether `out` holds the tables of an earlier run."""
    fs, make = _fs(spark, out)
    return all(fs.exists(make(f"{out}/{name}/_SUCCESS")) for name in TABLES)


def discards_frame(spark: SparkSession, rows: Iterable[tuple]) -> DataFrame:
    return spark.createDataFrame(list(rows), DISCARD_SCHEMA)


def mentions_frame(mentions: DataFrame, events: DataFrame, groups: DataFrame) -> DataFrame:
    """Each mention with the event it is in (a covering report is in several: the first) and its
    linking group (`link_group`: what a later run re-links when a new article reaches it)."""
    event_of = events.select("event_id", F.explode("mention_ids").alias("mention_id"))
    first = event_of.groupBy("mention_id").agg(F.min("event_id").alias("event_id"))
    return (mentions.join(first, "mention_id", "left")
            .join(_group_column(groups, "mention_id"), "mention_id", "left"))


def articles_frame(articles: DataFrame, groups: DataFrame, stories: DataFrame, copies: DataFrame) -> DataFrame:
    """The articles with their linking group, story and (for a copy) original."""
    story_of = stories.select("story_id", F.explode("article_ids").alias("article_id"))
    return (articles.drop("mentions").join(_group_column(groups, "article_id"), "article_id", "left")
            .join(story_of, "article_id", "left")
            .join(copies.select("article_id", "original_id"), "article_id", "left"))


def _group_column(groups: DataFrame, key: str) -> DataFrame:
    return groups.select(F.col("node").alias(key), F.col("component").alias("link_group"))
