"""The same pipeline on Apache Spark: the only package that imports pyspark.

`spark_ingest(paths, out, settings, master)` reads articles with `eventwire.ingest`'s readers on the
driver, annotates them per partition with one `eventwire.pipeline.Annotator` per Python worker
(`annotate`), links the events with `eventwire.link`'s scoring over blocking keys joined as rows
(`linking`, `components`), and writes Parquet under `out` (`write`).  See docs/SPARK.md.

Importing this package does not import pyspark; `require_pyspark` does, and says how to install it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.scale.run import ScaleReport

INSTALL_HINT = "pip install 'eventwire[spark]' (and a Java 17 or 21 runtime: `java -version` must work)"


class SparkUnavailable(EventwireError):
    """pyspark (or the Java runtime it needs) is missing."""


def require_pyspark() -> None:
    """Import pyspark, or raise SparkUnavailable naming the install command."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailable(f"`eventwire spark` needs pyspark, which is not installed: {INSTALL_HINT}") from exc


def spark_ingest(paths, out, settings, master: str = "local[*]", partitions: int | None = None,
                 replace: bool = False, jdbc: str | None = None, jars=()) -> ScaleReport:
    """Read, annotate and link the articles under `paths` on Spark; write Parquet under `out` (added
    to the run already there unless `replace`), and with `jdbc` to PostgreSQL."""
    require_pyspark()
    from eventwire.scale.run import spark_ingest as run

    return run(paths, out, settings, master, partitions, replace, jdbc, jars)
