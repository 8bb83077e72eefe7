"""`eventwire eval language`: accuracy of language identification on labelled sentences.

The file is JSON Lines, one object per sentence: `id`, `language` (the model's code: en, ar,
fa, tr, ckb, ku, ru, uk, fr, es, ...) and `text`.  The report gives the accuracy over all of
them, per language, and on the tune and check halves (a fixed hash of each id).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pydantic import BaseModel

from eventwire.evaluate.halves import HALVES, half_of
from eventwire.evaluate.labelled import read_records


class LabelledSentence(BaseModel):
    id: str
    language: str
    text: str


class LanguageScore(BaseModel):
    language: str
    sentences: int
    correct: int
    accuracy: float
    confused_with: str = ""


class HalfScore(BaseModel):
    sentences: int
    accuracy: float


class LanguageReport(BaseModel):
    file: str
    sentences: int
    languages: int
    accuracy: float
    halves: dict[str, HalfScore]
    per_language: list[LanguageScore]


def read_sentences(path: str | Path) -> list[LabelledSentence]:
    return read_records(path, LabelledSentence, "an object with id, language and text")


def evaluate_language(path: str | Path) -> LanguageReport:
    from eventwire.language import identify

    sentences = read_sentences(path)
    guessed = [identify(s.text).code for s in sentences]
    return LanguageReport(
        file=str(path), sentences=len(sentences), languages=len({s.language for s in sentences}),
        accuracy=_accuracy(sentences, guessed),
        halves={half: _half_score(sentences, guessed, half) for half in HALVES},
        per_language=_per_language(sentences, guessed))


def _accuracy(sentences: list[LabelledSentence], guessed: list[str]) -> float:
    return sum(s.language == g for s, g in zip(sentences, guessed)) / len(sentences) if sentences else 0.0


def _half_score(sentences: list[LabelledSentence], guessed: list[str], half: str) -> HalfScore:
    pairs = [(s, g) for s, g in zip(sentences, guessed) if half_of(s.id) == half]
    return HalfScore(sentences=len(pairs), accuracy=_accuracy([s for s, _ in pairs], [g for _, g in pairs]))


def _per_language(sentences: list[LabelledSentence], guessed: list[str]) -> list[LanguageScore]:
    rows = []
    for language in sorted({s.language for s in sentences}):
        got = [g for s, g in zip(sentences, guessed) if s.language == language]
        wrong = Counter(g for g in got if g != language)
        rows.append(LanguageScore(language=language, sentences=len(got), correct=got.count(language),
                                  accuracy=got.count(language) / len(got),
                                  confused_with=", ".join(f"{code} ({n})" for code, n in wrong.most_common())))
    return rows
