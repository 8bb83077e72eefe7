"""`eventwire spark ingest --jdbc URL` copies every table of the run to a real (throwaway) PostgreSQL
as spark_<table>, the same rows as the Parquet tables."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from eventwire.cli import app
from tests.conftest import SAMPLES
from tests.scale.conftest import JDBC_JAR
from tests.store.postgres import throwaway_server

runner = CliRunner()
INPUTS = [str(SAMPLES / "articles"), str(SAMPLES / "articles.jsonl")]
TABLES = ["events", "links", "mentions", "articles", "article_links", "stories", "copies", "discards"]


@pytest.fixture(scope="module")
def database():
    if not JDBC_JAR.exists():
        pytest.skip(f"no PostgreSQL JDBC driver at {JDBC_JAR} (apt-get install libpostgresql-jdbc-java)")
    yield from throwaway_server()


@pytest.fixture(scope="module")
def run(spark, database, tmp_path_factory):
    out = tmp_path_factory.mktemp("jdbc") / "run"
    address = sa.make_url(database)
    jdbc = f"jdbc:postgresql://{address.host}:{address.port}/{address.database}?user={address.username}"
    result = runner.invoke(app, ["spark", "ingest", *INPUTS, "--out", str(out), "--master", "local[2]",
                                 "--jdbc", jdbc, "--jdbc-jar", str(JDBC_JAR), "--quiet"])
    assert result.exit_code == 0, result.output
    return out, sa.create_engine(database)


def _parquet(out, name):
    return ds.dataset(str(out / name), format="parquet", partitioning="hive").to_table().to_pylist()


@pytest.mark.parametrize("name", TABLES)
def test_every_table_is_in_postgresql_with_the_same_rows(run, name):
    out, engine = run
    with engine.connect() as db:
        got = [dict(r._mapping) for r in db.execute(sa.text(f"SELECT * FROM spark_{name}"))]
    expected = _parquet(out, name)
    assert name == "discards" or expected
    key = lambda r: sorted((k, repr(v)) for k, v in r.items())  # noqa: E731
    as_lists = [{k: list(v) if isinstance(v, tuple) else v for k, v in r.items()} for r in got]
    assert sorted(map(key, as_lists)) == sorted(map(key, expected))


def test_no_staging_tables_are_left(run):
    _, engine = run
    assert not [t for t in sa.inspect(engine).get_table_names() if t.endswith("_next")]


def test_without_the_driver_jar_the_run_stops_before_annotating(spark, tmp_path):
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'eventwire[spark]'")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_JDBC_JAR"}
    run = subprocess.run([sys.executable, "-c", "from eventwire.cli import main; main()", "spark", "ingest",
                          str(SAMPLES / "articles"), "--out", str(tmp_path / "o"), "--master", "local[1]",
                          "--jdbc", "jdbc:postgresql://127.0.0.1:9/none"],
                         capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2], timeout=300)
    assert run.returncode == 2, run.stderr
    assert "--jdbc-jar" in run.stderr and "libpostgresql-jdbc-java" in run.stderr
    assert not (tmp_path / "o").exists()
