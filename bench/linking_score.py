"""Scores linked events against the truth of a bench/linking_corpus.py corpus.

Pairs are pairs of mentions from different articles.  A pair is truly one event when the two
mentions report a common incident (a mention covering several sites reports each of them); it
is predicted one event when some linked event holds both.  Also: how many linked events (two
mentions or more) mix incidents -- no incident common to all their mentions -- and the total
death toll of the linked events against the incidents' true tolls, and where the difference
comes from (`toll_excess`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from bench.linking_corpus import Corpus, Incident, target_code, toll_by_rule
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
    toll_excess: Counter = field(default_factory=Counter)    # cause -> fatalities over (+) or under (-) truth
    toll_rule: tuple[int, int] = (0, 0)   # (events giving a toll, those whose toll is not ACLED's rule over their sources)

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
        mixed_examples=mixed[:5], toll_excess=toll_excess(corpus, events, members),
        toll_rule=toll_rule_check(corpus, events, members))


def toll_rule_check(corpus: Corpus, events: Sequence[Event], members: Mapping[str, Sequence[str]]) -> tuple[int, int]:
    """(linked events whose sources give a toll, those whose toll differs from ACLED's rule over
    their own sources as the corpus applies it): 0 differing says the fatalities kept differ from
    the truth only by which reports each event holds, not by how its toll is chosen."""
    expected = [(e, toll_by_rule(corpus, members[e.id])) for e in events]
    checked = [(e, t) for e, t in expected if t is not None]
    return len(checked), sum(e.fatalities != t for e, t in checked)


def _trap(incidents: Mapping[str, Incident], truth, pair: Pair) -> str:
    a, b = (incidents[min(truth[m])] for m in pair)
    if a.town == b.town:
        return "same town, other day" if a.day != b.day else "same town and day"
    if a.day == b.day:
        return "neighbouring towns, same day" if a.area == b.area else "other country"
    return "other town and day"


def _styles(style_of: Mapping[str, str], pair: Pair) -> str:
    return " + ".join(sorted(style_of[m] for m in pair))


# -- where the toll's difference from the truth comes from ---------------------------------------

SPLIT_BY_EXTRACTION = "one incident split by an extraction error (wrong day, victims or sub-type)"
SPLIT_BY_LINKING = "one incident split by linking"


def toll_excess(corpus: Corpus, events: Sequence[Event], members: Mapping[str, Sequence[str]]) -> Counter:
    """Fatalities kept minus truth, by cause; the causes add up to the whole difference.  An event
    reports one incident when its mentions all report it alone; an incident split into several
    such events counts every toll but one again -- by an extraction error when a mention of one of
    them carries one of the errors the corpus gives a few reports (a wrong day, victims coded as
    the other state force, a sibling sub-type), which the hard reasons then keep apart."""
    truth, tolls = corpus.truth, corpus.true_tolls()
    mentions = {m.id: m for r in corpus.reports for m in r.mentions}
    own: dict[str, list[Event]] = {}
    out: Counter = Counter()
    for e in events:
        common = frozenset.intersection(*(truth[m] for m in members[e.id]))
        if len(common) == 1:
            own.setdefault(next(iter(common)), []).append(e)
        else:
            out["events mixing incidents" if not common else "events of a report over several sites"] += e.fatalities
    for inc, true in tolls.items():
        split = own.get(inc, [])
        if not split:
            out["incidents with no event of their own"] -= true
            continue
        cause = "toll of the one event (ACLED's rule over its sources)"
        if len(split) > 1:
            erred = any(_extraction_error(mentions[m], corpus.incidents[inc]) for e in split for m in members[e.id])
            cause = SPLIT_BY_EXTRACTION if erred else SPLIT_BY_LINKING
        out[cause] += sum(e.fatalities for e in split) - true
    return out


def _extraction_error(m: Event, inc: Incident) -> bool:
    days = {inc.day, inc.day + dt.timedelta(days=1)} if inc.night else {inc.day}
    wrong_day = (m.time_precision or 1) == 1 and m.event_date not in days
    wrong_victims = m.actor2 is not None and m.actor2 != target_code(inc)
    return wrong_day or wrong_victims or m.sub_event_type != inc.kind.sub_event_type
