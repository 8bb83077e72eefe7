"""Reports of one incident in two languages, end to end through `eventwire ingest`: the Arabic and
the English report land in one story, a report of another incident does not; once the Arabic
one is coded (translated through the backend) the two are one event with both sources.

The reports (tests/language/two_languages/reports.jsonl) are our own: a drone strike on a fuel
depot in Homs told by an English wire and an Arabic daily, and shelling near Aleppo the same day."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.language.crosslingual import incident_links, publication_windows
from eventwire.records import Article
from eventwire.store import open_store
from tests.llm.scripted_server import Script, ScriptedServer

REPORTS = Path(__file__).parent / "two_languages" / "reports.jsonl"
MORE = Path(__file__).parent / "two_languages" / "more_languages.jsonl"   # Persian and Russian reports
ENGLISH, ARABIC, OTHER = "wire-homs", "daily-homs", "wire-aleppo"
ARABIC_TRANSLATION = [
    "Two workers were killed on Thursday when a drone struck a fuel depot on the outskirts of the city "
    "of Homs, according to an official in the civil defence.",
    "Fire crews worked for hours to put out the fire, whose black smoke covered the northern districts "
    "of the city.",
]


def _rows() -> list[dict]:
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines()]


def _write(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _ingest(db: Path, *paths: str, env: dict | None = None) -> None:
    result = CliRunner().invoke(app, ["ingest", *paths, "--db", str(db), "-q"], env=env)
    assert result.exit_code == 0, result.output


def _stories(db: Path) -> list[set[str]]:
    result = CliRunner().invoke(app, ["stories", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [set(json.loads(line)["article_ids"]) for line in result.output.splitlines() if line.startswith("{")]


def test_reports_in_four_languages_are_one_story(tmp_path):
    """Persian (which the embedding model does not read: the names and dates decide) and Russian
    (which writes Homs as Хомс) join the Arabic and the English report; Aleppo stays apart."""
    db = tmp_path / "e.db"
    _ingest(db, str(REPORTS), str(MORE))
    stories = _stories(db)
    assert {ENGLISH, ARABIC, "paper-homs", "agency-homs"} in stories
    assert {OTHER} in stories


def _translator_script() -> Script:
    """A server that translates the Arabic report: each of its two sentences quoted, with its English."""
    arabic = next(r for r in _rows() if r["id"] == ARABIC)["text"]
    sources = [p.strip() for p in arabic.split("\n") if p.strip()]
    answer = {"sentences": [{"source": s, "english": e} for s, e in zip(sources, ARABIC_TRANSLATION)]}
    return Script(refuse={"json_schema"}, replies=[(200, json.dumps(answer, ensure_ascii=False))] * 4)


@pytest.mark.parametrize("order", ["one-batch", "english-first", "arabic-first"])
def test_the_arabic_and_the_english_report_are_one_story(tmp_path, order):
    rows = {r["id"]: r for r in _rows()}
    db = tmp_path / "e.db"
    if order == "one-batch":
        _ingest(db, str(REPORTS))
    else:
        first, second = (ENGLISH, ARABIC) if order == "english-first" else (ARABIC, ENGLISH)
        _ingest(db, _write(tmp_path / "first.jsonl", [rows[first], rows[OTHER]]))
        _ingest(db, _write(tmp_path / "second.jsonl", [rows[second]]))
    stories = _stories(db)
    assert {ENGLISH, ARABIC} in stories
    assert {OTHER} in stories           # another incident that day stays apart


@pytest.mark.parametrize("order", ["one-batch", "english-first", "arabic-first"])
def test_once_the_arabic_report_is_coded_the_two_are_one_event(tmp_path, order):
    rows = {r["id"]: r for r in _rows()}
    db = tmp_path / "e.db"
    with ScriptedServer(_translator_script()) as server:
        env = {"EVENTWIRE_LLM_URL": server.url, "EVENTWIRE_LLM_MODEL": "scripted"}
        if order == "one-batch":
            _ingest(db, str(REPORTS), env=env)
        else:
            first, second = (ENGLISH, ARABIC) if order == "english-first" else (ARABIC, ENGLISH)
            _ingest(db, _write(tmp_path / "first.jsonl", [rows[first], rows[OTHER]]), env=env)
            _ingest(db, _write(tmp_path / "second.jsonl", [rows[second]]), env=env)
    store = open_store(str(db))
    coded = {m.article_id for m in store.list_mentions()}
    assert ARABIC in coded              # translated and coded, not left uncoded
    (event,) = [e for e in store.list_events() if ARABIC in e.sources]
    assert set(event.sources) == {ENGLISH, ARABIC}
    assert event.sub_event_type == "Air/drone strike" and event.location == "Homs"


def test_without_a_translator_the_arabic_report_is_in_the_story_but_in_no_event(tmp_path):
    db = tmp_path / "e.db"
    _ingest(db, str(REPORTS))
    store = open_store(str(db))
    assert {ENGLISH, ARABIC} in _stories(db)
    assert not [e for e in store.list_events() if ARABIC in e.sources]


def _article(aid: str, language: str, published: dt.date | None, text: str) -> Article:
    return Article(id=aid, text=text, published=published, language=language, content_hash=Article.hash_text(text))


def test_only_pairs_with_a_fresh_report_and_within_the_days_are_compared():
    rows = {r["id"]: r for r in _rows()}
    day = dt.date(2024, 5, 10)
    english = _article(ENGLISH, "en", day, rows[ENGLISH]["text"])
    arabic = _article(ARABIC, "ar", day, rows[ARABIC]["text"])
    late = _article("late", "ar", day + dt.timedelta(days=3), rows[ARABIC]["text"])
    undated = _article("undated", "ar", None, rows[ARABIC]["text"])
    assert incident_links([arabic], [english]) == [(ARABIC, ENGLISH, pytest.approx(0.78, abs=0.1))]
    assert incident_links([], [arabic, english]) == []        # both stored: linked before
    assert incident_links([late, undated], [english]) == []   # three days apart; no date


def test_publication_windows_merge_where_they_overlap():
    days = [dt.date(2024, 5, 1), dt.date(2024, 5, 3), dt.date(2024, 5, 20)]
    articles = [_article(str(i), "en", d, "x") for i, d in enumerate(days)] + [_article("u", "en", None, "x")]
    assert publication_windows(articles) == [(dt.date(2024, 4, 29), dt.date(2024, 5, 5)),
                                             (dt.date(2024, 5, 18), dt.date(2024, 5, 22))]
