"""What a folder walk takes for an article by content (tables, code, JSONL without text), unknown
JSONL keys, and the per-article size limit."""

from __future__ import annotations

import json

import pytest

from eventwire.ingest.fields import MAX_ARTICLE_CHARS
from tests.ingest.conftest import ids, one, write

STORY = "Gunmen attacked a checkpoint near Mosul on Monday, killing two guards, police said.\n"
TABLE = ("| town | attacks | deaths |\n|------|---------|--------|\n| Mosul | 4 | 12 |\n"
         "| Kirkuk | 2 | 3 |\n| Tikrit | 1 | 0 |\n")
CODE = ("import os\n\n\ndef main():\n    path = os.getcwd()\n    if not path:\n        return 1\n"
        "    print(path)\n    return 0\n")
C_CODE = "#include <stdio.h>\n\nint main(void) {\n    printf(\"hi\\n\");\n    return 0;\n}\n"


def skipped_line(caplog) -> str:
    [line] = [r.getMessage() for r in caplog.records
              if r.levelname == "WARNING" and "skipped" in r.getMessage()]
    return line


@pytest.mark.parametrize("name,content,kind", [
    ("stats.md", TABLE, ".md Markdown table"), ("notes.txt", TABLE, ".txt Markdown table"),
    ("snippet.txt", CODE, ".txt code"), ("main.md", C_CODE, ".md code"),
    ("fenced.md", "Some words.\n```\nx = 1\ny = 2\nz = x + y\n```\n", ".md code"),
], ids=["md-table", "txt-table", "txt-python", "md-c", "md-fenced"])
def test_a_table_or_code_in_a_text_file_is_skipped_and_counted(tmp_path, read, caplog, name, content,
                                                               kind):
    write(tmp_path / "feed" / name, content)
    write(tmp_path / "feed" / "story.txt", STORY)
    with caplog.at_level("WARNING", logger="eventwire.ingest.inputs"):
        result = read(tmp_path / "feed")
    assert ids(result.articles) == ["story"] and not result.discards
    assert skipped_line(caplog).endswith(f"1 file skipped: not articles ({kind} ×1)")


def test_an_article_with_a_small_table_and_a_quote_is_kept(tmp_path, read):
    text = STORY * 4 + "| town | deaths |\n|---|---|\n| Mosul | 2 |\n" + "Officials said: {sic} it was bad;\n"
    write(tmp_path / "feed" / "story.md", text)
    assert ids(read(tmp_path / "feed").articles) == ["story"]


def test_a_table_named_directly_is_still_read(tmp_path, read):
    assert one(read(write(tmp_path / "stats.md", TABLE))).id == "stats"


def test_jsonl_without_any_text_field_is_one_discard_for_the_file(tmp_path, read):
    lines = [json.dumps({"name": f"pkg{n}", "version": "1.0"}) for n in range(5)]
    path = write(tmp_path / "deps.jsonl", "\n".join(lines) + "\n")
    result = read(path)
    assert not result.articles
    [discard] = result.discards
    assert discard.item == str(path)
    assert "deps.jsonl" in discard.reason and "5 records" in discard.reason and "name" in discard.reason


def test_jsonl_with_some_text_keeps_one_discard_per_record_without(tmp_path, read):
    lines = [json.dumps({"id": "a", "text": STORY}), json.dumps({"id": "b", "title": "no text"})]
    result = read(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n"))
    assert ids(result.articles) == ["a"]
    assert result.discard_for("feed.jsonl:2")


def test_unknown_jsonl_keys_are_named_once_per_file(tmp_path, read, caplog):
    lines = [json.dumps({"id": f"a{n}", "text": STORY, "sentiment": n, "Region": "north"}) for n in range(3)]
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        result = read(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n"))
    assert len(result.articles) == 3
    assert result.articles[0].extra["sentiment"] == 0
    [line] = [r.getMessage() for r in caplog.records if "not article fields" in r.getMessage()]
    assert line.startswith("feed.jsonl:") and "sentiment" in line and "Region" in line


def test_known_jsonl_keys_and_aliases_give_no_warning(tmp_path, read, caplog):
    record = {"id": "a", "headline": "h", "body": STORY, "date": "2024-03-05", "link": "https://x.org/a"}
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        one(read(write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")))
    assert not [r for r in caplog.records if "not article fields" in r.getMessage()]


@pytest.mark.parametrize("suffix,content", [
    (".txt", "x " * (MAX_ARTICLE_CHARS // 2 + 10)),
    (".jsonl", json.dumps({"id": "big", "text": "y " * (MAX_ARTICLE_CHARS // 2 + 10)}) + "\n"),
    (".csv", "id,text\nbig," + "z " * (MAX_ARTICLE_CHARS // 2 + 10) + "\n"),
], ids=["text", "jsonl", "csv"])
def test_an_article_over_the_limit_is_a_discard_naming_file_and_limit(tmp_path, read, suffix, content):
    path = write(tmp_path / f"huge{suffix}", content)
    result = read(path)
    assert not result.articles
    [discard] = result.discards
    assert discard.item.startswith(str(path))
    assert f"huge{suffix}" in discard.reason and f"{MAX_ARTICLE_CHARS:,}" in discard.reason


def test_an_article_just_under_the_limit_is_kept(tmp_path, read):
    text = ("w " * (MAX_ARTICLE_CHARS // 2))[:MAX_ARTICLE_CHARS - 1]
    assert one(read(write(tmp_path / "long.txt", text))).id == "long"
