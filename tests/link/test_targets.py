"""What each report says was hit: a telling point when two reports agree, two more telling points
needed when each names something else."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link.events import cluster, compare
from eventwire.link.targets import compare_targets, target_words
from tests.link.test_events import ctx
from tests.link.test_merge_rules import brief

MONDAY = dt.date(2024, 5, 6)
TORETSK = dict(country="Ukraine", admin1="Donetsk", location="Toretsk", latitude=48.397, longitude=37.847,
               actor1="Military Forces of Russia (2000-)", actor2="Civilians (Ukraine)",
               event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date=MONDAY)
DONETSK_REGION = dict(TORETSK, location="Donetsk", latitude=None, longitude=None, geo_precision=3)
ALIKE = ctx(("a#1", "a"), ("b#1", "b"), ("c#1", "c"), story={"b": "a", "c": "a"})


@pytest.mark.parametrize("sentence, location, words", [
    ("A drone strike by Russian forces hit the railway station in Toretsk on Monday, killing four "
     "civilians, a hospital worker said.", "Toretsk", {"railway", "station"}),
    ("Washington carried out airstrikes aimed at facilities used by the militias in Iraq.", "Iraq",
     {"facility"}),
    ("Gunmen killed three soldiers in Kirkuk on Monday.", "Kirkuk", set()),
    ("Unidentified attackers attacked a camp for displaced people in Beni and a farm on the edge of town "
     "in Mbau yesterday, killing six troops in Beni and two in Mbau.", "Mbau", {"farm"}),
    ("Iraqi forces attacked the al-Zuhur neighbourhood in Baiji and the Qadisiya district in Al-Alam on "
     "Friday, killing one in Baiji and two in Al-Alam.", "Al-Alam", set()),
    ("A junta air strike killed five villagers in Sagaing region on Thursday.", "Myanmar", set()),
    ("Rebels attacked a position of members of the national police at a school in Beni yesterday, killing "
     "one policeman.", "Beni", {"school"}),
    ("Gunmen ambushed mobile police officers and federal troops near a bridge in Damboa.", "Damboa",
     {"bridge"}),
    ("A missile hit emergency service workers and rescuers at a warehouse in Kharkiv.", "Kharkiv",
     {"warehouse"}),
], ids=["site", "participles-and-plurals", "nothing-hit-named", "own-site-of-several",
        "own-site-of-several-names-nothing-hit", "the-junta-is-who-struck", "the-national-police-were-hit",
        "mobile-police-and-federal-troops", "emergency-service-workers"])
def test_target_words_keep_what_was_hit_and_drop_the_reports_vocabulary(sentence, location, words):
    m = brief("a#1", sentence, **dict(TORETSK, location=location))
    assert set(target_words(m)) == words


def test_two_sites_where_the_same_force_was_hit_are_two_targets():
    school = brief("a#1", "Rebels attacked a position of members of the national police at a school in "
                          "North Kivu province yesterday, killing one policeman.", **TORETSK)
    church = brief("b#1", "Rebels attacked a position of members of the national police at a church in "
                          "Eringeti on Tuesday, killing 12 policemen.", **TORETSK)
    shared, a, b = compare_targets(school, church)
    assert (shared, a, b) == (frozenset(), {"school"}, {"church"})


@pytest.mark.parametrize("hit_a, hit_b, shared", [
    ("the railway station", "the bus station", set()),
    ("a fish market", "the cattle market", set()),
    ("the cattle market", "a market", {"market"}),
    ("the main market", "the central market", {"market"}),
    ("the bus station and a clinic", "the railway station and a clinic", {"clinic"}),
], ids=["railway-or-bus-station", "fish-or-cattle-market", "one-says-which-market", "main-or-central-market",
        "the-clinic-is-shared"])
def test_two_kinds_of_one_thing_are_two_targets(hit_a, hit_b, shared):
    a = brief("a#1", f"A drone strike by Russian forces hit {hit_a} in Toretsk on Monday.", **TORETSK)
    b = brief("b#1", f"An air strike by the Russian army hit {hit_b} in Toretsk on Monday.", **TORETSK)
    assert set(compare_targets(a, b)[0]) == shared


def test_an_airbase_and_the_base_are_one_target():
    a = brief("a#1", "Earlier attacks hit the al-Asad airbase in western Iraq on Sunday.", **TORETSK)
    b = brief("b#1", "US personnel were injured in a rocket attack on the base.", **TORETSK)
    shared, _, _ = compare_targets(a, b)
    assert shared == {"airbase"}


def test_one_town_one_day_but_each_names_another_site_stay_two_events():
    a = brief("a#1", "A drone strike by Russian forces hit the railway station in Toretsk on Monday, "
                     "killing four civilians.", fatalities=4, **TORETSK)
    b = brief("b#1", "An air strike by the Russian army hit an industrial area in Toretsk on Monday, "
                     "killing at least ten residents.", fatalities=10, **TORETSK)
    decision = compare(a, b, ALIKE)
    assert not decision.merges and decision.capped
    assert any("something else was hit" in r for r in decision.against)


def test_a_region_report_joins_the_town_event_that_names_the_same_site():
    station = brief("a#1", "A drone strike hit the railway station in Toretsk on Monday, killing four "
                           "civilians.", fatalities=4, **TORETSK)
    other = brief("b#1", "A drone strike hit a school building in Toretsk on Monday, killing two "
                         "civilians.", fatalities=2, **dict(TORETSK, latitude=48.42))
    region = brief("c#1", "A drone strike hit the railway station in Donetsk province on Monday, killing four "
                          "civilians.", fatalities=4, **DONETSK_REGION)
    events = {c.mention_ids for c in cluster([station, other, region], ALIKE)}
    assert events == {("a#1", "c#1"), ("b#1",)}
