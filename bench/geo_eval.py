"""Location accuracy of the geocoder on ACLED notes: python bench/geo_eval.py CSV [LIMIT].

Each row's `notes` is run through spaCy and the Geocoder (focus country guessed from the note,
never taken from the gold row); the event location is the first place resolved.  Reports the
share within 25 km of the gold lat/lon, country accuracy and admin1 accuracy, plus timings.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
import sys
import time

import spacy

from eventwire.geo import Geocoder
from eventwire.geo.countries import focus_country
from eventwire.records import Article, Event, Span
from eventwire.settings import Settings


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


SUFFIX = re.compile(r"\b(oblast|state|province|region|governorate|department|division|district|county|municipality)\b")


def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(SUFFIX.sub(" ", s.replace("-", " ").replace("'", "")).split())


def same_admin(a, b):
    a, b = norm(a), norm(b)
    return bool(a) and (a == b or a.startswith(b) or b.startswith(a))


def main(path, limit=None):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))[:limit]
    nlp = spacy.load(Settings().spacy_model)
    geocoder = Geocoder.load(Settings())
    t0 = time.perf_counter()
    docs = list(nlp.pipe([r["notes"] for r in rows], batch_size=64))
    t_nlp = time.perf_counter() - t0
    near = country_ok = admin_ok = n = 0
    t0 = time.perf_counter()
    for row, doc in zip(rows, docs):
        text = row["notes"]
        places = tuple(e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"})
        span = Span(start=0, end=len(text), text=text)
        event = Event(id="x#1", event_type="Battles", sub_event_type="Armed clash", place_mentions=places,
                      country=focus_country(text), evidence={"event_type": span})
        article = Article(id="x", text=text, content_hash=Article.hash_text(text))
        placed = geocoder.place_events([event], article, doc)[0]  # first place = the event location
        n += 1
        country_ok += placed.country == row["country"]
        admin_ok += same_admin(placed.admin1, row["admin1"])
        if placed.latitude is not None and km(placed.latitude, placed.longitude,
                                              float(row["latitude"]), float(row["longitude"])) <= 25:
            near += 1
    t_geo = time.perf_counter() - t0
    print(f"{path}: n={n} within25km={near / n:.3f} country={country_ok / n:.3f} admin1={admin_ok / n:.3f}")
    print(f"spaCy {t_nlp:.1f}s, geocoding {t_geo:.1f}s ({100 * t_geo / t_nlp:.0f}% of spaCy time)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
