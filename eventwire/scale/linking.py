"""Linking at scale: `eventwire.link`'s blocking keys as rows, self-joins, the same scoring.

1. article links: each article's LSH bands and name keys are rows; a self-join on them gives the
   candidate pairs (a name key only within `stories.WINDOW_DAYS`, undated with undated), scored by
   `linker.pair_links` (copy: `is_copy_pair`; story: `is_story_pair`);
2. copies: the connected groups of copy links (`components`), each resolved by `duplicates.copies`;
3. stories: the connected groups of all links over every article, each built by `group_stories`;
4. events: mentions are compared by `events.cluster` when they are in one copy group, or in one
   country and `within_reach` -- as rows: a copy-group key, and a country key per date bucket as
   wide as the furthest reach, probed in the bucket and its neighbours.  The connected groups of
   these candidate pairs are independent (every merge decision is a candidate pair), so each is
   linked on its own by the single-process code (`linker.cluster_events`: clusters and canonical events).

The result is `linker.link` over all features and mentions, computed from scratch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from eventwire.link.duplicates import band_keys, copies
from eventwire.link.events import BLOCK_DAYS, MAX_HALF_WIDTH, reach_days
from eventwire.link.linker import cluster_events, pair_links
from eventwire.link.model import ArticleFeatures
from eventwire.link.stories import WINDOW_DAYS, group_stories
from eventwire.records import Event
from eventwire.scale.components import components

BUCKET_DAYS = BLOCK_DAYS + 2 * MAX_HALF_WIDTH   # >= the widest `within_reach`: pairs lie in adjacent buckets

LINK_SCHEMA = T.StructType([T.StructField("a", T.StringType(), False), T.StructField("b", T.StringType(), False),
                            T.StructField("kind", T.StringType(), False),
                            T.StructField("score", T.DoubleType(), False)])
COPY_SCHEMA = T.StructType([T.StructField("article_id", T.StringType(), False),
                            T.StructField("original_id", T.StringType(), False),
                            T.StructField("similarity", T.DoubleType(), False)])
STORY_SCHEMA = T.StructType([T.StructField("story_id", T.StringType(), False),
                             T.StructField("article_ids", T.ArrayType(T.StringType()), False),
                             T.StructField("title", T.StringType()), T.StructField("first_date", T.DateType()),
                             T.StructField("last_date", T.DateType())])
MENTION_SCHEMA = T.StructType([T.StructField("mention_id", T.StringType(), False),
                               T.StructField("article_id", T.StringType(), False),
                               T.StructField("country", T.StringType()), T.StructField("day", T.IntegerType()),
                               T.StructField("half_width", T.IntegerType(), False),
                               T.StructField("record_json", T.StringType(), False)])


@dataclass(frozen=True)
class Linked:
    article_links: DataFrame    # a, b, kind, score
    copies: DataFrame           # article_id, original_id, similarity
    stories: DataFrame          # story_id, article_ids, title, first_date, last_date
    mentions: DataFrame         # mention_id, article_id, ..., record_json
    linked: object              # RDD of ("event", Event JSON, mention ids) and ("link", MergeLink JSON)
    article_groups: DataFrame   # node (article_id), component: the connected group of its links
    mention_groups: DataFrame   # node (mention_id), component: the connected group of its candidate pairs


def link_articles(spark: SparkSession, articles: DataFrame) -> Linked:
    """Copies, stories and canonical events of `articles` (the rows of `annotate.ArticleRow`)."""
    links = article_links(spark, articles).localCheckpoint()
    copy_df, story_df, groups = article_level(spark, articles, links)
    info = article_info(articles, copy_df, story_df)
    mentions = mention_rows(spark, articles)
    mention_groups, linked = linked_events(spark, mentions, info, links)
    return Linked(article_links=links, copies=copy_df, stories=story_df, mentions=mentions, linked=linked,
                  article_groups=groups, mention_groups=mention_groups)


def article_level(spark: SparkSession, articles: DataFrame, links: DataFrame) -> tuple[DataFrame, DataFrame, DataFrame]:
    """The copies, stories and connected groups of `articles` linked by `links`."""
    copy_df = copy_groups(spark, articles, links).localCheckpoint()
    groups = article_groups(articles, links)
    return copy_df, stories(spark, articles, links, groups).localCheckpoint(), groups


# -- article links -----------------------------------------------------------------------------

def article_links(spark: SparkSession, articles: DataFrame, touching: DataFrame | None = None) -> DataFrame:
    """The copy and story links among `articles`; only those of pairs with an article in `touching`
    (a column `article_id`) when it is given."""
    postings = articles.select("article_id", "published", _prefixed("b:", "bands"),
                               F.lit(True).alias("band")).union(
        articles.select("article_id", "published", _prefixed("n:", "keys"),
                        F.lit(False).alias("band")))
    pairs = _candidate_pairs(postings, None if touching is None else postings.join(touching, "article_id", "left_semi"))
    feats = articles.select("article_id", "features_json")
    scored = (pairs.join(feats.withColumnRenamed("article_id", "a").withColumnRenamed("features_json", "fa"), "a")
              .join(feats.withColumnRenamed("article_id", "b").withColumnRenamed("features_json", "fb"), "b")
              .select("fa", "fb").rdd.flatMap(lambda row: score_pair(row.fa, row.fb)))
    return spark.createDataFrame(scored, LINK_SCHEMA)


def _candidate_pairs(postings: DataFrame, touching: DataFrame | None) -> DataFrame:
    """(a, b), a < b: articles sharing a band, or a name key within the story window."""
    x = (postings if touching is None else touching).alias("x")
    y = postings.alias("y")
    in_window = ((F.col("x.published").isNull() & F.col("y.published").isNull())
                 | (F.abs(F.datediff(F.col("x.published"), F.col("y.published"))) <= WINDOW_DAYS))
    order = (F.col("x.article_id") < F.col("y.article_id")) if touching is None else (
        F.col("x.article_id") != F.col("y.article_id"))
    return (x.join(y, (F.col("x.key") == F.col("y.key")) & order).where(F.col("x.band") | in_window)
            .select(F.least("x.article_id", "y.article_id").alias("a"),
                    F.greatest("x.article_id", "y.article_id").alias("b")).distinct())


def _prefixed(prefix: str, column: str):
    """One row per element of an array column, each with `prefix` (bands and name keys never meet)."""
    return F.explode(F.transform(column, lambda k: F.concat(F.lit(prefix), k))).alias("key")


def score_pair(fa: str, fb: str) -> list[tuple[str, str, str, float]]:
    """The copy and story links of one candidate pair, as `linker.pair_links` scores them."""
    f, g = ArticleFeatures.model_validate_json(fa), ArticleFeatures.model_validate_json(fb)
    return [(a, b, kind, float(score)) for a, b, kind, score in pair_links(f, g, set(band_keys(f)))]


# -- copies and stories ---------------------------------------------------------------------------

def copy_groups(spark: SparkSession, articles: DataFrame, links: DataFrame) -> DataFrame:
    copy_links = links.where(F.col("kind") == "copy")
    nodes = copy_links.select(F.col("a").alias("node")).union(copy_links.select(F.col("b").alias("node")))
    group = components(nodes, copy_links).withColumnRenamed("node", "a")
    published = articles.select("article_id", "published")
    rows = (copy_links.join(group, "a")
            .join(published.withColumnRenamed("article_id", "a").withColumnRenamed("published", "pa"), "a")
            .join(published.withColumnRenamed("article_id", "b").withColumnRenamed("published", "pb"), "b"))
    out = (rows.rdd.map(lambda r: (r.component, (r.a, r.b, r.score, r.pa, r.pb))).groupByKey()
           .flatMap(lambda kv: resolve_copies(kv[1])))
    return spark.createDataFrame(out, COPY_SCHEMA)


def resolve_copies(links: Iterable[tuple]) -> list[tuple[str, str, float]]:
    """The copies of one copy group (`duplicates.copies`)."""
    links = list(links)
    published = {**{a: pa for a, _, _, pa, _ in links}, **{b: pb for _, b, _, _, pb in links}}
    found = copies(published, [(a, b, score) for a, b, score, _, _ in links])
    return [(c.article_id, c.original_id, float(c.similarity)) for c in found]


def article_groups(articles: DataFrame, links: DataFrame) -> DataFrame:
    """(node, component): each article's connected group of links (itself when it has none)."""
    return components(articles.select(F.col("article_id").alias("node")), links.select("a", "b")).localCheckpoint()


def stories(spark: SparkSession, articles: DataFrame, links: DataFrame, group: DataFrame) -> DataFrame:
    members = (articles.select("article_id", "published", "title")
               .join(group.withColumnRenamed("node", "article_id"), "article_id")
               .rdd.map(lambda r: (r.component, (r.article_id, r.published, r.title))))
    story_links = (links.join(group.withColumnRenamed("node", "a"), "a")
                   .rdd.map(lambda r: (r.component, (r.a, r.b, r.score))))
    out = members.cogroup(story_links).flatMap(lambda kv: build_stories(*kv[1]))
    return spark.createDataFrame(out, STORY_SCHEMA)


def build_stories(members: Iterable[tuple], links: Iterable[tuple]) -> list[tuple]:
    members = list(members)
    found = group_stories({aid: day for aid, day, _ in members}, {aid: title for aid, _, title in members},
                          list(links))
    return [(s.story_id, list(s.article_ids), s.title, s.first_date, s.last_date) for s in found]


def article_info(articles: DataFrame, copy_df: DataFrame, story_df: DataFrame) -> DataFrame:
    """article_id, original_id, story_id, published, stored_at, names: what merging events reads."""
    story_of = story_df.select("story_id", F.explode("article_ids").alias("article_id"))
    return (articles.select("article_id", "published", "stored_at", "names")
            .join(copy_df.select("article_id", "original_id"), "article_id", "left")
            .withColumn("original_id", F.coalesce("original_id", "article_id"))
            .join(story_of, "article_id", "left"))


# -- events --------------------------------------------------------------------------------------

def mention_rows(spark: SparkSession, articles: DataFrame) -> DataFrame:
    records = articles.select("article_id", F.explode("mentions").alias("record_json"))
    return spark.createDataFrame(records.rdd.map(lambda r: mention_row(r.article_id, r.record_json)),
                                 MENTION_SCHEMA)


def mention_row(article_id: str, record_json: str) -> tuple:
    m = Event.model_validate_json(record_json)
    day = m.event_date.toordinal() if m.event_date and m.country else None
    return (m.id, article_id, m.country, day, reach_days(m) - BLOCK_DAYS - MAX_HALF_WIDTH, record_json)


def mention_pairs(mentions: DataFrame, info: DataFrame, touching: DataFrame | None = None) -> DataFrame:
    """(a, b), a < b: the mention pairs `events.candidate_pairs` would compare; only those with a
    mention in `touching` (a column `mention_id`) when it is given."""
    with_original = mentions.join(info.select("article_id", "original_id"), "article_id")
    by_copy = with_original.select("mention_id", "day", "half_width",
                                   F.concat(F.lit("o:"), "original_id").alias("key"), F.lit(False).alias("dated"))
    dated = with_original.where(F.col("day").isNotNull())
    bucket = F.floor(F.col("day") / BUCKET_DAYS)
    home = by_copy.union(dated.select("mention_id", "day", "half_width",
                                      F.concat_ws(":", F.lit("d"), "country", bucket).alias("key"), F.lit(True)))
    probes = by_copy.union(dated.select("mention_id", "day", "half_width",
                                        F.explode(F.array(*[F.concat_ws(":", F.lit("d"), "country", bucket + d)
                                                            for d in (-1, 0, 1)])).alias("key"), F.lit(True)))
    if touching is None:
        return _reaching(home, probes)
    return _reaching(home.join(touching, "mention_id", "left_semi"), probes, ordered=False).union(
        _reaching(home, probes.join(touching, "mention_id", "left_semi"), ordered=False)).distinct()


def _reaching(home: DataFrame, probes: DataFrame, ordered: bool = True) -> DataFrame:
    """(a, b), a < b: a home key met by a probe key, the two mentions within reach."""
    x, y = home.alias("x"), probes.alias("y")
    gap = F.abs(F.col("x.day") - F.col("y.day"))
    reach = (gap <= BLOCK_DAYS) | (gap <= F.col("x.half_width") + F.col("y.half_width"))
    order = (F.col("x.mention_id") < F.col("y.mention_id")) if ordered else (F.col("x.mention_id") != F.col("y.mention_id"))
    return (x.join(y, (F.col("x.key") == F.col("y.key")) & order).where(~F.col("x.dated") | reach)
            .select(F.least("x.mention_id", "y.mention_id").alias("a"),
                    F.greatest("x.mention_id", "y.mention_id").alias("b")).distinct())


def linked_events(spark: SparkSession, mentions: DataFrame, info: DataFrame, links: DataFrame):
    """The groups of `mentions` (node, component) and an RDD of ("event", Event JSON, mention ids)
    and ("link", MergeLink JSON), per group."""
    group = components(mentions.select(F.col("mention_id").alias("node")), mention_pairs(mentions, info)).localCheckpoint()
    grouped = mentions.join(group.withColumnRenamed("node", "mention_id"), "mention_id").localCheckpoint()
    members = grouped.rdd.map(lambda r: (r.component, r.record_json))
    group_articles = grouped.select("component", "article_id").distinct()
    facts = group_articles.join(info, "article_id")
    facts_rdd = facts.rdd.map(lambda r: (r.component, (r.article_id, r.original_id, r.story_id, r.published,
                                                       r.stored_at, tuple(r.names))))
    alike = (links.where(F.col("kind") == "story")
             .join(group_articles.withColumnRenamed("article_id", "a"), "a")
             .join(group_articles.withColumnRenamed("article_id", "b"), ["b", "component"])
             .rdd.map(lambda r: (r.component, (r.a, r.b, r.score))))
    return group, members.groupWith(facts_rdd, alike).flatMap(lambda kv: link_group(*kv[1]))


def link_group(records: Iterable[str], facts: Iterable[tuple], alike: Iterable[tuple]) -> Iterator[tuple]:
    """The canonical events and merge links of one independent group of mentions."""
    mentions = [Event.model_validate_json(r) for r in records]
    facts = list(facts)
    original_of = {aid: original for aid, original, *_ in facts}
    story_of = {aid: story for aid, _, story, *_ in facts}
    published = {aid: day for aid, _, _, day, _, _ in facts}
    stored = {aid: dt.datetime.fromisoformat(at) if at else None for aid, _, _, _, at, _ in facts}
    names = {aid: frozenset(n) for aid, *_, n in facts}
    events, members, merge_links = cluster_events(mentions, original_of, story_of, published, stored,
                                           {(a, b): s for a, b, s in alike}, names)
    for event in events:
        yield "event", event.model_dump_json(), list(members[event.id])
    for link in merge_links:
        yield "link", link.model_dump_json(), []
