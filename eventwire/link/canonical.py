"""The canonical event of a cluster of mentions: chosen values, sources and disagreements.

- id: the id of its first stored report's mention (earliest stored article, then publication
  date, then article and mention id), so an event keeps its id when later reports join it;
- fatalities: ACLED's rule over the sources (`tolls.canonical_toll`): the latest revised figure
  where a report says it revises, else the most conservative specific figure;
- date: the most precise one the sources give (the earliest among equally precise ones);
- place: the most precise located one; actors: the source that names the most of them;
- type: what most independent sources say;
- a report that covers several events (`covers`) is a source of each, but neither its coarse
  place nor its total toll is chosen for any one of them;
- every field the sources give different values for becomes a `Disagreement` with each
  source's value and evidence sentence;
- `corroboration` is the number of independent sources (copies of one original count once).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.link.actors import actor_names
from eventwire.link.tolls import canonical_toll, reports_fatalities
from eventwire.records import Disagreement, Event, disorder_type_for

PLACE_FIELDS = ("location", "country", "iso", "region", "admin1", "admin2", "admin3",
                "latitude", "longitude", "geo_precision")
ACTOR_FIELDS = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting")


@dataclass(frozen=True)
class Sources:
    """Article facts the canonical event needs: order, independence."""

    article_of: Mapping[str, str]                 # mention id -> article id
    original_of: Mapping[str, str]                # article id -> original article id
    published_of: Mapping[str, dt.date | None]    # article id -> publication date
    stored_of: Mapping[str, dt.datetime | None] = field(default_factory=dict)   # article id -> stored at


def anchor(mentions: Sequence[Event], src: Sources, covers: Sequence[str] = ()) -> Event:
    """The mention that names the event: the first stored report's (covering reports aside)."""
    own = [m for m in mentions if m.id not in covers] or list(mentions)
    return min(own, key=lambda m: _stored_order(m, src))


def _stored_order(m: Event, src: Sources) -> tuple:
    article = src.article_of[m.id]
    return (_instant(src.stored_of.get(article)), src.published_of.get(article) or dt.date.max, article, m.id)


def _instant(at: dt.datetime | None) -> str:
    """A sortable UTC form (stores give naive or aware datetimes); unknown sorts last."""
    if at is None:
        return "~"
    if at.tzinfo is not None:
        at = at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return at.isoformat()


def canonical_event(mentions: Sequence[Event], src: Sources, covers: Sequence[str] = ()) -> Event:
    ordered = sorted(mentions, key=lambda m: _source_order(m, src))
    own = [m for m in mentions if m.id not in covers] or list(mentions)
    ranked = sorted(own, key=lambda m: _quality(m, src))
    base = anchor(mentions, src, covers)
    if len(mentions) == 1:
        return base.model_copy(update=_source_fields(ordered, src))
    update: dict[str, Any] = {}
    evidence = dict(base.evidence)
    for choose in (_type_choice, _date_choice, _place_choice, _actor_choice, _casualty_choice):
        fields, mention, evidence_keys = choose(ranked, src)
        update.update(fields)
        if mention is not None:
            evidence.update({k: v for k, v in mention.evidence.items() if k in evidence_keys})
    update["disorder_type"] = disorder_type_for(update["event_type"], update["sub_event_type"])
    update["weapon"] = next((m.weapon for m in ranked if m.weapon), None)
    update["place_mentions"] = tuple(dict.fromkeys(p for m in ordered for p in m.place_mentions))
    update["confidence"] = max(m.confidence for m in mentions)
    update["evidence"] = evidence
    update.update(_source_fields(ordered, src))
    update["disagreements"] = tuple(disagreements(ordered, src, update))
    return base.model_copy(update=update)


def _source_order(m: Event, src: Sources) -> tuple:
    article = src.article_of[m.id]
    return (src.published_of.get(article) or dt.date.max, article, m.id)


def _quality(m: Event, src: Sources) -> tuple:
    return (m.time_precision or 9, m.geo_precision or 9, *_source_order(m, src))


def _source_fields(ordered: Sequence[Event], src: Sources) -> dict[str, Any]:
    articles = tuple(dict.fromkeys(src.article_of[m.id] for m in ordered))
    outlets = [m.source for m in ordered if m.source]
    return {"sources": articles, "corroboration": len({src.original_of[a] for a in articles}),
            "source": "; ".join(dict.fromkeys(outlets)) or None}


Choice = tuple[dict[str, Any], Event | None, tuple[str, ...]]


def _type_choice(ranked: Sequence[Event], src: Sources) -> Choice:
    votes = Counter()
    for sub, original in {(m.sub_event_type, src.original_of[src.article_of[m.id]]) for m in ranked}:
        votes[sub] += 1
    best = max(votes.values())
    chosen = next(m for m in ranked if votes[m.sub_event_type] == best)
    return ({"event_type": chosen.event_type, "sub_event_type": chosen.sub_event_type},
            chosen, ("event_type", "sub_event_type"))


def _date_choice(ranked: Sequence[Event], src: Sources) -> Choice:
    dated = [m for m in ranked if m.event_date]
    if not dated:
        return {}, None, ()
    precision = min(m.time_precision or 9 for m in dated)
    chosen = min((m for m in dated if (m.time_precision or 9) == precision), key=lambda m: m.event_date)
    return ({"event_date": chosen.event_date, "time_precision": chosen.time_precision},
            chosen, ("event_date",))


def _place_choice(ranked: Sequence[Event], src: Sources) -> Choice:
    located = [m for m in ranked if m.latitude is not None] or list(ranked)
    chosen = located[0]
    return {f: getattr(chosen, f) for f in PLACE_FIELDS}, chosen, ("location",)


def _actor_choice(ranked: Sequence[Event], src: Sources) -> Choice:
    chosen = max(ranked, key=lambda m: (len(actor_names(m)), -ranked.index(m)))
    return {f: getattr(chosen, f) for f in ACTOR_FIELDS}, chosen, ("actor1", "actor2")


def _casualty_choice(ranked: Sequence[Event], src: Sources) -> Choice:
    fields: dict[str, Any] = {}
    chosen = canonical_toll([m for m in ranked if reports_fatalities(m)],
                            lambda m: src.published_of.get(src.article_of[m.id]))
    fields["fatalities"] = chosen.fatalities if chosen else 0
    fields["claimant"] = chosen.claimant if chosen else next((m.claimant for m in ranked if m.claimant), None)
    injured = [m.injuries for m in ranked if m.injuries is not None]
    fields["injuries"] = min(injured) if injured else None
    return fields, chosen, ("fatalities",)


# -- disagreements -----------------------------------------------------------------------------

Getter = Callable[[Event], Any]

DISAGREEMENT_FIELDS: tuple[tuple[str, Getter, Callable[[Event], bool], str], ...] = (
    ("event_date", lambda m: m.event_date.isoformat() if m.event_date else None,
     lambda m: m.event_date is not None, "event_date"),
    ("fatalities", lambda m: m.fatalities, reports_fatalities, "fatalities"),
    ("injuries", lambda m: m.injuries, lambda m: m.injuries is not None, "fatalities"),
    ("sub_event_type", lambda m: m.sub_event_type, lambda m: True, "event_type"),
    ("location", lambda m: m.location, lambda m: bool(m.location) and (m.geo_precision or 3) < 3, "location"),
    ("actor1", lambda m: m.actor1, lambda m: bool(actor_names(m)), "actor1"),
)


def disagreements(ordered: Sequence[Event], src: Sources, chosen: Mapping[str, Any]) -> list[Disagreement]:
    out = []
    for field_name, value_of, gives, evidence_key in DISAGREEMENT_FIELDS:
        giving = [m for m in ordered if gives(m)]
        values = {src.article_of[m.id]: value_of(m) for m in giving}
        if len(set(map(str, values.values()))) > 1:
            chosen_value = chosen.get(field_name)
            if isinstance(chosen_value, dt.date):
                chosen_value = chosen_value.isoformat()
            out.append(Disagreement(
                field=field_name, values=values, chosen=chosen_value,
                evidence={src.article_of[m.id]: m.evidence.get(field_name) or m.evidence.get(evidence_key)
                          for m in giving}))
    return out
