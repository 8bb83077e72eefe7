"""One piece of evidence about whether two mentions report the same event, and its reasons.

Each rule (`dates`, `places`, `actors`, `tolls`, type and story in `rules`) looks at one aspect
of a pair and answers with an `Evidence`: a soft score, the reasons for and against, and the
hard reasons that the data says the two are different events.  A hard reason can never be
outweighed: `rules.compare` adds the scores, but any hard reason vetoes the merge.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    score: float = 0.0
    reasons: tuple[str, ...] = ()      # for the merge
    against: tuple[str, ...] = ()      # soft: counted, shown, never a veto on its own
    hard: tuple[str, ...] = ()         # the data says these are different events


def support(score: float, reason: str, *against: str) -> Evidence:
    return Evidence(score=score, reasons=(reason,), against=tuple(against))


def hard(reason: str, score: float = 0.0) -> Evidence:
    return Evidence(score=score, hard=(reason,))
