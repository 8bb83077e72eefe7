"""The seed articles' places (../shared/seeds; skipped where absent).  Each sentence naming a target
place is geocoded alone; coordinates are the places' own (public knowledge), not from the seeds."""

from __future__ import annotations

import re

import pytest

from .conftest import km

pytestmark = pytest.mark.shared

TARGETS = [
    pytest.param(r"Al-Qa.im", (34.39, 40.99), id="al-qaim"),
    pytest.param(r"Jurf al.Sa\w+", (32.87, 44.11), id="jurf-al-sakhar"),
    pytest.param(r"Al-Asad (?:Air Base|airbase)", (33.79, 42.44), id="al-asad-air-base"),
    pytest.param(r"Tower 22", (33.32, 38.70), id="tower-22"),
]


def sentences(seeds, pattern):
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"(?<=[.!?\u201d])\s+", text):
            if re.search(pattern, sentence):
                yield sentence


@pytest.mark.parametrize("pattern, point", TARGETS)
def test_seed_site_resolves_within_25_km(geocoder, shared_seeds, pattern, point):
    found = list(sentences(shared_seeds, pattern))
    assert found, f"no seed sentence names {pattern}"
    for sentence in found:
        _, places = geocoder.explain(sentence)
        assert any(km(p.place.latitude, p.place.longitude, *point) <= 25 for p in places), sentence[:120]


@pytest.mark.parametrize("unit, point", [
    pytest.param("Anbar", (33.42, 43.30), id="anbar"), pytest.param("Babil", (32.47, 44.42), id="babil")])
def test_seed_admin_units_resolve_to_their_region(geocoder, unit, point):
    resolution, places = geocoder.explain(f"The attack took place in {unit}.")
    (located,) = places
    assert located.place.country == "Iraq" and located.place.geo_precision == 3
    assert unit.lower() in located.place.admin1.lower()
    assert km(located.place.latitude, located.place.longitude, *point) <= 25  # the region's seat


def test_seed_003_strikes_in_iraq_and_syria_are_country_level(geocoder, shared_seeds):
    found = [s for s in sentences(shared_seeds, r"targets in Iraq and Syria")]
    assert found
    for sentence in found:
        _, places = geocoder.explain(sentence)
        assert [p.place.country for p in places] == ["Iraq", "Syria"]
        assert all(p.place.geo_precision == 3 and p.place.latitude is not None for p in places)
