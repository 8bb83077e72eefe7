"""Records: per-article EventMention and linked Event are distinct types; copies are validated."""

from __future__ import annotations

import pydantic
import pytest

from eventwire.records import Casualties, Event, EventMention


def mention() -> EventMention:
    return EventMention(id="a#1", event_type="Battles", sub_event_type="Armed clash", fatalities=2)


def test_replace_returns_a_validated_copy_of_the_same_type():
    changed = mention().replace(fatalities=5, actor1="Military Forces of Mali (2021-)")
    assert isinstance(changed, EventMention) and changed.fatalities == 5 and changed.id == "a#1"


@pytest.mark.parametrize("changes", [
    pytest.param({"fatalities": "many"}, id="wrong-type"),
    pytest.param({"actr1": "Rebels"}, id="unknown-field"),
    pytest.param({"confidence": 3.0}, id="out-of-range"),
])
def test_replace_refuses_what_model_copy_lets_through(changes):
    assert mention().model_copy(update=changes)  # pydantic's copy checks nothing
    with pytest.raises(pydantic.ValidationError):
        mention().replace(**changes)


def test_mention_and_linked_event_are_separate_types():
    assert not issubclass(EventMention, Event) and not issubclass(Event, EventMention)
    assert set(EventMention.model_fields) == set(Event.model_fields)  # one stored shape for both


def test_replace_works_on_every_record():
    assert Casualties(fatalities=1).replace(injuries=3) == Casualties(fatalities=1, injuries=3)
