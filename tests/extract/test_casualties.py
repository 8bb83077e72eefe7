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


# --- rules added with the clause-level extractor (sentences written for these tests) ----------

from eventwire.extract.casualties import is_vague  # noqa: E402
from eventwire.extract.sentences import split_sentences  # noqa: E402


def _one(text):
    (sentence,) = split_sentences(text)
    return extract_casualties(sentence)


@pytest.mark.parametrize("text,deaths,injuries", [
    ("On 4 May 2020, 1 guard was killed and 1 was wounded.", 1, 1),
    ("Three policemen, two militiamen and one soldier were killed.", 6, None),
    ("Two soldiers and a civilian were killed.", 3, None),
    ("The strike killed an unspecified number of fighters.", 0, None),
    ("Seven people were shot dead inside a house.", 7, None),
    ("Six civilians, two of them children, were killed on Sunday.", 6, None),
    ("The attack killed 3 soldiers and injured more than 40.", 3, 40),
    ("The 3 French sailors who died in the blast were cadets.", 3, None),
    ("A total of four troops were diagnosed with traumatic brain injury.", 0, 4),
    ("The death toll rose to 17 on Monday.", 17, None),
    ("Shells killed a family of three.", 3, None),
    ("Fighters were killed in the raid.", 0, None),
    ("A hospital director said 12 people were still being treated for wounds.", 0, 12),
    ("Several soldiers were killed.", 3, None),
    ("KANO, March 9 - A 40-year-old trader was stabbed to death in a market brawl on Sunday.", 1, None),
    ("The number of people killed in Friday's bombing of the bus station has risen to eleven, police said.", 11, None),
    ("GOMA, 14 June (Radio Kivu) -- A farmer was shot dead by militiamen near his field.", 1, None),
], ids=["year-is-not-a-count", "listed-groups-add-up", "soldiers-and-a-civilian", "unspecified-number", "shot-dead",
        "appositive", "more-than-injuries", "dotted-name", "traumatic-brain-injury", "death-toll", "family-of",
        "bare-plural-is-unknown", "treated-for-wounds", "several-is-3", "dateline-day-is-not-a-count", "number-killed-has-risen-to",
        "dateline-with-outlet"])
def test_more_counts(text, deaths, injuries):
    found = _one(text)
    assert (found.fatalities, found.injuries) == (deaths, injuries)


def test_vague_counts_are_flagged():
    assert is_vague(split_sentences("Dozens of people were killed.")[0])
    assert not is_vague(split_sentences("Twelve people were killed.")[0])


@pytest.mark.parametrize("text,claimant", [
    ("Militia officials claim that eight fighters were killed.", "militia officials"),
    ("At least one fighter was killed, claimed the statement from the Popular Mobilisation Committee.",
     "Popular Mobilisation Committee"),
    ("Four soldiers were killed, according to the health ministry.", "health ministry"),
], ids=["officials-claim", "claimed-the-statement-from", "according-to"])
def test_claimants(text, claimant):
    assert _one(text).claimant.lower() == claimant.lower()


def test_no_claimant_without_casualties():
    assert _one("Officials said the convoy was attacked.").claimant is None
