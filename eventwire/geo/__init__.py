"""Geocoding: the place names of an event -> a located place, offline, from installed packages.

Stages: `detect` finds the toponyms in the event's own sentences (spaCy's names plus gazetteer
phrase matching), `resolve` ranks their candidates from the indexed `gazetteer` in context,
`choose` picks the event's place(s), and `Geocoder.place_events` writes location, admin1/admin2, country, iso, coordinates, geo_precision
and the evidence span into each event — one event per place when a sentence reports several
(ACLED's one-location rule).  Nothing here needs a full-article spaCy Doc.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.geo.choose import Located, locate
from eventwire.geo.countries import cue_country, demonyms_in, geo_focus, group_cues, iso2_for
from eventwire.geo.detect import PlaceMention, find_mentions, unknown_names
from eventwire.geo.gazetteer import Gazetteer, open_gazetteer
from eventwire.geo.names import ascii_fold
from eventwire.geo.resolve import Resolution, resolve
from eventwire.parts import split_parts
from eventwire.records import Article, EventMention, Place, Span
from eventwire.settings import Settings

MAX_FALLBACK_CHARS = 3000
MAX_LEAD_CHARS = 600
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def fold_name(name: str | None) -> str | None:
    """ASCII form of a name (ACLED writes admin units without diacritics): 'Nuevo León' -> 'Nuevo Leon'."""
    if name is None:
        return None
    return ascii_fold(name).strip() or name


@dataclass
class Geocoder:
    gazetteer: Gazetteer

    @classmethod
    def load(cls, settings: Settings) -> "Geocoder":
        """Open (building it first if needed) the gazetteer, and load the English word frequencies."""
        from wordfreq import zipf_frequency

        zipf_frequency("the", "en")  # reads wordfreq's table once, at start-up, not in the first article
        return cls(open_gazetteer(settings.cache_dir))

    # ---------------------------------------------------------------- analysis

    def explain(self, text: str, focus: str | None = None, ner_names: tuple[str, ...] = (),
                day: dt.date | None = None) -> tuple[Resolution, list[Located]]:
        """What `eventwire geocode` shows: the resolution of `text` as one event (on `day`, for the
        fronts in force then), and its place(s)."""
        span = Span(start=0, end=len(text), text=text)
        resolution = self._resolve([span], focus, ner_names, day)
        return resolution, locate(resolution, [span], self.gazetteer, focus)

    def _resolve(self, spans: list[Span], focus: str | None, ner_names: tuple[str, ...],
                 day: dt.date | None = None) -> Resolution:
        mentions: list[PlaceMention] = []
        unknown: list[PlaceMention] = []
        for span in spans:
            found = find_mentions(span.text, span.start, self.gazetteer.lookup, ner_names)
            mentions += found
            unknown += unknown_names(span.text, span.start, found)
        demonyms = [c for span in spans for c in demonyms_in(span.text)]
        cues = [cue for span in spans for cue in group_cues(span.text)]
        # Spelling variants are looked for in the focus country and the countries of named groups.
        iso2s = {iso2_for(c) for c in ([focus] if focus else []) + [c for c, _ in cues]} - {None}
        return resolve(self.gazetteer, mentions, focus, demonyms, iso2s, cues, unknown, day)

    # ---------------------------------------------------------------- events

    def place_events(self, events: list[EventMention], article: Article, doc=None) -> list[EventMention]:
        """Each event at its place(s), one event per place with the toll split (`parts.split_parts`)."""
        placed: list[EventMention] = []
        focus = geo_focus(article.text) if events else None
        for event in events:
            placed.extend(self.place_event(event, article, focus))
        return placed

    def place_event(self, event: EventMention, article: Article, focus: str | None = None) -> list[EventMention]:
        """The event at its place(s), one event per place; `focus` as for `locate_event`."""
        return split_parts(self.locate_event(event, article, focus))

    def locate_event(self, event: EventMention, article: Article, focus: str | None = None) -> list[EventMention]:
        """A copy of the event at each of its places, each with the whole toll and the event's id (the
        split into events comes last, `parts.split_parts`); the event itself when it has no place.
        `focus` is the article's focus country (the event's own if None)."""
        spans = _event_spans(event, article)
        focus = focus or event.country or cue_country(" ".join(s.text for s in spans))
        day = event.event_date or article.published
        resolution = self._resolve(spans, focus, event.place_mentions, day)
        places = locate(resolution, spans, self.gazetteer, None)
        lead = _lead(article, spans)
        if not places and lead is not None:
            # Nothing in the event's sentences: the article's opening (its dateline, a short note).
            places = locate(self._resolve([lead], focus, event.place_mentions, day), [lead], self.gazetteer, None)
        if not places:
            places = locate(resolution, [], self.gazetteer, focus)
        if not places:
            return [event]
        return [_with_place(event, located.place) for located in places]


def _event_spans(event: EventMention, article: Article) -> list[Span]:
    """The event's sentences, its main one (event_type evidence) first; the article text without any."""
    main = event.evidence.get("event_type")
    own = [k for k in event.evidence if k not in ("event_type", "location") and k not in event.provenance]
    others = sorted({(s.start, s.end): s for k, s in event.evidence.items()  # a borrowed date's sentence is
                     if k in own and s is not None}.values(), key=lambda s: s.start)  # another event's place
    spans = [main] if main is not None else []
    spans += [s for s in others if main is None or (s.start, s.end) != (main.start, main.end)]
    if not spans:
        text = article.text[:MAX_FALLBACK_CHARS]
        spans = [Span(start=0, end=len(text), text=text)]
    return spans + _mention_sentences(event, article, spans)


def _mention_sentences(event: EventMention, article: Article, spans: list[Span]) -> list[Span]:
    """Sentences of the article holding the event's place mentions that its evidence spans lack."""
    extra: list[Span] = []
    for name in event.place_mentions:
        if any(name in s.text for s in spans + extra):
            continue
        pos = article.text.translate(APOSTROPHES).find(name.translate(APOSTROPHES))
        if pos < 0:
            continue
        start = max(article.text.rfind(". ", 0, pos) + 2, article.text.rfind("\n", 0, pos) + 1, 0)
        ends = [e for e in (article.text.find(". ", pos), article.text.find("\n", pos)) if e >= 0]
        end = min(ends) + 1 if ends else len(article.text)
        extra.append(Span(start=start, end=end, text=article.text[start:end]))
    return extra


def _lead(article: Article, spans: list[Span]) -> Span | None:
    """The article's first MAX_LEAD_CHARS (to a sentence end), unless the event's spans cover it."""
    text = article.text[:MAX_LEAD_CHARS]
    cut = text.rfind(". ") if len(article.text) > MAX_LEAD_CHARS else -1
    text = text[:cut + 1] if cut > 0 else text
    if not text.strip() or any(s.start <= 0 and s.end >= len(text) for s in spans):
        return None
    return Span(start=0, end=len(text), text=text)


def _with_place(event: EventMention, place: Place) -> EventMention:
    """The event at one of its places."""
    evidence = dict(event.evidence)
    if place.evidence is not None:
        evidence["location"] = place.evidence
    return event.replace(**{
        "location": place.location, "country": place.country, "iso": place.iso, "region": place.region,
        "admin1": place.admin1, "admin2": place.admin2, "admin3": place.admin3, "latitude": place.latitude, "longitude": place.longitude,
        "geo_precision": place.geo_precision, "evidence": evidence})


__all__ = ["Geocoder", "Located", "fold_name", "locate"]
