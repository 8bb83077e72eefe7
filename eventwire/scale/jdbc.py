"""The tables of a Spark run copied to PostgreSQL over JDBC (`eventwire spark ingest --jdbc URL`).

Each Parquet table under `out` (as the run left it) becomes the PostgreSQL table `spark_<name>`
with the same columns (arrays as text[], dates as date); docs/SPARK.md lists them.  They are written
as `spark_<name>_next` first, then renamed over the old ones in one transaction, so readers see the
whole earlier run or the whole new one.  The JDBC driver is not downloaded: its jar must be on
Spark's classpath (`--jdbc-jar`, or `spark-submit --jars`).
"""

from __future__ import annotations

from pyspark.sql import SparkSession

from eventwire.errors import EventwireError
from eventwire.scale.write import TABLES, event_schema

DRIVER = "org.postgresql.Driver"
PREFIX = "spark_"
NEXT = "_next"
JAR_HINT = ("the PostgreSQL JDBC driver must be on Spark's classpath: give its jar with --jdbc-jar (Debian: "
            "apt-get install libpostgresql-jdbc-java puts it at /usr/share/java/postgresql.jar), or "
            "spark-submit --jars")


class JdbcUnavailable(EventwireError):
    """The JDBC driver is not on the classpath, or the database cannot be reached."""


def table_name(name: str) -> str:
    return f"{PREFIX}{name}"


def write_jdbc(spark: SparkSession, out: str, url: str) -> None:
    """Copy every table under `out` to PostgreSQL at `url` (a jdbc:postgresql:// URL)."""
    from py4j.protocol import Py4JJavaError

    driver = _driver(spark)
    for name in TABLES:
        reader = spark.read.schema(event_schema()) if name == "events" else spark.read
        try:
            (reader.parquet(f"{out}/{name}").write.mode("overwrite")
             .option("driver", DRIVER).jdbc(url, table_name(name) + NEXT))
        except Py4JJavaError as exc:
            raise JdbcUnavailable(f"--jdbc: cannot write {table_name(name)}{NEXT}: {exc.java_exception}. The Parquet "
                                  f"tables under {out} are written; rerun with --jdbc to copy them") from exc
    _swap(spark, driver, url)


def check_driver(spark: SparkSession) -> None:
    """Raise JdbcUnavailable when the PostgreSQL JDBC driver is not on the classpath."""
    _driver(spark)


def _driver(spark: SparkSession):
    from py4j.protocol import Py4JJavaError

    jvm = spark.sparkContext._jvm
    loader = jvm.org.apache.spark.util.Utils.getContextOrSparkClassLoader()
    try:
        return jvm.java.lang.Class.forName(DRIVER, True, loader).newInstance()
    except Py4JJavaError as exc:
        if "ClassNotFoundException" not in str(exc.java_exception):
            raise
        raise JdbcUnavailable(f"--jdbc: {JAR_HINT}") from exc


def _swap(spark: SparkSession, driver, url: str) -> None:
    """Rename every `spark_<name>_next` over `spark_<name>`, in one transaction."""
    connection = driver.connect(url, spark.sparkContext._jvm.java.util.Properties())
    if connection is None:
        raise JdbcUnavailable(f"--jdbc {url}: not a jdbc:postgresql:// URL")
    try:
        connection.setAutoCommit(False)
        statement = connection.createStatement()
        for name in TABLES:
            statement.execute(f'DROP TABLE IF EXISTS "{table_name(name)}"')
            statement.execute(f'ALTER TABLE "{table_name(name)}{NEXT}" RENAME TO "{table_name(name)}"')
        connection.commit()
    finally:
        connection.close()
