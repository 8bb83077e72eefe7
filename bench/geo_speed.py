"""Geocoding speed: python bench/geo_speed.py [PATH...]   (default: the sample corpus)

1. gazetteer open time once built (a fresh process; builds first if the cache has none, timed apart);
2. lookup time: uncached SQLite lookups of 2,000 name keys, then the same keys cached;
3. the share of pipeline time spent in Geocoder.locate_event while `pipeline.extract` runs over
   PATH (model loading included in the pipeline total, as a user sees it).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire import pipeline  # noqa: E402
from eventwire.geo import Geocoder  # noqa: E402
from eventwire.geo.gazetteer import Gazetteer, gazetteer_path, open_gazetteer  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "eventwire" / "samples"


def open_and_lookup(settings: Settings) -> None:
    path = gazetteer_path(settings.cache_dir)
    if not path.exists():
        t0 = time.perf_counter()
        open_gazetteer(settings.cache_dir)
        print(f"gazetteer built in {time.perf_counter() - t0:.1f}s -> {path}")
    t0 = time.perf_counter()
    gaz = Gazetteer(path)
    gaz.lookup("baghdad")
    print(f"gazetteer open + first lookup: {1000 * (time.perf_counter() - t0):.1f} ms ({path.stat().st_size >> 20} MB)")
    keys = [row[0] for row in gaz._rows("SELECT key FROM alias WHERE rowid % 97 = 0 LIMIT 2000", ())]
    for label in ("uncached", "cached"):
        t0 = time.perf_counter()
        hits = sum(len(gaz.lookup(k)) for k in keys)
        per = (time.perf_counter() - t0) / len(keys)
        print(f"lookup {label}: {1e6 * per:.1f} us per key ({len(keys)} keys, {hits} places)")


def pipeline_share(paths: list[str], settings: Settings) -> None:
    spent = 0.0
    original = Geocoder.locate_event

    def timed(self, event, article, focus=None):
        nonlocal spent
        t0 = time.perf_counter()
        try:
            return original(self, event, article, focus)
        finally:
            spent += time.perf_counter() - t0

    Geocoder.locate_event = timed
    t0 = time.perf_counter()
    n = sum(1 for _ in pipeline.extract(paths, settings))
    total = time.perf_counter() - t0
    Geocoder.locate_event = original
    print(f"pipeline over {', '.join(paths)}: {n} events in {total:.2f}s; geocoding {spent:.3f}s "
          f"= {100 * spent / total:.1f}% of pipeline time ({1000 * spent / max(n, 1):.2f} ms per event)")


if __name__ == "__main__":
    settings = Settings()
    open_and_lookup(settings)
    pipeline_share(sys.argv[1:] or [str(SAMPLES)], settings)
