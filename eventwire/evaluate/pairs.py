"""`eventwire eval pairs`: same-story precision/recall/F1 on SemEval-2022 Task 8 pairs.

Only English-English pairs are scored.  Gold "same story" is Overall <= 1.5, "different" is
Overall >= 3.5; pairs in between are ignored.  Every article text of the scored pairs is
ingested into a temporary store (the whole pipeline, then relink); a pair is predicted "same"
when both articles end up in one story.
"""

from __future__ import annotations

import csv
import json
import random
import sys
import tempfile
from pathlib import Path

from pydantic import BaseModel

from eventwire.errors import InputError
from eventwire.settings import Settings

SAME_MAX, DIFFERENT_MIN = 1.5, 3.5
REQUIRED = ("pair_id", "lang1", "lang2", "text1", "text2", "Overall")


class PairGold(BaseModel):
    pair_id: str
    a: str
    b: str
    same: bool


class PairsReport(BaseModel):
    file: str
    pairs_scored: int
    pairs_same: int
    pairs_different: int
    pairs_ignored: int
    articles: int
    stories: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float
    recall: float
    f1: float
    accuracy: float


def read_pairs(path: str | Path, limit: int | None = None, sample: bool = False,
               seed: int = 13) -> tuple[list[PairGold], dict[str, str], int]:
    """Gold pairs, article id -> text, and the number of English pairs ignored (middle scores)."""
    csv.field_size_limit(sys.maxsize)
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise InputError(f"cannot read pairs file {path}: {exc}") from exc
    missing = [c for c in REQUIRED if rows and c not in rows[0]]
    if missing or not rows:
        raise InputError(f"{path}: not a SemEval-2022 Task 8 file (missing columns {missing or REQUIRED})")
    english = [r for r in rows if r["lang1"] == "en" and r["lang2"] == "en"]
    if limit is not None:
        english = random.Random(seed).sample(english, min(limit, len(english))) if sample else english[:limit]
    return _gold(english, path)


def _gold(rows: list[dict], path) -> tuple[list[PairGold], dict[str, str], int]:
    pairs, texts, ignored = [], {}, 0
    for n, row in enumerate(rows, start=2):
        try:
            overall = float(row["Overall"])
            a, b = row["pair_id"].split("_", 1)
        except ValueError as exc:
            raise InputError(f"{path}: pair {row.get('pair_id')!r} (line ~{n}) has a bad pair_id or Overall") from exc
        texts.setdefault(a, row["text1"])   # every English text is ingested, scored or not
        texts.setdefault(b, row["text2"])
        if SAME_MAX < overall < DIFFERENT_MIN:
            ignored += 1
            continue
        pairs.append(PairGold(pair_id=row["pair_id"], a=a, b=b, same=overall <= SAME_MAX))
    return pairs, texts, ignored


def evaluate_pairs(path: str | Path, settings: Settings, limit: int | None = None,
                   sample: bool = False, seed: int = 13) -> PairsReport:
    from eventwire import pipeline
    from eventwire.store import open_store

    pairs, texts, ignored = read_pairs(path, limit=limit, sample=sample, seed=seed)
    with tempfile.TemporaryDirectory(prefix="eventwire-pairs-") as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        inputs.write_text("".join(json.dumps({"id": aid, "text": text}) + "\n"
                                  for aid, text in sorted(texts.items())), encoding="utf-8")
        store = open_store(str(Path(tmp) / "pairs.db"))
        pipeline.ingest([str(inputs)], store, settings)
        stories = store.list_stories()
        store.close()
    story_of = {aid: s.story_id for s in stories for aid in s.article_ids}
    return _score(str(path), pairs, story_of, ignored, len(texts), len(stories))


def _score(path: str, pairs: list[PairGold], story_of: dict[str, str], ignored: int,
           articles: int, stories: int) -> PairsReport:
    predicted = [story_of.get(p.a) is not None and story_of.get(p.a) == story_of.get(p.b) for p in pairs]
    tp = sum(p.same and y for p, y in zip(pairs, predicted))
    fp = sum(not p.same and y for p, y in zip(pairs, predicted))
    fn = sum(p.same and not y for p, y in zip(pairs, predicted))
    tn = len(pairs) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairsReport(file=path, pairs_scored=len(pairs), pairs_same=sum(p.same for p in pairs),
                       pairs_different=sum(not p.same for p in pairs), pairs_ignored=ignored,
                       articles=articles, stories=stories, true_positives=tp, false_positives=fp,
                       false_negatives=fn, precision=precision, recall=recall, f1=f1,
                       accuracy=(tp + tn) / len(pairs) if pairs else 0.0)
