"""Country votes: every mention's readings share its vote, whatever their priors."""

from __future__ import annotations

import pytest

from eventwire.geo.detect import find_mentions
from eventwire.geo.resolve import FOCUS_VOTE, Candidate, Resolved, country_votes, prior

from .test_golden import one_event


def test_a_hamlet_named_before_a_province_word_does_not_crash(geocoder):
    """A name known only as a tiny town ("Sayagaz", under 500 people), written before "province":
    its prior went below zero, every country's share was zero, and the vote divided by zero (the
    ZeroDivisionError of issue 13 item 10, which stopped `eventwire extract -`)."""
    text = "Fighting was reported in Sayagaz province on Monday, residents said."
    event, article = one_event(text)
    placed = geocoder.place_events([event], article, None)[0]
    assert placed.country == "Afghanistan"


def test_priors_stay_positive_under_a_mismatched_type_word(geocoder):
    mention = find_mentions("clashes in Sayagaz province", 0, geocoder.gazetteer.lookup)[0]
    assert mention.type_word == "province"
    readings = [Candidate(e, prior(e, mention)) for e in geocoder.gazetteer.lookup(mention.key)]
    assert readings and all(c.prior > 0 for c in readings)
    votes = country_votes([Resolved(mention, readings)], None, [])
    assert votes.get("Afghanistan", 0) > 0


@pytest.mark.parametrize("prior_value", [0.0, 1e-200], ids=["zero-prior", "prior-whose-square-underflows"])
def test_readings_without_weight_cast_no_vote(geocoder, prior_value):
    """Readings built with no weight (a prior of zero, or one so small its square is 0.0) must not
    divide by zero: the name simply casts no vote."""
    mention = find_mentions("clashes in Sayagaz province", 0, geocoder.gazetteer.lookup)[0]
    readings = [Candidate(e, prior_value) for e in geocoder.gazetteer.lookup(mention.key)]
    assert readings
    votes = country_votes([Resolved(mention, readings)], "Afghanistan", [])
    assert votes == {"Afghanistan": FOCUS_VOTE}
