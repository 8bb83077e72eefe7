"""Table definitions and the named migrations that create them.

A migration is appended, never edited: its name is recorded in `schema_migrations`
when applied, so an existing database is brought forward by running the rest.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(300), primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("is_current", sa.Boolean, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("source", sa.Text),
    sa.Column("byline", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("origin", sa.Text),
    sa.Column("extra", sa.JSON, nullable=False),
    sa.Column("language", sa.String(16)),  # the identified language (migration 0007)
    sa.Column("id_file", sa.Text),  # the file that gave the article its id (migration 0008)
)
sa.Index("ix_articles_current", articles.c.is_current, articles.c.published)
# The current version of an article by id (migration 0009).  Without it SQLite answers
# `WHERE id = ? AND is_current` from ix_articles_current, stepping through every current article,
# so storing one article cost time in proportion to the store (issue 17); being unique, it is the
# index the planner takes for such a look-up, and it keeps one current version per id.
sa.Index("ix_articles_current_id", articles.c.id, unique=True,
         sqlite_where=articles.c.is_current == sa.true(), postgresql_where=articles.c.is_current)


def _event_columns() -> list[sa.Column]:
    """Columns shared by per-article mentions and canonical events: filters + the full record."""
    return [
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("event_date", sa.Date, index=True),
        sa.Column("event_type", sa.String(60), index=True),
        sa.Column("sub_event_type", sa.String(60)),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("country", sa.String(100), index=True),
        sa.Column("admin1", sa.String(200)),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("record", sa.JSON, nullable=False),
    ]


mentions = sa.Table(
    "mentions", metadata,
    *_event_columns(),
    sa.Column("article_id", sa.String(300), nullable=False, index=True),
    sa.Column("article_version", sa.Integer, nullable=False),
)

events = sa.Table("events", metadata, *_event_columns())

event_sources = sa.Table(
    "event_sources", metadata,
    sa.Column("event_id", sa.String(100), primary_key=True),
    sa.Column("article_id", sa.String(300), primary_key=True, index=True),
)

# -- cross-source linking (migration 0002) ---------------------------------------------------

article_features = sa.Table(
    "article_features", metadata,
    sa.Column("article_id", sa.String(300), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("published", sa.Date),
    sa.Column("record", sa.JSON, nullable=False),
    # the feature code's version (eventwire.link.features.FEATURES_VERSION); migration 0004
    sa.Column("features_version", sa.Integer),
)

article_copies = sa.Table(
    "article_copies", metadata,
    sa.Column("article_id", sa.String(300), primary_key=True),
    sa.Column("original_id", sa.String(300), nullable=False, index=True),
    sa.Column("similarity", sa.Float, nullable=False),
)

stories = sa.Table(
    "stories", metadata,
    sa.Column("story_id", sa.String(40), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("first_date", sa.Date, index=True),
    sa.Column("last_date", sa.Date),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
)

story_articles = sa.Table(
    "story_articles", metadata,
    sa.Column("article_id", sa.String(300), primary_key=True),
    sa.Column("story_id", sa.String(40), nullable=False, index=True),
)

# A mention is in one event, or in several when it covers several sites (migration 0005: the key
# became (mention_id, event_id)).
event_mentions = sa.Table(
    "event_mentions", metadata,
    sa.Column("mention_id", sa.String(100), primary_key=True),
    sa.Column("event_id", sa.String(100), primary_key=True, index=True),
)

event_links = sa.Table(
    "event_links", metadata,
    sa.Column("event_id", sa.String(100), nullable=False, index=True),
    sa.Column("mention_a", sa.String(100), primary_key=True),
    sa.Column("mention_b", sa.String(100), primary_key=True),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reasons", sa.JSON, nullable=False),
    # migration 0005: reasons against, hard reasons, and rows of pairs kept apart (merged false)
    sa.Column("against", sa.JSON),
    sa.Column("hard", sa.JSON),
    sa.Column("merged", sa.Boolean),
)

LINK_TABLES = (article_copies, stories, story_articles, event_mentions, event_links)

# -- incremental linking (migration 0003): blocking indexes and pairwise article links ----------

article_bands = sa.Table(
    "article_bands", metadata,
    sa.Column("band", sa.String(40), primary_key=True),
    sa.Column("article_id", sa.String(300), primary_key=True, index=True),
)

article_keys = sa.Table(
    "article_keys", metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("article_id", sa.String(300), primary_key=True, index=True),
    sa.Column("published", sa.Date),
)
sa.Index("ix_article_keys_key_published", article_keys.c.key, article_keys.c.published)

article_links = sa.Table(
    "article_links", metadata,
    sa.Column("a", sa.String(300), primary_key=True),
    sa.Column("b", sa.String(300), primary_key=True, index=True),
    sa.Column("kind", sa.String(10), primary_key=True),
    sa.Column("score", sa.Float, nullable=False),
)
sa.Index("ix_mentions_country_date", mentions.c.country, mentions.c.event_date)

# -- event id history (migration 0005) ---------------------------------------------------------

event_id_changes = sa.Table(
    "event_id_changes", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(100), nullable=False, index=True),
    sa.Column("change", sa.String(20), nullable=False),
    sa.Column("other_id", sa.String(100), index=True),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

# -- the flat events table (migration 0006): every ACLED column as a column ------------------
# The `events` table keeps its filter columns and the JSON record; 0006 adds the rest of ACLED's
# 31 columns and eventwire's extras (values from `eventwire.acled.flat_columns`), and the view
# `acled_events` shows them in ACLED's order, for SQL users, datasette or DuckDB.

FLAT_ADDED: tuple[tuple[str, sa.types.TypeEngine], ...] = (
    ("event_id_cnty", sa.String(100)), ("year", sa.Integer()), ("time_precision", sa.Integer()),
    ("disorder_type", sa.String(60)), ("assoc_actor_1", sa.Text()), ("inter1", sa.String(40)),
    ("assoc_actor_2", sa.Text()), ("inter2", sa.String(40)), ("interaction", sa.String(80)),
    ("civilian_targeting", sa.String(40)), ("iso", sa.Integer()), ("region", sa.String(100)),
    ("admin2", sa.String(200)), ("admin3", sa.String(200)), ("location", sa.Text()),
    ("geo_precision", sa.Integer()), ("source", sa.Text()), ("source_scale", sa.String(100)),
    ("notes", sa.Text()), ("tags", sa.Text()), ("timestamp", sa.BigInteger()),
    ("inter1_code", sa.Integer()), ("inter2_code", sa.Integer()), ("interaction_code", sa.Integer()),
    ("injuries", sa.Integer()), ("weapon", sa.String(60)), ("claimant", sa.Text()),
    ("corroboration", sa.Integer()), ("confidence", sa.Float()), ("flat_version", sa.Integer()),
)
for _name, _type in FLAT_ADDED:
    events.append_column(sa.Column(_name, _type))

ACLED_VIEW = "acled_events"


def _flat_events(conn: sa.Connection) -> None:
    """Add the flat columns an older `events` table lacks, then (re)create the ACLED view.
    The columns are filled when the store opens (`Store._refresh_flat`)."""
    from eventwire.acled import FLAT_COLUMNS

    quote = conn.dialect.identifier_preparer.quote
    have = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    for name, kind in FLAT_ADDED:
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE events ADD COLUMN {quote(name)} {kind.compile(dialect=conn.dialect)}"))
    columns = ", ".join(quote(c) for c in FLAT_COLUMNS)
    conn.execute(sa.text(f"DROP VIEW IF EXISTS {ACLED_VIEW}"))
    conn.execute(sa.text(f"CREATE VIEW {ACLED_VIEW} AS SELECT {columns} FROM events"))


# -- languages and the model backend's answers (migration 0007, issue 18) -----------------------

llm_answers = sa.Table(
    "llm_answers", metadata,
    sa.Column("model_hash", sa.String(64), primary_key=True),
    sa.Column("prompt_hash", sa.String(64), primary_key=True),
    sa.Column("text_hash", sa.String(64), primary_key=True),
    sa.Column("model", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# -- failures (migration 0008, issue 12): what a bug in a stage failed on, until a rerun clears it --

failures = sa.Table(
    "failures", metadata,
    sa.Column("article_id", sa.String(300), primary_key=True),
    sa.Column("origin", sa.Text),
    sa.Column("stage", sa.String(40), nullable=False),
    sa.Column("error", sa.String(200), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("hint", sa.Text, nullable=False),
    # the article is stored with its events unplaced (geocoding failed); a rerun places them
    sa.Column("places_pending", sa.Boolean, nullable=False),
    sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("run", sa.String(40), nullable=False),
)

Migration = Callable[[sa.Connection], None]


def _create(*tables: sa.Table) -> Migration:
    def run(conn: sa.Connection) -> None:
        for table in tables:
            table.create(conn, checkfirst=True)

    return run


def _create_with_indexes(tables: tuple[sa.Table, ...], index_names: tuple[str, ...]) -> Migration:
    """Create tables, and indexes added later to tables an earlier migration created."""
    def run(conn: sa.Connection) -> None:
        _create(*tables)(conn)
        for table in metadata.tables.values():
            for index in table.indexes:
                if index.name in index_names:
                    index.create(conn, checkfirst=True)

    return run


def _add_columns(table: sa.Table, *names: str) -> Migration:
    """Add columns declared later to a table an earlier migration created (when it lacks them)."""
    def run(conn: sa.Connection) -> None:
        have = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
        for name in names:
            if name not in have:
                kind = table.c[name].type.compile(dialect=conn.dialect)
                conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}"))

    return run


def _rekey_event_mentions(conn: sa.Connection) -> None:
    """event_mentions keyed by (mention_id, event_id), rows kept (a store from before 0005 has
    the key mention_id alone)."""
    if len(sa.inspect(conn).get_pk_constraint("event_mentions")["constrained_columns"]) == 2:
        return
    conn.execute(sa.text("CREATE TABLE event_mentions_0004 AS SELECT mention_id, event_id FROM event_mentions"))
    conn.execute(sa.text("DROP TABLE event_mentions"))
    event_mentions.create(conn)
    conn.execute(sa.text("INSERT INTO event_mentions (mention_id, event_id) "
                         "SELECT mention_id, event_id FROM event_mentions_0004"))
    conn.execute(sa.text("DROP TABLE event_mentions_0004"))


def _event_id_history(conn: sa.Connection) -> None:
    _rekey_event_mentions(conn)
    _add_columns(event_links, "against", "hard", "merged")(conn)
    _create(event_id_changes)(conn)


def _steps(*migrations: Migration) -> Migration:
    def run(conn: sa.Connection) -> None:
        for migration in migrations:
            migration(conn)

    return run


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_articles_mentions_events", _create(articles, mentions, events, event_sources)),
    ("0002_linking_features_copies_stories", _create(article_features, *LINK_TABLES)),
    ("0003_incremental_linking", _create_with_indexes((article_bands, article_keys, article_links),
                                                      ("ix_mentions_country_date",))),
    ("0004_features_version", _add_columns(article_features, "features_version")),
    ("0005_event_id_history", _event_id_history),
    ("0006_flat_events", _flat_events),
    ("0007_article_language_llm_answers", _steps(_add_columns(articles, "language"), _create(llm_answers))),
    ("0008_failures_article_id_file", _steps(_create(failures), _add_columns(articles, "id_file"))),
    ("0009_articles_current_by_id", _create_with_indexes((), ("ix_articles_current_id",))),
]
