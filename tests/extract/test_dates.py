"""Date resolver rules (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.dates import resolve_event_date

WED = dt.date(2024, 1, 31)  # a Wednesday

CASES = [
    ("explicit-day-month-year", "On 9 May 2020, militants attacked a post.", WED, dt.date(2020, 5, 9), 1),
    ("weekday-day-before", "Gunmen attacked the village on Tuesday.", WED, dt.date(2024, 1, 30), 1),
    ("weekday-across-week", "Troops clashed with rebels on Friday.", WED, dt.date(2024, 1, 26), 1),
    ("saturday-night", "A drone hit the depot Saturday night.", WED, dt.date(2024, 1, 27), 1),
    ("yesterday", "Protesters marched yesterday in the capital.", WED, dt.date(2024, 1, 30), 1),
    ("last-week-precision-2", "Police arrested six activists last week.", WED, dt.date(2024, 1, 24), 2),
    ("earlier-this-month-precision-3", "Shelling hit the town earlier this month.", WED, dt.date(2024, 1, 15), 3),
]


@pytest.mark.parametrize("text,published,expected,precision", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules(nlp, text, published, expected, precision):
    resolved = resolve_event_date(list(nlp(text).sents), published)
    assert resolved.date == expected
    assert resolved.precision == precision


def test_no_published_and_no_absolute_date_is_none(nlp):
    assert resolve_event_date(list(nlp("Militants attacked a base on Sunday.").sents), None) is None


def test_tower_22_not_glued_to_weekday(nlp):
    resolved = resolve_event_date(list(nlp("A drone struck Tower 22 in Jordan on Sunday.").sents), WED)
    assert resolved.date == dt.date(2024, 1, 28)


def test_evidence_offsets_are_doc_offsets(nlp):
    doc = nlp("The minister spoke. Gunmen attacked the village on Tuesday.")
    sents = list(doc.sents)
    resolved = resolve_event_date(sents[1:], WED)
    assert doc.text[resolved.evidence.start:resolved.evidence.end] == sents[1].text


def test_fallback_is_publication_date(nlp):
    resolved = resolve_event_date(list(nlp("Gunmen attacked the village.").sents), WED)
    assert resolved.date == WED
