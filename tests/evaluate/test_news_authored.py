"""The news texts we wrote ourselves (tests/evaluate/news_authored/*.jsonl) are valid gold rows:
each carries its own text with a matching sha1, its spans lie inside the text, and its group and
half follow the fixed split of tests/evaluate/news_gold/README.md.  No ../shared needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.halves import half_of
from eventwire.evaluate.news_gold import group_keys, read_gold, read_texts

AUTHORED = Path(__file__).resolve().parent / "news_authored"
FILES = sorted(AUTHORED.glob("*.jsonl"))


@pytest.fixture(scope="module", params=FILES, ids=lambda path: path.name)
def rows(request):
    return read_gold([request.param])


def test_there_are_authored_files():
    assert FILES, f"no gold files in {AUTHORED}"


def test_every_row_carries_its_own_text_and_sha1(rows):
    texts = read_texts(AUTHORED / "unused.csv", rows)  # raises on a sha1 mismatch; never opens the CSV
    assert all(row.text is not None and row.published and row.source for row in rows)
    assert len(texts) == len(rows)


def test_every_span_lies_inside_its_text(rows):
    for row in rows:
        spans = [(e.start, e.end) for e in row.events] + [(n.start, n.end) for n in row.no_event]
        assert all(0 <= start < end <= len(row.text) for start, end in spans), row.key
        assert row.title is not None and row.text[row.title[0]:row.title[1]] == row.text.split("\n", 1)[0], row.key


def test_groups_and_halves_follow_the_fixed_split(rows):
    groups = group_keys(rows)
    for row in rows:
        assert row.group == groups[row.key], row.key
        assert row.half == half_of(row.group), row.key


def test_event_ids_name_their_text(rows):
    for row in rows:
        assert all(event.id.startswith(f"{row.key}:") for event in row.events), row.key


def test_both_halves_hold_conflict_and_non_conflict_texts(rows):
    for half in ("tune", "check"):
        kinds = {row.conflict for row in rows if row.half == half}
        assert kinds == {True, False}, half


# --- the gate: check-half floors (the texts travel in the rows, so this runs without ../shared) ----

# Measured on 2026-12-04 evening on the check halves of a.jsonl and b.jsonl together: precision
# 0.703, recall 0.627, 0.31 false events per non-conflict text (13 texts), precision 0.84 at
# confidence 0.8 (that morning: 0.647 / 0.530 / 0.82).  Floors sit just under; raise them as the rules
# improve (issue 13 targets 0.85 / 0.80 / 0.05), never lower them silently.
CHECK_PRECISION_FLOOR = 0.68
CHECK_RECALL_FLOOR = 0.60
CHECK_PRECISION_AT_08_FLOOR = 0.81


def test_check_half_floors():
    from eventwire.evaluate.news import evaluate_news

    report = evaluate_news(sorted(AUTHORED.glob("*.jsonl")), AUTHORED / "unused.csv")
    check = next(h for h in report.halves if h.half == "check")
    sure = next(r for r in report.confidence if r.half == "check" and r.threshold == 0.8)
    assert report.discards == []
    assert check.precision >= CHECK_PRECISION_FLOOR
    assert check.recall >= CHECK_RECALL_FLOOR
    assert sure.precision >= CHECK_PRECISION_AT_08_FLOOR
