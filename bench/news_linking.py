"""Event linking on the real-news gold set: python bench/news_linking.py [--half tune|check]

The gold texts (tests/evaluate/news_gold/*.jsonl, SemEval-2022 Task 8 texts read from
../shared/data/semeval2022_task8/training_set.csv, as `eventwire eval news` reads them) are run
through the whole pipeline into a temporary store and relinked.  Two texts are truly linked
when a gold event of each has the same `incident` key; they are predicted linked when one
linked event has both as sources.  Prints, per half, article-pair precision and recall and how
many extracted events have a date (undated ones are never merged).  Rule writers look at the
tune half's pairs only (`--list`); of the check half only the figures.  Not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.news import article_for  # noqa: E402
from eventwire.evaluate.news_gold import read_gold, read_texts  # noqa: E402

GOLD = Path(__file__).resolve().parents[1] / "tests" / "evaluate" / "news_gold"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2022_task8" / "training_set.csv"


def linked_pairs(gold, texts) -> tuple[set[tuple[str, str]], int, int]:
    from eventwire.link import relink
    from eventwire.pipeline import Annotator
    from eventwire.records import Discard
    from eventwire.settings import Settings
    from eventwire.store import open_store

    annotator = Annotator(Settings())
    articles = [article_for(g, texts[g.key], joined_title=False)[0] for g in gold]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "news.db"))
        items = [(a, ev) for a, ev in annotator.annotate(articles) if not isinstance(ev, Discard)]
        store.save_articles(items)
        relink(store)
        mentions = store.list_mentions()
        pairs = {tuple(sorted(p)) for e in store.list_events() for p in combinations(sorted(set(e.sources)), 2)}
    return pairs, len(mentions), sum(m.event_date is not None for m in mentions)


def true_pairs(gold) -> set[tuple[str, str]]:
    by_incident: dict[str, set[str]] = {}
    for g in gold:
        for e in g.events:
            if e.incident:
                by_incident.setdefault(e.incident, set()).add(g.key)
    return {tuple(sorted(p)) for keys in by_incident.values() for p in combinations(sorted(keys), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "check"), default=None)
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--list", action="store_true", help="list the tune half's wrong and missed pairs")
    args = parser.parse_args()
    gold = read_gold([GOLD / "tune.jsonl", GOLD / "check.jsonl"])
    texts = read_texts(args.data, gold)
    predicted, mentions, dated = linked_pairs(gold, texts)
    print(f"{len(gold)} texts, {mentions} event mentions extracted, {dated} of them dated\n")
    print("| half | true pairs | predicted pairs | correct | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for half in ("tune", "check"):
        if args.half not in (None, half):
            continue
        keys = {g.key for g in gold if g.half == half}
        truth = {p for p in true_pairs(gold) if set(p) <= keys}
        pred = {p for p in predicted if set(p) <= keys}
        ok = len(truth & pred)
        print(f"| {half} | {len(truth)} | {len(pred)} | {ok} | {ok / len(pred) if pred else 1:.3f} | "
              f"{ok / len(truth) if truth else 1:.3f} |")
        if args.list and half == "tune":
            for p in sorted(pred - truth):
                print("  wrong:", *p)
            for p in sorted(truth - pred):
                print("  missed:", *p)


if __name__ == "__main__":
    main()
