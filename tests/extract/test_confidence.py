"""The confidence model: fitted weights as data, the signals an event records, the place signals."""

from __future__ import annotations

import json

import pytest

from eventwire.extract.confidence import (
    FEATURES, Calibration, CalibrationError, calibration, from_description, place_features, score, scored,
    weights_path,
)
from eventwire.records import EventMention, Span

SENTENCE = "Gunmen killed two traders in the market of Baidoa on Saturday, police said."
ELSEWHERE = "The governor of Bay region condemned the attack."


def event(location_span: Span | None, geo_precision: int | None, signals: str = "basis actor; dated") -> EventMention:
    own = Span(start=0, end=len(SENTENCE), text=SENTENCE)
    evidence = {"event": own, "sub_event_type": own}
    if location_span is not None:
        evidence["location"] = location_span
    return EventMention(id="a#1", article_id="a", sub_event_type="Attack", event_type="Violence against civilians",
                        country="Somalia", location="Baidoa" if geo_precision == 1 else None,
                        geo_precision=geo_precision, evidence=evidence, provenance={"confidence": signals})


def model(**weights: float) -> Calibration:
    return Calibration(intercept=0.0, weights={name: weights.get(name.replace(" ", "_"), 0.0) for name in FEATURES},
                       fitted_on=["test"], examples=0, true_events=0, regularisation=1.0)


def test_the_shipped_weights_name_every_feature_and_say_what_they_were_fitted_on():
    shipped = calibration()
    assert set(shipped.weights) == set(FEATURES)
    assert shipped.fitted_on and all("tune half" in source for source in shipped.fitted_on)
    assert 0 < shipped.true_events <= shipped.examples


def test_a_weights_file_that_misses_a_feature_is_refused(tmp_path):
    data = json.loads(weights_path().read_text(encoding="utf-8"))
    del data["weights"]["dated"]
    with pytest.raises(CalibrationError, match="missing.*dated.*bench/fit_confidence.py"):
        Calibration.model_validate(data).check()


def test_place_signals_tell_the_events_own_sentence_from_another_and_from_a_country():
    own = Span(start=0, end=len(SENTENCE), text=SENTENCE)
    other = Span(start=len(SENTENCE) + 1, end=len(SENTENCE) + 1 + len(ELSEWHERE), text=ELSEWHERE)
    assert place_features(event(own, 1)) == {"placed from its sentences": 1.0, "country or region only": 0.0}
    assert place_features(event(other, 1)) == {"placed from its sentences": 0.0, "country or region only": 0.0}
    assert place_features(event(None, 3)) == {"placed from its sentences": 0.0, "country or region only": 1.0}
    assert place_features(event(None, None)) == {"placed from its sentences": 0.0, "country or region only": 0.0}


def test_a_positive_weight_raises_the_score_and_the_floor_and_ceiling_hold():
    placed = {**from_description("basis actor"), "placed from its sentences": 1.0}
    unplaced = from_description("basis actor")
    weighted = model(placed_from_its_sentences=2.0)
    assert score(placed, weighted) > score(unplaced, weighted) == 0.5
    assert score(placed, model(placed_from_its_sentences=50.0)) == 0.95
    assert score(placed, model(placed_from_its_sentences=-50.0)) == 0.05


def test_scored_records_every_signal_it_used():
    own = Span(start=0, end=len(SENTENCE), text=SENTENCE)
    result = scored(event(own, 1, "basis actor; dated; lead"))
    assert result.provenance["confidence"] == "basis actor; dated; lead; placed from its sentences"
    assert result.confidence == score(from_description(result.provenance["confidence"]), calibration())
