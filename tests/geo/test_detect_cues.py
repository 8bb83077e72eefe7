"""Position cues of a place name: after a date's comma a name opens its clause (no unit of what
precedes it, no preposition); after a numbered place's comma it is that place's unit."""

from __future__ import annotations

import pytest

from eventwire.geo.detect import find_mentions


def mention_of(geocoder, text: str, name: str):
    found = [m for m in find_mentions(text, 0, geocoder.gazetteer.lookup) if text[m.start:m.end] == name]
    assert found, f"{name!r} not detected in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, name, context", [
    ("On 3 June 2021, Kenya police fired tear gas at traders.", "Kenya", False),
    ("On June 3, Kenya police fired tear gas at traders.", "Kenya", False),
    ("On Monday, Kenya police fired tear gas at traders.", "Kenya", False),
    ("Mortar rounds landed near the mine at Hirske-3, Luhansk, damaging a school.", "Luhansk", True),
    ("Gunmen robbed a shop in Tower 22, Jordan, on Friday.", "Jordan", True),
    ("Traders protested in Kisumu, Kenya, over new taxes.", "Kenya", True),
], ids=["day-month-year", "month-day", "weekday", "numbered-place", "numbered-site", "town-country"])
def test_a_name_after_a_comma_is_a_unit_unless_a_date_precedes(geocoder, text, name, context):
    m = mention_of(geocoder, text, name)
    assert m.context is context
    if not context:
        assert not m.locative
