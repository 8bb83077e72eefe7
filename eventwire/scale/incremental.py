"""New articles added to a stored Spark run, linked against it without recomputing the archive.

Only the new articles are annotated.  The stored tables give the rest: each article's features and
blocking keys (`articles/`), each mention's record (`mentions/`), the copy and story links found
before (`article_links/`), and the connected group each article and mention was linked in
(`link_group`).  Then, level by level:

1. article links: only candidate pairs with a new article are blocked and scored; the stored links
   stand (a pair's score depends on the two articles alone);
2. copies and stories: only the stored groups a new link reaches (or a replaced article was in) are
   rebuilt, with the new articles; the other copies and stories stand;
3. events: the mentions to re-link are those of new articles and of stored articles whose story or
   original changed in step 2.  Their candidate pairs (blocked against every stored mention) reach
   stored groups; those groups are linked again with them, the rest of the stored events and merge
   links stand.

A group that no new article reaches has the same members, pairs and articles' facts as before, so its
events are the ones a run from scratch over old and new articles would make: the result equals that
run (`tests/scale/test_incremental.py`).  An article read again with the same text is skipped; with
another text it replaces the stored one, as `ingest` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from eventwire.errors import EventwireError
from eventwire.records import Article, Discard
from eventwire.scale.annotate import ArticleRow, discard_row
from eventwire.scale.linking import (
    MENTION_SCHEMA, article_info, article_level, article_links, linked_events, mention_pairs, mention_rows,
)
from eventwire.scale.run import stamped
from eventwire.scale.write import (
    DISCARD_SCHEMA, TABLES, articles_frame, discards_frame, event_schema, events_frame, links_frame,
    mentions_frame,
)

ARTICLE_COLUMNS = [name for name in ArticleRow._fields if name != "mentions"]
MENTION_COLUMNS = MENTION_SCHEMA.fieldNames()


class StoredRunUnreadable(EventwireError):
    """The run under --out lacks what adding articles to it needs."""


@dataclass(frozen=True)
class Articles:
    """The article level after adding: every article, its links, groups, copies and stories."""

    rows: DataFrame        # ARTICLE_COLUMNS of every article, stored and new
    links: DataFrame       # a, b, kind, score
    groups: DataFrame      # node, component
    copies: DataFrame
    stories: DataFrame
    changed: DataFrame     # article_id: new articles and stored ones whose story or original changed


def read_run(spark: SparkSession, out: str) -> dict[str, DataFrame]:
    tables = {name: spark.read.parquet(f"{out}/{name}") for name in TABLES if name != "events"}
    tables["events"] = spark.read.schema(event_schema()).parquet(f"{out}/events")
    for name, column in (("articles", "features_json"), ("articles", "link_group"), ("mentions", "link_group")):
        if column not in tables[name].columns:
            raise StoredRunUnreadable(f"{out}/{name} has no column {column}: it was written by an older eventwire. "
                                      "Run `eventwire spark ingest` over all the articles with --replace")
    return tables


def added_tables(spark: SparkSession, out: str, items: Sequence[Article | Discard], now: dt.datetime,
                 annotated: Callable) -> tuple[dict[str, DataFrame], list]:
    """Every table of the run under `out` with the articles in `items` added."""
    stored = read_run(spark, out)
    articles, read_discards = stamped(items, now)
    fresh, replaced = _new_and_replaced(spark, stored["articles"], articles)
    rows, failed = annotated(fresh)
    gone = spark.createDataFrame([(aid,) for aid in replaced], "article_id string")
    level = article_level_added(spark, stored, rows, gone)
    events, links, mentions, groups = events_added(spark, stored, rows, gone, level, int(now.timestamp()))
    discard_rows = [discard_row(d) for d in read_discards] + failed
    tables = {"events": events, "links": links, "mentions": mentions_frame(mentions, events, groups),
              "articles": articles_frame(level.rows, level.groups, level.stories, level.copies),
              "article_links": level.links, "stories": level.stories, "copies": level.copies,
              "discards": stored["discards"].select(*DISCARD_SCHEMA.fieldNames()).unionByName(
                  discards_frame(spark, discard_rows))}
    return tables, discard_rows


def _new_and_replaced(spark: SparkSession, stored: DataFrame, articles: list[Article]) -> tuple[list[Article], list[str]]:
    """The articles to annotate (not stored, or stored with another text), and the stored ids they replace."""
    if not articles:
        return [], []
    read = spark.createDataFrame([(a.id, a.content_hash) for a in articles], "article_id string, new_hash string")
    known = {r.article_id: r.content_hash for r in
             read.join(stored.select("article_id", "content_hash"), "article_id").collect()}
    fresh = [a for a in articles if known.get(a.id) != a.content_hash]
    return fresh, sorted(a.id for a in fresh if a.id in known)


def article_level_added(spark: SparkSession, stored: dict[str, DataFrame], rows: DataFrame, gone: DataFrame) -> Articles:
    """Steps 1 and 2: links of the new articles, and the groups they reach rebuilt."""
    kept = stored["articles"].join(gone, "article_id", "left_anti")
    everyone = kept.select(*ARTICLE_COLUMNS).unionByName(rows.select(*ARTICLE_COLUMNS)).localCheckpoint()
    new_ids = rows.select("article_id")
    new_links = article_links(spark, everyone, touching=new_ids)
    old_links = _without(stored["article_links"], gone)
    links = old_links.unionByName(new_links).localCheckpoint()
    seeds = _ends(new_links, "article_id").union(gone)
    reached = _reached(kept, stored["articles"], seeds, "article_id").union(new_ids).distinct().localCheckpoint()
    copies, stories, groups = article_level(spark, everyone.join(reached, "article_id", "left_semi"),
                                            links.join(reached.withColumnRenamed("article_id", "a"), "a", "left_semi"))
    copies = stored["copies"].join(reached, "article_id", "left_anti").unionByName(copies).localCheckpoint()
    stories = _kept_stories(stored["stories"], reached).unionByName(stories).localCheckpoint()
    groups = (kept.join(reached, "article_id", "left_anti")
              .select(F.col("article_id").alias("node"), F.col("link_group").alias("component"))
              .unionByName(groups)).localCheckpoint()
    return Articles(rows=everyone, links=links, groups=groups, copies=copies, stories=stories,
                    changed=_changed(kept, copies, stories, reached).union(new_ids).distinct().localCheckpoint())


def events_added(spark: SparkSession, stored: dict[str, DataFrame], rows: DataFrame, gone: DataFrame,
                 level: Articles, timestamp: int) -> tuple[DataFrame, DataFrame, DataFrame, DataFrame]:
    """Step 3: the events, merge links, mentions and mention groups with the new articles'."""
    gone_mentions = stored["mentions"].join(gone, "article_id", "left_semi").select("mention_id")
    kept = stored["mentions"].join(gone, "article_id", "left_anti")
    mentions = kept.select(*MENTION_COLUMNS).unionByName(mention_rows(spark, rows)).localCheckpoint()
    info = article_info(level.rows, level.copies, level.stories)
    dirty = mentions.join(level.changed, "article_id", "left_semi").select("mention_id").localCheckpoint()
    seeds = _ends(mention_pairs(mentions, info, touching=dirty), "mention_id").union(dirty).union(gone_mentions)
    reached = _reached(kept, stored["mentions"], seeds, "mention_id").union(dirty).distinct().localCheckpoint()
    new_groups, linked = linked_events(spark, mentions.join(reached, "mention_id", "left_semi"), info, level.links)
    linked = linked.persist()
    redone = (stored["events"].select("event_id", F.explode("mention_ids").alias("mention_id"))
              .join(reached.union(gone_mentions), "mention_id", "left_semi").select("event_id").distinct())
    events = (stored["events"].join(redone, "event_id", "left_anti")
              .unionByName(events_frame(spark, linked, timestamp))).localCheckpoint()
    links = stored["links"].join(redone, "event_id", "left_anti").unionByName(links_frame(spark, linked))
    groups = (kept.join(reached, "mention_id", "left_anti")
              .select(F.col("mention_id").alias("node"), F.col("link_group").alias("component"))
              .unionByName(new_groups))
    return events, links, mentions, groups


def _without(links: DataFrame, gone: DataFrame) -> DataFrame:
    """The links with neither end among the `gone` articles."""
    return (links.join(gone.withColumnRenamed("article_id", "a"), "a", "left_anti")
            .join(gone.withColumnRenamed("article_id", "b"), "b", "left_anti").select("a", "b", "kind", "score"))


def _ends(pairs: DataFrame, name: str) -> DataFrame:
    return pairs.select(F.col("a").alias(name)).union(pairs.select(F.col("b").alias(name)))


def _reached(kept: DataFrame, stored: DataFrame, seeds: DataFrame, key: str) -> DataFrame:
    """The kept rows (`key`) whose stored `link_group` holds one of the seeds."""
    groups = stored.join(seeds, key, "left_semi").select("link_group").distinct()
    return kept.join(groups, "link_group", "left_semi").select(key)


def _kept_stories(stories: DataFrame, reached: DataFrame) -> DataFrame:
    """The stored stories with no reached article."""
    touched = (stories.select("story_id", F.explode("article_ids").alias("article_id"))
               .join(reached, "article_id", "left_semi").select("story_id").distinct())
    return stories.join(touched, "story_id", "left_anti")


def _changed(kept: DataFrame, copies: DataFrame, stories: DataFrame, reached: DataFrame) -> DataFrame:
    """Reached stored articles whose story or original is not what was stored."""
    now = (reached.join(stories.select("story_id", F.explode("article_ids").alias("article_id")), "article_id", "left")
           .join(copies.select("article_id", F.col("original_id").alias("now_original")), "article_id", "left"))
    before = kept.select("article_id", F.col("story_id").alias("was_story"), F.col("original_id").alias("was_original"))
    same = F.col("story_id").eqNullSafe(F.col("was_story")) & F.col("now_original").eqNullSafe(F.col("was_original"))
    return now.join(before, "article_id").where(~same).select("article_id")
