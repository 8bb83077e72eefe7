"""`eventwire ingest` and `eventwire extract`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire import pipeline
from eventwire.cli.common import (
    EXIT_DISCARDED, EXIT_OK, DbOption, OutputFormat, QuietOption, err_console, print_events,
    run_guarded, settings_for,
)
from eventwire.language.stage import NotCoded, count_not_coded, not_coded_summary
from eventwire.records import Discard
from eventwire.store import open_store

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for JSONL on stdin.")]
ModelOption = Annotated[Path | None, typer.Option(
    "--model", help="Typing model saved by `eventwire train`. Default: $EVENTWIRE_MODEL, else the packaged rules.")]
EXTRACT_EXTRA = ("article_id", "injuries", "weapon", "claimant", "place_mentions", "evidence", "confidence",
                 "provenance")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(extract)


def ingest(paths: PathsArg, db: DbOption = None, model: ModelOption = None, quiet: QuietOption = False) -> None:
    """Read articles, extract and geocode their events, store them, and link events across sources."""
    settings = settings_for(db, model=model)
    store = run_guarded(open_store, settings.db)
    with _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=None)
        report = run_guarded(pipeline.ingest, paths, store, settings,
                             progress=lambda n: progress.advance(task, n))
    _print_discards(report.discards)
    _print_not_coded(report.not_coded)
    if not quiet:
        err_console.print(
            f"{report.new} new, {report.unchanged} unchanged, {report.updated} updated, "
            f"{report.discarded} discarded; {report.events} events extracted; "
            f"{store.count_articles()} articles and {store.count_events()} events in {settings.db}")
    raise typer.Exit(EXIT_DISCARDED if report.discarded else EXIT_OK)


def extract(paths: PathsArg,
            fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.table,
            model: ModelOption = None, quiet: QuietOption = False) -> None:
    """Print the events found in the inputs, without a database."""
    results = run_guarded(lambda: list(pipeline.extract(paths, settings_for(model=model))))
    discards = [r for r in results if isinstance(r, Discard)]
    not_coded = [r for r in results if isinstance(r, NotCoded)]
    events = [r for r in results if not isinstance(r, (Discard, NotCoded))]
    print_events(events, fmt, EXTRACT_EXTRA, title="events found")
    _print_discards(discards)
    _print_not_coded(count_not_coded(not_coded))
    raise typer.Exit(EXIT_DISCARDED if discards else EXIT_OK)


def _print_discards(discards: list[Discard]) -> None:
    for item in discards:
        err_console.print(f"[yellow]discarded[/] {item.item} ({item.stage}): {item.reason}",
                          highlight=False, soft_wrap=True)


def _print_not_coded(counts: dict[str, dict[str, int]]) -> None:
    for line in not_coded_summary(counts):
        err_console.print(f"[yellow]{line}[/]", highlight=False, soft_wrap=True)


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, disable=quiet, transient=True)
