"""False events on the unlabelled real-news pool: the English SemEval training texts outside the
news gold set (all of them were screened when the gold set was built; nearly every text that
reports a conflict event is in the set), split by the project's fixed hash on `pair_id:side`.

  python bench/news_pool.py [--data ../shared/data/semeval2022_task8/training_set.csv] [--half tune|check]

Prints, per half, the texts and the events eventwire extracts from them (each one is very likely
false); with --half tune it also lists those events with their sentences, to read.  The check
half's events are counted, never listed.  Not a test: a precision probe beside `eval news`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.halves import half_of  # noqa: E402
from eventwire.evaluate.news_gold import read_gold  # noqa: E402
from eventwire.records import Article  # noqa: E402

GOLD = [Path("tests/evaluate/news_gold/tune.jsonl"), Path("tests/evaluate/news_gold/check.jsonl")]


def pool_texts(data: Path) -> dict[str, list[tuple[str, str]]]:
    """(key, text) of the English texts outside the gold set, by half; a text once (by its sha1)."""
    gold = read_gold(GOLD)
    keys, shas, seen = {g.key for g in gold}, {g.sha1 for g in gold}, set()
    halves: dict[str, list[tuple[str, str]]] = {"tune": [], "check": []}
    csv.field_size_limit(10**9)
    with data.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for side in (1, 2):
                text, key = row[f"text{side}"], f"{row['pair_id']}:{side}"
                sha = hashlib.sha1(text.encode()).hexdigest()
                if row[f"lang{side}"] != "en" or not text.strip() or key in keys or sha in shas | seen:
                    continue
                seen.add(sha)
                halves[half_of(key)].append((key, text))
    return halves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/semeval2022_task8/training_set.csv"))
    parser.add_argument("--half", choices=("tune", "check"))
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"news_pool: {args.data} not found (the SemEval training pairs, ../shared/data)")
    from eventwire.pipeline import Annotator
    from eventwire.settings import Settings

    annotator = Annotator(Settings())
    for half, texts in pool_texts(args.data).items():
        if args.half not in (None, half):
            continue
        articles = [Article(id=k, text=t, content_hash=Article.hash_text(t)) for k, t in texts]
        events = [e for _, found in annotator.annotate(articles) if isinstance(found, list) for e in found]
        print(f"{half}: {len(texts)} texts, {len(events)} events")
        if half == "tune" and args.half == "tune":
            for e in events:
                print(f"  {e.id} {e.sub_event_type} | {e.evidence['event'].text[:200]}")


if __name__ == "__main__":
    main()
