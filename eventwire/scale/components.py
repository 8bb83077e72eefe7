"""Connected components in DataFrames, by iterative min-label propagation (no GraphFrames).

Every node starts labelled with itself; each round a node takes the smallest label among its own
and its neighbours'.  When a round changes no label, nodes with one label form one component,
named by its smallest node.  Rounds are as many as the longest shortest path in a component;
each round's labels are checkpointed locally so the plan does not grow with the rounds.
"""

from __future__ import annotations

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

def components(nodes: DataFrame, edges: DataFrame) -> DataFrame:
    """(node, component) for `nodes` (column `node`) linked by `edges` (columns `a`, `b`)."""
    both = edges.select(F.col("a").alias("src"), F.col("b").alias("dst")).union(
        edges.select(F.col("b").alias("src"), F.col("a").alias("dst"))).distinct().localCheckpoint()
    labels = nodes.select("node").distinct().withColumn("label", F.col("node")).localCheckpoint()
    if both.isEmpty():
        return labels.withColumnRenamed("label", "component")
    while True:
        labels, changed = _round(labels, both)
        if not changed:
            return labels.withColumnRenamed("label", "component")


def _round(labels: DataFrame, both: DataFrame) -> tuple[DataFrame, bool]:
    """Each node's smallest label among its own and its neighbours'; whether any label changed."""
    proposed = (both.join(labels, both.src == labels.node).groupBy(F.col("dst").alias("node"))
                .agg(F.min("label").alias("proposal")))
    new = (labels.join(proposed, "node", "left")
           .select("node", F.least("label", F.coalesce("proposal", "label")).alias("label"),
                   F.coalesce(F.col("proposal") < F.col("label"), F.lit(False)).alias("changed"))
           .localCheckpoint())
    return new.drop("changed"), not new.where("changed").isEmpty()
