"""Ambiguous day/month dates (05/02/2024) in CSV and JSONL: decided by --dayfirst/--monthfirst,
else by the file's other rows, else read month first with a warning naming file and column."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest.dates import parse_published
from eventwire.store import open_store
from tests.ingest.conftest import write

STORY = "Gunmen attacked a checkpoint near Mosul, killing two guards, police said."


def csv_file(tmp_path, *dates: str, column: str = "date"):
    rows = "".join(f"a{n},{day},\"{STORY} ({n})\"\n" for n, day in enumerate(dates))
    return write(tmp_path / "feed.csv", f"id,{column},text\n{rows}")


def jsonl_file(tmp_path, *dates: str):
    lines = [json.dumps({"id": f"a{n}", "published": day, "text": f"{STORY} ({n})"})
             for n, day in enumerate(dates)]
    return write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")


def published(result) -> dict[str, dt.date | None]:
    return {a.id: a.published for a in result.articles}


def warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "day" in r.getMessage() and r.levelname == "WARNING"]


@pytest.mark.parametrize("make", [csv_file, jsonl_file], ids=["csv", "jsonl"])
def test_another_row_that_can_only_be_day_first_decides_the_file(tmp_path, read, caplog, make):
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        result = read(make(tmp_path, "05/02/2024", "13/02/2024"))
    assert published(result) == {"a0": dt.date(2024, 2, 5), "a1": dt.date(2024, 2, 13)}
    assert warnings(caplog) == []


@pytest.mark.parametrize("make", [csv_file, jsonl_file], ids=["csv", "jsonl"])
def test_another_row_that_can_only_be_month_first_decides_the_file(tmp_path, read, caplog, make):
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        result = read(make(tmp_path, "05/02/2024", "02/13/2024"))
    assert published(result) == {"a0": dt.date(2024, 5, 2), "a1": dt.date(2024, 2, 13)}
    assert warnings(caplog) == []


def test_no_row_decides_gives_one_warning_naming_file_and_column(tmp_path, read, caplog):
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        result = read(csv_file(tmp_path, "05/02/2024", "03/04/2024", column="Published"))
    assert published(result) == {"a0": dt.date(2024, 5, 2), "a1": dt.date(2024, 3, 4)}
    [line] = warnings(caplog)
    assert "feed.csv" in line and "Published" in line and "--dayfirst" in line


@pytest.mark.parametrize("order,expected", [("dayfirst", dt.date(2024, 2, 5)),
                                            ("monthfirst", dt.date(2024, 5, 2))])
def test_the_setting_decides_and_silences_the_warning(tmp_path, read, caplog, order, expected):
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        result = read(csv_file(tmp_path, "05/02/2024", "03/04/2024"), date_order=order)
    assert published(result)["a0"] == expected
    assert warnings(caplog) == []


def test_rows_that_disagree_are_read_their_only_way_with_a_warning(tmp_path, read, caplog):
    with caplog.at_level("WARNING", logger="eventwire.ingest"):
        result = read(csv_file(tmp_path, "13/02/2024", "02/14/2024", "05/06/2024"))
    assert published(result) == {"a0": dt.date(2024, 2, 13), "a1": dt.date(2024, 2, 14),
                                 "a2": dt.date(2024, 5, 6)}
    [line] = warnings(caplog)
    assert "feed.csv" in line and "disagree" in line


@pytest.mark.parametrize("value,dayfirst,expected", [
    ("05/02/2024", True, dt.date(2024, 2, 5)), ("05/02/2024", False, dt.date(2024, 5, 2)),
    ("05.02.2024", True, dt.date(2024, 2, 5)), ("5-2-24", True, dt.date(2024, 2, 5)),
    ("13/02/2024", False, dt.date(2024, 2, 13)), ("05/02/2024 14:30", True, dt.date(2024, 2, 5)),
    ("31/31/2024", True, None), ("2024-02-05", False, dt.date(2024, 2, 5)),
])
def test_parse_published_numeric_forms(value, dayfirst, expected):
    assert parse_published(value, dayfirst=dayfirst) == expected


def test_ingest_dayfirst_flag(tmp_path):
    path, db = csv_file(tmp_path, "05/02/2024", "03/04/2024"), str(tmp_path / "x.db")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "--dayfirst", "-q"])
    assert result.exit_code == 0, result.output
    assert open_store(db).get_article("a0").published == dt.date(2024, 2, 5)
