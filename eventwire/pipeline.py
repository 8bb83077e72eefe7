"""Runs the per-article stages in order and applies the error policy.

read -> extract (rules, then spaCy on the mentions that need it) -> geocode -> store (one transaction per article) -> relink.

Policy: an item that fails a stage becomes a counted `Discard` naming the item, the
stage and the reason; the rest of the batch goes on.  An article is stored together
with its events or not at all, so an interrupted run loses at most the article in
flight and a rerun skips what is already stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from pydantic import BaseModel, Field

from eventwire.errors import EventwireError
from eventwire.records import Article, Discard, EventMention
from eventwire.settings import Settings
from eventwire.store import SaveOutcome, Store

log = logging.getLogger(__name__)

BATCH_SIZE = 32

Progress = Callable[[int], None]


class IngestReport(BaseModel):
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    discarded: int = 0
    events: int = Field(default=0, description="event mentions extracted from new/updated articles")
    discards: list[Discard] = Field(default_factory=list)

    def count(self, outcome: SaveOutcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    def discard(self, item: Discard) -> None:
        self.discarded += 1
        self.discards.append(item)


@dataclass
class Annotator:
    """The per-article stages after reading: spaCy, extraction, geocoding."""

    settings: Settings
    extractor: object = field(init=False)
    geocoder: object = field(init=False)

    def __post_init__(self) -> None:
        from eventwire.extract import Extractor
        from eventwire.geo import Geocoder

        self.extractor = Extractor.load(self.settings)
        self.geocoder = Geocoder.load(self.settings)

    def annotate(self, articles: Sequence[Article]) -> Iterator[tuple[Article, list[EventMention] | Discard]]:
        """Events for each article, or a Discard for an article a stage failed on.

        The rule stages run per article; the spaCy model runs once for the whole batch, and only
        on the mentions that need it (see `eventwire.extract`)."""
        detected = [(article, self._guard(article, "extract", self.extractor.detect, article)) for article in articles]
        try:
            self.extractor.tag([d for _, d in detected if not isinstance(d, Discard)])
        except (ValueError, KeyError, IndexError, TypeError) as exc:  # find the article spaCy failed on
            log.warning("batch entity tagging failed (%s); tagging article by article", exc)
            detected = [(a, d if isinstance(d, Discard) else self._guard(a, "extract", self._tag_one, d))
                        for a, d in detected]
        for article, detection in detected:
            if isinstance(detection, Discard):
                yield article, detection
                continue
            events = self._guard(article, "extract", self.extractor.code, detection)
            if not isinstance(events, Discard):
                events = self._guard(article, "geo", self._place, events, article, detection)
            yield article, events

    def _place(self, events: list[EventMention], article: Article, detection) -> list[EventMention]:
        """Geocode the events, code their actors again where they were placed in another country than
        the article's focus, name their generic actors in the country they were placed in, and
        last split each into one event per attack and place (`parts.split_parts`, unique ids)."""
        from eventwire.extract import recode_actors
        from eventwire.extract.actors import complete_countries
        from eventwire.geo.countries import geo_focus
        from eventwire.parts import split_parts

        focus = geo_focus(article.text) if events else None
        out: list[EventMention] = []
        for event in events:
            placed = self.geocoder.locate_event(event, article, focus)
            coded = [complete_countries(recode_actors(detection, p)) for p in placed]
            out += split_parts(coded, detection.attacks(event))
        return out

    def _tag_one(self, detection):
        self.extractor.tag([detection])
        return detection

    def _guard(self, article: Article, stage: str, fn, *args):
        try:
            return fn(*args)
        except (EventwireError, ValueError, KeyError, IndexError, TypeError, AttributeError,
                StopIteration) as exc:
            log.warning("article %s failed at %s: %s", article.id, stage, exc, exc_info=True)
            return Discard(item=_item_name(article), stage=stage, reason=f"{type(exc).__name__}: {exc}")


def _item_name(article: Article) -> str:
    return f"{article.origin} (article {article.id})" if article.origin else article.id


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def read_inputs(paths: Sequence[str], settings: Settings) -> Iterator[Article | Discard]:
    from eventwire.ingest import read_inputs as read

    return read(paths, settings)


def ingest(paths: Sequence[str], store: Store, settings: Settings,
           progress: Progress | None = None, link: bool = True) -> IngestReport:
    """Read, extract, geocode and store every article under `paths`, then relink events."""
    report = IngestReport()
    annotator: Annotator | None = None
    for batch in batched(read_inputs(paths, settings), BATCH_SIZE):
        pending = _triage(batch, store, report)
        if pending:
            annotator = annotator or Annotator(settings)
            _store_batch(annotator.annotate(pending), store, report)
        if progress:
            progress(len(batch))
    if link:
        relink(store)
    return report


def _triage(batch: list[Article | Discard], store: Store, report: IngestReport) -> list[Article]:
    """Count discards and unchanged articles; return the articles that need processing."""
    pending: dict[str, Article] = {}
    articles = [item for item in batch if not isinstance(item, Discard)]
    for item in batch:
        if isinstance(item, Discard):
            report.discard(item)
    for item, outcome in zip(articles, store.article_outcomes(articles)):
        if outcome is SaveOutcome.UNCHANGED:
            report.count(SaveOutcome.UNCHANGED)
        else:
            pending[item.id] = item  # the last copy of an id within a batch wins
    return list(pending.values())


def _store_batch(annotated: Iterable[tuple[Article, list[EventMention] | Discard]], store: Store,
                 report: IngestReport) -> None:
    ready = []
    for article, result in annotated:
        if isinstance(result, Discard):
            report.discard(result)
        else:
            ready.append((article, result))
    for (article, events), outcome in zip(ready, store.save_articles(ready)):
        if isinstance(outcome, EventwireError):
            report.discard(Discard(item=_item_name(article), stage="store", reason=str(outcome)))
            continue
        report.count(outcome)
        report.events += len(events)


def relink(store: Store) -> None:
    from eventwire.link import relink as link_events

    link_events(store)


def extract(paths: Sequence[str], settings: Settings) -> Iterator[EventMention | Discard]:
    """Events found in the inputs, without a database."""
    annotator: Annotator | None = None
    for batch in batched(read_inputs(paths, settings), BATCH_SIZE):
        articles = [item for item in batch if isinstance(item, Article)]
        yield from (item for item in batch if isinstance(item, Discard))
        if articles:
            annotator = annotator or Annotator(settings)
            for _article, result in annotator.annotate(articles):
                yield from ([result] if isinstance(result, Discard) else result)
