"""An event's confidence: the chance, measured on hand-coded real news, that it is a real event of
the type family, place and date coded.

The score is a logistic model over what the report offers: what kept the candidate in scope
(`scope.Scope.basis`: a named armed or political actor, a political word, a protest word, state forces,
a political arrest, another strategic development, only a conflict article around it), whether the
event dates itself, is mentioned more than once, names its perpetrator or its casualties, is told
in the article's opening paragraph, and whether it is known only from a clause that points back
("after the attack on ...") or from a quotation.

The weights are data (`eventwire/data/confidence.json`), fitted by `bench/fit_confidence.py` on the
tune halves of the real-news gold sets only; docs/CONFIDENCE.md gives the precision the check halves
show at each score (`eventwire eval news`), so a user filtering with `--min-confidence 0.8` knows
the precision to expect.  Each event's `provenance["confidence"]` lists the signals it scored on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from eventwire.errors import EventwireError
from eventwire.records import EventMention

# what kept a candidate in scope (`scope.Scope.basis`), surest first
BASES = ("actor", "context", "demonstration", "state", "political arrest", "strategic", "article")
FLAGS = ("dated", "second mention", "third mention", "named perpetrator", "casualties", "lead", "retrospective",
         "quoted")
PLACE_FLAGS = ("placed from its sentences", "country or region only")  # known once the event is geocoded
FEATURES = (*(f"basis {b}" for b in BASES), *FLAGS, *PLACE_FLAGS)
FLOOR, CEILING = 0.05, 0.95


class CalibrationError(EventwireError):
    """The confidence weights file is missing a feature or names one the model does not know."""


@dataclass(frozen=True)
class Signals:
    """What an event's report offers beside its scope basis."""

    dated: bool  # a date expression of its own ("on Tuesday", "on 3 May")
    mentions: int
    named_perpetrator: bool  # actor1 is a named group or force, not "Unidentified ..."
    casualties: bool
    retrospective: bool  # its first mention only points back at it
    quoted: bool
    lead: bool = False  # first told in the article's opening paragraph


class Calibration(BaseModel):
    """Fitted weights of the confidence model, with what they were fitted on."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    intercept: float
    weights: dict[str, float]
    fitted_on: list[str] = Field(description="the gold files and half the weights were fitted on")
    examples: int = Field(ge=0, description="predictions fitted on")
    true_events: int = Field(ge=0)
    regularisation: float = Field(gt=0, description="inverse L2 strength (scikit-learn's C)")

    def check(self) -> Calibration:
        unknown, missing = set(self.weights) - set(FEATURES), set(FEATURES) - set(self.weights)
        if unknown or missing:
            raise CalibrationError(f"confidence weights: unknown feature(s) {sorted(unknown)}, missing "
                                   f"{sorted(missing)}; refit with bench/fit_confidence.py")
        return self


def weights_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "confidence.json"))


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    return Calibration.model_validate(json.loads(weights_path().read_text(encoding="utf-8"))).check()


def features(basis: str, signals: Signals) -> dict[str, float]:
    """The scope stage's inputs for one event, each 0 or 1."""
    flags = (signals.dated, signals.mentions > 1, signals.mentions > 2, signals.named_perpetrator,
             signals.casualties, signals.lead, signals.retrospective, signals.quoted)
    values = {f"basis {b}": float(basis == b) for b in BASES}
    values.update({name: float(flag) for name, flag in zip(FLAGS, flags)})
    return values


def place_features(event: EventMention) -> dict[str, float]:
    """Where the geocoder placed the event: from a place named in its own sentences (the sentence
    it was typed on or its first), or only at a country or region.  Both 0 before geocoding."""
    if event.geo_precision is None:
        return dict.fromkeys(PLACE_FLAGS, 0.0)
    place = event.evidence.get("location")
    own = [event.evidence[k] for k in ("event", "sub_event_type") if k in event.evidence]
    from_own = place is not None and any(s.start < place.end and place.start < s.end for s in own)
    return {"placed from its sentences": float(from_own), "country or region only": float(event.geo_precision == 3)}


def describe(values: dict[str, float]) -> str:
    """The signals an event scored on, for its provenance ("basis actor; dated; lead")."""
    basis = next((name for name, value in values.items() if value and name.startswith("basis ")), "basis none")
    return "; ".join([basis, *(name for name, value in values.items() if value and not name.startswith("basis "))])


def from_description(text: str) -> dict[str, float]:
    """The features back from `describe`'s text (for fitting on stored events)."""
    named = {part.strip() for part in text.split(";")}
    return {name: float(name in named) for name in FEATURES}


def score(values: dict[str, float], model: Calibration) -> float:
    z = model.intercept + sum(model.weights[name] * values.get(name, 0.0) for name in model.weights)
    return round(min(max(1 / (1 + math.exp(-z)), FLOOR), CEILING), 2)


def scored(event: EventMention) -> EventMention:
    """The event with its confidence, from the scope signals its provenance records (set by
    `extract.Extractor.scope`) and where it was placed; the provenance then lists them all."""
    values = {**from_description(event.provenance.get("confidence", "")), **place_features(event)}
    return event.replace(confidence=score(values, calibration()),
                         provenance={**event.provenance, "confidence": describe(values)})
