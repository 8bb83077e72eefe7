"""An event's confidence: how likely it is to be a real event of the type and place coded.

The score adds what makes a report trustworthy to what kept it in scope (`scope.BASES`): a named
armed or political actor is surer than a political word in the sentence, which is surer than an
article that speaks of conflict elsewhere; an event that dates itself, is mentioned more than once,
names its perpetrator or its casualties scores higher; one known only from a clause that points
back ("after the attack on...") or from a quotation scores lower.

What a score means is measured, not assumed: docs/CONFIDENCE.md gives the precision of the events
at or above each score on both halves of the real-news gold set (`eventwire eval news`), so a user
filtering with `--min-confidence 0.8` knows the precision to expect.
"""

from __future__ import annotations

from dataclasses import dataclass

BASE = {"actor": 0.55, "context": 0.5, "demonstration": 0.5, "state": 0.45, "political arrest": 0.45,
        "strategic": 0.35, "article": 0.3}
FLOOR, CEILING = 0.05, 0.95


@dataclass(frozen=True)
class Signals:
    """What an event's report offers beside its scope basis."""

    dated: bool  # a date expression of its own ("on Tuesday", "on 3 May")
    mentions: int
    named_perpetrator: bool  # actor1 is a named group or force, not "Unidentified ..."
    casualties: bool
    retrospective: bool  # its first mention only points back at it
    quoted: bool


def confidence(basis: str, signals: Signals) -> float:
    score = BASE.get(basis, 0.3) + 0.15 * signals.dated + 0.1 * (signals.mentions > 1) + 0.05 * (signals.mentions > 2)
    score += 0.1 * signals.named_perpetrator + 0.05 * signals.casualties
    score -= 0.15 * signals.retrospective + 0.1 * signals.quoted
    return round(min(max(score, FLOOR), CEILING), 2)
