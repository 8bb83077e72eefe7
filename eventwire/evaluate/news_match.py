"""Matching predicted events to gold events within one news text (one-to-one).

A predicted event matches a gold event when all three hold:

- **type family**: both are political violence (Battles, Explosions/Remote violence, Violence
  against civilians), both demonstrations (Protests, Riots), or both Strategic developments;
- **place**: the location names are equal (ASCII, case and punctuation folded), or both points
  are within `MATCH_KM` km of each other, or -- when the gold place is coarse (a country or a
  region without coordinates, or geo_precision 3) -- the countries are equal and, for a region,
  so are the admin1 names (lenient spelling).  A prediction with no place matches nothing;
- **date**: the gold date is null (the text does not fix it), or the prediction has no date (it
  is then wrong in the date field, not unmatched), or the two dates are at most
  `MATCH_DAYS[p]` days apart, p being the coarser of the two time precisions (1 day, 3 days,
  16 days for precision 1, 2, 3).

Among the compatible pairs the matching keeps the most pairs with required gold events, then the
most with optional ones, then the best agreement (same sub-type, type, date, overlapping evidence
sentence, shorter distance).  It is exact for up to `EXACT_LIMIT` gold events in a text and greedy
above that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from eventwire.evaluate.acled import km, place_norm
from eventwire.evaluate.news_gold import GoldEvent, GoldPlace
from eventwire.records import EventFields

MATCH_KM = 50.0
MATCH_DAYS = {1: 1, 2: 3, 3: 16}
FIELD_KM = 25.0
EXACT_LIMIT = 12
FAMILIES = {
    "Battles": "political violence", "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence", "Protests": "demonstrations",
    "Riots": "demonstrations", "Strategic developments": "strategic developments",
}
REQUIRED_WEIGHT, OPTIONAL_WEIGHT = 1_000_000, 10_000


class Prediction(BaseModel):
    """A predicted event with its evidence span mapped back to the whole gold text."""

    model_config = ConfigDict(frozen=True)

    article: str
    event: EventFields  # an EventMention from the pipeline (or a linked Event)
    start: int | None = None
    end: int | None = None


def family(event_type: str | None) -> str | None:
    return FAMILIES.get(event_type or "")


@lru_cache(maxsize=4096)
def place_key(name: str | None) -> str:
    """Place names folded as ACLED spells them ("Ma'an" = "Maan", "Nuevo León" = "Nuevo Leon")."""
    return place_norm(name)


def lenient_place(a: str | None, b: str | None) -> bool:
    """Equal after folding, or close spellings ("Al Hasakah" / "Al-Hasakeh", "Idlib" / "Idleb"), or
    one transliteration of an Arabic name written two ways ("Aljfara" / "Al Jafarah": the same
    consonants, three or more of them)."""
    from rapidfuzz import fuzz

    from eventwire.language.names import skeleton

    ka, kb = place_key(a), place_key(b)
    if not (ka and kb):
        return False
    if ka == kb or fuzz.ratio(ka, kb) >= 85 or fuzz.token_set_ratio(ka, kb) >= 90:
        return True
    sa, sb = skeleton(ka.replace(" ", "")), skeleton(kb.replace(" ", ""))
    return len(sa) >= 3 and sa == sb


def distance(place: GoldPlace, event: EventFields) -> float | None:
    if place.coarse_place or event.latitude is None or event.longitude is None:
        return None
    return km(place.latitude, place.longitude, event.latitude, event.longitude)


def place_matches(gold: GoldEvent, event: EventFields) -> bool:
    """The gold place, or one of its accepted alternatives, matches the predicted place."""
    if not event.country and not event.location:
        return False
    return any(_same_place(place, event) for place in gold.places)


def _same_place(place: GoldPlace, event: EventFields) -> bool:
    if place_key(place.location) and place_key(place.location) == place_key(event.location):
        return True
    near = distance(place, event)
    if near is not None and near <= MATCH_KM:
        return True
    if place.coarse_place or place.geo_precision == 3:
        same_country = lenient_place(place.country, event.country)
        return same_country and (place.admin1 is None or place.location == place.country
                                 or lenient_place(place.admin1, event.admin1))
    return False


def date_matches(gold: GoldEvent, event: EventFields) -> bool:
    if gold.event_date is None or event.event_date is None:
        return True
    coarse = max(gold.time_precision or 1, event.time_precision or 1)
    return abs((gold.event_date - event.event_date).days) <= MATCH_DAYS.get(coarse, 1)


def compatible(gold: GoldEvent, event: EventFields) -> bool:
    return (family(gold.event_type) == family(event.event_type) and family(gold.event_type) is not None
            and place_matches(gold, event) and date_matches(gold, event))


def agreement(gold: GoldEvent, prediction: Prediction) -> float:
    """How well a compatible pair agrees, for choosing between candidate pairs (0 to 9)."""
    event = prediction.event
    score = 4.0 * (event.sub_event_type in accepted_sub_types(gold)) + 2.0 * (event.event_type == gold.event_type)
    score += 1.0 * (gold.event_date is not None and gold.event_date == event.event_date)
    if prediction.start is not None and prediction.end is not None:
        score += 1.0 * (prediction.start < gold.end and gold.start < prediction.end)
    near = distance(gold, event)
    return score + (0.0 if near is None else max(0.0, 1.0 - near / MATCH_KM))


def accepted_sub_types(gold: GoldEvent) -> set[str]:
    return {gold.sub_event_type, *gold.alt.get("sub_event_type", ())}


def pair_weight(gold: GoldEvent, prediction: Prediction) -> float:
    return (OPTIONAL_WEIGHT if gold.optional else REQUIRED_WEIGHT) + agreement(gold, prediction)


def match(golds: Sequence[GoldEvent], predictions: Sequence[Prediction]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs of compatible events."""
    weights = {(g, p): pair_weight(golds[g], predictions[p])
               for g in range(len(golds)) for p in range(len(predictions))
               if compatible(golds[g], predictions[p].event)}
    if not weights:
        return []
    if len(golds) <= EXACT_LIMIT:
        return _best_assignment(weights, len(predictions))
    return _greedy(weights)


def _best_assignment(weights: dict[tuple[int, int], float], n_predictions: int) -> list[tuple[int, int]]:
    """Exact maximum-weight matching by search over predictions with a memo on used golds."""
    options: dict[int, list[tuple[int, float]]] = {}
    for (g, p), w in weights.items():
        options.setdefault(p, []).append((g, w))

    @lru_cache(maxsize=None)
    def best(p: int, used: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if p == n_predictions:
            return 0.0, ()
        top = best(p + 1, used)
        for g, w in options.get(p, ()):
            if not used & (1 << g):
                value, pairs = best(p + 1, used | (1 << g))
                if value + w > top[0]:
                    top = (value + w, ((g, p), *pairs))
        return top

    return sorted(best(0, 0)[1])


def _greedy(weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    pairs, used_g, used_p = [], set(), set()
    for (g, p), _ in sorted(weights.items(), key=lambda item: (-item[1], item[0])):
        if g not in used_g and p not in used_p:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    return sorted(pairs)


_PERIOD = re.compile(r"\(\d{4}-\d{0,4}\)")


def actor_key(name: str | None) -> str:
    """Actor names compared without the government period: "Military Forces of Iraq (2018-2020)" = "... of Iraq"."""
    return re.sub(r"[^\w ]+", " ", _PERIOD.sub("", name or "").lower()).strip()


def actor_matches(gold: str | None, predicted: str | None, alternatives: Sequence[str] = ()) -> bool:
    """Equal after folding, or rapidfuzz token_set_ratio >= 90 with the gold name or an accepted alternative."""
    from rapidfuzz import fuzz

    if gold is None or predicted is None:
        return gold is None and predicted is None
    p = actor_key(predicted)
    return any(p and (p == actor_key(g) or fuzz.token_set_ratio(p, actor_key(g)) >= 90)
               for g in (gold, *alternatives))
