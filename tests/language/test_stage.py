"""The language stage in the pipeline: non-English articles never meet the English rules; without a
translator they are stored, counted and reported; with one, they are coded from the translation
and cite the original."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import pipeline
from eventwire.cli import app
from eventwire.language.stage import NO_TRANSLATOR, not_coded_summary
from eventwire.settings import Settings
from eventwire.store import open_store
from tests.llm.scripted_server import Script, ScriptedServer

SENTENCES = Path(__file__).parent / "lid_sentences.jsonl"
ARABIC = "قتل ثلاثة مدنيين في غارة جوية على سوق شعبي في مدينة إدلب يوم الثلاثاء."
ENGLISH = "Three civilians were killed on Tuesday when an air strike hit a market in the city of Idlib."


def _write(path: Path, rows: list[dict]) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def sentence_rows() -> list[dict]:
    return [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def ingested_sentences(sentence_rows, tmp_path_factory):
    """Every sentence of the language set as an article, ingested without a translator."""
    tmp = tmp_path_factory.mktemp("languages")
    rows = [{"id": r["id"], "published": "2024-03-05", "text": r["text"]} for r in sentence_rows]
    store = open_store(str(tmp / "events.db"))
    report = pipeline.ingest([_write(tmp / "in.jsonl", rows)], store, Settings(), link=False)
    return store, report


def test_no_non_english_article_is_coded_by_the_english_rules(ingested_sentences):
    store, _ = ingested_sentences
    languages = {a.id: a.language for a in store.list_articles()}
    coded = {e.article_id for e in store.list_mentions()}
    assert coded and all(languages[a] == "en" for a in coded)   # English ones are coded


def test_non_english_articles_are_stored_counted_and_never_dropped(ingested_sentences, sentence_rows):
    store, report = ingested_sentences
    assert report.new == len(sentence_rows) and report.discarded == 0
    counted = report.not_coded[NO_TRANSLATOR]
    foreign = [r for r in sentence_rows if r["language"] != "en"]
    assert sum(counted.values()) == sum(1 for a in store.list_articles() if a.language != "en")
    assert sum(counted.values()) >= len(foreign) - 2           # a misidentified sentence or two at most
    assert {"ar", "fa", "ckb", "ku", "ru", "uk", "fr", "es", "tr"} <= set(counted)


def test_the_summary_names_the_count_the_languages_and_the_fix():
    lines = not_coded_summary({NO_TRANSLATOR: {"fa": 3, "ar": 11}})
    assert lines == ["14 articles in ar, fa not coded: no translator configured; see README"]


def test_ingest_prints_the_not_coded_line(tmp_path):
    source = _write(tmp_path / "in.jsonl", [{"id": "ar-1", "text": ARABIC}, {"id": "en-1", "text": ENGLISH}])
    result = CliRunner().invoke(app, ["ingest", source, "--db", str(tmp_path / "e.db"), "-q"])
    assert result.exit_code == 0, result.output
    assert "1 article in ar not coded: no translator configured; see README" in result.output


def test_extract_reports_the_article_it_did_not_code(tmp_path):
    source = _write(tmp_path / "in.jsonl", [{"id": "ar-1", "text": ARABIC}])
    result = CliRunner().invoke(app, ["extract", source, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "1 article in ar not coded" in result.output


def _translation_script() -> Script:
    answer = {"sentences": [{"source": ARABIC, "english": ENGLISH}]}
    return Script(refuse={"json_schema"}, replies=[(200, json.dumps(answer, ensure_ascii=False))] * 4)


def test_with_a_translator_the_article_is_coded_from_english_and_cites_the_original(tmp_path):
    script = _translation_script()
    with ScriptedServer(script) as server:
        settings = Settings(llm_url=server.url, llm_model="scripted-model")
        store = open_store(str(tmp_path / "e.db"))
        report = pipeline.ingest([_write(tmp_path / "in.jsonl", [{"id": "ar-1", "published": "2024-03-05",
                                                                   "text": ARABIC}])], store, settings, link=False)
    assert report.not_coded == {} and report.events >= 1
    article = store.get_article("ar-1")
    assert article.language == "ar" and article.text == ARABIC      # the original is what is stored
    event = store.list_mentions()[0]
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 3
    assert event.provenance["translation"] == "scripted-model"
    assert event.provenance["translated_sentence"] == ENGLISH
    assert all(span.text == ARABIC[span.start:span.end] and span.text in ARABIC for span in event.evidence.values())
    assert event.evidence["event_type"].text == ARABIC


def test_a_translation_is_asked_once_per_database(tmp_path):
    script = _translation_script()
    rows = [{"id": "ar-1", "published": "2024-03-05", "text": ARABIC}]
    with ScriptedServer(script) as server:
        settings = Settings(llm_url=server.url, llm_model="scripted-model")
        store = open_store(str(tmp_path / "e.db"))
        pipeline.ingest([_write(tmp_path / "a.jsonl", rows)], store, settings, link=False)
        asked = len(script.requests)
        rows[0]["id"] = "ar-copy"      # the same text under another id: the cached answer serves
        pipeline.ingest([_write(tmp_path / "b.jsonl", rows)], store, settings, link=False)
    assert asked == 2                  # json_schema refused, then json_object answered
    assert len(script.requests) == asked
    assert len(store.list_mentions()) == 2


def test_an_unreachable_translator_leaves_the_article_stored_and_says_why(tmp_path):
    settings = Settings(llm_url="http://127.0.0.1:9/v1", llm_model="m", llm_timeout=2)
    store = open_store(str(tmp_path / "e.db"))
    report = pipeline.ingest([_write(tmp_path / "in.jsonl", [{"id": "ar-1", "text": ARABIC}])], store, settings,
                             link=False)
    assert report.new == 1 and report.discarded == 0
    (reason, by_language), = report.not_coded.items()
    assert reason.startswith("translation failed") and "EVENTWIRE_LLM_URL" in reason and by_language == {"ar": 1}
