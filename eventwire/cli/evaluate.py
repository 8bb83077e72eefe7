"""`eventwire eval acled|case2021|pairs|language|crosslingual`: score extraction, typing and linking against gold files."""

from __future__ import annotations

from typing import Annotated

import typer

eval_app = typer.Typer(help="Score eventwire against gold data (an ACLED CSV export with notes).",
                       no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]
HalfOpt = Annotated[str | None, typer.Option(
    "--half", help="Score only the 'tune' or the 'check' half (a fixed hash of each row's id); "
                   "by default all rows, with both halves reported beside the total.")]


def _half(value: str | None):
    if value not in (None, "tune", "check"):
        raise typer.BadParameter("must be 'tune' or 'check'", param_hint="--half")
    return value


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


def _settings():
    from eventwire.settings import Settings

    return Settings()


@eval_app.command("acled")
def acled(file: Annotated[str, typer.Argument(help="ACLED export (CSV with notes, event_date, ...).")],
          limit: Annotated[int | None, typer.Option(help="Score only N rows.")] = None,
          sample: Annotated[bool, typer.Option(help="With --limit: a seeded random sample instead of the first N.")] = False,
          seed: Annotated[int, typer.Option(help="Seed for --sample.")] = 13,
          half: HalfOpt = None,
          as_json: JsonOpt = False) -> None:
    """Input = notes, published = event_date; type, sub-type, date, fatalities, actor and location scores."""
    from eventwire.cli.common import run_guarded
    from eventwire.evaluate.acled import evaluate_acled
    from eventwire.evaluate.report import print_report

    report = run_guarded(evaluate_acled, file, _settings(), limit=limit, sample=sample, seed=seed,
                         half=_half(half))
    print_report(report, as_json, "eval acled")


@eval_app.command("pairs")
def pairs(file: Annotated[str, typer.Argument(help="SemEval-2022 Task 8 pairs CSV (pair_id, lang1, lang2, text1, text2, Overall).")],
          limit: Annotated[int | None, typer.Option(help="Score only N English pairs.")] = None,
          sample: Annotated[bool, typer.Option(help="With --limit: a seeded random sample instead of the first N.")] = False,
          seed: Annotated[int, typer.Option(help="Seed for --sample.")] = 13,
          as_json: JsonOpt = False) -> None:
    """English pairs: ingest every text, score "same story" (gold Overall <= 1.5; >= 3.5 different)."""
    from eventwire.cli.common import run_guarded
    from eventwire.evaluate.pairs import evaluate_pairs
    from eventwire.evaluate.report import print_report

    report = run_guarded(evaluate_pairs, file, _settings(), limit=limit, sample=sample, seed=seed)
    print_report(report, as_json, "eval pairs")


@eval_app.command("case2021")
def case2021(file: Annotated[str, typer.Argument(help="CASE 2021 task 2 TSV (id, EventSnippet, SubType).")],
             model: Annotated[str | None, typer.Option(help="Typing model saved by `eventwire train` "
                                                            "(default: $EVENTWIRE_MODEL, else the packaged rules).")] = None,
             limit: Annotated[int | None, typer.Option(help="Score only the first N rows.")] = None,
             half: HalfOpt = None,
             as_json: JsonOpt = False) -> None:
    """Typing only: weighted and macro F1 over the 30 CASE labels (no event = right for the 5 non-ACLED labels)."""
    from eventwire.cli.common import run_guarded
    from eventwire.evaluate.case2021 import evaluate_case2021
    from eventwire.evaluate.report import print_report

    report = run_guarded(evaluate_case2021, file, model or _settings().model, limit=limit, half=_half(half))
    print_report(report, as_json, "eval case2021")


DEFAULT_NEWS_DATA = "../shared/data/semeval2022_task8/training_set.csv"


@eval_app.command("news")
def news(gold: Annotated[list[str], typer.Argument(help="Gold files (tests/evaluate/news_gold/tune.jsonl, check.jsonl).")],
         data: Annotated[str, typer.Option(help="The SemEval-2022 Task 8 training_set.csv the gold points into.")] = DEFAULT_NEWS_DATA,
         explain: Annotated[bool, typer.Option("--explain", help="List the tune half's false, missed and partly wrong events with their sentences.")] = False,
         joined_title: Annotated[bool, typer.Option("--joined-title", help="Leave the headline in the body instead of passing it as the title.")] = False,
         half: HalfOpt = None,
         as_json: JsonOpt = False) -> None:
    """Real news: event precision/recall, per-field accuracy, false events per non-conflict text, by half."""
    from eventwire.cli.common import console, run_guarded
    from eventwire.evaluate.news import evaluate_news, format_explain, news_tables

    report = run_guarded(evaluate_news, gold, data, _settings(), explain=explain, joined_title=joined_title,
                         half=_half(half))
    if as_json:
        print(report.model_dump_json(indent=2))
        return
    for table in news_tables(report):
        console.print(table)
    if explain:
        print(format_explain(report.explain))


@eval_app.command("language")
def language(file: Annotated[str, typer.Argument(help="JSON Lines of sentences: id, language (en, ar, fa, ckb, ku, ...), text.")],
             as_json: JsonOpt = False) -> None:
    """Language identification accuracy: overall, per language, and on the tune and check halves."""
    from eventwire.cli.common import run_guarded
    from eventwire.evaluate.language import evaluate_language
    from eventwire.evaluate.report import print_report

    print_report(run_guarded(evaluate_language, file), as_json, "eval language")


@eval_app.command("crosslingual")
def crosslingual(file: Annotated[str, typer.Argument(help="JSON Lines of report pairs: id, language, a, b (title, text, published), same.")],
                 as_json: JsonOpt = False) -> None:
    """Same-incident P/R/F1 of a report in another language against an English one: all pairs, per language, by half."""
    from eventwire.cli.common import run_guarded
    from eventwire.evaluate.crosslingual import evaluate_crosslingual
    from eventwire.evaluate.report import print_report

    print_report(run_guarded(evaluate_crosslingual, file), as_json, "eval crosslingual")
