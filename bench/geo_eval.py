"""Location accuracy of the geocoder alone on ACLED notes.

    python bench/geo_eval.py CSV [--limit N] [--sample] [--no-spacy] [--errors N] [--half tune|check]

Each row's `notes` is one event whose evidence is the whole note; spaCy's GPE/LOC/FAC
names are its place mentions (unless --no-spacy) and the focus country is guessed from the note
(never taken from the gold row); the article's date is the row's event_date, as `eventwire eval acled` has it.  Reports the share within 25 km of the gold lat/lon, country
accuracy and admin1 accuracy (the same normalised equality as `eventwire eval acled`, and with
lenient spelling: Idleb = Idlib), precision
agreement, and timings.  --errors N prints N misses (for debugging; read only the tune half's:
`--half tune --errors N`).  --half scores one half of the rows (eventwire.evaluate.halves).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.evaluate.acled import KM_RADIUS, _float, _int, km, parse_acled_date, place_norm, read_rows  # noqa: E402
from eventwire.evaluate.news_match import lenient_place  # noqa: E402
from eventwire.geo import Geocoder  # noqa: E402
from eventwire.geo.countries import focus_country  # noqa: E402
from eventwire.records import Article, Event, Span  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

LABELS = {"GPE", "LOC", "FAC"}  # as the extractor passes them (place_mentions)


def note_event(text: str, mentions: tuple[str, ...], published=None) -> tuple[Event, Article]:
    """The note as one event of an article published on the row's date (as `eventwire eval acled`)."""
    span = Span(start=0, end=len(text), text=text)
    event = Event(id="x#1", event_type="Battles", sub_event_type="Armed clash", place_mentions=mentions,
                  country=focus_country(text), evidence={"event_type": span})
    return event, Article(id="x", text=text, content_hash=Article.hash_text(text), published=published)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--sample", action="store_true")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--half", choices=("tune", "check"))
    args = ap.parse_args()
    rows = read_rows(args.csv, limit=args.limit, sample=args.sample, half=args.half)
    t0 = time.perf_counter()
    geocoder = Geocoder.load(Settings())
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    if args.no_spacy:
        mentions = [()] * len(rows)
    else:
        import spacy

        nlp = spacy.load(Settings().spacy_model, exclude=["lemmatizer"])
        mentions = [tuple(e.text for e in doc.ents if e.label_ in LABELS)
                    for doc in nlp.pipe((r["notes"] for r in rows), batch_size=64)]
    t_nlp = time.perf_counter() - t0
    near = country_ok = admin_ok = lenient_ok = prec_ok = 0
    errors = []
    t_geo = 0.0
    for row, names in zip(rows, mentions):
        event, article = note_event(row["notes"], names, parse_acled_date(row.get("event_date", "")))
        t0 = time.perf_counter()
        placed = geocoder.place_events([event], article, None)[0]
        t_geo += time.perf_counter() - t0
        glat, glon = _float(row.get("latitude")), _float(row.get("longitude"))
        ok = placed.latitude is not None and glat is not None and \
            km(placed.latitude, placed.longitude, glat, glon) <= KM_RADIUS
        near += ok
        country_ok += place_norm(placed.country) == place_norm(row["country"])
        admin_ok += bool(placed.admin1) and place_norm(placed.admin1) == place_norm(row["admin1"])
        lenient_ok += lenient_place(placed.admin1, row["admin1"])
        prec_ok += placed.geo_precision == _int(row.get("geo_precision"))
        if not ok and len(errors) < args.errors:
            errors.append(f"- {row['notes'][:220]}\n  gold {row['country']}/{row['admin1']}/{row['location']} "
                          f"p{row['geo_precision']} | got {placed.country}/{placed.admin1}/{placed.location} "
                          f"p{placed.geo_precision}")
    n = len(rows) or 1
    print("\n".join(errors))
    print(f"{args.csv} ({args.half or 'all'} rows): n={len(rows)} within25km={near / n:.3f} country={country_ok / n:.3f} "
          f"admin1={admin_ok / n:.3f} admin1_lenient={lenient_ok / n:.3f} precision={prec_ok / n:.3f}")
    print(f"gazetteer open {t_load * 1000:.0f} ms; spaCy {t_nlp:.1f}s; geocoding {t_geo:.2f}s "
          f"({1000 * t_geo / n:.2f} ms per note)")


if __name__ == "__main__":
    main()
