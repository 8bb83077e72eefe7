"""Casualty rules (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import extract_casualties, split_fatalities

CASES = [
    ("digits", "The blast killed 12 soldiers.", 12),
    ("number-word", "Three civilians were killed in the raid.", 3),
    ("at-least", "At least 7 people were killed.", 7),
    ("more-than", "More than 20 fighters died in the clashes.", 20),
    ("dozens", "Dozens of people were killed.", 12),
    ("no-deaths", "Protesters marched peacefully through the city.", 0),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fatalities(nlp, text, expected):
    assert extract_casualties(next(nlp(text).sents)).fatalities == expected


def test_injuries_separate_from_deaths(nlp):
    c = extract_casualties(next(nlp("The strike killed two guards and wounded five others.").sents))
    assert (c.fatalities, c.injuries) == (2, 5)


def test_claimant(nlp):
    c = extract_casualties(next(nlp("Four soldiers were killed, according to the health ministry.").sents))
    assert c.fatalities == 4 and c.claimant and "ministry" in c.claimant.lower()


@pytest.mark.parametrize("total,n,expected", [(7, 3, [3, 2, 2]), (2, 4, [1, 1, 0, 0]), (9, 1, [9])],
                         ids=["remainder-first", "fewer-than-events", "one-event"])
def test_split(total, n, expected):
    assert split_fatalities(total, n) == expected
