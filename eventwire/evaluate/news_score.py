"""Scores of matched news events: event precision/recall, per-field accuracy, false events, confidence.

Counting rules:
- a gold event marked `optional` is one the text mentions without fixing it well enough to demand
  it (a recalled incident without a resolvable date, a caption, an ambiguous agreement).  A
  prediction matched to it is neither right nor wrong; an optional event left unmatched is not
  missed;
- precision = matched required / (predictions not matched to an optional event);
  recall = matched required / required gold events;
- field accuracy is over matched required pairs where the field applies (see `FIELDS`);
- false events per non-conflict article = unmatched predictions in texts not about conflict,
  violence, protest, security or politics, divided by the number of such texts;
- the confidence table keeps the predictions with confidence >= each threshold; the matching is
  the one made over all predictions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from eventwire.evaluate.news_gold import GoldEvent, GoldText
from eventwire.evaluate.news_match import (FIELD_KM, Prediction, accepted_sub_types, actor_matches,
                                           date_matches, distance, family, lenient_place, match,
                                           place_matches)
from eventwire.records import SUB_EVENT_TO_TYPE, Event

THRESHOLDS = (0.0, 0.2, 0.4, 0.6, 0.8)
DATE_FIELD_DAYS = {1: 0, 2: 3, 3: 15}


@dataclass
class ArticleResult:
    """One gold text with its predictions and the one-to-one matching between them."""

    gold: GoldText
    predictions: list[Prediction]
    pairs: list[tuple[int, int]] = field(default_factory=list)
    discarded: str | None = None

    @classmethod
    def matched(cls, gold: GoldText, predictions: Sequence[Prediction], discarded: str | None = None) -> ArticleResult:
        return cls(gold, list(predictions), match(gold.events, predictions), discarded)

    def gold_of(self, p: int) -> GoldEvent | None:
        return next((self.gold.events[g] for g, q in self.pairs if q == p), None)

    def required_pairs(self) -> list[tuple[GoldEvent, Prediction]]:
        return [(self.gold.events[g], self.predictions[p]) for g, p in self.pairs if not self.gold.events[g].optional]

    def false_predictions(self) -> list[Prediction]:
        return [pred for p, pred in enumerate(self.predictions) if self.gold_of(p) is None]

    def missed(self) -> list[GoldEvent]:
        matched = {g for g, _ in self.pairs}
        return [e for g, e in enumerate(self.gold.events) if g not in matched and not e.optional]

    def counted_predictions(self) -> list[Prediction]:
        """Predictions that count for precision: all but those matched to an optional gold event."""
        return [pred for p, pred in enumerate(self.predictions)
                if (gold := self.gold_of(p)) is None or not gold.optional]


class HalfScore(BaseModel):
    half: str
    texts: int
    conflict_texts: int
    non_conflict_texts: int
    gold_events: int
    optional_gold_events: int
    predicted: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float | None
    precision_95ci: tuple[float, float] | None
    recall: float | None
    recall_95ci: tuple[float, float] | None
    f1: float | None
    false_events_non_conflict: int
    false_per_non_conflict_article: float | None
    articles_discarded: int


class FieldRow(BaseModel):
    field: str
    tune: float | None = None
    tune_n: int = 0
    check: float | None = None
    check_n: int = 0
    all: float | None = None
    all_n: int = 0


class ConfidenceRow(BaseModel):
    threshold: float
    half: str
    predicted: int
    true_positives: int
    precision: float | None
    recall: float | None


class FalseKindRow(BaseModel):
    """How many false events of a half are of one kind (`FALSE_KINDS`): figures a rule writer may
    read on the check half, where the sentences stay unread."""

    kind: str
    half: str
    false_events: int


FALSE_KINDS = (
    "non-conflict text",  # a text not about conflict, violence, protest, security or politics
    "conflict text with no gold event",  # background, plans, aggregates... of a text that reports none
    "near miss: place, ours a country or region",  # a gold event of its family is left unmatched; the date fits
    "near miss: place, ours another town",
    "near miss: date",  # ... the place fits, the date does not
    "near miss: place and date",
    "extra event",  # every gold event of its family in the text is matched: a duplicate or an extra
    "other family",  # the text's gold events are all of other type families
)


class TypeCountRow(BaseModel):
    event_type: str
    half: str
    gold_events: int
    optional: int


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion (95 % by default)."""
    if not n:
        return None
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3)


def half_score(name: str, results: Sequence[ArticleResult]) -> HalfScore:
    required = sum(1 for r in results for e in r.gold.events if not e.optional)
    tp = sum(len(r.required_pairs()) for r in results)
    predicted = sum(len(r.counted_predictions()) for r in results)
    non_conflict = [r for r in results if not r.gold.conflict]
    false_nc = sum(len(r.false_predictions()) for r in non_conflict)
    precision, recall = ratio(tp, predicted), ratio(tp, required)
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    return HalfScore(
        half=name, texts=len(results), conflict_texts=len(results) - len(non_conflict),
        non_conflict_texts=len(non_conflict), gold_events=required,
        optional_gold_events=sum(1 for r in results for e in r.gold.events if e.optional),
        predicted=predicted, true_positives=tp, false_positives=predicted - tp, false_negatives=required - tp,
        precision=precision, precision_95ci=wilson(tp, predicted), recall=recall, recall_95ci=wilson(tp, required),
        f1=f1, false_events_non_conflict=false_nc, false_per_non_conflict_article=ratio(false_nc, len(non_conflict)),
        articles_discarded=sum(r.discarded is not None for r in results))


# --- per-field checks: (applies, right) for one matched pair --------------------------------------

def _sub_type(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    return True, event.sub_event_type in accepted_sub_types(gold)


def _event_type(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    types = {SUB_EVENT_TO_TYPE[s] for s in accepted_sub_types(gold) if s in SUB_EVENT_TO_TYPE}
    return True, event.event_type in types


def _date(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    if gold.event_date is None:
        return False, False
    if event.event_date is None:
        return True, False
    return True, abs((gold.event_date - event.event_date).days) <= DATE_FIELD_DAYS[gold.time_precision or 1]


def _country(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    return True, lenient_place(gold.country, event.country) or event.country in gold.alt.get("country", ())


def _within_25km(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    if gold.coarse_place:
        return False, False
    near = distance(gold, event)
    return True, near is not None and near <= FIELD_KM


def _admin1(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    if gold.admin1 is None:
        return False, False
    return True, lenient_place(gold.admin1, event.admin1)


def _actors(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    """Whether actor1 and actor2 are right, in the order (straight or crossed) that agrees best."""
    g1, g2 = (gold.actor1, gold.alt.get("actor1", ())), (gold.actor2, gold.alt.get("actor2", ()))
    straight = (actor_matches(g1[0], event.actor1, g1[1]), actor_matches(g2[0], event.actor2, g2[1]))
    crossed = (actor_matches(g1[0], event.actor2, g1[1]), actor_matches(g2[0], event.actor1, g2[1]))
    return straight if sum(straight) >= sum(crossed) else crossed


def _actor1(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    return True, _actors(gold, event)[0]


def _actor2(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    return True, _actors(gold, event)[1]


def _fatalities(gold: GoldEvent, event: Event) -> tuple[bool, bool]:
    return True, event.fatalities == gold.fatalities or event.fatalities in gold.alt.get("fatalities", ())


FIELDS: dict[str, Callable[[GoldEvent, Event], tuple[bool, bool]]] = {
    "sub_event_type": _sub_type, "event_type": _event_type, "event_date": _date, "country": _country,
    "within_25km": _within_25km, "admin1": _admin1, "actor1": _actor1, "actor2": _actor2,
    "fatalities": _fatalities,
}


def field_counts(results: Sequence[ArticleResult], name: str) -> tuple[int, int]:
    """(right, applicable) for one field over the matched required pairs."""
    check = FIELDS[name]
    outcomes = [check(gold, pred.event) for r in results for gold, pred in r.required_pairs()]
    applicable = [right for applies, right in outcomes if applies]
    return sum(applicable), len(applicable)


def field_rows(halves: dict[str, Sequence[ArticleResult]]) -> list[FieldRow]:
    rows = []
    for name in FIELDS:
        values = {}
        for half, results in halves.items():
            right, n = field_counts(results, name)
            values[half], values[f"{half}_n"] = ratio(right, n), n
        rows.append(FieldRow(field=name, **values))
    return rows


def confidence_rows(halves: dict[str, Sequence[ArticleResult]]) -> list[ConfidenceRow]:
    rows = []
    for threshold in THRESHOLDS:
        for half, results in halves.items():
            kept = [(r, p) for r in results for p, pred in enumerate(r.predictions)
                    if pred.event.confidence >= threshold and _counts(r, p)]
            tp = sum(1 for r, p in kept if r.gold_of(p) is not None)
            required = sum(1 for r in results for e in r.gold.events if not e.optional)
            rows.append(ConfidenceRow(threshold=threshold, half=half, predicted=len(kept), true_positives=tp,
                                      precision=ratio(tp, len(kept)), recall=ratio(tp, required)))
    return rows


def _counts(result: ArticleResult, p: int) -> bool:
    gold = result.gold_of(p)
    return gold is None or not gold.optional


def false_kind(result: ArticleResult, prediction: Prediction) -> str:
    """Which of `FALSE_KINDS` a false prediction of `result` is."""
    if not result.gold.conflict:
        return "non-conflict text"
    if not result.gold.events:
        return "conflict text with no gold event"
    own = family(prediction.event.event_type)
    matched = {g for g, _ in result.pairs}
    same = [g for g, e in enumerate(result.gold.events) if family(e.event_type) == own]
    if not same:
        return "other family"
    left = [result.gold.events[g] for g in same if g not in matched]
    if not left:
        return "extra event"
    if any(date_matches(gold, prediction.event) for gold in left):
        coarse = prediction.event.geo_precision == 3 or prediction.event.location == prediction.event.country
        return "near miss: place, ours a country or region" if coarse else "near miss: place, ours another town"
    if any(place_matches(gold, prediction.event) for gold in left):
        return "near miss: date"
    return "near miss: place and date"


def false_kind_rows(halves: dict[str, Sequence[ArticleResult]]) -> list[FalseKindRow]:
    rows = []
    for half, results in halves.items():
        kinds = [false_kind(r, pred) for r in results for pred in r.false_predictions()]
        rows += [FalseKindRow(kind=kind, half=half, false_events=kinds.count(kind)) for kind in FALSE_KINDS]
    return rows


def type_counts(halves: dict[str, Sequence[ArticleResult]]) -> list[TypeCountRow]:
    """Gold events by event type (required and optional) in each half."""
    types = sorted({e.event_type for results in halves.values() for r in results for e in r.gold.events})
    rows = []
    for event_type in types:
        for half, results in halves.items():
            events = [e for r in results for e in r.gold.events if e.event_type == event_type]
            rows.append(TypeCountRow(event_type=event_type, half=half, gold_events=sum(not e.optional for e in events),
                                     optional=sum(e.optional for e in events)))
    return rows
