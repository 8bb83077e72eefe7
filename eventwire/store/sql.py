"""The store: every SQL statement eventwire runs.  SQLite by default, any SQLAlchemy URL works."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from eventwire.errors import StoreError
from eventwire.records import Article, Event
from eventwire.store import schema
from eventwire.store.filters import ArticleFilter, EventFilter


class SaveOutcome(str, enum.Enum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"


def _enable_sqlite_wal(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _make_engine(url: str) -> sa.Engine:
    try:
        engine = sa.create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}. Use a file path or a URL such as "
                         "sqlite:///events.db or postgresql://user@host/db") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _enable_sqlite_wal)
    return engine


class Store:
    """Articles, their per-article event mentions, and canonical (linked) events."""

    def __init__(self, url: str):
        self.url = url
        self.engine = _make_engine(url)
        self.migrate()

    # -- schema -----------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply every named migration not yet recorded; return the names applied."""
        applied: list[str] = []
        try:
            with self.engine.begin() as conn:
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

    def close(self) -> None:
        self.engine.dispose()

    # -- articles -----------------------------------------------------------------

    def article_outcome(self, article: Article) -> SaveOutcome:
        """What saving this article would do, without writing anything."""
        current = self._current_row(article.id)
        if current is None:
            return SaveOutcome.NEW
        if current.content_hash == article.content_hash:
            return SaveOutcome.UNCHANGED
        return SaveOutcome.UPDATED

    def save_article(self, article: Article, events: Sequence[Event]) -> SaveOutcome:
        """Store an article with its extracted events in one transaction.

        Unchanged text is left as it is; changed text becomes a new version whose
        events replace the old version's.  Either everything is written or nothing.
        """
        try:
            with self.engine.begin() as conn:
                return self._save_article(conn, article, events)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {article.id!r}: {exc}") from exc

    def _save_article(self, conn: sa.Connection, article: Article,
                      events: Sequence[Event]) -> SaveOutcome:
        a = schema.articles
        current = conn.execute(sa.select(a.c.version, a.c.content_hash)
                               .where(a.c.id == article.id, a.c.is_current)).first()
        if current is not None and current.content_hash == article.content_hash:
            return SaveOutcome.UNCHANGED
        version = 1 if current is None else current.version + 1
        if current is not None:
            conn.execute(a.update().where(a.c.id == article.id).values(is_current=False))
            conn.execute(schema.mentions.delete().where(schema.mentions.c.article_id == article.id))
        conn.execute(a.insert().values(**_article_row(article), version=version, is_current=True))
        if events:
            conn.execute(schema.mentions.insert(), [
                {**_event_row(ev), "article_id": article.id, "article_version": version}
                for ev in events
            ])
        return SaveOutcome.NEW if current is None else SaveOutcome.UPDATED

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
            with self.engine.begin() as conn:
                conn.execute(schema.event_sources.delete())
                conn.execute(schema.events.delete())
                if events:
                    conn.execute(schema.events.insert(), [_event_row(ev) for ev in events])
                    links = [link for ev in events for link in _source_links(ev)]
                    if links:
                        conn.execute(schema.event_sources.insert(), links)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store linked events: {exc}") from exc

    def get_event(self, event_id: str) -> Event | None:
        e = schema.events
        with self.engine.connect() as conn:
            rec = conn.scalar(sa.select(e.c.record).where(e.c.id == event_id))
        return Event.model_validate(rec) if rec is not None else None

    def list_events(self, flt: EventFilter = EventFilter()) -> list[Event]:
        e = schema.events
        query = _filtered(sa.select(e.c.record), e, flt)
        query = query.order_by(e.c.event_date.is_(None), e.c.event_date, e.c.id)
        query = query.offset(flt.offset).limit(flt.limit)
        with self.engine.connect() as conn:
            return [Event.model_validate(rec) for rec in conn.scalars(query)]

    def count_events(self, flt: EventFilter = EventFilter()) -> int:
        e = schema.events
        query = _filtered(sa.select(sa.func.count()).select_from(e), e, flt)
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def iter_events(self, flt: EventFilter = EventFilter(), batch: int = 1000) -> Iterator[Event]:
        offset = flt.offset
        while True:
            page = self.list_events(flt.model_copy(update={"offset": offset, "limit": batch}))
            yield from page
            if len(page) < batch:
                return
            offset += batch


def _filtered(query: sa.Select, e: sa.Table, flt: EventFilter) -> sa.Select:
    conditions = []
    if flt.since:
        conditions.append(e.c.event_date >= flt.since)
    if flt.until:
        conditions.append(e.c.event_date <= flt.until)
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
        needle = flt.text.lower()
        conditions.append(sa.func.lower(sa.cast(e.c.record, sa.Text)).contains(needle, autoescape=True))
    return query.where(*conditions) if conditions else query


def _article_row(article: Article) -> dict:
    row = article.model_dump(exclude={"ingested_at"})
    row["ingested_at"] = article.ingested_at or dt.datetime.now(dt.timezone.utc)
    return row


def _row_to_article(row: sa.Row) -> Article:
    data = {k: v for k, v in row._mapping.items() if k not in ("version", "is_current")}
    return Article.model_validate(data)


def _event_row(event: Event) -> dict:
    return {
        "id": event.id, "event_date": event.event_date, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "actor1": event.actor1, "actor2": event.actor2,
        "country": event.country, "admin1": event.admin1, "latitude": event.latitude,
        "longitude": event.longitude, "fatalities": event.fatalities,
        "record": event.model_dump(mode="json"),
    }


def _source_links(event: Event) -> list[dict]:
    """One row per (canonical event, source article)."""
    return [{"event_id": event.id, "article_id": article_id}
            for article_id in dict.fromkeys(event.sources)]
