"""`eval acled`: score extraction (and geocoding) against an ACLED export.

Input per row = the `notes` text, published = the gold `event_date` (as the issue defines it).
Both schemas are read: the modern one (event_date YYYY-MM-DD) and the 2020 one (d-Mon-yy).

Definitions:
- best event: of the events predicted for a row, the one with the highest agreement score
  (sub_event_type 4, event_type 2, date 1, actor1 1); a row with none counts as wrong everywhere.
- actor match: the gold actor1 equals the predicted actor1 or actor2 after lower-casing and
  dropping punctuation, or rapidfuzz token_set_ratio >= 85 with one of them.
- location: share of rows whose prediction lies within 25 km of the gold point (haversine),
  country / admin1 accuracy (equality after `place_norm`: ASCII, case, apostrophes and hyphens
  folded), geo_precision agreement.
- component numbers (no Extractor needed): `component_date_exact` = resolve_event_date over the
  notes' sentences; `component_fatalities_exact` = extract_casualties per sentence, the MAX over
  sentences (a note repeats one toll rather than adding several).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import math
import random
import re
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, Field

from eventwire.errors import InputError
from eventwire.evaluate.halves import HALVES, Half, half_of
from eventwire.records import Article, Event
from eventwire.settings import Settings

KM_RADIUS = 25.0
ACTOR_RATIO = 85


class LabelRow(BaseModel):
    label: str
    support: int
    predicted: int
    precision: float
    recall: float
    f1: float


class AcledScores(BaseModel):
    """The figures of one set of rows (the whole file, or one half of it)."""

    rows: int
    rows_without_event: int = 0
    event_type_accuracy: float | None = None
    sub_event_type_weighted_f1: float | None = None
    sub_event_type_macro_f1: float | None = None
    date_exact: float | None = None
    fatalities_exact: float | None = None
    actor_match: float | None = None
    within_25km: float | None = None
    country_accuracy: float | None = None
    admin1_accuracy: float | None = None
    admin1_lenient_accuracy: float | None = Field(default=None, description=(
        "admin1 with lenient spelling (Idleb = Idlib, Al-Hasakeh = Al Hasakah): news_match.lenient_place"))
    geo_precision_agreement: float | None = None


class AcledReport(AcledScores):
    file: str
    half: str = Field(default="all", description="the rows scored: all, or only the tune or check half")
    halves: dict[str, AcledScores] = Field(default_factory=dict,
                                           description="the same figures for the tune and the check half")
    component_date_exact: float = 0.0
    component_fatalities_exact: float = 0.0
    full_pipeline: bool = Field(default=False, description="False when the Extractor/Geocoder could not load")
    per_label: list[LabelRow] = Field(default_factory=list)


def parse_acled_date(value: str) -> dt.date | None:
    value = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def row_key(row: dict, n: int) -> str:
    """The row's id (its half is chosen by it): event_id_cnty, else data_id, else its position."""
    return str(row.get("event_id_cnty") or row.get("data_id") or f"row{n}")


def read_rows(path: str | Path, limit: int | None = None, sample: bool = False, seed: int = 13,
              half: Half | None = None) -> list[dict]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = {"notes", "event_type", "sub_event_type"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"{path}: not an ACLED export: missing column(s) {', '.join(sorted(missing))}.")
            rows = [r for r in reader if (r.get("notes") or "").strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the ACLED file ({exc}).") from exc
    rows = [r for n, r in enumerate(rows) if half is None or half_of(row_key(r, n)) == half]
    if sample and limit and limit < len(rows):
        rows = random.Random(seed).sample(rows, limit)
    elif limit:
        rows = rows[:limit]
    return rows


def row_article(row: dict, n: int) -> Article:
    text = row["notes"].strip()
    return Article(id=row_key(row, n), published=parse_acled_date(row.get("event_date", "")), text=text,
                   source=row.get("source") or None,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())


def _norm(name: str | None) -> str:
    return re.sub(r"[^\w ]+", " ", (name or "").lower()).strip()


def place_norm(name: str | None) -> str:
    """Place names compared as ACLED spells them: ASCII, case, apostrophes and hyphens folded
    ("Ma'an" = "Maan", "Deir ez-Zor" = "Deir ez Zor", "Nuevo León" = "Nuevo Leon")."""
    from eventwire.geo.names import name_key

    return name_key(name or "")


def actor_matches(gold: str | None, event: Event | None) -> bool:
    if not gold or event is None:
        return False
    from rapidfuzz import fuzz

    g = _norm(gold)
    for cand in (event.actor1, event.actor2):
        c = _norm(cand)
        if c and (c == g or fuzz.token_set_ratio(g, c) >= ACTOR_RATIO):
            return True
    return False


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _int(value) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def best_event(row: dict, events: list[Event], gold_date: dt.date | None) -> Event | None:
    def score(e: Event) -> tuple:
        return (4 * (e.sub_event_type == row.get("sub_event_type")) + 2 * (e.event_type == row.get("event_type"))
                + (e.event_date == gold_date) + actor_matches(row.get("actor1"), e),)
    return max(events, key=score) if events else None


def f1_table(gold: list[str], pred: list[str]) -> tuple[float, float, list[LabelRow]]:
    """Weighted and macro F1 over the gold labels ("none" predictions count as misses)."""
    support, predicted, correct = Counter(gold), Counter(pred), Counter(g for g, p in zip(gold, pred) if g == p)
    rows = []
    for label in sorted(support, key=lambda l: -support[l]):
        p = correct[label] / predicted[label] if predicted[label] else 0.0
        r = correct[label] / support[label]
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(LabelRow(label=label, support=support[label], predicted=predicted[label],
                             precision=p, recall=r, f1=f))
    total = sum(support.values()) or 1
    weighted = sum(row.f1 * row.support for row in rows) / total
    macro = sum(row.f1 for row in rows) / (len(rows) or 1)
    return weighted, macro, rows


def component_scores(rows: list[dict], articles: list[Article]) -> tuple[float, float]:
    """Date exact and fatalities exact from the resolver/casualty rules alone (rule sentence split)."""
    from eventwire.extract.casualties import extract_casualties
    from eventwire.extract.dates import resolve_event_date
    from eventwire.extract.sentences import split_sentences

    date_ok = fat_ok = 0
    for row, article in zip(rows, articles):
        sents = split_sentences(article.text)
        resolved = resolve_event_date(sents, article.published)
        date_ok += bool(resolved and resolved.date == article.published)
        fatalities = max((extract_casualties(s).fatalities for s in sents), default=0)
        fat_ok += fatalities == (_int(row.get("fatalities")) or 0)
    n = len(rows) or 1
    return date_ok / n, fat_ok / n


def _load_annotator(settings: Settings):
    """The full pipeline; a missing model or gazetteer raises its own EventwireError."""
    from eventwire.pipeline import Annotator

    return Annotator(settings)


def evaluate_acled(path: str | Path, settings: Settings, limit: int | None = None,
                   sample: bool = False, seed: int = 13, half: Half | None = None) -> AcledReport:
    """Scores over the rows of `path` (only those of `half` when given), and per half."""
    rows = read_rows(path, limit=limit, sample=sample, seed=seed, half=half)
    articles = [row_article(r, n) for n, r in enumerate(rows)]
    annotator = _load_annotator(settings)
    comp_date, comp_fat = component_scores(rows, articles)
    if not rows:
        return AcledReport(file=str(path), rows=0, half=half or "all", component_date_exact=comp_date,
                           component_fatalities_exact=comp_fat)
    best: list[Event | None] = []
    for start in range(0, len(articles), 64):
        for (article, result), row in zip(annotator.annotate(articles[start:start + 64]), rows[start:start + 64]):
            events = result if isinstance(result, list) else []
            best.append(best_event(row, events, article.published))
    scored = list(zip(rows, best, (a.published for a in articles)))
    _, _, per_label = f1_table([r["sub_event_type"] for r in rows], [e.sub_event_type if e else "none" for e in best])
    halves = {h: _scores([s for s, a in zip(scored, articles) if half_of(a.id) == h]) for h in HALVES}
    return AcledReport(**_scores(scored).model_dump(), file=str(path), half=half or "all",
                       halves={h: scores for h, scores in halves.items() if scores.rows},
                       component_date_exact=comp_date, component_fatalities_exact=comp_fat,
                       full_pipeline=True, per_label=per_label)


def _scores(scored: list[tuple[dict, Event | None, dt.date | None]]) -> AcledScores:
    """The figures of (row, best event, gold date) triples; a row without an event is wrong everywhere."""
    n = len(scored)
    if not n:
        return AcledScores(rows=0)
    rows, best, gold_dates = (list(column) for column in zip(*scored))
    weighted, macro, _ = f1_table([r["sub_event_type"] for r in rows], [e.sub_event_type if e else "none" for e in best])
    from eventwire.evaluate.news_match import lenient_place

    near = country = admin1 = lenient = prec = 0
    for e, r in zip(best, rows):
        if e is None:
            continue
        glat, glon = _float(r.get("latitude")), _float(r.get("longitude"))
        if None not in (glat, glon, e.latitude, e.longitude) and km(glat, glon, e.latitude, e.longitude) <= KM_RADIUS:
            near += 1
        country += place_norm(e.country) == place_norm(r.get("country"))
        admin1 += bool(e.admin1) and place_norm(e.admin1) == place_norm(r.get("admin1"))
        lenient += lenient_place(e.admin1, r.get("admin1"))
        prec += e.geo_precision is not None and e.geo_precision == _int(r.get("geo_precision"))
    return AcledScores(
        rows=n, rows_without_event=sum(e is None for e in best),
        event_type_accuracy=sum(bool(e and e.event_type == r["event_type"]) for e, r in zip(best, rows)) / n,
        sub_event_type_weighted_f1=weighted, sub_event_type_macro_f1=macro,
        date_exact=sum(bool(e and e.event_date == d) for e, d in zip(best, gold_dates)) / n,
        fatalities_exact=sum(bool(e and e.fatalities == (_int(r.get("fatalities")) or 0)) for e, r in zip(best, rows)) / n,
        actor_match=sum(actor_matches(r.get("actor1"), e) for e, r in zip(best, rows)) / n,
        within_25km=near / n, country_accuracy=country / n, admin1_accuracy=admin1 / n,
        admin1_lenient_accuracy=lenient / n, geo_precision_agreement=prec / n)
