"""The store: every SQL statement eventwire runs.  SQLite by default, any SQLAlchemy URL works."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from eventwire import acled
from eventwire.errors import StoreError
from eventwire.link.model import ArticleCopy, ArticleFeatures, EventIdChange, LinkUpdate, MergeLink
from eventwire.records import Article, Event, Failure, RecordedFailure, Story
from eventwire.store import locks, schema
from eventwire.store.filters import ArticleFilter, EventFilter, search_terms

if TYPE_CHECKING:
    from eventwire.llm.cache import AnswerKey


class ArticleMeta(NamedTuple):
    published: dt.date | None
    title: str | None
    stored_at: dt.datetime | None


class StoredOrigin(NamedTuple):
    id_file: str | None  # the file that gave the stored article its id (None: the record did)
    origin: str | None


class SaveOutcome(str, enum.Enum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    RETRIED = "retried"  # unchanged text, but a previous run failed on it: its events are replaced


# SQLite waits this long for another process's write to finish before "database is locked"
SQLITE_BUSY_TIMEOUT_MS = 60_000
_WRITE = "eventwire_write"  # execution option: this transaction writes (see `locks`)


def _enable_sqlite_wal(dbapi_conn, _record) -> None:
    """WAL (readers never wait for a writer), and transactions that eventwire begins itself.

    pysqlite's own transaction handling starts a transaction only at the first INSERT/UPDATE, so
    a read before it (is this article stored?) was outside the transaction, and two processes
    could both act on what they read.  With `isolation_level = None` the `begin` listener below
    starts every transaction: BEGIN for reads, BEGIN IMMEDIATE for writes, which takes the write
    lock first (waiting up to the busy timeout) so a writer never reads stale rows."""
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash loses at most the last commits, never corrupts
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin_sqlite(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _begin_postgresql(conn: sa.Connection) -> None:
    if conn.get_execution_options().get(_WRITE):
        locks.lock_writes(conn)


def _make_engine(url: str) -> sa.Engine:
    try:
        engine = sa.create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}. Use a file path or a URL such as "
                         "sqlite:///events.db or postgresql://user@host/db") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _enable_sqlite_wal)
        sa.event.listen(engine, "begin", _begin_sqlite)
    elif engine.dialect.name == "postgresql":
        sa.event.listen(engine, "begin", _begin_postgresql)
    return engine


class Store:
    """Articles, their per-article event mentions, and canonical (linked) events."""

    def __init__(self, url: str):
        self.url = url
        self.engine = _make_engine(url)
        self._writer = self.engine.execution_options(**{_WRITE: True})
        self.migrate()
        self._refresh_flat()

    # -- schema -----------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply every named migration not yet recorded; return the names applied."""
        applied: list[str] = []
        try:
            with self._write() as conn:
                schema.schema_migrations.create(conn, checkfirst=True)
                done = set(conn.scalars(sa.select(schema.schema_migrations.c.name)))
                for name, run in schema.MIGRATIONS:
                    if name in done:
                        continue
                    run(conn)
                    conn.execute(schema.schema_migrations.insert().values(
                        name=name, applied_at=dt.datetime.now(dt.timezone.utc)))
                    applied.append(name)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare database {self.url!r}: {exc}") from exc
        return applied

    def applied_migrations(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.scalars(sa.select(schema.schema_migrations.c.name)
                                     .order_by(schema.schema_migrations.c.name)))

    def _write(self):
        """A write transaction (on SQLite it holds the write lock from its first statement)."""
        return self._writer.begin()

    def link_lock(self):
        """Held while relinking, so that two processes' relinks take turns (see `locks`)."""
        return locks.link_lock(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- articles -----------------------------------------------------------------

    def article_outcome(self, article: Article) -> SaveOutcome:
        """What saving this article would do, without writing anything."""
        return self.article_outcomes([article])[0]

    def article_outcomes(self, articles: Sequence[Article]) -> list[SaveOutcome]:
        """`article_outcome` for a batch: NEW, UPDATED (other text), RETRIED (the same text, with a
        recorded failure) or UNCHANGED."""
        a, f = schema.articles, schema.failures
        stored: dict[str, str] = {}
        failed: set[str] = set()
        ids = sorted({article.id for article in articles})
        with self.engine.connect() as conn:
            for chunk in _chunks(ids, 500):
                query = sa.select(a.c.id, a.c.content_hash).where(a.c.is_current, a.c.id.in_(chunk))
                stored.update((row.id, row.content_hash) for row in conn.execute(query))
                failed.update(conn.scalars(sa.select(f.c.article_id).where(f.c.article_id.in_(chunk))))
        return [_outcome(stored.get(article.id), article, article.id in failed) for article in articles]

    def stored_origins(self, article_ids: Iterable[str]) -> dict[str, StoredOrigin]:
        """Current article id -> where its stored version came from, for these articles."""
        a = schema.articles
        query = sa.select(a.c.id, a.c.id_file, a.c.origin).where(a.c.is_current)
        with self.engine.connect() as conn:
            return {row.id: StoredOrigin(row.id_file, row.origin) for chunk in _chunks(sorted(set(article_ids)), 500)
                    for row in conn.execute(query.where(a.c.id.in_(chunk)))}

    def save_article(self, article: Article, events: Sequence[Event], failure: Failure | None = None,
                     run: str = "") -> SaveOutcome:
        """Store an article with its extracted events in one transaction.

        Unchanged text is left as it is, unless a failure is recorded for it (its events are then
        replaced, outcome RETRIED); changed text becomes a new version whose events replace the old
        version's.  `failure` (a kept article's: stored with unplaced events) is recorded with it;
        without one, a failure recorded earlier is cleared.  Either everything is written or nothing.
        """
        try:
            with self._write() as conn:
                outcome = self._save_article(conn, article, events)
                _write_failures(conn, [article.id], [failure] if failure else [], run)
                return outcome
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {article.id!r}: {exc}") from exc

    def save_articles(self, items: Sequence[tuple[Article, Sequence[Event]]],
                      failures: Sequence[Failure] = (), run: str = "") -> list[SaveOutcome | StoreError]:
        """`save_article` for a batch in one transaction (one commit instead of one per article),
        with the batch's `failures` of run `run` recorded and the failures of the other stored
        articles cleared.  If the batch fails, each article is stored on its own, so one bad article
        costs only itself: the result per article is its outcome or the StoreError that names it."""
        try:
            with self._write() as conn:
                outcomes = [self._save_article(conn, article, events) for article, events in items]
                _write_failures(conn, [article.id for article, _ in items], failures, run)
                return outcomes
        except SQLAlchemyError:
            kept = {f.article_id: f for f in failures if f.kept}
            outcomes = [self._save_or_error(article, events, kept.get(article.id), run) for article, events in items]
            self.record_failures([f for f in failures if not f.kept], run)
            return outcomes

    def _save_or_error(self, article: Article, events: Sequence[Event], failure: Failure | None,
                       run: str) -> SaveOutcome | StoreError:
        try:
            return self.save_article(article, events, failure, run)
        except StoreError as exc:
            return exc

    def _save_article(self, conn: sa.Connection, article: Article,
                      events: Sequence[Event]) -> SaveOutcome:
        a = schema.articles
        current = conn.execute(sa.select(a.c.version, a.c.content_hash)
                               .where(a.c.id == article.id, a.c.is_current)).first()
        if current is not None and current.content_hash == article.content_hash:
            return self._retry_article(conn, article.id, current.version, events)
        version = 1 if current is None else current.version + 1
        if current is not None:
            conn.execute(a.update().where(a.c.id == article.id).values(is_current=False))
            conn.execute(schema.mentions.delete().where(schema.mentions.c.article_id == article.id))
        conn.execute(a.insert().values(**_article_row(article), version=version, is_current=True))
        _insert_mentions(conn, article.id, version, events)
        return SaveOutcome.NEW if current is None else SaveOutcome.UPDATED

    @staticmethod
    def _retry_article(conn: sa.Connection, article_id: str, version: int,
                       events: Sequence[Event]) -> SaveOutcome:
        """An unchanged article: left alone, or, when a failure is recorded for it, its events
        replaced and its linking features marked stale so that the next relink links them again."""
        f = schema.failures
        if conn.scalar(sa.select(f.c.article_id).where(f.c.article_id == article_id)) is None:
            return SaveOutcome.UNCHANGED
        conn.execute(schema.mentions.delete().where(schema.mentions.c.article_id == article_id))
        _insert_mentions(conn, article_id, version, events)
        features = schema.article_features
        conn.execute(features.update().where(features.c.article_id == article_id).values(features_version=None))
        return SaveOutcome.RETRIED

    # -- failures: what a bug in a stage failed on (eventwire.pipeline) ------------------

    def record_failures(self, failures: Sequence[Failure], run: str) -> None:
        """Record failures of articles that were not stored (a kept article's is recorded by
        `save_articles`), replacing any earlier failure of the same article."""
        if not failures:
            return
        try:
            with self._write() as conn:
                _write_failures(conn, [], failures, run)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot record failures in {self.url!r}: {exc}") from exc

    def list_failures(self) -> list[RecordedFailure]:
        """The recorded failures, oldest first."""
        f = schema.failures
        with self.engine.connect() as conn:
            return [RecordedFailure.model_validate(dict(row._mapping))
                    for row in conn.execute(sa.select(f).order_by(f.c.failed_at, f.c.article_id))]

    def _current_row(self, article_id: str) -> sa.Row | None:
        a = schema.articles
        with self.engine.connect() as conn:
            return conn.execute(sa.select(a).where(a.c.id == article_id, a.c.is_current)).first()

    def get_article(self, article_id: str) -> Article | None:
        row = self._current_row(article_id)
        return _row_to_article(row) if row is not None else None

    def article_versions(self, article_id: str) -> int:
        a = schema.articles
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).where(a.c.id == article_id)) or 0

    def list_articles(self, flt: ArticleFilter = ArticleFilter()) -> list[Article]:
        a = schema.articles
        query = sa.select(a).where(a.c.is_current)
        if flt.since:
            query = query.where(a.c.published >= flt.since)
        if flt.until:
            query = query.where(a.c.published <= flt.until)
        if flt.source:
            query = query.where(sa.func.lower(a.c.source).contains(flt.source.lower()))
        query = query.order_by(a.c.published.is_(None), a.c.published, a.c.id)
        query = query.offset(flt.offset).limit(flt.limit)
        with self.engine.connect() as conn:
            return [_row_to_article(row) for row in conn.execute(query)]

    def count_articles(self) -> int:
        a = schema.articles
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).where(a.c.is_current)) or 0

    # -- the model backend's answer cache (eventwire.llm.cache) ------------------

    def get_llm_answer(self, key: AnswerKey) -> str | None:
        t = schema.llm_answers
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(t.c.answer).where(
                t.c.model_hash == key.model_hash, t.c.prompt_hash == key.prompt_hash,
                t.c.text_hash == key.text_hash))

    def save_llm_answer(self, key: AnswerKey, answer: str) -> None:
        t = schema.llm_answers
        where = (t.c.model_hash == key.model_hash, t.c.prompt_hash == key.prompt_hash,
                 t.c.text_hash == key.text_hash)
        try:
            with self._write() as conn:
                conn.execute(t.delete().where(*where))
                conn.execute(t.insert().values(model_hash=key.model_hash, prompt_hash=key.prompt_hash,
                                               text_hash=key.text_hash, model=key.model, answer=answer,
                                               created_at=dt.datetime.now(dt.timezone.utc)))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot cache the model's answer in {self.url!r}: {exc}") from exc

    # -- per-article event mentions --------------------------------------------

    def list_mentions(self, article_ids: Iterable[str] | None = None) -> list[Event]:
        m = schema.mentions
        query = sa.select(m.c.record).order_by(m.c.article_id, m.c.id)
        if article_ids is not None:
            query = query.where(m.c.article_id.in_(list(article_ids)))
        with self.engine.connect() as conn:
            return [Event.model_validate(rec) for rec in conn.scalars(query)]

    # -- canonical events -------------------------------------------------------

    def replace_events(self, events: Sequence[Event]) -> None:
        """Replace all canonical events and their source links in one transaction."""
        try:
            with self._write() as conn:
                stamps = _timestamps(conn, events)
                conn.execute(schema.event_sources.delete())
                conn.execute(schema.events.delete())
                if events:
                    conn.execute(schema.events.insert(), [_canonical_row(ev, stamps[ev.id]) for ev in events])
                    links = [link for ev in events for link in _source_links(ev)]
                    if links:
                        conn.execute(schema.event_sources.insert(), links)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store linked events: {exc}") from exc

    def get_event(self, event_id: str) -> Event | None:
        """The event with this id, as stored (`a#1`) or as outputs show it (`a.1`)."""
        row = self.get_event_row(event_id)
        return row[0] if row else None

    def get_event_row(self, event_id: str) -> tuple[Event, dict] | None:
        """The event and its flat ACLED columns, by either form of its id."""
        e = schema.events
        with self.engine.connect() as conn:
            for candidate in acled.stored_ids(event_id):
                row = conn.execute(_flat_select(e).where(e.c.id == candidate)).first()
                if row is not None:
                    return _event_and_flat(row)
        return None

    def list_event_rows(self, flt: EventFilter = EventFilter()) -> list[tuple[Event, dict]]:
        """Events with their flat ACLED columns (`eventwire.acled.FLAT_COLUMNS`), as `list_events`."""
        e = schema.events
        query = _ordered(_filtered(_flat_select(e), e, flt), e, flt)
        with self.engine.connect() as conn:
            return [_event_and_flat(row) for row in conn.execute(query)]

    def iter_event_rows(self, flt: EventFilter = EventFilter(), batch: int = 1000) -> Iterator[tuple[Event, dict]]:
        return _paged(self.list_event_rows, flt, batch)

    def event_vocabulary(self, column: str) -> list[str]:
        """The distinct non-empty values of one of the events table's text columns."""
        e = schema.events
        with self.engine.connect() as conn:
            return sorted(v for v in conn.scalars(sa.select(e.c[column]).distinct()) if v)

    def event_pairs(self, first: str, second: str) -> list[tuple[str | None, str | None]]:
        """The distinct (first, second) value pairs of two of the events table's columns."""
        e = schema.events
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.select(e.c[first], e.c[second]).distinct())]

    def actor_names(self) -> list[str]:
        """Every actor name the stored events use, as actor1, actor2 or an associated actor."""
        e = schema.events
        names: set[str] = set()
        with self.engine.connect() as conn:
            for column in (e.c.actor1, e.c.actor2, e.c.assoc_actor_1, e.c.assoc_actor_2):
                for value in conn.scalars(sa.select(column).distinct()):
                    names.update(n.strip() for n in (value or "").split(";") if n.strip())
        return sorted(names)

    def _refresh_flat(self) -> None:
        """Rewrite the flat columns of events written by an older version (or before 0006)."""
        e = schema.events
        stale = sa.or_(e.c.flat_version.is_(None), e.c.flat_version != acled.FLAT_VERSION)
        try:
            with self._write() as conn:
                rows = conn.execute(sa.select(e.c.id, e.c.record, e.c.timestamp).where(stale)).all()
                now = _now()
                for row in rows:
                    event = Event.model_validate(row.record)
                    conn.execute(e.update().where(e.c.id == row.id)
                                 .values(**acled.db_columns(event, row.timestamp or now)))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot update the flat events table of {self.url!r}: {exc}") from exc

    def list_events(self, flt: EventFilter = EventFilter()) -> list[Event]:
        e = schema.events
        query = _ordered(_filtered(sa.select(e.c.record), e, flt), e, flt)
        with self.engine.connect() as conn:
            return [Event.model_validate(rec) for rec in conn.scalars(query)]

    def count_events(self, flt: EventFilter = EventFilter()) -> int:
        e = schema.events
        query = _filtered(sa.select(sa.func.count()).select_from(e), e, flt)
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def iter_events(self, flt: EventFilter = EventFilter(), batch: int = 1000) -> Iterator[Event]:
        return _paged(self.list_events, flt, batch)

    # -- cross-source linking: features, copies, stories, merge explanations ---------------

    def list_stories(self, limit: int | None = None, offset: int = 0,
                     min_articles: int = 1) -> list[Story]:
        """Stories, oldest first (undated last), then by id."""
        s = schema.stories
        query = (sa.select(s.c.record).where(s.c.size >= min_articles)
                 .order_by(s.c.first_date.is_(None), s.c.first_date, s.c.story_id)
                 .offset(offset).limit(limit))
        with self.engine.connect() as conn:
            return [Story.model_validate(rec) for rec in conn.scalars(query)]

    def count_stories(self, min_articles: int = 1) -> int:
        s = schema.stories
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(s).where(s.c.size >= min_articles)) or 0

    def story_of(self, article_id: str) -> str | None:
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa_.c.story_id).where(sa_.c.article_id == article_id))

    def list_copies(self) -> list[ArticleCopy]:
        c = schema.article_copies
        with self.engine.connect() as conn:
            return [ArticleCopy.model_validate(dict(row._mapping))
                    for row in conn.execute(sa.select(c).order_by(c.c.article_id))]

    def event_mention_ids(self, event_id: str) -> list[str]:
        em = schema.event_mentions
        with self.engine.connect() as conn:
            return list(conn.scalars(sa.select(em.c.mention_id).where(em.c.event_id == event_id)
                                     .order_by(em.c.mention_id)))

    def event_links(self, event_id: str) -> list[MergeLink]:
        """Why the mentions of this event were merged (one row per merging pair), and the close
        mentions of other events its own were kept apart from (`merged` false), best first."""
        el = schema.event_links
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(el).where(el.c.event_id == event_id)
                                .order_by(el.c.score.desc(), el.c.mention_a, el.c.mention_b))
            return [MergeLink.model_validate(dict(row._mapping)) for row in rows]

    def get_mentions(self, mention_ids: Iterable[str]) -> list[Event]:
        m = schema.mentions
        ids = list(mention_ids)
        with self.engine.connect() as conn:
            return [Event.model_validate(rec) for chunk in _chunks(ids, 500)
                    for rec in conn.scalars(sa.select(m.c.record).where(m.c.id.in_(chunk)).order_by(m.c.id))]


    # -- incremental linking: blocking look-ups and one write for a whole relink ------------

    def articles_to_link(self, features_version: int) -> list[Article]:
        """Current articles not yet linked in their current version: no features, or features of
        another text or of another feature-code version than `features_version`, or no bands."""
        query = _to_link(sa.select(schema.articles), features_version).order_by(schema.articles.c.id)
        with self.engine.connect() as conn:
            return [_row_to_article(row) for row in conn.execute(query)]

    def count_articles_to_link(self, features_version: int) -> int:
        """How many articles `articles_to_link` gives: stored, not linked yet (an ingest stopped
        before its relink, or the feature code changed since)."""
        with self.engine.connect() as conn:
            return conn.scalar(_to_link(sa.select(sa.func.count()), features_version))

    def articles_published(self, since: dt.date, until: dt.date) -> list[Article]:
        """Current articles published in [since, until]: those a new report in another language
        (or a new English one) is compared with for cross-language story links."""
        return self.list_articles(ArticleFilter(since=since, until=until))

    def get_features(self, article_ids: Iterable[str]) -> list[ArticleFeatures]:
        f = schema.article_features
        ids = sorted(set(article_ids))
        with self.engine.connect() as conn:
            return [ArticleFeatures.model_validate(rec) for chunk in _chunks(ids, 500)
                    for rec in conn.scalars(sa.select(f.c.record).where(f.c.article_id.in_(chunk)))]

    def band_postings(self, bands: Iterable[str]) -> list[tuple[str, str]]:
        """(band, article id) for every stored article in one of these LSH bands."""
        b = schema.article_bands
        with self.engine.connect() as conn:
            return [tuple(r) for chunk in _chunks(sorted(set(bands)), 500)
                    for r in conn.execute(sa.select(b.c.band, b.c.article_id).where(b.c.band.in_(chunk)))]

    def key_postings(self, keys: Iterable[str], since: dt.date | None,
                     until: dt.date | None) -> list[tuple[str, dt.date | None, str]]:
        """(key, published, article id) for stored articles with one of these blocking keys,
        published in [since, until] (None: the undated ones; both None: undated only)."""
        k = schema.article_keys
        dated = k.c.published.between(since, until) if since and until else sa.false()
        with self.engine.connect() as conn:
            return [tuple(r) for chunk in _chunks(sorted(set(keys)), 500)
                    for r in conn.execute(sa.select(k.c.key, k.c.published, k.c.article_id)
                                          .where(k.c.key.in_(chunk), sa.or_(dated, k.c.published.is_(None))))]

    def article_meta(self, article_ids: Iterable[str] | None = None) -> dict[str, ArticleMeta]:
        """Current article id -> (published, title, stored_at), for these articles or all."""
        a = schema.articles
        query = sa.select(a.c.id, a.c.published, a.c.title, a.c.ingested_at).where(a.c.is_current)
        with self.engine.connect() as conn:
            if article_ids is None:
                rows = list(conn.execute(query))
            else:
                rows = [row for chunk in _chunks(sorted(set(article_ids)), 500)
                        for row in conn.execute(query.where(a.c.id.in_(chunk)))]
        return {row.id: ArticleMeta(row.published, row.title, row.ingested_at) for row in rows}

    def count_linked_articles(self) -> int:
        f = schema.article_features
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(f)) or 0

    def story_assignments(self, article_ids: Iterable[str]) -> dict[str, str]:
        """article id -> story id, for these articles."""
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            return {aid: sid for chunk in _chunks(sorted(set(article_ids)), 500) for aid, sid in
                    conn.execute(sa.select(sa_.c.article_id, sa_.c.story_id).where(sa_.c.article_id.in_(chunk)))}

    def story_members(self, story_ids: Iterable[str]) -> set[str]:
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            return {aid for chunk in _chunks(sorted(set(story_ids)), 500) for aid in
                    conn.scalars(sa.select(sa_.c.article_id).where(sa_.c.story_id.in_(chunk)))}

    def copy_originals(self, article_ids: Iterable[str]) -> dict[str, str]:
        """copy article id -> its original, for those of these articles that are copies."""
        c = schema.article_copies
        with self.engine.connect() as conn:
            return {aid: orig for chunk in _chunks(sorted(set(article_ids)), 500) for aid, orig in
                    conn.execute(sa.select(c.c.article_id, c.c.original_id).where(c.c.article_id.in_(chunk)))}

    def copy_group(self, original_id: str) -> set[str]:
        """The original and every stored copy of it."""
        c = schema.article_copies
        with self.engine.connect() as conn:
            return {original_id, *conn.scalars(sa.select(c.c.article_id).where(c.c.original_id == original_id))}

    def links_touching(self, article_ids: Iterable[str]) -> list[tuple[str, str, str, float]]:
        """Stored (a, b, kind, score) links with a or b among these articles."""
        al = schema.article_links
        cols = (al.c.a, al.c.b, al.c.kind, al.c.score)
        out: set[tuple] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(set(article_ids)), 500):
                out.update(tuple(r) for r in conn.execute(sa.select(*cols).where(al.c.a.in_(chunk))))
                out.update(tuple(r) for r in conn.execute(sa.select(*cols).where(al.c.b.in_(chunk))))
        return sorted(out)

    def events_of_articles(self, article_ids: Iterable[str]) -> set[str]:
        es = schema.event_sources
        ids = sorted(set(article_ids))
        with self.engine.connect() as conn:
            return {eid for chunk in _chunks(ids, 500)
                    for eid in conn.scalars(sa.select(es.c.event_id).where(es.c.article_id.in_(chunk)))}

    def event_memberships(self, event_ids: Iterable[str]) -> dict[str, set[str]]:
        """event id -> its mention ids, for these events."""
        out: dict[str, set[str]] = {}
        for m, e in self._mention_events(schema.event_mentions.c.event_id, event_ids):
            out.setdefault(e, set()).add(m)
        return out

    def events_of_mentions(self, mention_ids: Iterable[str]) -> set[str]:
        """The events these mentions are in (a mention that covers several sites is in several)."""
        return {e for _, e in self._mention_events(schema.event_mentions.c.mention_id, mention_ids)}

    def _mention_events(self, column: sa.Column, values: Iterable[str]) -> list[tuple[str, str]]:
        em = schema.event_mentions
        ids = sorted(set(values))
        with self.engine.connect() as conn:
            return [(m, e) for chunk in _chunks(ids, 500) for m, e in conn.execute(
                sa.select(em.c.mention_id, em.c.event_id).where(column.in_(chunk)))]

    def event_id_changes(self, since: dt.datetime | None = None,
                         event_ids: Iterable[str] | None = None) -> list[EventIdChange]:
        """How event ids changed (merged into, split from, replaced by, withdrawn), oldest first:
        all, those at or after `since`, or those naming one of `event_ids` on either side."""
        c = schema.event_id_changes
        query = sa.select(c.c.event_id, c.c.change, c.c.other_id, c.c.changed_at).order_by(c.c.seq)
        if since is not None:
            query = query.where(c.c.changed_at >= since)
        if event_ids is not None:
            ids = sorted(set(event_ids))
            query = query.where(sa.or_(c.c.event_id.in_(ids), c.c.other_id.in_(ids)))
        with self.engine.connect() as conn:
            return [EventIdChange.model_validate(dict(row._mapping)) for row in conn.execute(query)]

    def mentions_near(self, country: str, day: dt.date, days: int) -> list[Event]:
        """Mentions in this country dated within `days` of `day`."""
        m = schema.mentions
        span = dt.timedelta(days=days)
        query = (sa.select(m.c.record).where(m.c.country == country,
                                             m.c.event_date.between(day - span, day + span))
                 .order_by(m.c.id))
        with self.engine.connect() as conn:
            return [Event.model_validate(rec) for rec in conn.scalars(query)]

    def apply_link_update(self, update: LinkUpdate) -> None:
        """Write one relink's changes in one transaction: an interrupted relink changes nothing."""
        try:
            with self._write() as conn:
                self._write_article_index(conn, update)
                self._write_stories(conn, update)
                self._write_events(conn, update)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store linked events and stories: {exc}") from exc

    def _write_article_index(self, conn: sa.Connection, u: LinkUpdate) -> None:
        ids = [f.article_id for f in u.features]
        for table, column in ((schema.article_features, "article_id"), (schema.article_bands, "article_id"),
                              (schema.article_keys, "article_id"), (schema.article_links, "a"),
                              (schema.article_links, "b")):
            for chunk in _chunks(ids, 500):
                conn.execute(table.delete().where(table.c[column].in_(chunk)))
        _insert(conn, schema.article_features, [
            {"article_id": f.article_id, "content_hash": f.content_hash, "published": f.published,
             "features_version": f.version, "record": f.model_dump(mode="json")} for f in u.features])
        _insert(conn, schema.article_bands, [{"band": band, "article_id": aid}
                                             for aid, bands in u.bands.items() for band in bands])
        _insert(conn, schema.article_keys, [{"key": key, "article_id": f.article_id, "published": f.published}
                                            for f in u.features for key in f.keys])
        _insert(conn, schema.article_links, [{"a": a, "b": b, "kind": kind, "score": score}
                                             for a, b, kind, score in u.article_links])
        for chunk in _chunks(sorted(u.copy_scope), 500):
            conn.execute(schema.article_copies.delete().where(schema.article_copies.c.article_id.in_(chunk)))
        _insert(conn, schema.article_copies, [c.model_dump() for c in u.copies])

    def _write_stories(self, conn: sa.Connection, u: LinkUpdate) -> None:
        gone = list(u.removed_stories)
        for chunk in _chunks(gone, 500):
            conn.execute(schema.stories.delete().where(schema.stories.c.story_id.in_(chunk)))
            conn.execute(schema.story_articles.delete().where(schema.story_articles.c.story_id.in_(chunk)))
        members = [aid for st in u.stories for aid in st.article_ids]
        for chunk in _chunks(members, 500):
            conn.execute(schema.story_articles.delete().where(schema.story_articles.c.article_id.in_(chunk)))
        _insert(conn, schema.stories, [_story_row(st) for st in u.stories])
        _insert(conn, schema.story_articles, [{"article_id": aid, "story_id": st.story_id}
                                              for st in u.stories for aid in st.article_ids])

    def _write_events(self, conn: sa.Connection, u: LinkUpdate) -> None:
        stamps = _timestamps(conn, u.events)
        gone = sorted(set(u.removed_events) | {e.id for e in u.events})
        for chunk in _chunks(gone, 500):
            for table in (schema.events, schema.event_sources, schema.event_mentions, schema.event_links):
                column = table.c.id if table is schema.events else table.c.event_id
                conn.execute(table.delete().where(column.in_(chunk)))
        _insert(conn, schema.events, [_canonical_row(ev, stamps[ev.id]) for ev in u.events])
        _insert(conn, schema.event_sources, [link for ev in u.events for link in _source_links(ev)])
        _insert(conn, schema.event_mentions, [{"mention_id": m, "event_id": eid}
                                              for eid, ms in u.event_mentions.items() for m in ms])
        el = schema.event_links
        pairs = sorted({(link.mention_a, link.mention_b) for link in u.links})
        for chunk in _chunks(pairs, 500):   # "kept apart" rows of events not rebuilt are replaced
            conn.execute(el.delete().where(sa.tuple_(el.c.mention_a, el.c.mention_b).in_(list(chunk))))
        _insert(conn, el, list({(link.mention_a, link.mention_b): link.model_dump(mode="json")
                                for link in u.links}.values()))
        _insert(conn, schema.event_id_changes, [c.model_dump() for c in u.id_changes])


def _outcome(stored_hash: str | None, article: Article, failed: bool) -> SaveOutcome:
    if stored_hash is None:
        return SaveOutcome.NEW
    if stored_hash != article.content_hash:
        return SaveOutcome.UPDATED
    return SaveOutcome.RETRIED if failed else SaveOutcome.UNCHANGED


def _insert_mentions(conn: sa.Connection, article_id: str, version: int, events: Sequence[Event]) -> None:
    if events:
        conn.execute(schema.mentions.insert(), [
            {**_event_row(ev), "article_id": article_id, "article_version": version} for ev in events])


def _write_failures(conn: sa.Connection, stored: Sequence[str], failures: Sequence[Failure], run: str) -> None:
    """Clear the failures of the `stored` articles, then record `failures`.  An article stored with
    unplaced events stays pending (`places_pending`) until a run stores it without failing."""
    f = schema.failures
    ids = sorted(set(stored) | {failure.article_id for failure in failures})
    pending: set[str] = set()
    for chunk in _chunks(ids, 500):
        pending.update(conn.scalars(sa.select(f.c.article_id).where(f.c.article_id.in_(chunk), f.c.places_pending)))
        conn.execute(f.delete().where(f.c.article_id.in_(chunk)))
    _insert(conn, f, [_failure_row(failure, run, failure.kept or (failure.article_id in pending
                                                                   and failure.article_id not in stored))
                      for failure in {x.article_id: x for x in failures}.values()])


def _failure_row(failure: Failure, run: str, places_pending: bool) -> dict:
    return {"article_id": failure.article_id, "origin": failure.origin, "stage": failure.stage,
            "error": failure.error, "reason": failure.reason, "hint": failure.hint,
            "places_pending": places_pending, "run": run,
            "failed_at": failure.failed_at or dt.datetime.now(dt.timezone.utc)}


def _paged(fetch, flt: EventFilter, batch: int) -> Iterator:
    """Everything `fetch(filter)` would list, fetched `batch` rows at a time."""
    offset = flt.offset
    while True:
        page = fetch(flt.model_copy(update={"offset": offset, "limit": batch}))
        yield from page
        if len(page) < batch:
            return
        offset += batch


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    for chunk in _chunks(rows, 2000):
        conn.execute(table.insert(), list(chunk))


def _story_row(story: Story) -> dict:
    return {"story_id": story.story_id, "title": story.title, "first_date": story.first_date,
            "last_date": story.last_date, "size": len(story.article_ids),
            "record": story.model_dump(mode="json")}


def _filtered(query: sa.Select, e: sa.Table, flt: EventFilter) -> sa.Select:
    conditions = _date_conditions(e, flt)
    if flt.country:
        conditions.append(sa.func.lower(e.c.country) == flt.country.lower())
    if flt.admin1:
        conditions.append(sa.func.lower(e.c.admin1) == flt.admin1.lower())
    if flt.event_type:
        conditions.append(sa.func.lower(e.c.event_type) == flt.event_type.lower())
    if flt.sub_event_type:
        conditions.append(sa.func.lower(e.c.sub_event_type) == flt.sub_event_type.lower())
    if flt.actor:
        needle = flt.actor.lower()
        conditions.append(sa.or_(sa.func.lower(e.c.actor1).contains(needle, autoescape=True),
                                 sa.func.lower(e.c.actor2).contains(needle, autoescape=True)))
    if flt.bbox:
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        conditions += [e.c.longitude.between(min_lon, max_lon), e.c.latitude.between(min_lat, max_lat)]
    if flt.text:
        conditions += _text_conditions(e, flt.text)
    if flt.min_confidence is not None:
        conditions.append(e.c.confidence >= flt.min_confidence)
    conditions += _resolved_conditions(e, flt)
    return query.where(*conditions) if conditions else query


def _date_conditions(e: sa.Table, flt: EventFilter) -> list:
    dated = []
    if flt.since:
        dated.append(e.c.event_date >= flt.since)
    if flt.until:
        dated.append(e.c.event_date <= flt.until)
    if flt.undated_only:
        return [e.c.event_date.is_(None)]
    if dated and flt.include_undated:
        return [sa.or_(sa.and_(*dated), e.c.event_date.is_(None))]
    return dated


def _text_conditions(e: sa.Table, text: str) -> list:
    """Every word (or "quoted phrase") of `text` somewhere in the event's record or notes, any case."""
    record = sa.func.lower(sa.cast(e.c.record, sa.Text))
    notes = sa.func.lower(sa.func.coalesce(e.c.notes, ""))
    return [sa.or_(record.contains(term, autoescape=True), notes.contains(term, autoescape=True))
            for term in search_terms(text)]


def _resolved_conditions(e: sa.Table, flt: EventFilter) -> list:
    """Values a filter was resolved to (any of them): exact countries, admin1 units, actor names."""
    conditions = []
    if flt.countries is not None:
        conditions.append(e.c.country.in_(flt.countries))
    if flt.admin1s is not None:
        conditions.append(e.c.admin1.in_(flt.admin1s))
    if flt.actors is not None:
        names = list(flt.actors)
        assoc = [sa.or_(*(col.contains(n, autoescape=True) for n in names))
                 for col in (e.c.assoc_actor_1, e.c.assoc_actor_2)] if names else []
        conditions.append(sa.or_(e.c.actor1.in_(names), e.c.actor2.in_(names), *assoc))
    return conditions


def _article_row(article: Article) -> dict:
    row = article.model_dump(exclude={"ingested_at"})
    row["ingested_at"] = article.ingested_at or dt.datetime.now(dt.timezone.utc)
    return row


def _row_to_article(row: sa.Row) -> Article:
    data = {k: v for k, v in row._mapping.items() if k not in ("version", "is_current")}
    return Article.model_validate(data)


def _event_row(event: Event) -> dict:
    """A per-article mention's row, and the base of a canonical event's."""
    return {
        "id": event.id, "event_date": event.event_date, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "actor1": event.actor1, "actor2": event.actor2,
        "country": event.country, "admin1": event.admin1, "latitude": event.latitude,
        "longitude": event.longitude, "fatalities": event.fatalities,
        "record": event.model_dump(mode="json"),
    }


def _canonical_row(event: Event, timestamp: int) -> dict:
    """A canonical event's row: the base columns and the flat ACLED ones (`eventwire.acled`)."""
    return {**_event_row(event), **acled.db_columns(event, timestamp)}


def _now() -> int:
    return int(dt.datetime.now(dt.timezone.utc).timestamp())


def _timestamps(conn: sa.Connection, events: Sequence[Event]) -> dict[str, int]:
    """ACLED's `timestamp` for events about to be written: the time the event last changed, so an
    event written again unchanged (same record) keeps its old one, and a new or changed one gets now."""
    e = schema.events
    old: dict[str, tuple[dict, int | None]] = {}
    for chunk in _chunks(sorted({ev.id for ev in events}), 500):
        for row in conn.execute(sa.select(e.c.id, e.c.record, e.c.timestamp).where(e.c.id.in_(chunk))):
            old[row.id] = (row.record, row.timestamp)
    now = _now()
    stamps = {}
    for ev in events:
        record, stamp = old.get(ev.id, (None, None))
        stamps[ev.id] = stamp if stamp is not None and record == ev.model_dump(mode="json") else now
    return stamps


def _flat_select(e: sa.Table) -> sa.Select:
    return sa.select(e.c.record, *(e.c[c] for c in acled.FLAT_COLUMNS))


def _event_and_flat(row: sa.Row) -> tuple[Event, dict]:
    mapping = dict(row._mapping)
    return Event.model_validate(mapping.pop("record")), acled.from_stored(mapping)


def _ordered(query: sa.Select, e: sa.Table, flt: EventFilter) -> sa.Select:
    query = query.order_by(e.c.event_date.is_(None), e.c.event_date, e.c.id)
    return query.offset(flt.offset).limit(flt.limit)


def _source_links(event: Event) -> list[dict]:
    """One row per (canonical event, source article)."""
    return [{"event_id": event.id, "article_id": article_id}
            for article_id in dict.fromkeys(event.sources)]


def _to_link(select: sa.Select, features_version: int) -> sa.Select:
    """`select` over the current articles that are not linked in their current version."""
    a, f, b = schema.articles, schema.article_features, schema.article_bands
    banded = sa.select(b.c.article_id).where(b.c.article_id == a.c.id).exists()
    stale = sa.or_(f.c.features_version.is_(None), f.c.features_version != features_version)
    return (select.select_from(a.outerjoin(f, f.c.article_id == a.c.id))
            .where(a.c.is_current, sa.or_(f.c.content_hash.is_(None), f.c.content_hash != a.c.content_hash,
                                          stale, ~banded)))
