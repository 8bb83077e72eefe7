"""Notes in ACLED's style, written from each event's fields and evidence; crowd-size tags."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.acled.actors import actor_phrase
from eventwire.acled.notes import write_notes
from eventwire.acled.tags import crowd_size
from eventwire.records import Disagreement, Event, Span


def _event(sub: str, etype: str, text: str = "", **fields) -> Event:
    evidence = {"event_type": Span(start=0, end=len(text), text=text)} if text else {}
    base = dict(id="x#1", event_type=etype, sub_event_type=sub, event_date=dt.date(2024, 3, 9), time_precision=1,
                country="Iraq", admin1="Baghdad", location="Tarmiyah", geo_precision=1, evidence=evidence)
    return Event(**{**base, **fields})


@pytest.mark.parametrize("name, phrase", [
    ("Military Forces of the United States (2021-2025)", "US forces"),
    ("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "Iranian forces (Islamic Revolutionary Guard Corps)"),
    ("Military Forces of Yemen (2017-) Houthi", "Houthi forces"),
    ("Police Forces of Iraq (2022-)", "Iraqi police"),
    ("Government of Colombia (2022-)", "the Colombian government"),
    ("Unidentified Armed Group (Iraq)", "an unidentified armed group"),
    ("Protesters (Jordan)", "protesters"),
    ("RSF: Rapid Support Forces", "the Rapid Support Forces (RSF)"),
    ("Islamic State (Iraq)", "Islamic State"),
    ("Kataib Hezbollah", "Kataib Hezbollah"),
])
def test_actors_as_notes_name_them(name, phrase):
    assert actor_phrase(name) == phrase


def test_an_ied_with_its_toll_who_gave_it_and_the_disputed_figures():
    event = _event("Remote explosive/landmine/IED", "Explosions/Remote violence", weapon="IED",
                   actor1="Islamic State (Iraq)", actor2="Military Forces of Iraq (2022-)", geo_precision=2,
                   fatalities=3, injuries=2, claimant="two security officials",
                   disagreements=(Disagreement(field="fatalities", values={"a": 3, "b": 4}, chosen=3),))
    assert write_notes(event) == (
        "On 9 March 2024, Islamic State detonated an IED targeting Iraqi forces near Tarmiyah (Baghdad). "
        "3 fatalities and 2 injuries reported by two security officials. "
        "Reports of fatalities vary from 3 to 4; the lowest is coded.")


def test_dates_places_and_territory_as_precisely_as_coded():
    week = _event("Non-state actor overtakes territory", "Battles", time_precision=2, location="Lashio",
                  admin1="Shan", country="Myanmar", actor1="MNDAA: Myanmar National Democratic Alliance Army",
                  actor2="Military Forces of Myanmar (2021-)")
    assert write_notes(week) == ("Around 9 March 2024 (week of), the Myanmar National Democratic Alliance Army "
                                 "(MNDAA) took control of Lashio (Shan) from Myanmar forces.")
    country_level = _event("Air/drone strike", "Explosions/Remote violence", weapon="aircraft", geo_precision=3,
                           location="Iraq", admin1=None, actor1="Military Forces of the United States (2021-2025)",
                           event_date=None)
    assert write_notes(country_level) == ("On an unknown date, US forces conducted airstrikes on unidentified "
                                          "targets in an unspecified location in Iraq.")


def test_a_protest_note_has_its_crowd_and_its_cause_from_its_sentence():
    text = "Several thousand people marched through Amman on Friday to demand an end to the gas deal, organisers said."
    event = _event("Peaceful protest", "Protests", text, location="Amman", admin1="Amman", country="Jordan",
                   actor1="Protesters (Jordan)")
    assert write_notes(event) == ("On 9 March 2024, several thousand protesters demonstrated in Amman "
                                  "to demand an end to the gas deal.")


def test_a_note_the_event_already_has_is_kept():
    assert write_notes(_event("Attack", "Violence against civilians", notes="Given by hand.")) == "Given by hand."


@pytest.mark.parametrize("text, size", [
    ("Hundreds of protesters gathered outside parliament.", "hundreds"),
    ("Several hundred university students held a sit-in.", "several hundred"),
    ("About 200 demonstrators blocked the road.", "around 200"),
    ("A crowd of 50 rallied in the square.", "50"),
    ("Three protesters were killed when police fired.", "no report"),
    ("Residents protested the power cuts.", "no report"),
])
def test_crowd_size(text, size):
    assert crowd_size([text]) == size


def test_an_act_without_a_target_reads_without_one():
    event = _event("Disrupted weapons use", "Strategic developments", actor1="Military Forces of Iraq (2022-)",
                   location="Erbil", admin1="Erbil")
    assert write_notes(event) == "On 9 March 2024, Iraqi forces intercepted or defused a weapon in Erbil."
