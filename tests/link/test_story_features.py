"""Story features: names that open a sentence, and the headline/lead weighing more (texts written here)."""

from __future__ import annotations

import datetime as dt

from eventwire.link.features import features_for
from eventwire.link.stories import blocked_together, is_story_pair
from tests.link.builders import FLOOD_TEXT, STRIKE_TEXT, article

D = dt.date(2024, 4, 14)
FILLER = " ".join(["Residents queued for bread and fuel while traders counted their losses."] * 4)
PAYWALL = ("Subscribers, click below to log in or register your subscription to continue reading "
           "our award-winning journalism. Sign up for our newsletter. Terms of use and privacy policy apply.")


def test_a_multiword_name_that_opens_a_sentence_keeps_its_first_word():
    f = features_for(article("a", "Zubair Kassem Street was closed on Monday after shelling. "
                                  "Officials said the road near Kassem would reopen.", D))
    assert "zubair kassem street" in f.keys and "zubair" in f.keys
    assert "officials" not in f.keys   # a common word opening a sentence is no name


def test_a_word_named_elsewhere_is_a_name_at_a_sentence_start_too():
    f = features_for(article("a", "Tamarak floods: rivers rose overnight. Farmers near Tamarak lost crops.", D))
    assert f.terms["@tamarak"] > 0 and "tamarak" in f.keys
    plain = features_for(article("b", "Floods: rivers rose overnight. Farmers lost crops.", D))
    assert "floods" not in plain.keys


def test_a_name_in_the_headline_outranks_a_name_deep_in_the_body_as_a_blocking_key():
    late_names = " ".join(f"Officials met {n} twice, and {n} again." for n in
                          ("Qorvath", "Zelmiro", "Brannoc", "Vurenza", "Kestrith", "Molvane", "Drevik", "Sarnoth", "Pellucar"))
    f = features_for(article("a", FILLER + " " + late_names, D, title="Flooding reaches Tamarak"))
    assert "tamarak" in f.keys   # named once, in the title, against names repeated lower down
    plain = features_for(article("b", FILLER + " " + late_names + " Flooding reached Tamarak.", D, title="Floods"))
    assert "tamarak" not in plain.keys


def test_a_headline_only_report_behind_a_paywall_joins_the_full_story():
    full = features_for(article("full", STRIKE_TEXT, D, title="Shelling of Ariha market kills three civilians"))
    stub = features_for(article("stub", PAYWALL, D + dt.timedelta(days=1),
                                title="Three civilians killed as shells hit market in Ariha"))
    flood = features_for(article("flood", FLOOD_TEXT, D))
    assert blocked_together(full, stub) and is_story_pair(full, stub) is not None
    assert is_story_pair(stub, flood) is None and is_story_pair(full, flood) is None
