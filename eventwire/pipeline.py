"""Runs the per-article stages in order and applies the error policy.

read -> language (identify; translate when a model backend is configured) -> the stages of
`eventwire.stages` (detect, tag, code, place, recode, split) -> store (one transaction per
article) -> relink.

An article the English rules cannot read (another language, no translator) is stored without
events and counted in `IngestReport.not_coded`; see `eventwire.language.stage`.

Policy (docs/INTERNALS.md, "Error policy"):

* bad input (unreadable, malformed, too big, not an article; an `InputError` or another
  `EventwireError` of a stage) -> a counted `Discard` naming the item, the stage, the problem and
  the fix; exit code 1;
* a bug in a stage (any other exception) -> a counted `Failure` naming the article, the stage
  and the exception, its traceback logged at ERROR on logger `eventwire.failures`; the rest of
  the batch goes on and the run exits with code 3, so a bug is never taken for bad input;
  `Settings.strict` (EVENTWIRE_STRICT=1) raises it at once instead.  A bug in a stage with a
  fallback (geocoding, `Stage.fallback`) keeps the article: its events are stored without a
  place (`Failure.kept`);
* `ingest` records each failure in the store (`eventwire failures` lists them, with the run they
  happened in); a later run processes a failed article again even when its text is unchanged
  (outcome "retried": its events are replaced, placed this time) and clears its failure;
* a missing model or an unusable database (`ModelError`, `StoreError`) stops the run: no
  article could be coded or stored.

In both counted cases the rest of the batch goes on.  An article is stored together
with its events or not at all, so an interrupted run loses at most the article in
flight and a rerun skips what is already stored.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from eventwire.errors import EventwireError, ModelError, StoreError
from eventwire.language.stage import LanguageStage, NotCoded, Routed, count_not_coded
from eventwire.records import Article, Discard, EventMention, Failure, NoEvent
from eventwire.settings import Settings

if TYPE_CHECKING:  # the store loads SQLAlchemy, which `extract` never needs: imported by `ingest`'s steps
    from eventwire.store import SaveOutcome, Store

log = logging.getLogger(__name__)
failures_log = logging.getLogger("eventwire.failures")

BATCH_SIZE = 32

Progress = Callable[[int], None]


class IngestReport(BaseModel):
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    retried: int = Field(default=0, description="stored articles a previous run failed on, processed again")
    discarded: int = 0
    failed: int = Field(default=0, description=(
        "articles a bug in a stage failed on (not stored, or stored with unplaced events when geocoding failed)"))
    events: int = Field(default=0, description="event mentions extracted from new, updated and retried articles")
    discards: list[Discard] = Field(default_factory=list)
    not_coded: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="reason -> language -> articles stored without events")

    def count(self, outcome: SaveOutcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    def discard(self, item: Discard) -> None:
        """Count a discard, or a failure (a `Failure` is a `Discard` that a bug caused)."""
        if isinstance(item, Failure):
            self.failed += 1
        else:
            self.discarded += 1
        self.discards.append(item)

    def count_not_coded(self, item: NotCoded) -> None:
        count_not_coded([item], self.not_coded)


@dataclass
class Annotator:
    """The per-article stages after reading: language, then `eventwire.stages` (rule detection, spaCy
    on the mentions that need it, coding, geocoding, actors in the place's country, the split into
    events).  `cache` keeps the model backend's answers (the store, when there is one)."""

    settings: Settings
    cache: object | None = None
    geocoder: object | None = None  # a loaded `Geocoder`; None loads the packaged one
    extractor: object = field(init=False)
    stages: list = field(init=False)
    languages: LanguageStage = field(init=False)
    not_coded: dict[str, NotCoded] = field(init=False, default_factory=dict)
    keep_no_events: bool = False  # keep rejected candidates in `no_events` (extract); ingest does not
    no_events: dict[str, list[NoEvent]] = field(init=False, default_factory=dict)
    unplaced: dict[str, Failure] = field(init=False, default_factory=dict)  # kept articles' failures

    def __post_init__(self) -> None:
        from eventwire.extract import Extractor
        from eventwire.geo import Geocoder
        from eventwire.llm import backend_from_settings
        from eventwire.stages import check_stages, extraction_stages

        self.extractor = Extractor.load(self.settings)
        self.geocoder = self.geocoder or Geocoder.load(self.settings)
        self.stages = extraction_stages(self.extractor, self.geocoder)
        check_stages(self.stages)
        self.languages = LanguageStage(backend_from_settings(self.settings, self.cache))

    def annotate(self, articles: Sequence[Article]) -> Iterator[tuple[Article, list[EventMention] | Discard]]:
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

    def _after_rules(self, routed: Routed, events: list[EventMention]) -> list[EventMention]:
        """Events of a translation cite the original; low-confidence ones get a second opinion."""
        from eventwire.llm.second_opinion import second_opinions

        events = routed.restore(events)
        below, backend = self.settings.llm_second_opinion_below, self.languages.backend
        return second_opinions(backend, events, routed.article.text, below) if backend and below else events

    def _annotate_english(self, articles: Sequence[Article]) -> Iterator[tuple[Article, list[EventMention] | Discard]]:
        """Events for each (English) article, or a Discard for an article a stage failed on.

        Stages run in order; a batch stage (spaCy's entity recogniser) runs once over the batch's
        documents that are still going, and only on the mentions that need it (see `eventwire.extract`)."""
        from eventwire.stages import ArticleDocument

        last_batch = max((n for n, stage in enumerate(self.stages) if stage.batch), default=-1)
        head, tail = self.stages[:last_batch + 1], self.stages[last_batch + 1:]
        docs: list[ArticleDocument | Discard] = [ArticleDocument(article) for article in articles]
        for stage in head:  # up to the last batch stage: each stage over the whole batch
            docs = self._run_batch(stage, articles, docs) if stage.batch else [
                d if isinstance(d, Discard) else self._step(stage, a, d) for a, d in zip(articles, docs)]
        for article, doc in zip(articles, docs):  # then article by article
            for stage in tail:
                if isinstance(doc, Discard):
                    break
                doc = self._step(stage, article, doc)
            if self.keep_no_events and not isinstance(doc, Discard) and doc.rejected:
                self.no_events[article.id] = doc.rejected
            yield article, doc if isinstance(doc, Discard) else doc.events

    def _step(self, stage, article: Article, doc):
        """`doc` after `stage`, or the Discard it became; after a bug in a stage with a fallback,
        `doc` as the fallback leaves it, its Failure in `unplaced`."""
        result = self._guard(article, stage.fails_as, stage.run, doc)
        if isinstance(result, Failure) and stage.fallback is not None:
            stage.fallback(doc)
            self.unplaced[article.id] = _kept(result)
            return doc
        return result if isinstance(result, Discard) else doc

    def _run_batch(self, stage, articles: Sequence[Article], docs: list) -> list:
        going = [d for d in docs if not isinstance(d, Discard)]
        try:
            stage.run(going)
        except Exception as exc:  # find the article it failed on; `_guard` applies the policy
            if self.settings.strict:
                raise
            log.warning("batch stage %s failed (%s); running it article by article", stage.name, exc)
            return [d if isinstance(d, Discard) else self._guard(a, stage.fails_as, self._one, stage, d)
                    for a, d in zip(articles, docs)]
        return docs

    @staticmethod
    def _one(stage, doc):
        stage.run([doc])
        return doc

    def _guard(self, article: Article, stage: str, fn, *args):
        try:
            return fn(*args)
        except (ModelError, StoreError):
            raise
        except EventwireError as exc:
            log.info("article %s discarded at %s: %s", article.id, stage, exc)
            return Discard(item=_item_name(article), stage=stage, reason=f"{type(exc).__name__}: {exc}")
        except Exception as exc:
            if self.settings.strict:
                raise
            return _failure(article, stage, exc)


LOST_HINT = ("a bug in eventwire, not in the input: the article was not stored; "
             "a rerun after the fix stores it")
KEPT_HINT = ("a bug in eventwire's geocoding: the article is stored with its events unplaced; "
             "a rerun after the fix places them")
EXTRACT_HINTS = {False: "a bug in eventwire, not in the input: the article's events are missing",
                 True: "a bug in eventwire's geocoding: the article's events are listed without a place"}


def _failure(article: Article, stage: str, exc: Exception) -> Failure:
    failures_log.error("article %s failed at stage %s: %s: %s", _item_name(article), stage,
                       type(exc).__name__, exc, exc_info=exc)
    return Failure(item=_item_name(article), stage=stage, error=type(exc).__name__,
                   reason=f"{type(exc).__name__}: {_one_line(exc)}", article_id=article.id,
                   origin=article.origin, hint=LOST_HINT, failed_at=dt.datetime.now(dt.timezone.utc))


def _kept(failure: Failure) -> Failure:
    return failure.replace(kept=True, hint=KEPT_HINT)


def _one_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:300] if lines else "(no message)"


def _extract_hint(item: Discard) -> Discard:
    """A failure's hint as `extract` (no store) says it."""
    return item.replace(hint=EXTRACT_HINTS[item.kept]) if isinstance(item, Failure) else item


def _item_name(article: Article) -> str:
    return f"{article.origin} (article {article.id})" if article.origin else article.id


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def check_model(settings: Settings) -> None:
    """Load the typing model `settings.model` names (if any) once, so that a missing or broken file
    stops the run with its `ModelError` before any input is read or a database is created, even
    when every input would have been discarded (then no stage would ever have loaded it).  With no
    model set there is nothing to check (and nothing is imported: the packaged rules)."""
    if settings.model is None:
        return
    from eventwire.extract.typing import load_typer

    load_typer(settings.model)


def read_inputs(paths: Sequence[str], settings: Settings) -> Iterator[Article | Discard]:
    from eventwire.ingest import read_inputs as read

    return read(paths, settings)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during `ingest`; `report` counts what was stored, `linked` says whether its events were
    linked before stopping (else the next ingest links them)."""

    def __init__(self, report: IngestReport, linked: bool):
        super().__init__()
        self.report, self.linked = report, linked


def ingest(paths: Sequence[str], store: Store, settings: Settings,
           progress: Progress | None = None, link: bool = True,
           annotator: Annotator | None = None) -> IngestReport:
    """Read, extract, geocode and store every article under `paths`, then relink events.

    On Ctrl-C while reading, the articles stored so far (each stored whole with its events, or not
    at all) are linked, then `Interrupted` is raised with the report; a Ctrl-C while linking stops
    that too.  A rerun skips the stored articles, goes on, and links everything.  `annotator`
    (default: one loaded from `settings` when the first article needs it) runs the stages."""
    report = IngestReport()
    try:
        _ingest_batches(paths, store, settings, report, progress, annotator)
        stopped = False
    except KeyboardInterrupt:
        stopped = True
    if link:
        try:
            relink(store)
        except KeyboardInterrupt:
            raise Interrupted(report, linked=False) from None
    if stopped:
        raise Interrupted(report, linked=link)
    return report


def _ingest_batches(paths: Sequence[str], store: Store, settings: Settings, report: IngestReport,
                    progress: Progress | None, annotator: Annotator | None) -> None:
    run = run_id()
    for batch in batched(read_inputs(paths, settings), BATCH_SIZE):
        pending = _triage(batch, store, report)
        if pending:
            annotator = annotator or Annotator(settings, cache=store)
            _store_batch(pending, annotator, store, report, run)
        if progress:
            progress(len(batch))


def _triage(batch: list[Article | Discard], store: Store, report: IngestReport) -> list[Article]:
    """Count discards, unchanged articles and id collisions; return the articles that need processing."""
    from eventwire.store import SaveOutcome

    pending: dict[str, Article] = {}
    articles = [item for item in batch if not isinstance(item, Discard)]
    for item in batch:
        if isinstance(item, Discard):
            report.discard(item)
    outcomes = store.article_outcomes(articles)
    updated = [a for a, outcome in zip(articles, outcomes) if outcome is SaveOutcome.UPDATED and a.id_file]
    stored = store.stored_origins(a.id for a in updated) if updated else {}
    for item, outcome in zip(articles, outcomes):
        if outcome is SaveOutcome.UNCHANGED:
            report.count(SaveOutcome.UNCHANGED)
        elif (collision := _collision(item, stored.get(item.id))) is not None:
            report.discard(collision)
        else:
            pending[item.id] = item  # the last copy of an id within a batch wins
    return list(pending.values())


def _collision(article: Article, stored) -> Discard | None:
    """A Discard when `article` takes its id from its file and the stored article of that id came
    from another file (or from a record with that id): it is another article, not a new version."""
    if stored is None or article.id_file is None:
        return None
    if stored.id_file == article.id_file or (stored.id_file is None and stored.origin == article.origin):
        return None
    where = article.origin or article.id_file
    return Discard(item=where, stage="ingest",
                   reason=f"{where}: the id {article.id!r} is already stored from another file, "
                          f"{stored.origin or stored.id_file}; the article was not stored over it. A file's id is "
                          "its name when it is named directly, else its path under the folder ingested: ingest "
                          "the folder above both files so that their paths tell them apart, or rename one")


def run_id() -> str:
    """An id for one ingest run, recorded with its failures: its start time (UTC) and a random tag."""
    return f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _store_batch(pending: Sequence[Article], annotator: Annotator, store: Store, report: IngestReport,
                 run: str) -> None:
    """Store the batch's articles with their events, and record its failures (those of kept articles
    in the transaction that stores them)."""
    ready, failures = [], []
    for article, result in annotator.annotate(pending):
        if isinstance(result, Failure):
            failures.append(result)
        if isinstance(result, Discard):
            report.discard(result)
            continue
        ready.append((article, result))
        if article.id in annotator.unplaced:
            failures.append(annotator.unplaced.pop(article.id))
    kept = {f.article_id: f for f in failures if f.kept}
    for (article, events), outcome in zip(ready, store.save_articles(ready, failures, run)):
        if isinstance(outcome, EventwireError):
            report.discard(Discard(item=_item_name(article), stage="store", reason=str(outcome)))
            continue
        report.count(outcome)
        report.events += len(events)
        if article.id in kept:
            report.discard(kept[article.id])
        if article.id in annotator.not_coded:
            report.count_not_coded(annotator.not_coded.pop(article.id))


def relink(store: Store) -> None:
    from eventwire.link import relink as link_events

    with store.link_lock():  # another process's relink finishes first (eventwire.store.locks)
        link_events(store)


def extract(paths: Sequence[str], settings: Settings) -> Iterator[EventMention | Discard | NotCoded | NoEvent]:
    """Events found in the inputs, without a database; a NotCoded for each article the rules cannot
    read, and a NoEvent for each candidate that scope or modality rejected (with its reason).
    A missing or broken model file raises at the first item, before any input is read."""
    check_model(settings)
    annotator: Annotator | None = None
    for batch in batched(read_inputs(paths, settings), BATCH_SIZE):
        articles = [item for item in batch if isinstance(item, Article)]
        yield from (item for item in batch if isinstance(item, Discard))
        if articles:
            annotator = annotator or Annotator(settings, keep_no_events=True)
            for article, result in annotator.annotate(articles):
                yield from ([_extract_hint(result)] if isinstance(result, Discard) else result)
                if article.id in annotator.unplaced:
                    yield _extract_hint(annotator.unplaced.pop(article.id))
                if article.id in annotator.not_coded:
                    yield annotator.not_coded.pop(article.id)
                yield from annotator.no_events.pop(article.id, [])
