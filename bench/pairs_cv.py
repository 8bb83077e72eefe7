"""How much would tuning the story threshold on SemEval pairs gain?  A k-fold estimate.

    .venv/bin/python bench/pairs_cv.py ../shared/data/semeval2022_task8/training_set.csv [--folds 5]

The shipped threshold (`eventwire.link.stories.STORY_COSINE`) is set on our own sample corpus,
never on ../shared data.  This script measures, on the SemEval training pairs:
1. in-sample P/R/F1 at the shipped threshold (linking alone: features from each text, blocking,
   story links, copies, connected groups; `eventwire eval pairs` runs the whole pipeline), over
   all pairs and on the tune and check halves (`eventwire.evaluate.halves`, by pair_id): errors
   are read on the tune half only;
2. blocking recall: gold-same pairs that blocking lets be compared at all;
3. a k-fold cross-validated F1 of *choosing* the threshold on the pairs: for each fold the
   threshold with the best F1 on the other folds is applied to the held-out fold; the counts
   are pooled over folds.  Nothing it finds is written anywhere.
It also prints the sample corpus' gap, where the shipped threshold must lie: the closest pair of
sample articles about different events and the farthest pair about one event (the `same_as`
groups of eventwire/samples/expected.jsonl), over all pairs, blocked or not.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.halves import HALVES, in_half  # noqa: E402
from eventwire.evaluate.pairs import PairGold, read_pairs  # noqa: E402
from eventwire.link.duplicates import copy_pairs  # noqa: E402
from eventwire.link.features import cosine, features_for  # noqa: E402
from eventwire.link.groups import Groups  # noqa: E402
from eventwire.link.stories import STORY_COSINE, KeyIndex, blocked_together  # noqa: E402
from eventwire.records import Article  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "eventwire" / "samples"

GRID = [round(0.05 + 0.01 * i, 2) for i in range(46)]   # 0.05 .. 0.50


def scored_links(texts: dict[str, str]):
    """Features per article, every blocked pair with its cosine, and the copy pairs."""
    features = [features_for(Article(id=aid, text=t, content_hash=Article.hash_text(t))) for aid, t in texts.items()]
    by_id = {f.article_id: f for f in features}
    index = KeyIndex(features)
    compared = {(min(f.article_id, o), max(f.article_id, o)) for f in features for o in index.candidates(f)}
    scores = [(a, b, cosine(by_id[a], by_id[b])) for a, b in sorted(compared)]
    return by_id, scores, [(a, b) for a, b, _ in copy_pairs(features)]


def story_of(ids, scores, copies, threshold: float) -> dict[str, str]:
    groups = Groups(ids)
    for a, b in copies:
        groups.union(a, b)
    for a, b, s in scores:
        if s >= threshold:
            groups.union(a, b)
    return {aid: members[0] for members in groups.components() for aid in members}


def counts(pairs: list[PairGold], story: dict[str, str]) -> tuple[int, int, int]:
    same = [story[p.a] == story[p.b] for p in pairs]
    tp = sum(p.same and y for p, y in zip(pairs, same))
    fp = sum(not p.same and y for p, y in zip(pairs, same))
    fn = sum(p.same and not y for p, y in zip(pairs, same))
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "fp": fp, "fn": fn}


def folds_of(pairs: list[PairGold], k: int, seed: int) -> list[list[PairGold]]:
    """Stratified folds: same and different pairs dealt out separately."""
    out: list[list[PairGold]] = [[] for _ in range(k)]
    for label in (True, False):
        group = [p for p in pairs if p.same == label]
        random.Random(seed).shuffle(group)
        for n, p in enumerate(group):
            out[n % k].append(p)
    return out


def sample_gap() -> dict:
    """Closest different-event and farthest same-event pair of the sample corpus, by cosine."""
    from eventwire.ingest import read_inputs
    from eventwire.settings import Settings

    articles = [a for a in read_inputs([str(SAMPLES / "articles"), str(SAMPLES / "articles.jsonl")], Settings())
                if isinstance(a, Article)]
    group: dict[str, set[str]] = {}
    for line in (SAMPLES / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("same_as"):
            group.setdefault(row["article_id"], set()).add(row["same_as"])
    features = {a.id: features_for(a) for a in articles}
    rows = [(round(cosine(features[a], features[b]), 3), bool(group.get(a, set()) & group.get(b, set())), a, b)
            for a, b in itertools.combinations(sorted(features), 2)]
    different = max(r for r in rows if not r[1])
    same = min(r for r in rows if r[1])
    return {"articles": len(articles), "same_pairs": sum(r[1] for r in rows),
            "closest_different": [different[0], different[2], different[3]],
            "farthest_same": [same[0], same[2], same[3]],
            "threshold_inside_gap": different[0] < STORY_COSINE <= same[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    pairs, texts, _ = read_pairs(args.file)
    by_id, scores, copies = scored_links(texts)
    at = {t: story_of(by_id, scores, copies, t) for t in sorted({*GRID, STORY_COSINE})}
    same = [p for p in pairs if p.same]
    report = {"pairs": len(pairs), "same": len(same), "articles": len(texts), "compared_pairs": len(scores),
              "blocking_recall": f"{sum(blocked_together(by_id[p.a], by_id[p.b]) for p in same)}/{len(same)}",
              "shipped_threshold": STORY_COSINE, "in_sample": prf(*counts(pairs, at[STORY_COSINE])),
              "halves_at_shipped": {half: prf(*counts(in_half(pairs, lambda p: p.pair_id, half), at[STORY_COSINE]))
                                    for half in HALVES}}
    best_all = max(GRID, key=lambda t: (prf(*counts(pairs, at[t]))["f1"], t))
    report["in_sample_best"] = {"threshold": best_all, **prf(*counts(pairs, at[best_all]))}
    pooled, chosen = [0, 0, 0], []
    folds = folds_of(pairs, args.folds, args.seed)
    for n, held in enumerate(folds):
        train = [p for m, f in enumerate(folds) if m != n for p in f]
        # best train F1; ties go to the highest threshold (fewer links, the safer side)
        t = max(GRID, key=lambda t: (prf(*counts(train, at[t]))["f1"], t))
        chosen.append(t)
        pooled = [x + y for x, y in zip(pooled, counts(held, at[t]))]
    report["cross_validated_tuned"] = {"folds": args.folds, "thresholds": chosen, **prf(*pooled)}
    report["per_fold_at_shipped"] = [prf(*counts(held, at[STORY_COSINE]))["f1"] for held in folds]
    report["sample_corpus_gap"] = sample_gap()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
