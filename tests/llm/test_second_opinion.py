"""Second opinions: recorded beside the rules' values, never over them; dropped without a verified quote."""

from __future__ import annotations

import json

from eventwire.llm import Backend
from eventwire.llm.cache import MemoryCache
from eventwire.llm.client import ChatClient
from eventwire.llm.second_opinion import second_opinions
from eventwire.llm.structured import StructuredChat
from eventwire.records import Event, Span

TEXT = "Residents said. Two rockets landed near the airport late on Saturday, wounding a guard."
SENTENCE = Span(start=16, end=len(TEXT), text=TEXT[16:])


def _event(confidence: float = 0.3) -> Event:
    return Event(id="a#1", article_id="a", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", confidence=confidence,
                 evidence={"event_type": SENTENCE})


def _backend(server) -> Backend:
    return Backend(chat=StructuredChat(ChatClient(url=server.url, model="judge")), cache=MemoryCache())


def _opinion(sub: str, quote: str) -> tuple[int, str]:
    return 200, json.dumps({"sub_event_type": sub, "quote": quote})


def test_an_opinion_with_a_verified_quote_is_recorded_beside_the_values(server, script):
    script.replies = [_opinion("Air/drone strike", "Two rockets landed near the airport")]
    (event,) = second_opinions(_backend(server), [_event()], TEXT, below=0.5)
    assert event.sub_event_type == "Shelling/artillery/missile attack"      # the rules' value stays
    assert event.provenance == {"second_opinion": "judge", "second_opinion_sub_event_type": "Air/drone strike"}
    quote = event.evidence["second_opinion"]
    assert TEXT[quote.start:quote.end] == "Two rockets landed near the airport"
    assert script.requests[0]["messages"][1]["content"].endswith(SENTENCE.text)


def test_an_opinion_whose_quote_is_not_in_the_sentence_is_dropped(server, script):
    script.replies = [_opinion("Air/drone strike", "Residents said")]   # in the text, not in the sentence
    backend = _backend(server)
    (event,) = second_opinions(backend, [_event()], TEXT, below=0.5)
    assert event == _event() and backend.stats.values_dropped == 1


def test_a_sub_type_outside_acleds_list_is_sent_back_once(server, script):
    script.replies = [_opinion("Rocket attack", "Two rockets landed"), _opinion("Shelling/artillery/missile attack",
                                                                               "Two rockets landed")]
    (event,) = second_opinions(_backend(server), [_event()], TEXT, below=0.5)
    assert event.provenance["second_opinion_sub_event_type"] == "Shelling/artillery/missile attack"
    assert len(script.requests) == 2


def test_confident_events_are_not_asked_and_failures_leave_events_as_they_were(server, script):
    script.replies = [(200, "nonsense"), (200, "more nonsense")]
    backend = _backend(server)
    confident, doubtful = _event(0.9), _event(0.2)
    assert second_opinions(backend, [confident, doubtful], TEXT, below=0.5) == [confident, doubtful]
    assert len(script.requests) == 2 and len(backend.stats.failed) == 1
