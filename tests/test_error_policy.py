"""The error policy: a bug in a stage fails one article, never the batch, and never looks like bad input."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.geo import Geocoder
from eventwire.store import open_store

BROKEN_TOWN = "Tikrit"
ARTICLES = {
    "broken.txt": f"Gunmen attacked an army checkpoint in {BROKEN_TOWN} on Monday, killing two soldiers.\n",
    "fine.txt": "Protesters rallied outside the parliament in Amman on Friday against price rises.\n",
    "bad.txt": "",
}


@pytest.fixture
def folder(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def buggy_geocoder(monkeypatch):
    """A programming error in geocoding that only one article reaches (as the ZeroDivisionError of
    `country_votes` did on one held-out note)."""
    real = Geocoder.locate_event

    def locate_event(self, mention, article, focus):
        if BROKEN_TOWN in article.text:
            raise ZeroDivisionError("division by zero")
        return real(self, mention, article, focus)

    monkeypatch.setattr(Geocoder, "locate_event", locate_event)


def invoke(*args):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_a_bug_fails_one_article_the_rest_is_stored_and_the_exit_code_says_bug(
        folder, tmp_db, buggy_geocoder):
    result = invoke("ingest", str(folder), "--db", tmp_db)
    assert result.exit_code == 3
    assert "failed" in result.stderr and "ZeroDivisionError" in result.stderr
    assert "broken.txt" in result.stderr and "bug in eventwire" in result.stderr
    assert "discarded" in result.stderr and "bad.txt" in result.stderr  # bad input stays a discard
    assert "1 discarded" in result.stderr and "1 failed" in result.stderr
    store = open_store(tmp_db)
    assert [a.id for a in store.list_articles()] == ["fine"]
    assert store.count_events() >= 1


def test_a_rerun_after_the_fix_stores_the_failed_article(folder, tmp_db, buggy_geocoder, monkeypatch):
    invoke("ingest", str(folder), "--db", tmp_db)
    monkeypatch.undo()
    again = invoke("ingest", str(folder), "--db", tmp_db)
    assert again.exit_code == 1 and "1 new, 1 unchanged" in again.stderr


def test_extract_reports_the_failure_and_prints_the_other_events(folder, buggy_geocoder):
    result = invoke("extract", str(folder / "broken.txt"), str(folder / "fine.txt"), "--format", "jsonl")
    assert result.exit_code == 3
    assert "Amman" in result.stdout and "ZeroDivisionError" in result.stderr


def test_strict_raises_at_once(folder, tmp_db, buggy_geocoder, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_STRICT", "1")
    with pytest.raises(ZeroDivisionError):
        invoke("ingest", str(folder), "--db", tmp_db)
