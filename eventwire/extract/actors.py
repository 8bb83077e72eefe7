"""Actors of an event, normalised through the alias table in `lexicon`, with ACLED inter codes."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.dates import span_of
from eventwire.extract.lexicon import COMPILED_ACTORS, COUNTRY_SUFFIXED
from eventwire.records import Actor

PROTEST_TYPES = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}


@dataclass(frozen=True)
class ActorPair:
    actor1: Actor | None
    actor2: Actor | None

    def fields(self) -> dict:
        inter1 = self.actor1.inter if self.actor1 else None
        inter2 = self.actor2.inter if self.actor2 else None
        return {"actor1": self.actor1.name if self.actor1 else None, "inter1": inter1,
                "actor2": self.actor2.name if self.actor2 else None, "inter2": inter2,
                "interaction": interaction(inter1, inter2)}

    def evidence(self) -> dict:
        pairs = (("actor1", self.actor1), ("actor2", self.actor2))
        return {key: actor.evidence for key, actor in pairs if actor and actor.evidence}


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: the two codes lowest first, or the single code times ten."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _named(name: str, country: str | None) -> str:
    return f"{name} ({country})" if name in COUNTRY_SUFFIXED and country else name


def actors_in(sentence, country: str | None) -> list[Actor]:
    found = []
    for pattern, name, inter in COMPILED_ACTORS:
        match = pattern.search(sentence.text)
        if match:
            found.append((match.start(), Actor(name=_named(name, country), inter=inter, raw=match.group(0),
                                               evidence=span_of(sentence))))
    return [actor for _, actor in sorted(found, key=lambda pair: pair[0])]


def find_actors(sentences: list, sub_event_type: str, country: str | None) -> ActorPair:
    """actor1 = the first actor named (the initiator, usually), actor2 = the next distinct one."""
    seen: dict[str, Actor] = {}
    for sentence in sentences:
        for actor in actors_in(sentence, country):
            seen.setdefault(actor.name, actor)
    actors = list(seen.values())
    if sub_event_type in PROTEST_TYPES:
        actors.sort(key=lambda a: a.inter != 6)
    elif actors and actors[0].inter == 7 and len(actors) > 1:
        actors = actors[1:] + actors[:1]
    if not actors and sub_event_type not in PROTEST_TYPES:
        actors = [Actor(name=_named("Unidentified Armed Group", country), inter=2)]
    return ActorPair(actors[0] if actors else None, actors[1] if len(actors) > 1 else None)
