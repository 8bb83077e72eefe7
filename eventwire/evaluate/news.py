"""`eventwire eval news GOLD...`: score the per-article pipeline on the hand-coded real-news set.

Each gold text is read from the SemEval-2022 Task 8 CSV (`--data`), checked against its sha1, and
run through the same stages `eventwire extract` runs (extraction, then geocoding and the actor
completion, `pipeline.Annotator`).  The headline goes to `Article.title` and the rest to
`Article.text`, as a CSV or JSON Lines reader does with a `title` column: the gold records where
each text's headline ends, because in most SemEval texts it runs into the first sentence.
`joined_title=True` passes the whole text as the body instead (what a plain-text feed without a
title field gives).  Evidence spans are mapped back to offsets in the whole text.

Matching and scoring are defined in `news_match` and `news_score`.  Figures are given for the
tune half, the check half and both; the error listing (`explain`) covers the tune half only, so
that rules are written from tune errors while the check half stays blind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from eventwire.evaluate.halves import HALVES, Half
from eventwire.evaluate.news_gold import GoldEvent, GoldText, read_gold, read_texts, split_title
from eventwire.evaluate.news_match import Prediction
from eventwire.evaluate.news_score import (ArticleResult, ConfidenceRow, FalseKindRow, FieldRow, HalfScore,
                                           TypeCountRow, confidence_rows, false_kind_rows, field_rows, half_score,
                                           type_counts)
from eventwire.records import Article, Discard, Event
from eventwire.settings import Settings

BATCH = 32


class ExplainItem(BaseModel):
    """A false, missed or partly wrong event of the tune half, with the sentence it comes from."""

    kind: str = Field(description="false | missed | fields")
    article: str = Field(description="pair_id:side")
    start: int | None = None
    end: int | None = None
    event: str = Field(description="type, place, date and actors, as coded")
    detail: str = ""
    sentence: str = ""


class NewsReport(BaseModel):
    gold_files: list[str]
    data: str
    title_mode: str = Field(description="split: headline as Article.title; joined: headline left in the body")
    halves: list[HalfScore]
    fields: list[FieldRow]
    confidence: list[ConfidenceRow]
    gold_by_type: list[TypeCountRow]
    false_by_kind: list[FalseKindRow] = Field(default_factory=list)
    discards: list[str] = Field(default_factory=list)
    explain: list[ExplainItem] = Field(default_factory=list)


def evaluate_news(gold_files: Sequence[str | Path], data: str | Path, settings: Settings | None = None,
                  explain: bool = False, joined_title: bool = False, half: Half | None = None) -> NewsReport:
    """Scores by half and together; with `half`, only that half's texts are run and scored."""
    gold = [row for row in read_gold(gold_files) if half is None or row.half == half]
    texts = read_texts(data, gold)
    results = run_pipeline(gold, texts, settings or Settings(), joined_title)
    halves = {h: [r for r in results if r.gold.half == h] for h in HALVES if half in (None, h)}
    halves["all"] = results
    return NewsReport(
        gold_files=[str(f) for f in gold_files], data=str(data), title_mode="joined" if joined_title else "split",
        halves=[half_score(name, rs) for name, rs in halves.items()], fields=field_rows(halves),
        confidence=confidence_rows(halves), gold_by_type=type_counts(halves), false_by_kind=false_kind_rows(halves),
        discards=[f"{r.gold.key}: {r.discarded}" for r in results if r.discarded],
        explain=explain_items(halves.get("tune", []), texts) if explain else [])


def article_for(gold: GoldText, text: str, joined_title: bool) -> tuple[Article, int]:
    """The Article the pipeline reads for a gold text, and the offset of its body in the text."""
    title, body, offset = (None, text, 0) if joined_title else split_title(text, gold.title)
    return Article(id=gold.key, title=title, text=body, content_hash=Article.hash_text(body),
                   published=gold.published, source=gold.source,
                   origin=f"{'gold' if gold.text is not None else 'semeval'} {gold.key}"), offset


def run_pipeline(gold: Sequence[GoldText], texts: dict[str, str], settings: Settings,
                 joined_title: bool = False) -> list[ArticleResult]:
    from eventwire.pipeline import Annotator, batched

    annotator = Annotator(settings)
    by_key = {g.key: g for g in gold}
    results: list[ArticleResult] = []
    for batch in batched(gold, BATCH):
        made = [article_for(g, texts[g.key], joined_title) for g in batch]
        offsets = {article.id: offset for article, offset in made}
        for article, outcome in annotator.annotate([a for a, _ in made]):
            if isinstance(outcome, Discard):
                results.append(ArticleResult.matched(by_key[article.id], [], discarded=outcome.reason))
                continue
            predictions = [prediction(article.id, e, offsets[article.id]) for e in outcome]
            results.append(ArticleResult.matched(by_key[article.id], predictions))
    return results


def prediction(article_id: str, event: Event, offset: int) -> Prediction:
    span = event.evidence.get("event_type") or next(iter(event.evidence.values()), None)
    if span is None:
        return Prediction(article=article_id, event=event)
    return Prediction(article=article_id, event=event, start=span.start + offset, end=span.end + offset)


# --- the error listing (tune half) -----------------------------------------------------------------

def explain_items(results: Sequence[ArticleResult], texts: dict[str, str]) -> list[ExplainItem]:
    items: list[ExplainItem] = []
    for result in results:
        text = texts[result.gold.key]
        items += [_false_item(result, pred, text) for pred in result.false_predictions()]
        items += [_missed_item(result, gold, text) for gold in result.missed()]
        items += [item for gold, pred in result.required_pairs() if (item := _field_item(result, gold, pred, text))]
    return items


def _sentence(text: str, start: int | None, end: int | None) -> str:
    return " ".join(text[start:end].split()) if start is not None and end is not None else ""


def describe_event(event: Event | GoldEvent) -> str:
    where = ", ".join(x for x in (event.location, event.admin1, event.country) if x) or "no place"
    when = str(event.event_date) if event.event_date else "no date"
    return (f"{event.sub_event_type} | {where} | {when} | {event.actor1 or '-'} / {event.actor2 or '-'}"
            f" | fatalities {event.fatalities}")


def _false_item(result: ArticleResult, pred: Prediction, text: str) -> ExplainItem:
    topic = "non-conflict text" if not result.gold.conflict else f"{result.gold.topic} text"
    return ExplainItem(kind="false", article=result.gold.key, start=pred.start, end=pred.end,
                       event=describe_event(pred.event), detail=f"no gold event matches ({topic})",
                       sentence=_sentence(text, pred.start, pred.end))


def _missed_item(result: ArticleResult, gold: GoldEvent, text: str) -> ExplainItem:
    return ExplainItem(kind="missed", article=result.gold.key, start=gold.start, end=gold.end,
                       event=describe_event(gold), detail=gold.note or "", sentence=_sentence(text, gold.start, gold.end))


def _field_item(result: ArticleResult, gold: GoldEvent, pred: Prediction, text: str) -> ExplainItem | None:
    from eventwire.evaluate.news_score import FIELDS

    wrong = [name for name, check in FIELDS.items() if (outcome := check(gold, pred.event))[0] and not outcome[1]]
    if not wrong:
        return None
    return ExplainItem(kind="fields", article=result.gold.key, start=gold.start, end=gold.end,
                       event=describe_event(gold), detail=f"wrong {', '.join(wrong)}; predicted {describe_event(pred.event)}",
                       sentence=_sentence(text, gold.start, gold.end))


def format_explain(items: Sequence[ExplainItem]) -> str:
    """The error listing as plain text, one block per item."""
    blocks = []
    for item in items:
        span = f"[{item.start}:{item.end}]" if item.start is not None else ""
        blocks.append(f"{item.kind.upper()} {item.article} {span}\n  {item.event}\n  {item.detail}\n  > {item.sentence}")
    return "\n".join(blocks)


# --- printing ------------------------------------------------------------------------------------

SUMMARY_ROWS = ("texts", "conflict_texts", "non_conflict_texts", "gold_events", "optional_gold_events",
                "predicted", "true_positives", "false_positives", "false_negatives", "precision",
                "precision_95ci", "recall", "recall_95ci", "f1", "false_events_non_conflict",
                "false_per_non_conflict_article", "articles_discarded")


def news_tables(report: NewsReport) -> list:
    """Rich tables: the scores by half (one column per half), fields, confidence, gold by type."""
    from rich.table import Table

    from eventwire.evaluate.report import _fmt, report_tables

    summary = Table(title=f"eval news ({report.title_mode} title)")
    summary.add_column("metric")
    for half in report.halves:
        summary.add_column(half.half, justify="right")
    for name in SUMMARY_ROWS:
        values = [getattr(h, name) for h in report.halves]
        summary.add_row(name, *(f"{v[0]:.2f}-{v[1]:.2f}" if isinstance(v, tuple) else _fmt(v) for v in values))
    rest = report.model_copy(update={"halves": [], "explain": []})
    return [summary, *report_tables(rest, "files")[1:]]
