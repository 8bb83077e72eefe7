"""A second opinion on low-confidence events: the model names the sub-event type of the event's
sentence and quotes the words that show it.

An opinion whose quote is not in the article is dropped.  A kept one never changes the coded
values: the event's provenance records the model (`second_opinion`) and the sub-type it named
(`second_opinion_sub_event_type`), and its evidence the quote (`second_opinion`), so an analyst
can look at the events where the two differ.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from eventwire.llm.backend import Backend, Task
from eventwire.llm.errors import BackendError
from eventwire.llm.evidence import locate
from eventwire.records import NOT_AN_EVENT, SUB_EVENT_TO_TYPE, EventMention

SubEventType = Literal[tuple([*SUB_EVENT_TO_TYPE, NOT_AN_EVENT])]  # type: ignore[valid-type]


class Opinion(BaseModel):
    sub_event_type: SubEventType = Field(description="ACLED sub-event type of the event the text reports")
    quote: str = Field(max_length=300, description="the words of the text that show it, copied exactly")


SECOND_OPINION = Task(
    name="second_opinion",
    system=("You code political violence and protest events by ACLED's rules. Read the sentence and "
            "name the ACLED sub-event type of the event it reports, or 'Not a conflict event'. "
            "Quote the words of the sentence that show it, copied exactly."),
    user="Sentence:\n{text}",
    schema=Opinion,
)


def second_opinion(backend: Backend, event: EventMention, text: str) -> EventMention:
    """The event with the model's opinion recorded, or as it was when the opinion has no verified quote."""
    sentence = event.evidence.get("event_type")
    if sentence is None:
        return event
    opinion = backend.ask(SECOND_OPINION, sentence.text)
    quote = locate(opinion.quote, text, sentence.start, sentence.end)
    if quote is None:
        backend.stats.values_dropped += 1
        return event
    provenance = {**event.provenance, "second_opinion": backend.model,
                  "second_opinion_sub_event_type": opinion.sub_event_type}
    return event.replace(**{"provenance": provenance,
                                    "evidence": {**event.evidence, "second_opinion": quote}})


def second_opinions(backend: Backend, events: list[EventMention], text: str, below: float) -> list[EventMention]:
    """Every event under the confidence threshold, asked about; a failed question leaves the event as it was."""
    out = []
    for event in events:
        if event.confidence < below:
            try:
                event = second_opinion(backend, event, text)
            except BackendError as exc:
                backend.stats.failed.append(f"second opinion on {event.id}: {exc}")
        out.append(event)
    return out
