"""`eventwire eval crosslingual`: same-incident precision, recall and F1 on report pairs in two
languages (`eventwire.language.crosslingual`).

The file is JSON Lines, one pair per line: `id`, `language` (of the first report), `a` (that
report) and `b` (the English one), each {title, text, published}, and `same` (true when both
tell of one incident; a near-miss, another incident of the same kind, place or day, is false).
Scores are given over all pairs, per language, and on the tune and check halves (a fixed hash
of each pair id).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel

from eventwire.evaluate.halves import HALVES, half_of
from eventwire.evaluate.labelled import read_records


class PairReport(BaseModel):
    title: str | None = None
    text: str
    published: dt.date | None = None


class LabelledPair(BaseModel):
    id: str
    language: str
    a: PairReport
    b: PairReport
    same: bool


class PairScores(BaseModel):
    group: str
    pairs: int
    same: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float
    recall: float
    f1: float


class CrossLingualReport(BaseModel):
    file: str
    pairs: int
    languages: int
    precision: float
    recall: float
    f1: float
    halves: dict[str, PairScores]
    per_language: list[PairScores]


def read_pairs(path: str | Path) -> list[LabelledPair]:
    return read_records(path, LabelledPair, "a pair with id, language, a, b and same")


def predict(pair: LabelledPair) -> bool:
    from eventwire.language.crosslingual import Report, signals

    other = Report(pair.language, pair.a.title, pair.a.text, pair.a.published)
    english = Report("en", pair.b.title, pair.b.text, pair.b.published)
    return signals(other, english).same_incident(pair.language)


def scores(group: str, gold: list[bool], predicted: list[bool]) -> PairScores:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(group=group, pairs=len(gold), same=sum(gold), true_positives=tp, false_positives=fp,
                      false_negatives=fn, precision=precision, recall=recall, f1=f1)


def evaluate_crosslingual(path: str | Path) -> CrossLingualReport:
    pairs = read_pairs(path)
    predicted = [predict(p) for p in pairs]

    def group(name: str, keep) -> PairScores:
        chosen = [(p.same, q) for p, q in zip(pairs, predicted) if keep(p)]
        return scores(name, [g for g, _ in chosen], [q for _, q in chosen])

    total = group("all", lambda p: True)
    languages = sorted({p.language for p in pairs})
    return CrossLingualReport(
        file=str(path), pairs=len(pairs), languages=len(languages),
        precision=total.precision, recall=total.recall, f1=total.f1,
        halves={h: group(h, lambda p, h=h: half_of(p.id) == h) for h in HALVES},
        per_language=[group(lang, lambda p, lang=lang: p.language == lang) for lang in languages])
