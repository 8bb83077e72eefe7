"""Matching and scoring of `eval news` on small hand-built gold rows and predicted events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.evaluate.news_gold import GoldEvent, GoldText
from eventwire.evaluate.news_match import Prediction, actor_matches, compatible, match
from eventwire.evaluate.news_score import (ArticleResult, confidence_rows, field_counts, field_rows, half_score,
                                           wilson)
from eventwire.records import Event

KABUL = dict(country="Afghanistan", admin1="Kabul", location="Kabul", latitude=34.5281, longitude=69.1723,
             geo_precision=1)
BAGRAM = dict(country="Afghanistan", admin1="Parwan", location="Bagram", latitude=34.946, longitude=69.265,
              geo_precision=1)  # about 47 km from Kabul
KANDAHAR = dict(country="Afghanistan", admin1="Kandahar", location="Kandahar", latitude=31.6133, longitude=65.7101,
                geo_precision=1)


def gold_event(n: int = 1, sub: str = "Peaceful protest", etype: str = "Protests", place: dict = KABUL,
               date: dt.date | None = dt.date(2020, 3, 4), precision: int | None = 1, **extra) -> GoldEvent:
    fields = dict(id=f"p_q:1:{n}", event_type=etype, sub_event_type=sub, event_date=date,
                  time_precision=precision if date else None, date_basis="explicit" if date else "none",
                  actor1="Protesters (Afghanistan)", inter1=6, start=10, end=60, **place)
    fields.update(extra)
    return GoldEvent(**fields)


def event(sub: str = "Peaceful protest", etype: str = "Protests", place: dict = KABUL,
          date: dt.date | None = dt.date(2020, 3, 4), confidence: float = 0.5, **extra) -> Event:
    fields = {k: v for k, v in place.items() if k != "geo_precision"}
    fields.update(id="e", event_type=etype, sub_event_type=sub, event_date=date, time_precision=1 if date else None,
                  actor1="Protesters (Afghanistan)", confidence=confidence, geo_precision=place["geo_precision"])
    fields.update(extra)
    return Event(**fields)


def prediction(ev: Event, start: int = 10, end: int = 60) -> Prediction:
    return Prediction(article="p_q:1", event=ev, start=start, end=end)


def text_row(events=(), conflict: bool = True, key: str = "p_q", half: str = "tune") -> GoldText:
    return GoldText(pair_id=key, side=1, sha1="0" * 40, half=half, group=f"{key}:1", conflict=conflict,
                    topic="protest" if conflict else "sports", events=tuple(events))


@pytest.mark.parametrize("gold, predicted, expected", [
    (gold_event(), event(), True),
    (gold_event(), event(sub="Violent demonstration", etype="Riots"), True),          # same family
    (gold_event(), event(sub="Attack", etype="Violence against civilians"), False),   # other family
    (gold_event(), event(place=BAGRAM), True),                                        # within 50 km
    (gold_event(), event(place=KANDAHAR), False),
    (gold_event(), event(place={**KANDAHAR, "location": "Kabul"}), True),             # same name
    (gold_event(), event(date=dt.date(2020, 3, 5)), True),                            # one day off
    (gold_event(), event(date=dt.date(2020, 3, 7)), False),
    (gold_event(precision=2), event(date=dt.date(2020, 3, 7)), True),                 # coarse gold
    (gold_event(date=None), event(date=dt.date(2019, 1, 1)), True),                   # gold date null
    (gold_event(), event(date=None), True),                                           # predicted null
    (gold_event(place=dict(country="Afghanistan", location="Afghanistan", geo_precision=3)),
     event(place=KANDAHAR), True),                                                    # country-level gold
    (gold_event(), event(place=dict(country=None, location=None, latitude=None, longitude=None,
                                    geo_precision=3)), False),                        # no place
], ids=["same", "same-family", "other-family", "near", "far", "same-name", "day-off", "days-off",
        "coarse-gold", "gold-null-date", "pred-null-date", "country-gold", "no-place"])
def test_compatible(gold, predicted, expected):
    assert compatible(gold, predicted) is expected


def test_an_alternative_place_matches():
    abroad = dict(country="Qatar", admin1=None, location="Doha", latitude=25.285, longitude=51.531, geo_precision=1)
    gold = gold_event(sub="Agreement", etype="Strategic developments", place=abroad,
                      alt_places=(dict(country="Afghanistan", location="Afghanistan", geo_precision=3),))
    assert compatible(gold, event(sub="Agreement", etype="Strategic developments", place=KABUL))
    assert not compatible(gold_event(sub="Agreement", etype="Strategic developments", place=abroad),
                          event(sub="Agreement", etype="Strategic developments", place=KABUL))


def test_matching_is_one_to_one_and_prefers_required_and_agreeing_pairs():
    golds = [gold_event(1, optional=True), gold_event(2, sub="Protest with intervention")]
    preds = [prediction(event(sub="Protest with intervention"))]
    assert match(golds, preds) == [(1, 0)]  # the required gold, whose sub-type agrees
    twice = [prediction(event()), prediction(event())]
    assert len(match([gold_event()], twice)) == 1


def test_matching_maximises_the_number_of_pairs():
    # gold 0 is compatible with both predictions, gold 1 only with the first: the best matching pairs both
    golds = [gold_event(1, place=BAGRAM), gold_event(2, place=KANDAHAR)]
    preds = [prediction(event(place={**KANDAHAR, "location": "Bagram"})), prediction(event(place=BAGRAM))]
    assert match(golds, preds) == [(0, 1), (1, 0)]


def test_precision_recall_and_false_events_per_non_conflict_text():
    protest = ArticleResult.matched(text_row([gold_event(1), gold_event(2, place=KANDAHAR)]),
                                    [prediction(event()), prediction(event(sub="Attack", etype="Violence against civilians"))])
    sports = ArticleResult.matched(text_row(conflict=False, key="s_t"), [prediction(event(place=KANDAHAR))])
    quiet = ArticleResult.matched(text_row(conflict=False, key="u_v"), [])
    score = half_score("tune", [protest, sports, quiet])
    assert (score.true_positives, score.predicted, score.gold_events) == (1, 3, 2)
    assert score.precision == pytest.approx(1 / 3) and score.recall == pytest.approx(0.5)
    assert score.false_events_non_conflict == 1
    assert score.false_per_non_conflict_article == pytest.approx(0.5)


def test_a_prediction_matched_to_an_optional_event_is_neither_right_nor_wrong():
    result = ArticleResult.matched(text_row([gold_event(1, optional=True)]), [prediction(event())])
    score = half_score("tune", [result])
    assert (score.predicted, score.true_positives, score.gold_events, score.false_negatives) == (0, 0, 0, 0)
    assert score.precision is None


def test_field_accuracy_counts_alternatives_and_skips_fields_that_do_not_apply():
    gold = gold_event(date=None, alt={"sub_event_type": ["Protest with intervention"]}, admin1=None)
    result = ArticleResult.matched(text_row([gold]), [prediction(event(sub="Protest with intervention", admin1="x"))])
    assert field_counts([result], "sub_event_type") == (1, 1)
    assert field_counts([result], "event_date") == (0, 0)   # the gold has no date
    assert field_counts([result], "admin1") == (0, 0)        # the gold has no admin1
    assert field_counts([result], "within_25km") == (1, 1)


def test_field_accuracy_on_dates_places_actors_and_fatalities():
    gold = gold_event(actor2="Police Forces of Afghanistan", inter2=1, fatalities=2)
    far_kabul = {**BAGRAM, "location": "Kabul", "admin1": "Kabul"}  # matched by name, 47 km off
    pred = event(place=far_kabul, date=dt.date(2020, 3, 5), actor1="Police Forces of Afghanistan (2014-2021)",
                 actor2="Protesters (Afghanistan)", fatalities=3)
    result = ArticleResult.matched(text_row([gold]), [prediction(pred)])
    counts = {name: field_counts([result], name) for name in
              ("event_date", "within_25km", "admin1", "actor1", "actor2", "fatalities", "country")}
    assert counts == {"event_date": (0, 1), "within_25km": (0, 1), "admin1": (1, 1), "actor1": (1, 1),
                      "actor2": (1, 1), "fatalities": (0, 1), "country": (1, 1)}


def test_field_rows_and_confidence_rows_cover_each_half():
    right = ArticleResult.matched(text_row([gold_event()]), [prediction(event(confidence=0.9))])
    wrong = ArticleResult.matched(text_row(conflict=False, key="s_t", half="check"),
                                  [prediction(event(confidence=0.3))])
    halves = {"tune": [right], "check": [wrong], "all": [right, wrong]}
    rows = {row.field: row for row in field_rows(halves)}
    assert rows["sub_event_type"].tune == 1.0 and rows["sub_event_type"].check_n == 0
    table = {(row.threshold, row.half): row for row in confidence_rows(halves)}
    assert table[(0.0, "all")].precision == 0.5 and table[(0.0, "all")].predicted == 2
    assert table[(0.4, "all")].precision == 1.0 and table[(0.4, "all")].predicted == 1
    assert table[(0.8, "check")].predicted == 0 and table[(0.8, "check")].precision is None


@pytest.mark.parametrize("gold, predicted, alternatives, expected", [
    ("Military Forces of Iraq", "Military Forces of Iraq (2018-2020)", (), True),
    ("Military Forces of India", "Military Forces of Pakistan", (), False),
    ("Protesters (India)", "Protesters (Indonesia)", (), False),
    ("Civilians (China)", "League of Social Democrats", ("League of Social Democrats",), True),
    (None, None, (), True),
    (None, "Civilians (Iraq)", (), False),
], ids=["period", "other-country", "close-spelling", "alternative", "both-empty", "extra-actor"])
def test_actor_matches(gold, predicted, alternatives, expected):
    assert actor_matches(gold, predicted, alternatives) is expected


def test_actors_may_come_in_either_order():
    gold = gold_event(actor2="Police Forces of Afghanistan", inter2=1)
    crossed = event(actor1="Police Forces of Afghanistan", actor2="Protesters (Afghanistan)")
    result = ArticleResult.matched(text_row([gold]), [prediction(crossed)])
    assert field_counts([result], "actor1") == (1, 1) and field_counts([result], "actor2") == (1, 1)


def test_wilson_interval():
    low, high = wilson(9, 16)
    assert low < 9 / 16 < high and 0.3 < low < 0.35 and 0.75 < high < 0.8
    assert wilson(0, 0) is None


def test_false_events_are_counted_by_kind():
    from eventwire.evaluate.news_score import false_kind_rows

    coded = ArticleResult.matched(text_row([gold_event(1), gold_event(2, place=KANDAHAR)]), [
        prediction(event()),  # matches gold 1
        prediction(event(place=BAGRAM, date=dt.date(2020, 3, 9))),  # Bagram is near Kabul, but the date is off
        prediction(event(place=dict(country="Afghanistan", location="Afghanistan", latitude=33.9, longitude=67.7,
                                    geo_precision=3))),  # could be gold 2, placed in the country only
        prediction(event(sub="Attack", etype="Violence against civilians"))])  # no violence in the gold
    background = ArticleResult.matched(text_row(key="b_c"), [prediction(event())])
    sports = ArticleResult.matched(text_row(conflict=False, key="s_t"), [prediction(event())])
    rows = {r.kind: r.false_events for r in false_kind_rows({"tune": [coded, background, sports]})}
    assert rows["near miss: place, ours a country or region"] == 1
    assert rows["near miss: place and date"] == 1  # Kandahar, gold 2's place, is not near Bagram either
    assert rows["other family"] == 1
    assert rows["conflict text with no gold event"] == 1 and rows["non-conflict text"] == 1
    assert rows["extra event"] == 0 and sum(rows.values()) == 5


@pytest.mark.parametrize("a, b, same", [
    ("Aljfara", "Al Jafarah", True), ("Idlib", "Idleb", True), ("Hama", "Homs", False), ("Tripoli", "Tarabulus", False),
])
def test_two_transliterations_of_one_place_are_one_place(a, b, same):
    from eventwire.evaluate.news_match import lenient_place

    assert lenient_place(a, b) is same
