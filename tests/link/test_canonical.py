"""Canonical values: conservative fatalities, most precise date and place, disagreements, corroboration."""

from __future__ import annotations

import datetime as dt

from eventwire.link.canonical import Sources, canonical_event
from tests.link.builders import mention


def sources(copies: dict[str, str] | None = None) -> Sources:
    arts = ("a", "b", "c")
    return Sources(article_of={f"{a}#1": a for a in arts},
                   original_of={a: (copies or {}).get(a, a) for a in arts},
                   published_of={"a": dt.date(2024, 4, 14), "b": dt.date(2024, 4, 15), "c": dt.date(2024, 4, 15)})


def test_fewest_reported_deaths_and_most_precise_date_are_chosen():
    a = mention("a#1", "a", fatalities=6, event_date=dt.date(2024, 4, 15), time_precision=2)
    b = mention("b#1", "b", fatalities=4, event_date=dt.date(2024, 4, 13))
    event = canonical_event([b, a], sources())
    assert (event.fatalities, event.event_date, event.time_precision) == (4, dt.date(2024, 4, 13), 1)
    assert event.id == "a#1" and event.sources == ("a", "b") and event.corroboration == 2
    fields = {d.field: d for d in event.disagreements}
    assert fields["fatalities"].values == {"a": 6, "b": 4} and fields["fatalities"].chosen == 4
    assert fields["event_date"].values == {"a": "2024-04-15", "b": "2024-04-13"}
    assert fields["event_date"].evidence["a"].text.startswith("Rebel fighters")


def test_a_source_without_a_figure_is_not_a_report_of_zero():
    a = mention("a#1", "a", fatalities=5)
    b = mention("b#1", "b", fatalities=0, evidence={})
    event = canonical_event([a, b], sources())
    assert event.fatalities == 5
    assert "fatalities" not in {d.field for d in event.disagreements}


def test_copies_count_as_one_source():
    ms = [mention(f"{x}#1", x) for x in ("a", "b", "c")]
    event = canonical_event(ms, sources(copies={"c": "b"}))
    assert event.sources == ("a", "b", "c") and event.corroboration == 2
    assert event.disagreements == ()


def test_the_located_place_wins_over_country_level():
    a = mention("a#1", "a", location="Syria", admin1=None, latitude=None, longitude=None, geo_precision=3)
    b = mention("b#1", "b")
    event = canonical_event([a, b], sources())
    assert (event.location, event.latitude, event.geo_precision) == ("Ariha", 35.8137, 1)


def said(mid: str, sentence: str, fatalities: int, **fields):
    from eventwire.records import Span

    span = Span(start=0, end=len(sentence), text=sentence)
    return mention(mid, mid.split("#")[0], fatalities=fatalities, evidence={"fatalities": span}, **fields)


def test_the_latest_revised_toll_wins_over_the_lowest():
    early = said("a#1", "Gunmen killed at least three people in Ariha on Saturday.", 3)
    other = said("b#1", "Five people died in the attack on the market in Ariha.", 5)
    revised = said("c#1", "The death toll from Saturday's attack in Ariha has risen to seven.", 7)
    event = canonical_event([early, other, revised], sources())
    assert event.fatalities == 7
    assert event.evidence["fatalities"].text.startswith("The death toll")
    assert {d.field: d.values for d in event.disagreements}["fatalities"] == {"a": 3, "b": 5, "c": 7}
    assert canonical_event([early, other], sources()).fatalities == 3   # no revision: the lowest


def test_a_specific_figure_wins_over_a_vague_word_coded_as_a_number():
    vague = said("a#1", "Several soldiers were killed near Ariha.", 3)
    specific = said("b#1", "Gunmen killed five soldiers near Ariha.", 5)
    assert canonical_event([vague, specific], sources()).fatalities == 5
    assert canonical_event([vague], sources()).fatalities == 3


def test_a_report_covering_two_sites_gives_neither_its_total_nor_its_coarse_place():
    site = mention("a#1", "a", fatalities=2)
    region = said("b#1", "Attacks across Idlib province killed nine people.", 9, location="Idlib",
                  latitude=35.9, longitude=36.6, geo_precision=3)
    event = canonical_event([site, region], sources(), covers=("b#1",))
    assert (event.fatalities, event.location, event.id) == (2, "Ariha", "a#1")
    assert event.sources == ("a", "b") and event.corroboration == 2


def test_a_revision_that_names_the_site_between_toll_and_verb_still_revises():
    """"The death toll from <day>'s attack on <site> in <town> has risen to N": the site can put
    more than sixty characters between the toll and the verb."""
    early = said("a#1", "Gunmen raided the al-Zuhur neighbourhood in Dujail on Saturday, killing one resident.", 1)
    revised = said("c#1", "The death toll from Saturday's attack on the al-Zuhur neighbourhood in Dujail has "
                          "risen to 20, a local official said.", 20)
    assert canonical_event([early, revised], sources()).fatalities == 20
