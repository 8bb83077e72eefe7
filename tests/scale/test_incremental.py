"""`eventwire spark ingest NEW --out DIR` over a DIR that holds a run adds NEW to it: only NEW is
annotated, and every table equals that of one run from scratch over the old and new articles.

The samples split in two: the text files first, then the JSONL, whose reports are rewrites and
copies of the text files' (so the second run links across the two), with one text file read again
unchanged and one article replaced by an update of its text.  The run from scratch reads the same
articles in the same order (each text file named, so that its origin is the same), the update in place of the text it replaces (one run takes an id once)."""

from __future__ import annotations

import json
import shutil

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()
REPLACED = "ng-damboa-a"
UPDATE = {"id": REPLACED, "title": "Abducted women still missing near Damboa", "published": "2024-05-21",
          "source": "Lake Chad Chronicle",
          "text": "Seventeen women who went out to gather firewood near Damboa in Borno State on Saturday are still "
                  "missing, a vigilante leader said on Monday, two more than first reported. Fighters on motorcycles "
                  "surrounded the women in the bush south of the town and led them away, he said."}
WRITTEN_AT = {"events": {"timestamp"}}   # when the run wrote them
STAMPS = ("ingested_at", "stored_at")   # when an article was stored: only their order is compared
KEYS = {"events": "event_id", "links": ("event_id", "mention_a", "mention_b"), "mentions": "mention_id",
        "articles": "article_id", "article_links": ("a", "b", "kind"), "stories": "story_id",
        "copies": "article_id", "discards": ("item", "stage")}


def _spark_ingest(*args: str) -> str:
    result = runner.invoke(app, ["spark", "ingest", *args, "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    where = tmp_path_factory.mktemp("inputs")
    (where / "old").mkdir()
    for path in sorted((SAMPLES / "articles").glob("*.txt")):
        shutil.copy(path, where / "old" / path.name)
    later = where / "later"
    later.mkdir()
    shutil.copy(SAMPLES / "articles" / "co-tame-clash.txt", later / "co-tame-clash.txt")   # read again, unchanged
    shutil.copy(SAMPLES / "articles" / "lb-tyre-drone.txt", later / "lb-tyre-drone-wire.txt")   # a copy, new id
    (later / "updates.jsonl").write_text(json.dumps(UPDATE) + "\n", encoding="utf-8")
    rest = [str(p) for p in sorted((where / "old").glob("*.txt")) if p.stem != REPLACED]
    return where / "old", [str(SAMPLES / "articles.jsonl"), str(later)], rest


@pytest.fixture(scope="module")
def runs(spark, inputs, tmp_path_factory):
    old, new, rest = inputs
    where = tmp_path_factory.mktemp("runs")
    _spark_ingest(str(old), "--out", str(where / "added"))
    added_output = _spark_ingest(*new, "--out", str(where / "added"))
    _spark_ingest(*rest, *new, "--out", str(where / "scratch"))
    return where / "added", where / "scratch", added_output


def _rows(out, name):
    table = ds.dataset(str(out / name), format="parquet", partitioning="hive").to_table()
    rows = [{k: v for k, v in r.items() if k not in WRITTEN_AT.get(name, set())} for r in table.to_pylist()]
    if name == "articles":
        rows = _stored_in_order(rows)
    key = KEYS[name]
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in ((key,) if isinstance(key, str) else key)))


def _stored_in_order(rows: list[dict]) -> list[dict]:
    """Each article's stored time as its rank, and taken out of its JSON columns."""
    rank = {r["article_id"]: n for n, r in enumerate(sorted(rows, key=lambda r: r["stored_at"]))}
    for row in rows:
        row["stored_at"] = rank[row["article_id"]]
        for column in ("article_json", "features_json"):
            row[column] = {k: v for k, v in json.loads(row[column]).items() if k not in STAMPS}
    return rows


@pytest.mark.parametrize("table", list(KEYS))
def test_adding_gives_the_tables_of_a_run_from_scratch(runs, table):
    added, scratch, _ = runs
    expected = _rows(scratch, table)
    assert table == "discards" or expected
    assert _rows(added, table) == expected


def test_only_the_new_articles_are_annotated(runs, inputs):
    *_, output = runs
    new_articles = 13 + 2   # the JSONL, the copy and the update; the unchanged text file is skipped
    assert f"{new_articles} articles annotated" in output.replace("\n", " ")


def test_the_second_run_links_new_articles_to_stored_ones(runs, inputs):
    """What makes the equality above telling: events, copies and stories that span the two runs."""
    added, _, _ = runs
    old = {p.stem for p in inputs[0].glob("*.txt")}
    article_of = {m["mention_id"]: m["article_id"] for m in _rows(added, "mentions")}
    spanning = [e for e in _rows(added, "events")
                if {article_of[m] in old for m in e["mention_ids"]} == {True, False}]
    assert spanning
    assert any((c["article_id"] in old) != (c["original_id"] in old) for c in _rows(added, "copies"))
    assert any(len({a in old for a in s["article_ids"]}) == 2 for s in _rows(added, "stories"))


def test_the_replaced_article_has_its_new_text(runs):
    added, _, _ = runs
    (row,) = [a for a in _rows(added, "articles") if a["article_id"] == REPLACED]
    assert row["article_json"]["text"] == UPDATE["text"]


def test_reading_the_same_articles_again_changes_nothing(runs, inputs, tmp_path):
    added, _, _ = runs
    again = tmp_path / "again"
    shutil.copytree(added, again)
    output = _spark_ingest(*inputs[1], "--out", str(again))
    assert "0 articles annotated" in output.replace("\n", " ")
    for table in KEYS:
        assert _rows(again, table) == _rows(added, table), table
