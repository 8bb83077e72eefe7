"""Hard reasons veto a merge whatever else agrees; soft evidence merges only what nothing contradicts."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link.events import Context, cluster, compare
from eventwire.records import Span
from tests.link.builders import mention
from tests.link.test_events import ctx

MONDAY, TUESDAY = dt.date(2024, 5, 6), dt.date(2024, 5, 7)
KIRKUK = dict(country="Iraq", admin1="Kirkuk", location="Kirkuk", latitude=35.468, longitude=44.392,
              actor1="Unidentified Armed Group (Iraq)", sub_event_type="Armed clash", event_type="Battles")
TIKRIT = dict(KIRKUK, admin1="Salah al-Din", location="Tikrit", latitude=34.616, longitude=43.679)
BAIJI = dict(TIKRIT, location="Baiji", latitude=34.929, longitude=43.489)
SOLDIERS, POLICE = "Military Forces of Iraq (2022-)", "Police Forces of Iraq (2022-)"
SAME_STORY = ctx(("a#1", "a"), ("b#1", "b"), story={"b": "a"})


def brief(mid: str, sentence: str, **fields):
    """A mention whose date, toll and actors come from one sentence, as extraction gives it."""
    span = Span(start=0, end=len(sentence), text=sentence)
    return mention(mid, mid.split("#")[0], text=sentence, **{
        "evidence": {k: span for k in ("event_type", "event_date", "fatalities", "location", "actor1")},
        **fields})


def test_monday_and_tuesday_briefs_in_one_town_are_two_events_even_in_one_story():
    a = brief("a#1", "Gunmen killed three soldiers in Kirkuk on Monday.", event_date=MONDAY,
              actor2=SOLDIERS, fatalities=3, **KIRKUK)
    b = brief("b#1", "Gunmen killed two policemen in Kirkuk on Tuesday.", event_date=TUESDAY,
              actor2=POLICE, fatalities=2, **KIRKUK)
    decision = compare(a, b, SAME_STORY)
    assert decision.veto and not decision.merges and decision.near_miss
    assert any("different days" in h for h in decision.hard)
    assert any("different actors named" in h and "police forces of iraq" in h for h in decision.hard)


def test_a_relative_date_reconciles_neighbouring_days_only_with_nothing_else_against():
    late = brief("a#1", "Gunmen killed three soldiers in Kirkuk late on Monday.", event_date=MONDAY,
                 actor2=SOLDIERS, fatalities=3, **KIRKUK)
    next_day = brief("b#1", "Three soldiers died in Kirkuk on Tuesday.", event_date=TUESDAY,
                     actor2=SOLDIERS, fatalities=3, **KIRKUK)
    assert compare(late, next_day, SAME_STORY).merges
    police = next_day.model_copy(update={"actor2": POLICE})
    assert compare(late, police, SAME_STORY).veto


@pytest.mark.parametrize("place, km", [(TIKRIT, "115"), (BAIJI, "102")], ids=["tikrit", "baiji"])
def test_exact_places_more_than_a_few_km_apart_are_two_events(place, km):
    a = brief("a#1", "Gunmen killed two soldiers on Tuesday.", event_date=TUESDAY, actor2=SOLDIERS, **KIRKUK)
    b = brief("b#1", "Gunmen killed two soldiers on Tuesday.", event_date=TUESDAY, actor2=SOLDIERS, **place)
    decision = compare(a, b, SAME_STORY)
    assert decision.veto and any("both exact" in h and f"{km} km" in h for h in decision.hard)


def test_a_unit_of_a_force_is_that_force_and_unknown_actors_contradict_nobody():
    a = mention("a#1", "a", actor1="Military Forces of Syria (2000-2024) Republican Guard")
    b = mention("b#1", "b", actor1="Military Forces of Syria (2000-2024)")
    c = mention("b#1", "b", actor1="Unidentified Armed Group (Syria)", actor2=None)
    assert not compare(a, b, SAME_STORY).veto
    assert not compare(a, c, SAME_STORY).veto
    russian = mention("b#1", "b", actor1="Military Forces of Russia (2000-)")
    assert compare(a, russian, SAME_STORY).veto


def test_a_country_level_report_covers_both_sites_one_article_names():
    sites = dict(event_date=TUESDAY, actor2=SOLDIERS, actor1="Islamic State (Iraq)")
    tikrit = brief("a#1", "IS attacked posts in Tikrit and Baiji on Tuesday.", **{**TIKRIT, **sites})
    baiji = brief("a#2", "IS attacked posts in Tikrit and Baiji on Tuesday.", **{**BAIJI, **sites})
    iraq = brief("b#1", "Attacks in Iraq killed soldiers on Tuesday.", **{**KIRKUK, **sites},
                 ).model_copy(update=dict(location="Iraq", admin1=None, latitude=None, longitude=None,
                                          geo_precision=3))
    c = ctx(("a#1", "a"), ("a#2", "a"), ("b#1", "b"), story={"b": "a"})
    groups = cluster([tikrit, baiji, iraq], c)
    assert [g.mention_ids for g in groups] == [("a#1", "b#1"), ("a#2", "b#1")]
    assert all(g.covers == ("b#1",) for g in groups)


def region_report(mid: str):
    return brief(mid, "Attacks in Salah al-Din killed soldiers on Tuesday.", event_date=TUESDAY,
                 **{**TIKRIT, "actor2": SOLDIERS, "actor1": "Islamic State (Iraq)"}).model_copy(
        update=dict(location="Salah al-Din", latitude=34.6, longitude=43.7, geo_precision=3))


def test_a_region_report_joins_the_one_event_its_story_points_to_and_neither_when_unclear():
    sites = dict(event_date=TUESDAY, actor2=SOLDIERS, actor1="Islamic State (Iraq)")
    tikrit = brief("a#1", "IS attacked a post in Tikrit on Tuesday.", **{**TIKRIT, **sites})
    baiji = brief("b#1", "IS attacked a post in Baiji on Tuesday.", **{**BAIJI, **sites})
    region = region_report("c#1")
    pairs = (("a#1", "a"), ("b#1", "b"), ("c#1", "c"))
    unclear = cluster([tikrit, baiji, region], ctx(*pairs))
    # it could be either: it joins neither and is no event of its own (its toll is counted in one)
    assert [g.mention_ids for g in unclear] == [("a#1",), ("b#1",)]
    for g in unclear:
        [(_, other, d)] = [link for link in g.kept_apart if link[1] == "c#1"]
        assert any("unplaced report" in r for r in d.against)
    story = cluster([tikrit, baiji, region], ctx(*pairs, story={"c": "b"}))
    assert [g.mention_ids for g in story] == [("a#1",), ("b#1", "c#1")]


def test_a_date_known_only_to_the_month_is_compared_with_reports_more_than_a_week_away():
    """"Earlier in April" (the 15th, give or take 15 days) can be the 4 April attack 11 days off."""
    from eventwire.link.events import candidate_pairs

    attack = brief("a#1", "Gunmen attacked a church in Kirkuk on 4 April, killing three people.",
                   event_date=dt.date(2024, 4, 4), fatalities=3, **KIRKUK)
    recalled = brief("b#1", "The attack came after gunmen hit a church in Kirkuk earlier in April, killing three.",
                     event_date=dt.date(2024, 4, 15), time_precision=3, fatalities=3, **KIRKUK)
    exact_later = brief("c#1", "Gunmen attacked a church in Kirkuk on 15 April.", event_date=dt.date(2024, 4, 15),
                        **KIRKUK)
    pairs = {(a.id, b.id) for a, b in candidate_pairs([attack, recalled, exact_later], ctx(("a#1", "a"), ("b#1", "b"), ("c#1", "c")))}
    assert ("a#1", "b#1") in pairs and ("a#1", "c#1") not in pairs


@pytest.mark.parametrize("day, same_month", [(dt.date(2024, 5, 31), True), (dt.date(2024, 4, 30), False)],
                         ids=["31-may-is-in-may", "30-april-is-not"])
def test_a_date_known_only_to_the_month_covers_that_calendar_month(day, same_month):
    """"In May" (stored as the 15th) covers 1-31 May: the 31st can be it, 30 April cannot (the
    15th give or take 15 days reached 30 April and missed 31 May)."""
    from eventwire.link.events import candidate_pairs

    recalled = brief("a#1", "The attack came after gunmen hit a police post in Kirkuk earlier in May, killing three.",
                     event_date=dt.date(2024, 5, 15), time_precision=3, fatalities=3, **KIRKUK)
    attack = brief("b#1", "Gunmen attacked a police post in Kirkuk, killing three policemen.", event_date=day,
                   fatalities=3, **KIRKUK)
    c = ctx(("a#1", "a"), ("b#1", "b"))
    compared = {(a.id, b.id) for a, b in candidate_pairs([recalled, attack], c)}
    if same_month:
        assert ("a#1", "b#1") in compared and not compare(recalled, attack, c).veto
    else:
        assert any("out of each other's range" in h for h in compare(recalled, attack, c).hard)


def operation(sentence: str, **site_fields):
    """One article naming the Tikrit and Baiji sites of one Tuesday operation (a#1, a#2)."""
    sites = dict(event_date=TUESDAY, actor2=SOLDIERS, actor1="Islamic State (Iraq)")
    return [brief("a#1", sentence, **{**TIKRIT, **sites, **site_fields.get("tikrit", {})}),
            brief("a#2", sentence, **{**BAIJI, **sites, **site_fields.get("baiji", {})})]


def test_a_region_report_of_one_attack_with_no_toll_is_no_summary_of_sites_whose_reports_give_tolls():
    """Sites with 3 and 2 dead: a region report of an attack that gives no figure could be either
    one's report with the toll left out, so it covers neither (it is unplaced: it fits both
    equally).  One telling of attacks, or giving a total, sums them up (as seed 002 does)."""
    sites = operation("IS attacked posts in Tikrit and Baiji on Tuesday, killing three soldiers in Tikrit "
                      "and two in Baiji.", tikrit=dict(fatalities=3), baiji=dict(fatalities=2))
    c = ctx(("a#1", "a"), ("a#2", "a"), ("b#1", "b"), story={"b": "a"})

    def region(sentence: str, toll: int = 0):
        r = region_report("b#1")
        span = brief("x", sentence).evidence["event_type"]
        evidence = {**{k: span for k in r.evidence if k != "fatalities"}, **({"fatalities": span} if toll else {})}
        return r.model_copy(update=dict(fatalities=toll, evidence=evidence))

    groups = cluster([*sites, region("An attack in Salah al-Din killed soldiers on Tuesday.")], c)
    assert [g.mention_ids for g in groups] == [("a#1",), ("a#2",)]
    assert all(any(other == "b#1" and any("unplaced report" in r for r in d.against)
                   for _, other, d in g.kept_apart) for g in groups)
    for summary in (region("Attacks in Salah al-Din killed soldiers on Tuesday."),
                    region("An attack in Salah al-Din killed five soldiers on Tuesday.", toll=5)):
        assert [g.mention_ids for g in cluster([*sites, summary], c)] == [("a#1", "b#1"), ("a#2", "b#1")]


def test_a_region_report_naming_what_one_site_lost_is_that_sites_report():
    """What it says was hit (the grain silo) is what Tikrit's report says, not Baiji's checkpoint."""
    sites = operation("IS attacked the grain silo in Tikrit and a checkpoint in Baiji on Tuesday.")
    region = brief("b#1", "IS attacked the grain silo in Salah al-Din on Tuesday.", event_date=TUESDAY,
                   **{**TIKRIT, "actor2": SOLDIERS, "actor1": "Islamic State (Iraq)"}).model_copy(
        update=dict(location="Salah al-Din", latitude=34.6, longitude=43.7, geo_precision=3))
    names = {a: frozenset({"omar khalid"}) for a in ("a", "b")}   # the same official quoted by both
    c = Context(article_of={"a#1": "a", "a#2": "a", "b#1": "b"}, original_of={"a": "a", "b": "b"},
                story_of={"a": "a", "b": "a"}, names_of=names)
    assert compare(sites[1], region, c).merges   # alone, it could be Baiji's report too
    assert [g.mention_ids for g in cluster([*sites, region], c)] == [("a#1", "b#1"), ("a#2",)]


def test_an_incident_recalled_in_a_sentence_makes_no_event_of_its_own():
    """"The attack came after gunmen hit a market in Tikrit last week": background to the Kirkuk
    news, reported in its own time by its own sources; a week-dated report of its own is an event."""
    news = brief("a#1", "Gunmen attacked a checkpoint in Kirkuk on Tuesday, killing three soldiers.",
                 event_date=TUESDAY, actor2=SOLDIERS, fatalities=3, **KIRKUK)
    recalled = brief("a#2", "The attack came after gunmen hit a market in Tikrit last week, killing four.",
                     event_date=TUESDAY - dt.timedelta(days=7), time_precision=2, fatalities=4, **TIKRIT)
    assert [g.mention_ids for g in cluster([news, recalled], ctx(("a#1", "a"), ("a#2", "a")))] == [("a#1",)]
    undated = recalled.model_copy(update=dict(evidence={k: v for k, v in recalled.evidence.items()
                                                        if k != "event_date"}))
    assert [g.mention_ids for g in cluster([news, undated], ctx(("a#1", "a"), ("a#2", "a")))] == \
        [("a#1",), ("a#2",)]


@pytest.mark.parametrize("toll, events", [(8, [("a#1",)]), (20, [("a#1",), ("b#1",)])],
                         ids=["one-more-unplaced", "far-off-its-own-event"])
def test_a_country_report_whose_toll_is_near_the_one_event_it_could_be_is_not_counted_again(toll, events):
    """Seven soldiers killed in Tikrit; "eight soldiers killed in Iraq" that Tuesday is too vague
    to join (a country and a toll that differs), but it is no second attack either: it makes no
    event of its own.  Twenty killed is not a count of those seven."""
    site = brief("a#1", "Gunmen attacked a post in Tikrit on Tuesday, killing seven soldiers.",
                 event_date=TUESDAY, actor2=SOLDIERS, fatalities=7, **TIKRIT)
    words = {8: "eight", 20: "twenty"}[toll]
    country = brief("b#1", f"Gunmen killed {words} soldiers in Iraq on Tuesday.", event_date=TUESDAY,
                    actor2=SOLDIERS, fatalities=toll, **TIKRIT).model_copy(
        update=dict(location="Iraq", admin1=None, latitude=None, longitude=None, geo_precision=3))
    c = ctx(("a#1", "a"), ("b#1", "b"))
    decision = compare(site, country, c)
    assert decision.related and decision.capped and decision.toll_conflict
    assert [g.mention_ids for g in cluster([site, country], c)] == events


def test_an_armed_group_named_in_both_articles_background_is_not_the_same_people():
    """Two Iraqi army strikes on one day, a country-level report of one: that both articles recall
    the Islamic State in their background tells nothing about which strike it is; a victim named
    by both does."""
    strike = dict(event_date=TUESDAY, actor1=SOLDIERS, actor2="Civilians (Iraq)", fatalities=0,
                  event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    baiji = brief("a#1", "An army air strike hit a neighbourhood of Baiji on Tuesday.", **{**BAIJI, **strike})
    iraq = brief("b#1", "An army air strike hit a village in Iraq on Tuesday.", **{**BAIJI, **strike}).model_copy(
        update=dict(location="Iraq", admin1=None, latitude=None, longitude=None, geo_precision=3))

    def context(*names: str) -> Context:
        return Context(article_of={"a#1": "a", "b#1": "b"}, original_of={"a": "a", "b": "b"},
                       story_of={"a": "a", "b": "b"}, names_of={a: frozenset(names) for a in ("a", "b")})

    background = compare(baiji, iraq, context("islamic state"))
    assert "people" not in background.telling and not background.merges
    assert not any("islamic state" in r for r in background.reasons)
    assert "people" in compare(baiji, iraq, context("islamic state", "salim jabbar")).telling


def test_a_recollection_needs_more_than_its_articles_wording_and_people():
    """"The attack came after gunmen hit a market in Tikrit last week": the article's wording and
    the people it names are about its own news, so they tell nothing about which Tikrit attack of
    that week it recalls; the same market alone is not enough for a date known only to the week."""
    market = brief("b#1", "Gunmen attacked the market in Tikrit on Tuesday, killing two traders.",
                   event_date=TUESDAY, fatalities=2, **TIKRIT)
    recalled = brief("a#2", "The attack came after gunmen hit the market in Tikrit last week, killing five.",
                     event_date=TUESDAY + dt.timedelta(days=1), time_precision=2, fatalities=5, **TIKRIT)
    news = brief("a#1", "Gunmen attacked a checkpoint in Kirkuk on Thursday, killing three soldiers.",
                 event_date=TUESDAY + dt.timedelta(days=8), actor2=SOLDIERS, fatalities=3, **KIRKUK)
    c = Context(article_of={"a#1": "a", "a#2": "a", "b#1": "b"}, original_of={"a": "a", "b": "b"},
                story_of={"a": "a", "b": "a"}, alike={("a", "b"): 0.5},
                names_of={a: frozenset({"omar khalid"}) for a in ("a", "b")})
    decision = compare(recalled, market, c)
    assert not decision.merges and not {"alike", "people"} & decision.telling
    assert [g.mention_ids for g in cluster([news, recalled, market], c)] == [("a#1",), ("b#1",)]
