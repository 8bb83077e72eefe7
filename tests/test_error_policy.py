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


@pytest.fixture(autouse=True)
def not_strict(monkeypatch):
    """These tests are about the policy for a bug when not strict (tests/conftest.py sets it)."""
    monkeypatch.delenv("EVENTWIRE_STRICT", raising=False)


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
    assert "stored with its events unplaced" in result.stderr
    store = open_store(tmp_db)
    assert [a.id for a in store.list_articles()] == ["broken", "fine"]
    assert store.count_events() >= 2
    listed = invoke("failures", "--db", tmp_db)
    assert "broken" in listed.stdout and "ZeroDivisionError" in listed.stdout and "unplaced" in listed.stdout


def test_a_rerun_after_the_fix_stores_the_failed_article(folder, tmp_db, buggy_geocoder, monkeypatch):
    invoke("ingest", str(folder), "--db", tmp_db)
    monkeypatch.undo()
    again = invoke("ingest", str(folder), "--db", tmp_db)
    assert again.exit_code == 1 and "0 new, 1 unchanged, 0 updated, 1 retried" in again.stderr


def test_extract_reports_the_failure_and_prints_the_other_events(folder, buggy_geocoder):
    result = invoke("extract", str(folder / "broken.txt"), str(folder / "fine.txt"), "--format", "jsonl")
    assert result.exit_code == 3
    assert "Amman" in result.stdout and "ZeroDivisionError" in result.stderr
    assert '"article_id": "broken"' in result.stdout  # its event, without a place
    failed = next(line for line in result.stderr.splitlines() if line.startswith("failed"))
    assert "listed without a place" in failed and "stored" not in failed  # extract has no store


def test_strict_raises_at_once(folder, tmp_db, buggy_geocoder, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_STRICT", "1")
    with pytest.raises(ZeroDivisionError):
        invoke("ingest", str(folder), "--db", tmp_db)


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_the_strict_flag_raises_at_once_too(folder, tmp_db, buggy_geocoder, monkeypatch, command):
    monkeypatch.delenv("EVENTWIRE_STRICT", raising=False)
    extra = ["--db", tmp_db] if command == "ingest" else []
    with pytest.raises(ZeroDivisionError):
        invoke(command, str(folder / "broken.txt"), "--strict", *extra)


# -- a bug in geocoding keeps the article's events, unplaced, and a rerun places them -------------

PLACE_BUG = {
    "tikrit.txt": "Gunmen attacked an army checkpoint in Tikrit on Monday, killing two soldiers.\n",
    "amman.txt": "Protesters rallied outside the parliament in Amman on Friday against price rises.\n",
    "kandahar.txt": "A roadside bomb killed three policemen on a road near Kandahar on Sunday.\n",
}


class TikritGeocoder(Geocoder):
    """A geocoder with a bug that only the Tikrit article reaches."""

    def locate_event(self, event, article, focus=None):
        if "Tikrit" in article.text:
            raise ZeroDivisionError("division by zero")
        return super().locate_event(event, article, focus)


@pytest.fixture(scope="module")
def three_articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("place-bug")
    for name, text in PLACE_BUG.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _ingest(folder, db, geocoder_class):
    from eventwire import pipeline
    from eventwire.settings import Settings

    settings = Settings(db=db)
    store = open_store(db)
    annotator = pipeline.Annotator(settings, cache=store, geocoder=geocoder_class.load(settings))
    return store, pipeline.ingest([str(folder)], store, settings, annotator=annotator)


def test_a_geocoding_bug_keeps_the_events_unplaced_and_a_rerun_places_them(three_articles, tmp_db):
    store, report = _ingest(three_articles, tmp_db, TikritGeocoder)
    assert (report.new, report.failed, report.discarded) == (3, 1, 0)
    failure = report.discards[0]
    assert failure.stage == "geo" and failure.error == "ZeroDivisionError" and failure.kept
    assert sorted(a.id for a in store.list_articles()) == ["amman", "kandahar", "tikrit"]
    by_article = {aid: store.list_mentions([aid]) for aid in ("amman", "kandahar", "tikrit")}
    assert all(m.location and m.geo_precision for aid in ("amman", "kandahar") for m in by_article[aid])
    unplaced = by_article["tikrit"]
    assert unplaced and all(m.location is None and m.geo_precision is None for m in unplaced)
    assert unplaced[0].sub_event_type and unplaced[0].fatalities == 2 and unplaced[0].evidence
    [pending] = store.list_failures()
    assert (pending.article_id, pending.stage, pending.places_pending) == ("tikrit", "geo", True)

    store, again = _ingest(three_articles, tmp_db, Geocoder)
    assert (again.retried, again.unchanged, again.failed) == (1, 2, 0)
    placed = store.list_mentions(["tikrit"])
    assert placed and all(m.location == "Tikrit" and m.geo_precision for m in placed)
    assert store.article_versions("tikrit") == 1 and store.list_failures() == []
    assert any(e.location == "Tikrit" for e in store.list_events())


def test_a_bug_before_geocoding_is_recorded_and_a_rerun_stores_the_article_and_clears_it(three_articles, tmp_db):
    import dataclasses

    from eventwire import pipeline
    from eventwire.settings import Settings

    settings, store = Settings(db=tmp_db), open_store(tmp_db)
    annotator = pipeline.Annotator(settings, cache=store)
    detect = annotator.stages[0]

    def detect_with_a_bug(doc):
        if "Amman" in doc.article.text:
            raise KeyError("focus")
        detect.run(doc)

    annotator.stages[0] = dataclasses.replace(detect, run=detect_with_a_bug)
    report = pipeline.ingest([str(three_articles)], store, settings, annotator=annotator)
    assert (report.new, report.failed) == (2, 1) and not report.discards[0].kept
    [row] = store.list_failures()
    assert (row.article_id, row.stage, row.error, row.places_pending) == ("amman", "extract", "KeyError", False)
    assert row.origin.endswith("amman.txt") and row.run
    again = pipeline.ingest([str(three_articles)], store, settings)
    assert (again.new, again.unchanged, again.failed) == (1, 2, 0) and store.list_failures() == []
