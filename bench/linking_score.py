"""Scores linked events against the truth of a bench/linking_corpus.py corpus.

Pairs are pairs of mentions from different articles.  A pair is truly one event when the two
mentions report a common incident (a mention covering several sites reports each of them); it
is predicted one event when some linked event holds both.  Also: how many linked events (two
mentions or more) mix incidents -- no incident common to all their mentions -- and the total
death toll of the linked events against the incidents' true tolls.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from bench.linking_corpus import Corpus, Incident
from eventwire.records import Event

Pair = tuple[str, str]


@dataclass
class Score:
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    linked_events: int
    mixed_events: int
    events: int
    fatalities: int
    true_fatalities: int
    false_merges: Counter = field(default_factory=Counter)   # trap -> wrong pairs
    missed: Counter = field(default_factory=Counter)         # style -> missed pairs
    mixed_examples: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mixed_share(self) -> float:
        return self.mixed_events / self.linked_events if self.linked_events else 0.0

    @property
    def fatalities_ratio(self) -> float:
        return self.fatalities / self.true_fatalities if self.true_fatalities else 1.0


def _pairs(groups: Iterable[Sequence[str]], article_of: Mapping[str, str]) -> set[Pair]:
    out: set[Pair] = set()
    for members in groups:
        for x, y in combinations(sorted(set(members)), 2):
            if article_of[x] != article_of[y]:
                out.add((x, y))
    return out


def score(corpus: Corpus, events: Sequence[Event], members: Mapping[str, Sequence[str]]) -> Score:
    truth = corpus.truth
    article_of = {m.id: r.article.id for r in corpus.reports for m in r.mentions}
    style_of = {m.id: r.style for r in corpus.reports for m in r.mentions}
    by_incident: dict[str, list[str]] = {}
    for mention, incidents in truth.items():
        for inc in incidents:
            by_incident.setdefault(inc, []).append(mention)
    true_pairs = _pairs(by_incident.values(), article_of)
    predicted = _pairs(members.values(), article_of)
    linked = [ms for ms in members.values() if len(ms) > 1]
    mixed = [(eid, tuple(ms)) for eid, ms in members.items() if len(ms) > 1
             and not frozenset.intersection(*(truth[m] for m in ms))]
    return Score(
        true_pairs=len(true_pairs), predicted_pairs=len(predicted), correct_pairs=len(true_pairs & predicted),
        linked_events=len(linked), mixed_events=len(mixed), events=len(events),
        fatalities=sum(e.fatalities for e in events), true_fatalities=sum(corpus.true_tolls().values()),
        false_merges=Counter(_trap(corpus.incidents, truth, p) for p in predicted - true_pairs),
        missed=Counter(_styles(style_of, p) for p in true_pairs - predicted),
        mixed_examples=mixed[:5])


def _trap(incidents: Mapping[str, Incident], truth, pair: Pair) -> str:
    a, b = (incidents[min(truth[m])] for m in pair)
    if a.town == b.town:
        return "same town, other day" if a.day != b.day else "same town and day"
    if a.day == b.day:
        return "neighbouring towns, same day" if a.area == b.area else "other country"
    return "other town and day"


def _styles(style_of: Mapping[str, str], pair: Pair) -> str:
    return " + ".join(sorted(style_of[m] for m in pair))
