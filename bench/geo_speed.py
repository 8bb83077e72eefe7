"""Share of pipeline time spent geocoding: python bench/geo_speed.py PATH...

Runs `pipeline.extract` over the inputs and times Geocoder.place_events inside it (cold caches:
the first run in a fresh process)."""

from __future__ import annotations

import sys
import time

from eventwire import pipeline
from eventwire.geo import Geocoder
from eventwire.settings import Settings

spent = 0.0
original = Geocoder.place_events


def timed(self, events, article, doc):
    global spent
    t0 = time.perf_counter()
    try:
        return original(self, events, article, doc)
    finally:
        spent += time.perf_counter() - t0


Geocoder.place_events = timed
t0 = time.perf_counter()
n = sum(1 for _ in pipeline.extract(sys.argv[1:], Settings()))
total = time.perf_counter() - t0
print(f"{n} events; pipeline {total:.2f}s, geocoding {spent:.3f}s = {100 * spent / total:.1f}% (model load included)")
