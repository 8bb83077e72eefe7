"""The shape of the independently written typing test set (tests/evaluate/typing_authored/snippets.tsv).

The set exists to score event typing on wording the rules were not written from, so these tests
only check that the file is usable as a test set: it reads without skipped rows, every label is one
of the 30 CASE 2021 labels and each has enough snippets to be scored, ids and texts do not repeat,
and the tune/check split by id gives both halves a share of every label.  Nothing here runs the
pipeline: the figures come from `eventwire eval case2021` (see the set's README).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.evaluate.case2021 import LABELS, OUT_OF_SCOPE, read_case_tsv
from eventwire.evaluate.halves import half_of

SNIPPETS = Path(__file__).parent / "typing_authored" / "snippets.tsv"
MIN_PER_LABEL = 8  # the brief for the set: at least 8 snippets for every label


@pytest.fixture(scope="module")
def rows():
    rows, skipped = read_case_tsv(SNIPPETS)
    assert skipped == []
    return rows


def test_every_label_is_one_of_the_thirty(rows):
    assert {row.label for row in rows} <= set(LABELS)


def test_all_thirty_labels_are_present(rows):
    assert {row.label for row in rows} == set(LABELS)


@pytest.mark.parametrize("label", LABELS)
def test_every_label_has_enough_snippets(rows, label):
    assert Counter(row.label for row in rows)[label] >= MIN_PER_LABEL


def test_ids_are_unique_and_in_the_set_s_numbering(rows):
    ids = [row.id for row in rows]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("ac-") and i[3:].isdigit() and len(i) == 7 for i in ids)


def test_no_snippet_repeats(rows):
    texts = [" ".join(row.text.lower().split()) for row in rows]
    repeated = [text for text, n in Counter(texts).items() if n > 1]
    assert repeated == []


def test_snippets_are_one_to_three_sentences_of_prose(rows):
    too_short = [row.id for row in rows if len(row.text.split()) < 12]
    too_long = [row.id for row in rows if len(row.text.split()) > 80]
    assert (too_short, too_long) == ([], [])


@pytest.mark.parametrize("label", LABELS)
def test_each_half_has_a_share_of_every_label(rows, label):
    """The ids are the first draft's numbering (see the README), so the hash split is uneven for
    some labels; every label is still in both halves."""
    halves = Counter(half_of(row.id) for row in rows if row.label == label)
    assert min(halves["tune"], halves["check"]) >= 2


def test_the_out_of_scope_labels_are_a_minority(rows):
    counts = Counter(row.label for row in rows)
    out_of_scope = sum(counts[label] for label in OUT_OF_SCOPE)
    assert 0 < out_of_scope < len(rows) / 4


# --- the gate: the check half's figure as a floor (measured 2026-12-04, stop 26: weighted F1 0.697,
# tune 0.847; before any rule was written from the set: check 0.689, tune 0.768).  Raise it as the
# rules improve, never lower it silently.
CHECK_WEIGHTED_F1_FLOOR = 0.68


def test_check_half_floor():
    from eventwire.evaluate.case2021 import evaluate_case2021

    report = evaluate_case2021(SNIPPETS)
    assert report.halves["check"].weighted_f1 >= CHECK_WEIGHTED_F1_FLOOR
