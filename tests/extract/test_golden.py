"""Golden cases: short articles written for these tests and the events each must yield
(tests/extract/golden_cases.jsonl: count, order, sub-type, date, precision, fatalities, injuries)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest.dates import parse_published
from eventwire.records import Article

CASES = [json.loads(line) for line in (Path(__file__).parent / "golden_cases.jsonl").read_text().splitlines()
         if line.strip()]
FIELDS = ("sub_event_type", "event_date", "time_precision", "fatalities", "injuries")


@pytest.fixture(scope="module")
def extractor():
    from eventwire.extract import Extractor
    from eventwire.settings import Settings

    return Extractor.load(Settings())


def _observed(event) -> dict:
    values = {name: getattr(event, name) for name in FIELDS}
    values["event_date"] = str(event.event_date) if event.event_date else None
    return values


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case(extractor, case):
    text = case["text"]
    article = Article(id=case["id"], text=text, content_hash=Article.hash_text(text),
                      published=parse_published(case["published"]) if case["published"] else None)
    events = extractor.extract(article)
    assert [_observed(e) for e in events] == [{k: e[k] for k in FIELDS} for e in case["events"]]
    for event in events:
        for span in event.evidence.values():
            assert text[span.start:span.end] == span.text


def test_batch_equals_one_by_one(extractor):
    articles = [Article(id=c["id"], text=c["text"], content_hash=c["id"],
                        published=parse_published(c["published"]) if c["published"] else None) for c in CASES]
    batch = extractor.extract_batch(articles)
    single = [extractor.extract(a) for a in articles]
    assert [[_observed(e) for e in events] for events in batch] == [[_observed(e) for e in events] for events in single]
