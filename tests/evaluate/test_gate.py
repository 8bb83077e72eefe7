"""Evaluation gate on the pinned sample set (eventwire/samples/expected.jsonl) and eval plumbing."""

from __future__ import annotations

import csv
import json

import pytest

from eventwire.evaluate.acled import evaluate_acled, f1_table, parse_acled_date
from eventwire.evaluate.report import report_tables
from eventwire.settings import Settings

# Floors measured 2026-12-01 on the 24 gold events of the 25 sample articles (both formats):
# date 1.000, fatalities 1.000, sub-type found 0.833, 0 events beyond gold.  Raise as stages improve,
# never lower silently.
DATE_FLOOR = 0.95
FATALITIES_FLOOR = 0.95
SUB_TYPE_FLOOR = 0.75  # typing is its own stage (extract/typing.py); this floor only guards extraction
EXTRA_EVENTS_CEILING = 1
NO_EVENT_ARTICLES = ("iq-attacks-analysis", "ng-lokoja-flood")


@pytest.fixture(scope="module")
def sample_events(sample_dir):
    from eventwire.extract import Extractor
    from eventwire.ingest import read_inputs
    from eventwire.settings import Settings

    expected = sample_dir / "expected.jsonl"
    gold = [json.loads(line) for line in expected.read_text().splitlines() if line.strip()]
    articles = list(read_inputs([str(sample_dir / "articles"), str(sample_dir / "articles.jsonl")], Settings()))
    extractor = Extractor.load(Settings())
    return gold, dict(zip([a.id for a in articles], extractor.extract_batch(articles)))


def _date(event) -> str | None:
    return str(event.event_date) if event.event_date else None


def test_stage_floors(sample_events):
    gold, predicted = sample_events
    assert {g["article_id"] for g in gold} <= set(predicted)
    date_ok = fat_ok = typed = 0
    for g in gold:
        events = predicted[g["article_id"]]
        same = [e for e in events if e.sub_event_type == g["sub_event_type"]]
        typed += bool(same)
        pool = same or events
        date_ok += any(_date(e) == g["event_date"] for e in pool)
        fat_ok += any(e.fatalities == g["fatalities"] for e in pool)
    assert date_ok / len(gold) >= DATE_FLOOR
    assert fat_ok / len(gold) >= FATALITIES_FLOOR
    assert typed / len(gold) >= SUB_TYPE_FLOOR


def test_event_counts(sample_events):
    gold, predicted = sample_events
    per_article = {}
    for g in gold:
        per_article[g["article_id"]] = per_article.get(g["article_id"], 0) + 1
    extra = sum(max(0, len(events) - per_article.get(aid, 0)) for aid, events in predicted.items())
    missing = sum(max(0, n - len(predicted[aid])) for aid, n in per_article.items())
    assert missing == 0 and extra <= EXTRA_EVENTS_CEILING
    assert all(predicted[aid] == [] for aid in NO_EVENT_ARTICLES)


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
    report = evaluate_acled(path, Settings())
    assert report.rows == 1
    assert report.component_date_exact == 1.0 and report.component_fatalities_exact == 1.0
    assert report.full_pipeline and report.date_exact == 1.0 and report.fatalities_exact == 1.0
    assert len(report_tables(report)) >= 1
