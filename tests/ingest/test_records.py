"""JSON Lines, .json and CSV/TSV: one article per record, problems named by file and line."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests.ingest.conftest import ids, write


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


FULL = {"id": "x-1", "title": "Clash in Tame", "text": "Fighters clashed near Tame.",
        "published": "2024-01-16", "source": "Llanos Report", "url": "https://l.example/1",
        "section": "Colombia", "tags": ["clash"]}


def test_jsonl_fields_extra_and_origin(tmp_path, read):
    path = write(tmp_path / "feed.jsonl", jsonl(FULL))
    [article] = read(path).articles
    assert (article.id, article.title, article.source, article.url) == (
        "x-1", "Clash in Tame", "Llanos Report", "https://l.example/1")
    assert article.published == dt.date(2024, 1, 16)
    assert article.text == "Fighters clashed near Tame."
    assert article.extra == {"section": "Colombia", "tags": ["clash"]}
    assert article.origin == f"{path}:1"


def test_jsonl_synonyms_missing_id_and_blank_lines(tmp_path, read):
    path = write(tmp_path / "wire.ndjson", "\n" + jsonl(
        {"body": "Body text one.", "date": "April 15, 2024", "author": "R. Writer"},
        {"id": 7, "text": "  Text two.\r\nMore.  "}))
    first, second = read(path).articles
    assert (first.text, first.published, first.byline) == (
        "Body text one.", dt.date(2024, 4, 15), "R. Writer")
    assert re.fullmatch(r"wire-[0-9a-f]{12}", first.id)
    assert (second.id, second.text) == ("7", "Text two.\nMore.")


def test_truncated_line_is_discarded_and_the_rest_read(tmp_path, read):
    path = write(tmp_path / "feed.jsonl", jsonl(
        {"id": "a", "text": "One."}, '{"id": "b", "text": "Two', {"id": "c", "text": "Three."}))
    result = read(path)
    assert ids(result.articles) == ["a", "c"]
    discard = result.discard_for("feed.jsonl:2")
    assert discard.item == f"{path}:2" and discard.stage == "ingest"
    assert "feed.jsonl:2" in discard.reason and "malformed JSON" in discard.reason


@pytest.mark.parametrize("record, problem", [
    pytest.param({"id": "n", "title": "No text"}, "no `text`", id="no-text"),
    pytest.param({"id": "n", "text": "   "}, "no `text`", id="blank-text"),
    pytest.param({"id": "n", "text": ["a", "b"]}, "not a string", id="text-not-string"),
    pytest.param([1, 2], "expected a JSON object", id="not-an-object"),
])
def test_bad_records_name_file_and_line(tmp_path, read, record, problem):
    path = write(tmp_path / "f.jsonl", jsonl({"id": "ok", "text": "Fine."}, record))
    result = read(path)
    assert ids(result.articles) == ["ok"]
    discard = result.discard_for("f.jsonl:2")
    assert problem in discard.reason and "f.jsonl:2" in discard.reason


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05", dt.date(2024, 3, 5)),
    ("2024-03-05T23:10:00+03:00", dt.date(2024, 3, 5)),
    ("2024-03-05T10:00:00Z", dt.date(2024, 3, 5)),
    ("5 March 2024", dt.date(2024, 3, 5)),
    ("Tue, 05 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 5)),
    (None, None),
    ("", None),
])
def test_published_forms(tmp_path, read, value, expected):
    path = write(tmp_path / "d.jsonl", jsonl({"id": "d", "text": "T.", "published": value}))
    [article] = read(path).articles
    assert article.published == expected
    assert "published_unparsed" not in article.extra


@pytest.mark.parametrize("value", ["yesterday", "soon", "2024-13-40", "March 2024"])
def test_bad_published_is_a_note_not_a_discard(tmp_path, read, value):
    path = write(tmp_path / "d.jsonl", jsonl({"id": "d", "text": "T.", "published": value}))
    result = read(path)
    assert not result.discards
    [article] = result.articles
    assert article.published is None
    assert article.extra["published_unparsed"] == value


def test_json_array_and_single_object(tmp_path, read):
    array = write(tmp_path / "many.json", json.dumps([{"id": "m1", "text": "A."}, {"text": "B."}, 3]))
    single = write(tmp_path / "one.json", json.dumps({"text": "C.", "title": "Single"}))
    result = read(array, single)
    first, second, third = ids(result.articles)
    assert (first, third) == ("m1", "one") and re.fullmatch(r"many-[0-9a-f]{12}", second)
    assert result.discard_for("many.json#3")


def test_json_file_holding_json_lines(tmp_path, read):
    path = write(tmp_path / "lines.json", jsonl({"id": "l1", "text": "A."}, {"id": "l2", "text": "B."}))
    assert ids(read(path).articles) == ["l1", "l2"]


CSV = """id,title,text,published,source,url,desk
c1,First,"Protesters gathered in Amman.",2024-02-02,Amman Post,https://a.example/1,Jordan
,Second,"A story that spans
two lines, with a comma.",02/03/2024,Wire,,
c3,No text,,2024-02-04,Wire,,
c4,Too many,text,2024-02-05,Wire,,,surplus
"""


def test_csv_rows(tmp_path, read):
    path = write(tmp_path / "table.csv", CSV)
    result = read(path)
    first, second = result.articles
    assert (first.id, first.title, first.source, first.url) == (
        "c1", "First", "Amman Post", "https://a.example/1")
    assert first.published == dt.date(2024, 2, 2)
    assert first.extra == {"desk": "Jordan"} and first.origin == f"{path}:2"
    assert second.text == "A story that spans\ntwo lines, with a comma."
    assert re.fullmatch(r"table-[0-9a-f]{12}", second.id)
    assert second.origin == f"{path}:3"
    assert "no `text`" in result.discard_for("table.csv:5").reason
    assert "cells" in result.discard_for("table.csv:6").reason


def test_csv_body_and_date_columns_any_case(tmp_path, read):
    path = write(tmp_path / "t.csv", "ID,Body,Date\nz1,Text here.,2024-05-06\n")
    [article] = read(path).articles
    assert (article.id, article.text, article.published) == ("z1", "Text here.", dt.date(2024, 5, 6))


def test_tsv_and_semicolons(tmp_path, read):
    tsv = write(tmp_path / "t.tsv", "id\ttext\nt1\tTabbed, with comma.\n")
    semi = write(tmp_path / "s.csv", "id;text\ns1;Semicolon text.\n")
    assert [a.text for a in read(tsv, semi).articles] == ["Tabbed, with comma.", "Semicolon text."]


def test_csv_without_text_column_is_discarded_whole(tmp_path, read):
    path = write(tmp_path / "wrong.csv", "id,headline\n1,Hello\n")
    result = read(path)
    assert not result.articles
    discard = result.discard_for("wrong.csv")
    assert discard.item == str(path) and "no `text`" in discard.reason


def test_unknown_csv_columns_are_kept_and_named_once_in_a_warning(tmp_path, read, caplog):
    path = write(tmp_path / "feed.csv", "headline,body,publisher,link,desk,mood\n"
                 "Clash,Fighters clashed near Tame.,Llanos Report,https://l.example/1,Colombia,calm\n"
                 "Rally,Students marched in Bogota.,Llanos Report,https://l.example/2,Bogota,loud\n")
    with caplog.at_level("WARNING", logger="eventwire.ingest.csvfile"):
        first, second = read(path).articles
    assert (first.title, first.source, first.url) == ("Clash", "Llanos Report", "https://l.example/1")
    assert second.extra == {"desk": "Bogota", "mood": "loud"}
    [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "feed.csv" in warning and "desk, mood" in warning
