"""What needs no Spark: the install hint when pyspark is missing, and the order articles are stamped in."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.records import Article, Discard
from eventwire.scale import SparkUnavailable, require_pyspark
from eventwire.scale.run import stamped
from tests.conftest import SAMPLES

AT = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def no_pyspark(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)   # `import pyspark` now raises ImportError


def test_missing_pyspark_names_the_install_command(no_pyspark):
    with pytest.raises(SparkUnavailable, match=r"pip install 'eventwire\[spark\]'"):
        require_pyspark()


def test_the_command_says_how_to_install_pyspark(no_pyspark, tmp_path):
    result = CliRunner().invoke(app, ["spark", "ingest", str(SAMPLES / "articles"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "eventwire[spark]" in result.output
    assert not (tmp_path / "o").exists()


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, text=text, content_hash=Article.hash_text(text))


def test_articles_are_stamped_in_read_order():
    gone = Discard(item="bad.jsonl:3", stage="ingest", reason="not JSON")
    articles, discards = stamped([_article("b", "one"), gone, _article("a", "two")], AT)
    assert [a.id for a in articles] == ["b", "a"]
    assert [a.ingested_at for a in articles] == [AT, AT + dt.timedelta(microseconds=1)]
    assert discards == [gone]


def test_a_repeated_article_keeps_its_first_copy_unless_its_text_changed():
    same, _ = stamped([_article("a", "one"), _article("b", "two"), _article("a", "one")], AT)
    assert [(a.id, a.ingested_at) for a in same] == [("a", AT), ("b", AT + dt.timedelta(microseconds=1))]
    changed, _ = stamped([_article("a", "one"), _article("b", "two"), _article("a", "three")], AT)
    assert [(a.id, a.text) for a in changed] == [("b", "two"), ("a", "three")]


def test_no_java_says_what_spark_needs(tmp_path):
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'eventwire[spark]'")
    env = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java")}   # spark-class runs $JAVA_HOME/bin/java
    run = subprocess.run([sys.executable, "-c", "from eventwire.cli import main; main()", "spark", "ingest",
                          str(SAMPLES / "articles"), "--out", str(tmp_path / "o")],
                         capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2],
                         timeout=120)
    assert run.returncode == 2, run.stderr
    assert "Java 17" in run.stderr and "java -version" in run.stderr


def test_a_geocoding_bug_in_a_partition_is_reported_beside_its_unplaced_events():
    """As in `ingest`: the article keeps its events without a place, and the bug is a failure row."""
    from eventwire import pipeline
    from eventwire.scale.annotate import ArticleRow, DiscardRow, annotate
    from eventwire.settings import Settings
    from tests.test_error_policy import PLACE_BUG, TikritGeocoder

    settings = Settings(strict=False)  # the policy when not strict (tests/conftest.py sets it)
    annotator = pipeline.Annotator(settings, geocoder=TikritGeocoder.load(settings))
    rows = list(annotate(annotator, [_article(name.removesuffix(".txt"), text) for name, text in PLACE_BUG.items()]))
    articles = [r for r in rows if isinstance(r, ArticleRow)]
    failures = [r for r in rows if isinstance(r, DiscardRow)]
    assert sorted(r.article_id for r in articles) == ["amman", "kandahar", "tikrit"]
    assert [(f.item, f.stage, f.error, f.failed) for f in failures] == [("tikrit", "geo", "ZeroDivisionError", True)]
    assert annotator.unplaced == {}
