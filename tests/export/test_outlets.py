"""The outlet table and the outlets an article's text cites."""

from __future__ import annotations

import csv

import pytest

from eventwire.acled.outlets import (
    OUTLETS_CSV, SCALES, cited_outlets, outlet_scale, source_scale, source_value, split_sources,
)


def test_every_row_has_a_known_scale_and_national_outlets_a_country():
    from eventwire.query.countries import country_of

    with open(OUTLETS_CSV, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = [n.lower() for r in rows for n in (r["name"], *filter(None, r["aliases"].split("|")))]
    assert len(names) == len(set(names)), "a name or alias is listed twice"
    for row in rows:
        assert row["scale"] in SCALES, row["name"]
        if row["scale"] in ("National", "Subnational"):
            assert row["country"] and country_of(row["country"]) == row["country"], row["name"]


@pytest.mark.parametrize("text, outlets", [
    ("Three soldiers were killed, two officials told Reuters on Monday.", ["Reuters"]),
    ("According to a defence official cited by CNN, the strikes hit two sites.", ["CNN"]),
    ("BEIRUT (AP) — An Israeli drone struck a car.", ["Associated Press"]),
    ("The reporter is the Pentagon correspondent for the Associated Press.", ["Associated Press"]),
    ("AFP reported that the convoy was hit; the army said so to Al Jazeera.", ["AFP", "Al Jazeera"]),
    ("Militants attacked the town by dawn, residents said.", []),            # "dawn" is not Dawn
    ("Israel banned Al Jazeera from broadcasting.", []),                      # named, not cited
])
def test_cited_outlets(text, outlets):
    assert cited_outlets(text) == outlets


@pytest.mark.parametrize("outlet, country, scale", [
    ("Reuters", "Iraq", "International"), ("Shafaq News", "Iraq", "National"),
    ("Times of Israel", "Jordan", "Regional"), ("Times of Israel", "Israel", "National"),
    ("Jordan Daily Courier", "Jordan", "National"), ("Some Local Blog", "Jordan", "Other"),
    ("Telegram", "Ukraine", "New media"), ("Jo 24", "Jordan", "Other"),
])
def test_an_outlets_scale_depends_on_the_events_country(outlet, country, scale):
    from eventwire.geo.countries import region_of

    assert outlet_scale(outlet, country, region_of) == scale


def test_source_and_scale_of_several_outlets():
    assert source_value(["Shafaq News", "The Associated Press", "Reuters", "Reuters"]) == \
        "Associated Press; Reuters; Shafaq News"
    assert source_scale(["Shafaq News", "Reuters"], "Iraq") == "National-International"
    assert source_scale([], "Iraq") == "Other"
    assert split_sources("Reuters; AP;Reuters") == ["Reuters", "Associated Press"]
