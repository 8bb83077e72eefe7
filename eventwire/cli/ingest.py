"""`eventwire ingest` and `eventwire extract`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire import pipeline
from eventwire.cli.common import (
    EXIT_DISCARDED, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, DbOption, OutputFormat, QuietOption,
    StrictOption, VerboseOption, err_console, eventwire_logging, open_store, print_events, run_guarded,
    settings_for,
)
from eventwire.language.stage import NotCoded, count_not_coded, not_coded_summary
from eventwire.cli.filters import MinConfidenceOption
from eventwire.records import Discard, EventMention, Failure, NoEvent
from eventwire.settings import Settings

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for JSONL on stdin.")]
ModelOption = Annotated[Path | None, typer.Option(
    "--model", help="Typing model saved by `eventwire train`. Default: $EVENTWIRE_MODEL, else the packaged rules.")]
DayFirstOption = Annotated[bool | None, typer.Option(
    "--dayfirst/--monthfirst", help="Read ambiguous numeric dates in CSV/JSONL (05/02/2024) day first or month first. "
                                    "Default: as the file's other rows decide, else month first with a warning.")]
EXTRACT_EXTRA = ("article_id", "injuries", "weapon", "claimant", "place_mentions", "evidence", "confidence",
                 "provenance")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(extract)


def ingest(paths: PathsArg, db: DbOption = None, model: ModelOption = None, dayfirst: DayFirstOption = None,
           quiet: QuietOption = False, verbose: VerboseOption = False, strict: StrictOption = False) -> None:
    """Read articles, extract and geocode their events, store them, and link events across sources."""
    with eventwire_logging(verbose):
        _ingest(paths, settings_for(db, model=model, date_order=_date_order(dayfirst), strict=strict or None),
                quiet)


def _ingest(paths: list[str], settings: Settings, quiet: bool) -> None:
    try:
        run_guarded(pipeline.check_model, settings)  # before the database is created or an input read
        store = run_guarded(open_store, settings.db)
    except KeyboardInterrupt:  # typer would exit 130 without a word
        err_console.print("interrupted before any article was read: nothing was stored", highlight=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    with _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=None)
        try:
            report = run_guarded(pipeline.ingest, paths, store, settings,
                                 progress=lambda n: progress.advance(task, n))
        except pipeline.Interrupted as stopped:
            _print_interrupted(stopped, store, settings.db)
            raise typer.Exit(EXIT_INTERRUPTED) from None
    _print_discards(report.discards)
    _print_not_coded(report.not_coded)
    if not quiet:
        err_console.print(
            f"{report.new} new, {report.unchanged} unchanged, {report.updated} updated, {_retried(report.retried)}"
            f"{report.discarded} discarded{_failed(report.failed)}; {report.events} events extracted; "
            f"{store.count_articles()} articles and {store.count_events()} events in {escape(settings.db)}")
    raise typer.Exit(exit_code(report.discards))


def extract(paths: PathsArg,
            fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.table,
            model: ModelOption = None, dayfirst: DayFirstOption = None, quiet: QuietOption = False,
            explain: Annotated[bool, typer.Option(
                "--explain", help="Also list each sentence that was typed but made no event, and why "
                                  "(out of scope, negated, planned, a headline...).")] = False,
            min_confidence: MinConfidenceOption = None, verbose: VerboseOption = False,
            strict: StrictOption = False) -> None:
    """Print the events found in the inputs, without a database."""
    with eventwire_logging(verbose):
        _extract(paths, settings_for(model=model, date_order=_date_order(dayfirst), strict=strict or None),
                 fmt, explain, min_confidence)


def _extract(paths: list[str], settings: Settings, fmt: OutputFormat, explain: bool,
             min_confidence: float | None) -> None:
    results = run_guarded(lambda: list(pipeline.extract(paths, settings)))
    discards = [r for r in results if isinstance(r, Discard)]
    not_coded = [r for r in results if isinstance(r, NotCoded)]
    no_events = [r for r in results if isinstance(r, NoEvent)]
    events = [r for r in results if isinstance(r, EventMention)
              and (min_confidence is None or r.confidence >= min_confidence)]
    print_events(events, fmt, EXTRACT_EXTRA, title="events found")
    if explain:
        _print_no_events(no_events, fmt)
    _print_discards(discards)
    _print_not_coded(count_not_coded(not_coded))
    raise typer.Exit(exit_code(discards))


def _print_no_events(no_events: list[NoEvent], fmt: OutputFormat) -> None:
    """Why typed sentences made no event: a table on stderr, or JSON lines marked "no_event"."""
    if fmt is OutputFormat.table:
        for item in no_events:
            err_console.print(f"[cyan]no event[/] {item.article_id} [{item.evidence.start}:{item.evidence.end}] "
                              f"({item.sub_event_type}?): {item.reason} -- {item.evidence.text}",
                              highlight=False, soft_wrap=True)
    else:
        for item in no_events:
            err_console.print_json(data={"no_event": True, **item.model_dump(mode="json")})


def _date_order(dayfirst: bool | None) -> str | None:
    return None if dayfirst is None else "dayfirst" if dayfirst else "monthfirst"


def exit_code(discards: list[Discard]) -> int:
    """3 when a bug failed an article, else 1 when bad input was discarded, else 0."""
    if any(isinstance(item, Failure) for item in discards):
        return EXIT_FAILED
    return EXIT_DISCARDED if discards else EXIT_OK


def _print_interrupted(stopped: pipeline.Interrupted, store, db: str) -> None:
    report = stopped.report
    _print_discards(report.discards)
    linked = ("and their events linked" if stopped.linked
              else "but linking was stopped: the events of this run are not listed yet")
    err_console.print(
        f"interrupted: {report.new} new, {report.updated} updated, {_retried(report.retried)}{report.unchanged} unchanged "
        f"articles were stored {linked} ({store.count_articles()} articles and "
        f"{store.count_events()} linked events in {escape(db)}); no article is half-stored. Run the same "
        "command again to go on: stored articles are skipped and every event is linked.",
        highlight=False, soft_wrap=True)


def _retried(count: int) -> str:
    return f"{count} retried, " if count else ""


def _failed(count: int) -> str:
    return f", {count} failed" if count else ""


def _print_discards(discards: list[Discard]) -> None:
    for item in discards:
        if isinstance(item, Failure):
            err_console.print(
                f"[red]failed[/] {escape(item.item)} ({item.stage}): {escape(item.reason)} -- {escape(item.hint)}. "
                "The traceback is logged above (logger eventwire.failures); please report it.",
                highlight=False, soft_wrap=True)
        else:
            err_console.print(f"[yellow]discarded[/] {escape(item.item)} ({item.stage}): {escape(item.reason)}",
                              highlight=False, soft_wrap=True)


def _print_not_coded(counts: dict[str, dict[str, int]]) -> None:
    for line in not_coded_summary(counts):
        err_console.print(f"[yellow]{escape(line)}[/]", highlight=False, soft_wrap=True)


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, disable=quiet, transient=True)
