"""Options, output formats and error handling shared by the command modules."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError
from eventwire.records import ACLED_COLUMNS, Article, Event
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.store import Store

EXIT_OK, EXIT_DISCARDED, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

class _Console(Console):
    """Rich's console, as wide as its content when stdout is not a terminal (a pipe, a file), so
    piped tables keep one row a line instead of wrapping at 80 columns."""

    @property
    def size(self):  # type: ignore[override]
        dimensions = Console.size.fget(self)  # type: ignore[attr-defined]
        return dimensions if self.is_terminal else dimensions._replace(width=100_000)

    @size.setter
    def size(self, new_size) -> None:
        Console.size.fset(self, new_size)  # type: ignore[attr-defined]


console = _Console()
err_console = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database file path or URL (sqlite:///..., postgresql://...). Default: $EVENTWIRE_DB or ./eventwire.db.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
StrictOption = Annotated[bool, typer.Option(
    "--strict", help="A bug in a stage raises at once with its traceback, instead of failing that one article "
                     "(exit code 3) while the batch goes on. Default: $EVENTWIRE_STRICT.")]
VerboseOption = Annotated[bool, typer.Option(
    "--verbose", "-v", help="Also list each file a folder walk skipped as not an article (and other details).")]
SinceOption = Annotated[dt.datetime | None, typer.Option(help="Only on or after this date (YYYY-MM-DD).", formats=["%Y-%m-%d"])]
UntilOption = Annotated[dt.datetime | None, typer.Option(help="Only on or before this date (YYYY-MM-DD).", formats=["%Y-%m-%d"])]


class OutputFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def settings_for(db: str | None = None, **overrides: Any) -> Settings:
    """Packaged defaults < environment < the flags given on the command line."""
    flags = {k: v for k, v in {"db": db, **overrides}.items() if v is not None}
    return Settings(**flags)


def open_store(db: str, create: bool = True) -> Store:
    """`eventwire.store.open_store`, imported on first use: only the commands that open a
    database load SQLAlchemy (`extract`, `geocode` and `--help` start faster without it)."""
    from eventwire.store import open_store as open_database

    return open_database(db, create=create)


def as_date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


class _StderrHandler(logging.Handler):
    """Log records as plain lines on the current stderr (looked up at each record, so that a
    test's CLI runner sees them), with the traceback of a record that has one."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging's own policy: a broken stream never stops the run
            self.handleError(record)


@contextmanager
def eventwire_logging(verbose: bool = False) -> Iterator[None]:
    """While a command runs, eventwire's warnings (and with `verbose` its INFO lines too, such as
    the files a folder walk skipped) go to stderr as plain lines."""
    logger, handler = logging.getLogger("eventwire"), _StderrHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    level = logger.level
    logger.addHandler(handler)
    if verbose:
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def run_guarded(func, *args, **kwargs):
    """Call a library function, turning eventwire errors into a message and exit code 2."""
    try:
        return func(*args, **kwargs)
    except EventwireError as exc:
        raise fail(str(exc)) from exc


def event_json(event: Event, extra: Sequence[str]) -> dict[str, Any]:
    """An event as ACLED columns plus the named extra fields, JSON-ready."""
    dumped = event.model_dump(mode="json")
    row = {col: dumped.get(col) for col in ACLED_COLUMNS}
    row["event_id_cnty"] = event.id
    row["year"] = event.year
    row.update({key: dumped.get(key) for key in extra})
    return row


def article_json(article: Article) -> dict[str, Any]:
    return article.model_dump(mode="json", include={
        "id", "title", "published", "source", "byline", "url", "text", "language"})


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_csv(rows: Sequence[dict[str, Any]], fieldnames: Sequence[str] | None = None) -> None:
    """CSV on stdout; the header is written even when there are no rows (give `fieldnames`)."""
    if not rows and not fieldnames:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(fieldnames or rows[0]), lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)


EVENT_TABLE_COLUMNS = ("id", "date", "sub-event type", "actor1", "actor2", "location", "country", "fat.")


def event_table_row(event: Event) -> tuple:
    return (event.id, event.event_date, event.sub_event_type, event.actor1, event.actor2,
            event.location or ", ".join(event.place_mentions), event.country, event.fatalities)


def print_events(events: Sequence[Event], fmt: OutputFormat, extra: Sequence[str], title: str) -> None:
    if fmt is OutputFormat.table:
        write_table(title, EVENT_TABLE_COLUMNS, (event_table_row(e) for e in events))
    elif fmt is OutputFormat.jsonl:
        write_jsonl(event_json(e, extra) for e in events)
    else:
        write_csv([event_json(e, extra) for e in events])
