"""Runs the per-article stages in order and applies the error policy.

read -> language (identify; translate when a model backend is configured) -> extract (rules,
then spaCy on the mentions that need it) -> geocode -> store (one transaction per article) -> relink.

An article the English rules cannot read (another language, no translator) is stored without
events and counted in `IngestReport.not_coded`; see `eventwire.language.stage`.

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
from eventwire.language.stage import LanguageStage, NotCoded, Routed, count_not_coded
from eventwire.records import Article, Discard, Event
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
    not_coded: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="reason -> language -> articles stored without events")

    def count(self, outcome: SaveOutcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    def discard(self, item: Discard) -> None:
        self.discarded += 1
        self.discards.append(item)

    def count_not_coded(self, item: NotCoded) -> None:
        count_not_coded([item], self.not_coded)


@dataclass
class Annotator:
    """The per-article stages after reading: language, spaCy, extraction, geocoding.

    `cache` keeps the model backend's answers (the store, when there is one)."""

    settings: Settings
    cache: object | None = None
    extractor: object = field(init=False)
    geocoder: object = field(init=False)
    languages: LanguageStage = field(init=False)
    not_coded: dict[str, NotCoded] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        from eventwire.extract import Extractor
        from eventwire.geo import Geocoder
        from eventwire.llm import backend_from_settings

        self.extractor = Extractor.load(self.settings)
        self.geocoder = Geocoder.load(self.settings)
        self.geocoder.prepare_pipeline(self.extractor.nlp)
        self.languages = LanguageStage(backend_from_settings(self.settings, self.cache))

    def annotate(self, articles: Sequence[Article]) -> Iterator[tuple[Article, list[Event] | Discard]]:
        """Each article with its language, and its events or a Discard for a stage that failed.

        An article the rules cannot read gets no events, and its NotCoded (why) in `not_coded`."""
        routed = [self._guard(article, "language", self.languages.route, article) for article in articles]
        views = [r.view for r in routed if isinstance(r, Routed) and r.view is not None]
        coded = self._annotate_english(views)
        for article, r in zip(articles, routed):
            if isinstance(r, Discard):
                yield article, r
            elif r.view is None:
                self.not_coded[article.id] = r.not_coded
                yield r.article, []
            else:
                _, result = next(coded)
                yield r.article, result if isinstance(result, Discard) else self._after_rules(r, result)

    def _after_rules(self, routed: Routed, events: list[Event]) -> list[Event]:
        """Events of a translation cite the original; low-confidence ones get a second opinion."""
        from eventwire.llm.second_opinion import second_opinions

        events = routed.restore(events)
        below, backend = self.settings.llm_second_opinion_below, self.languages.backend
        return second_opinions(backend, events, routed.article.text, below) if backend and below else events

    def _annotate_english(self, articles: Sequence[Article]) -> Iterator[tuple[Article, list[Event] | Discard]]:
        """Events for each (English) article, or a Discard for an article a stage failed on.

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

    def _place(self, events: list[Event], article: Article, detection) -> list[Event]:
        """Geocode the events, code their actors again where they were placed in another country than
        the article's focus, and name their generic actors in the country they were placed in."""
        from eventwire.extract import recode_actors
        from eventwire.extract.actors import complete_countries

        placed = self.geocoder.place_events(events, article, detection)
        return [complete_countries(recode_actors(detection, event)) for event in placed]

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
            annotator = annotator or Annotator(settings, cache=store)
            _store_batch(annotator.annotate(pending), store, report, annotator.not_coded)
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


def _store_batch(annotated: Iterable[tuple[Article, list[Event] | Discard]], store: Store,
                 report: IngestReport, not_coded: dict[str, NotCoded]) -> None:
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
        if article.id in not_coded:
            report.count_not_coded(not_coded.pop(article.id))


def relink(store: Store) -> None:
    from eventwire.link import relink as link_events

    link_events(store)


def extract(paths: Sequence[str], settings: Settings) -> Iterator[Event | Discard | NotCoded]:
    """Events found in the inputs, without a database; a NotCoded for each article the rules cannot read."""
    annotator: Annotator | None = None
    for batch in batched(read_inputs(paths, settings), BATCH_SIZE):
        articles = [item for item in batch if isinstance(item, Article)]
        yield from (item for item in batch if isinstance(item, Discard))
        if articles:
            annotator = annotator or Annotator(settings)
            for article, result in annotator.annotate(articles):
                yield from ([result] if isinstance(result, Discard) else result)
                if article.id in annotator.not_coded:
                    yield annotator.not_coded.pop(article.id)
