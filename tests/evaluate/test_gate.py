"""Evaluation gate on the pinned sample set (eventwire/samples/expected.jsonl) and eval plumbing."""

from __future__ import annotations

import csv
import json

import pytest

from eventwire.evaluate.acled import evaluate_acled, f1_table, parse_acled_date
from eventwire.evaluate.report import report_tables
from eventwire.ingest.dates import parse_published
from eventwire.records import Article

DATE_FLOOR = 0.9   # measured 0.917 on 12 events, 2026-11-23; raise as stages improve, never lower silently
FATALITIES_FLOOR = 0.65  # measured 0.667


def _gold_and_articles(sample_dir):
    expected = sample_dir / "expected.jsonl"
    if not expected.exists():
        pytest.skip("eventwire/samples/expected.jsonl is not written yet")
    gold = [json.loads(l) for l in expected.read_text().splitlines() if l.strip()]
    rows = [json.loads(l) for l in (sample_dir / "articles.jsonl").read_text().splitlines() if l.strip()]
    articles = {r["id"]: Article(id=r["id"], published=parse_published(r.get("published")), text=r["text"],
                                 content_hash=r["id"]) for r in rows}
    return [g for g in gold if g.get("article_id") in articles], articles


def test_stage_floors(sample_dir):
    from eventwire.extract import Extractor
    from eventwire.settings import Settings

    gold, articles = _gold_and_articles(sample_dir)
    if not gold:
        pytest.skip("no expected events refer to articles.jsonl")
    extractor = Extractor.load(Settings())
    date_ok = fat_ok = 0
    for g in gold:
        article = articles[g["article_id"]]
        events = extractor.extract(article, extractor.nlp(article.text))
        same = [e for e in events if e.sub_event_type == g.get("sub_event_type")] or events
        date_ok += any(str(e.event_date) == g.get("event_date") for e in same)
        fat_ok += any(e.fatalities == g.get("fatalities", 0) for e in same)
    assert date_ok / len(gold) >= DATE_FLOOR
    assert fat_ok / len(gold) >= FATALITIES_FLOOR


@pytest.mark.parametrize("value,expected", [("9-May-20", "2020-05-09"), ("2024-01-02", "2024-01-02"), ("", None)],
                         ids=["old-schema", "modern-schema", "empty"])
def test_parse_acled_date(value, expected):
    parsed = parse_acled_date(value)
    assert (str(parsed) if parsed else None) == expected


def test_f1_table_counts_none_as_miss():
    weighted, macro, rows = f1_table(["A", "A", "B"], ["A", "none", "B"])
    assert rows[0].label == "A" and rows[0].recall == 0.5
    assert 0 < weighted < 1 and 0 < macro < 1


def test_component_scores_on_own_rows(tmp_path):
    path = tmp_path / "mini.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["event_id_cnty", "event_date", "event_type", "sub_event_type",
                                                    "actor1", "notes", "fatalities"])
        writer.writeheader()
        writer.writerow({"event_id_cnty": "T1", "event_date": "2024-03-04", "event_type": "Battles",
                         "sub_event_type": "Armed clash", "actor1": "Rebels",
                         "notes": "On 4 March 2024, rebels clashed with soldiers near a river town. Three soldiers were killed.",
                         "fatalities": "3"})
    report = evaluate_acled(path)
    assert report.rows == 1
    assert report.component_date_exact == 1.0 and report.component_fatalities_exact == 1.0
    assert len(report_tables(report)) >= 1
