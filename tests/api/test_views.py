"""Pieces of the API's answers that do not need a database."""

from __future__ import annotations

import pytest

from eventwire.api.views import anchored, best_mention
from eventwire.records import Event, Span

TEXT = "First sentence here. Second sentence there."


@pytest.mark.parametrize(("span", "expected"), [
    (Span(start=0, end=20, text="First sentence here."), (0, 20)),
    (Span(start=3, end=25, text="Second sentence there."), (21, 43)),
    (Span(start=40, end=90, text="not in the text"), None),
    (Span(start=5, end=5, text=""), None),
], ids=["exact", "shifted-is-moved", "absent-is-dropped", "empty-is-dropped"])
def test_anchored_spans_cover_their_text(span, expected):
    kept = anchored({"f": span}, TEXT)
    if expected is None:
        assert kept == {}
    else:
        assert (kept["f"].start, kept["f"].end) == expected
        assert TEXT[kept["f"].start:kept["f"].end] == span.text


def _event(eid: str, **fields) -> Event:
    return Event(id=eid, event_type=fields.pop("event_type", "Battles"),
                 sub_event_type=fields.pop("sub_event_type", "Armed clash"), **fields)


def test_best_mention_prefers_the_same_id_then_the_most_fields_in_common():
    canonical = _event("E1", location="Mosul", fatalities=3)
    near = _event("a#1", location="Mosul", fatalities=3)
    far = _event("a#2", event_type="Protests", sub_event_type="Peaceful protest", location="Basra")
    assert best_mention(canonical, [far, near]) is near
    assert best_mention(canonical, [near, _event("E1")]).id == "E1"
    assert best_mention(canonical, []) is None
    assert best_mention(canonical, [far]) is None  # nothing in common: no evidence is better than wrong evidence
