"""The Spark session `eventwire spark` runs on, and how eventwire and the gazetteer reach its workers.

Workers run the Python of `PYSPARK_PYTHON` (default: the driver's own), with the directory that holds
this `eventwire` package first on PYTHONPATH, so they import the code the driver runs.  The read-only
gazetteer file is shipped to every executor with `SparkContext.addFile`; `worker_settings` points
each worker's settings at its copy.  Settings a user gives (spark-submit --conf, spark-defaults.conf)
win over the small local-mode defaults below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import eventwire
from eventwire.settings import Settings

DEFAULT_MASTER = "local[*]"
LOCAL_DEFAULTS = {
    "spark.driver.memory": "2g",
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": "4",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.session.timeZone": "UTC",
    "spark.python.worker.reuse": "true",   # one annotator per Python worker, kept between tasks
}
APP_NAME = "eventwire"


def code_root() -> str:
    """The directory holding the `eventwire` package the driver imported."""
    return str(Path(eventwire.__file__).resolve().parents[1])


def _python_path() -> str:
    parts = [code_root(), *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    return os.pathsep.join(dict.fromkeys(parts))


def spark_session(master: str | None = None, jars: Sequence[str] = ()):
    """A SparkSession on `master` (else the one spark-submit gave, else local[*]) whose Python
    workers import this eventwire, with `jars` on its classpath (an existing session keeps its own)."""
    from pyspark import SparkConf
    from pyspark.errors import PySparkRuntimeError
    from pyspark.sql import SparkSession

    from eventwire.scale import SparkUnavailable

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ["PYTHONPATH"] = _python_path()
    conf = SparkConf()
    if master or not conf.contains("spark.master"):
        conf.setMaster(master or DEFAULT_MASTER)
    for key, value in LOCAL_DEFAULTS.items():
        if not conf.contains(key):
            conf.set(key, value)
    if jars:
        conf.set("spark.jars", ",".join([*filter(None, conf.get("spark.jars", "").split(",")), *jars]))
    conf.setIfMissing("spark.app.name", APP_NAME)
    conf.setIfMissing("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"])
    try:
        spark = SparkSession.builder.config(conf=conf).getOrCreate()
    except PySparkRuntimeError as exc:   # no Java, or a JVM that will not start
        raise SparkUnavailable(f"cannot start Spark on {conf.get('spark.master')}: {str(exc).rstrip('.')}. Spark needs a Java 17 or "
                               "21 runtime: check `java -version` and JAVA_HOME") from exc
    spark.sparkContext.setLogLevel("WARN")
    return spark


def ship_gazetteer(spark, settings: Settings) -> str:
    """Build the gazetteer on the driver if needed, ship it to the executors; its file name."""
    from eventwire.geo.gazetteer import gazetteer_path, open_gazetteer

    open_gazetteer(settings.cache_dir)   # builds it the first time
    path = gazetteer_path(settings.cache_dir)
    spark.sparkContext.addFile(str(path))
    return path.name


def worker_settings(settings: Settings, gazetteer: str) -> Settings:
    """These settings on a worker: the cache directory is where Spark put the shipped gazetteer."""
    from pyspark import SparkFiles

    shipped = Path(SparkFiles.get(gazetteer))
    return settings.model_copy(update={"cache_dir": shipped.parent})
