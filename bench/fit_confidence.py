"""Fit the confidence model's weights (`eventwire/data/confidence.json`) on the TUNE halves of the
real-news gold sets, and show how the fitted score holds on their check halves.

  python bench/fit_confidence.py [GOLD ...] [--data SEMEVAL_CSV] [--c 1.0] [--write]

Every prediction the pipeline makes on a tune-half text, matched to a required gold event or to
none (predictions matched to optional events are left out), is one example: its features are the
signals in its `provenance["confidence"]` (`extract.confidence.describe`), its label whether it
matched.  A logistic regression (scikit-learn, L2, strength 1/C) gives the weights; `--write`
stores them.  The check halves are scored with the new weights and only their figures printed:
precision and count at or above each threshold.  Not a test: run it after rule changes that move
the tune-half errors, then re-measure with `eventwire eval news`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.news import run_pipeline  # noqa: E402
from eventwire.evaluate.news_gold import read_gold, read_texts  # noqa: E402
from eventwire.evaluate.news_score import ArticleResult  # noqa: E402
from eventwire.extract.confidence import FEATURES, Calibration, from_description, score, weights_path  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

GOLD = ["tests/evaluate/news_gold/tune.jsonl", "tests/evaluate/news_gold/check.jsonl",
        *sorted(str(p) for p in Path("tests/evaluate/news_authored").glob("*.jsonl"))]
DATA = "../shared/data/semeval2022_task8/training_set.csv"
THRESHOLDS = (0.0, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9)


def examples(results: list[ArticleResult]) -> list[tuple[dict[str, float], bool]]:
    """(features, matched a required gold event) per counted prediction."""
    out = []
    for result in results:
        for p, prediction in enumerate(result.predictions):
            gold = result.gold_of(p)
            if gold is not None and gold.optional:
                continue
            out.append((from_description(prediction.event.provenance.get("confidence", "")), gold is not None))
    return out


def fit(train: list[tuple[dict[str, float], bool]], c: float, fitted_on: list[str]) -> Calibration:
    from sklearn.linear_model import LogisticRegression

    x = [[values[name] for name in FEATURES] for values, _ in train]
    y = [int(label) for _, label in train]
    if len(set(y)) < 2:
        raise SystemExit(f"the tune halves give {len(y)} predictions, all {'true' if y and y[0] else 'false'}: "
                         "nothing to fit; add gold texts (tests/evaluate/news_authored) first")
    model = LogisticRegression(C=c, max_iter=1000).fit(x, y)
    return Calibration(intercept=round(float(model.intercept_[0]), 4),
                       weights={n: round(float(w), 4) for n, w in zip(FEATURES, model.coef_[0])},
                       fitted_on=fitted_on, examples=len(train), true_events=sum(y), regularisation=c)


def table(name: str, rows: list[tuple[dict[str, float], bool]], model: Calibration) -> None:
    scored = [(score(values, model), label) for values, label in rows]
    print(f"{name}: {len(rows)} predictions, {sum(label for _, label in rows)} true")
    for threshold in THRESHOLDS:
        kept = [label for s, label in scored if s >= threshold]
        precision = f"{sum(kept) / len(kept):.3f}" if kept else "-"
        print(f"  >= {threshold:.1f}: {len(kept):4d} events, precision {precision}")


def _keys(path: str) -> set[str]:
    return {row.key for row in read_gold([path])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", default=GOLD)
    parser.add_argument("--data", default=DATA)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--write", action="store_true", help=f"store the weights in {weights_path()}")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    texts = read_texts(args.data, gold)
    results = run_pipeline(gold, texts, Settings())
    halves = {h: examples([r for r in results if r.gold.half == h]) for h in ("tune", "check")}
    tuned = sorted({str(path) for path in args.gold if any(r.gold.half == "tune" for r in results
                                                         if r.gold.key in _keys(path))})
    model = fit(halves["tune"], args.c, [f"{path} (tune half)" for path in tuned])
    print(json.dumps(model.model_dump(), indent=2))
    for half, rows in halves.items():
        table(half, rows, model)
    if args.write:
        weights_path().write_text(json.dumps(model.model_dump(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {weights_path()} ({dt.date.today()})")


if __name__ == "__main__":
    main()
