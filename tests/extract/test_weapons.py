"""Weapon normalisation (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.extract.weapons import find_weapon

CASES = [
    ("ballistic", "The militia fired two ballistic missiles at the port.", "ballistic missile"),
    ("one-way-drone", "A one-way attack drone hit the base.", "one-way attack drone"),
    ("katyusha", "Katyusha rockets landed near the embassy.", "Katyusha rockets"),
    ("ied", "A roadside bomb struck the convoy.", "IED"),
    ("mortar", "Mortars fell on the market.", "mortar"),
    ("airstrike", "An airstrike destroyed the bridge.", "aircraft"),
    ("none", "Protesters gathered outside parliament.", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_weapon(nlp, text, expected):
    assert find_weapon(next(nlp(text).sents)) == expected
