"""Article identity: ids that never collide and never move to another incident between runs."""

from __future__ import annotations

import json

from tests.helpers import csv_text
from tests.ingest.conftest import ids, write

STORY_A = "Gunmen fired on a checkpoint outside Tal Afar on Monday, wounding two guards."
STORY_B = "Protesters blocked the road to the port of Aden on Tuesday over unpaid salaries."
STORY_C = "A roadside bomb struck a patrol near Baiji on Wednesday; no one was hurt."


def test_same_file_name_in_two_folders_gives_two_articles(tmp_path, read):
    write(tmp_path / "feeds" / "reuters" / "article.txt", STORY_A)
    write(tmp_path / "feeds" / "ap" / "article.txt", STORY_B)
    first = read(tmp_path / "feeds")
    assert not first.discards
    assert sorted(ids(first.articles)) == ["ap:article", "reuters:article"]
    assert first.by_id["reuters:article"].text == STORY_A
    again = read(tmp_path / "feeds")
    assert {a.id: a.text for a in again.articles} == {a.id: a.text for a in first.articles}


def test_files_at_the_root_of_a_folder_keep_their_name(tmp_path, read):
    write(tmp_path / "feeds" / "001.txt", STORY_A)
    assert ids(read(tmp_path / "feeds").articles) == ["001"]


def test_two_named_files_with_one_name_are_reported_not_overwritten(tmp_path, read):
    first = write(tmp_path / "reuters" / "article.txt", STORY_A)
    second = write(tmp_path / "ap" / "article.txt", STORY_B)
    result = read(first, second)
    assert [(a.id, a.text) for a in result.articles] == [("article", STORY_A)]
    discard = result.discard_for(str(second))
    assert "article" in discard.reason and str(first) in discard.reason



def test_csv_rows_without_id_keep_their_id_when_the_file_is_resorted(tmp_path, read):
    rows = [{"title": "Checkpoint", "text": STORY_A}, {"title": "Port", "text": STORY_B},
            {"title": "Patrol", "text": STORY_C}]
    before = read(write(tmp_path / "wire.csv", csv_text(rows))).articles
    after = read(write(tmp_path / "wire.csv", csv_text(rows[::-1]))).articles
    assert {a.id: a.text for a in before} == {a.id: a.text for a in after}
    assert len({a.id for a in before}) == 3
    assert all(a.id.startswith("wire-") for a in before)


def test_records_without_id_take_a_stable_id_from_their_url(tmp_path, read):
    record = {"text": STORY_A, "url": "https://news.example/2024/checkpoint"}
    one = read(write(tmp_path / "a.jsonl", json.dumps(record) + "\n")).articles
    other = read(write(tmp_path / "b.jsonl", "\n" + json.dumps(record) + "\n")).articles
    assert ids(one) == ids(other)
    assert "news.example" in one[0].id


def test_one_id_for_two_different_records_is_reported(tmp_path, read):
    path = write(tmp_path / "feed.jsonl", json.dumps({"id": "r1", "text": STORY_A}) + "\n"
                 + json.dumps({"id": "r1", "text": STORY_B}) + "\n")
    result = read(path)
    assert [(a.id, a.text) for a in result.articles] == [("r1", STORY_A)]
    assert "r1" in result.discard_for(f"{path}:2").reason


def test_the_same_record_twice_is_not_a_collision(tmp_path, read):
    line = json.dumps({"id": "r1", "text": STORY_A}) + "\n"
    result = read(write(tmp_path / "feed.jsonl", line + line))
    assert not result.discards and ids(result.articles) == ["r1", "r1"]


# -- across runs: an id stored from one file is never versioned over by another -------------------

def _ingest(*args):
    from typer.testing import CliRunner

    from eventwire.cli import app

    return CliRunner().invoke(app, ["ingest", *args, "--quiet"], catch_exceptions=False)


def test_an_id_stored_from_another_file_is_reported_not_versioned_over(tmp_path, tmp_db):
    from eventwire.store import open_store

    first = write(tmp_path / "reuters" / "article.txt", STORY_A)
    second = write(tmp_path / "ap" / "article.txt", STORY_B)
    assert _ingest(str(first), "--db", tmp_db).exit_code == 0
    result = _ingest(str(second), "--db", tmp_db)
    assert result.exit_code == 1
    assert "discarded" in result.stderr and str(first) in result.stderr and str(second) in result.stderr
    store = open_store(tmp_db)
    assert store.get_article("article").text == STORY_A and store.article_versions("article") == 1


def test_a_file_edited_between_runs_is_updated_however_its_path_is_spelled(tmp_path, tmp_db, monkeypatch):
    from eventwire.store import open_store

    path = write(tmp_path / "reuters" / "article.txt", STORY_A)
    monkeypatch.chdir(tmp_path)
    assert _ingest("reuters/article.txt", "--db", tmp_db).exit_code == 0
    write(path, STORY_A + " A second guard died of his wounds on Tuesday.")
    result = _ingest(str(path.resolve()), "--db", tmp_db)
    assert result.exit_code == 0, result.stderr
    assert open_store(tmp_db).article_versions("article") == 2


def test_a_record_with_its_own_id_may_update_an_article_from_another_file(tmp_path, tmp_db):
    import json

    from eventwire.store import open_store

    assert _ingest(str(write(tmp_path / "day1.jsonl", json.dumps({"id": "r1", "text": STORY_A}) + "\n")),
                   "--db", tmp_db).exit_code == 0
    assert _ingest(str(write(tmp_path / "day2.jsonl", json.dumps({"id": "r1", "text": STORY_C}) + "\n")),
                   "--db", tmp_db).exit_code == 0
    assert open_store(tmp_db).get_article("r1").text == STORY_C
