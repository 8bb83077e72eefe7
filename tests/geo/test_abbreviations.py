"""Unit short forms after a town or district ("Nigohan (UP)", "Nellore, AP") and where they are no unit."""

from __future__ import annotations

import pytest

from eventwire.geo.abbreviations import abbreviated_units, unit_abbreviations


@pytest.mark.parametrize("text, unit", [
    ("stones were thrown in Nigohan (UP) on Friday", "Uttar Pradesh"),
    ("a rally in Menakuru village (Nellore, AP) ended", "Andhra Pradesh"),
    ("firing across the line (Rajouri district, J&K).", "Jammu and Kashmir"),
    ("a checkpoint in Idak area (NW, KPK).", "Khyber Pakhtunkhwa"),
    ("a march in Jaunpur, UP.", "Uttar Pradesh"),
], ids=["bracket", "after-district", "ampersand", "after-compass", "after-comma"])
def test_a_short_form_after_a_place_is_its_unit(text, unit):
    assert [u.name for _, _, u in abbreviated_units(text)] == [unit]


@pytest.mark.parametrize("text", [
    "DENVER (AP) - A man fired at officers.",
    "the local MP said the curfew would stay",
    "the UP government ordered a curfew",
    "as reported by the wires (Reuters, AP).",
], ids=["agency-credit", "member-of-parliament", "adjective", "agency-list"])
def test_a_short_form_elsewhere_is_no_unit(text):
    assert abbreviated_units(text) == []


def test_every_short_form_has_a_source_note_and_names_a_unit(geocoder):
    from eventwire.geo.names import name_key

    for abbreviation, unit in unit_abbreviations().items():
        assert unit.source_note.strip(), abbreviation
        hits = geocoder.gazetteer.lookup(name_key(unit.name))
        assert any(e.kind == "adm1" and e.country == unit.country for e in hits), abbreviation
