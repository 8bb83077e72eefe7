"""One gazetteer (built on first use into the cache directory) and one Geocoder for the geo tests."""

from __future__ import annotations

import math

import pytest

from eventwire.geo import Geocoder
from eventwire.settings import Settings


@pytest.fixture(scope="session")
def geocoder() -> Geocoder:
    return Geocoder.load(Settings())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))
