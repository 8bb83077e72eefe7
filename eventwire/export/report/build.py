"""Numbers, chart, map and tables of a situation report over a date window.

Everything is drawn offline (`charts`, `maps`: matplotlib, embedded as base64 PNG) into one HTML
file rendered by jinja2 with autoescape on (article-derived strings are escaped).  Counts are
honest about what they leave out: undated events are counted and listed apart, events without
coordinates or placed only at region/country level are counted, actors are counted as actor1 and
as actor2 separately, and the previous period is compared only when the store covers it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from eventwire.acled.outlets import split_sources
from eventwire.export.report.charts import timeline_png
from eventwire.export.report.maps import map_png
from eventwire.query import Resolution
from eventwire.records import Event
from eventwire.store import ArticleFilter, EventFilter, Store

Row = tuple[Event, dict[str, Any]]
UNDATED_LISTED = 20


def _rows(store: Store, resolution: Resolution, **update) -> list[Row]:
    if resolution.empty:
        return []
    flt = resolution.filter.model_copy(update={"limit": None, "offset": 0, **update})
    return list(store.iter_event_rows(flt))


def _blank() -> dict[str, int]:
    return {"events": 0, "fatalities": 0, "injuries": 0}


def _stats(events: list[Event]) -> dict[str, Any]:
    by_type: dict[str, dict[str, int]] = defaultdict(_blank)
    by_country: dict[str, dict[str, int]] = defaultdict(_blank)
    for e in events:
        for r in (by_type[e.event_type], by_country[e.country or "Unknown"]):
            r["events"] += 1
            r["fatalities"] += e.fatalities or 0
            r["injuries"] += e.injuries or 0
    return {
        "events": len(events),
        "fatalities": sum(e.fatalities or 0 for e in events),
        "injuries": sum(e.injuries or 0 for e in events),
        "by_type": dict(sorted(by_type.items(), key=lambda kv: -kv[1]["events"])),
        "by_actor": by_actor(events),
        "by_country": dict(sorted(by_country.items(), key=lambda kv: -kv[1]["events"])),
        "placement": placement(events),
    }


def by_actor(events: list[Event], limit: int = 15) -> dict[str, dict[str, int]]:
    """Per actor: events and fatalities as actor1 (usually the side that acted) and as actor2
    (usually the side acted against), kept apart so no actor is credited with its own losses."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: {"as_actor1": 0, "fatalities_as_actor1": 0,
                                                            "as_actor2": 0, "fatalities_as_actor2": 0})
    for e in events:
        for role, name in (("actor1", e.actor1), ("actor2", e.actor2)):
            if name:
                table[name][f"as_{role}"] += 1
                table[name][f"fatalities_as_{role}"] += e.fatalities or 0
    ranked = sorted(table.items(), key=lambda kv: (-(kv[1]["as_actor1"] + kv[1]["as_actor2"]), kv[0]))
    return dict(ranked[:limit])


def placement(events: list[Event]) -> dict[str, int]:
    """How precisely the events are placed."""
    counts = Counter("none" if e.latitude is None or e.longitude is None else f"p{e.geo_precision or 3}"
                     for e in events)
    return {"p1": counts["p1"], "p2": counts["p2"], "p3": counts["p3"], "none": counts["none"]}


def _deltas(cur: dict[str, dict[str, int]], prev: dict[str, dict[str, int]]) -> list[dict]:
    out = []
    for k in dict.fromkeys([*cur, *prev]):
        c, p = cur.get(k, {}), prev.get(k, {})
        out.append({"key": k, "events": c.get("events", 0), "prev_events": p.get("events", 0),
                    "d_events": c.get("events", 0) - p.get("events", 0),
                    "fatalities": c.get("fatalities", 0), "prev_fatalities": p.get("fatalities", 0),
                    "d_fatalities": c.get("fatalities", 0) - p.get("fatalities", 0)})
    return out


def covered(store: Store, since: dt.date, until: dt.date) -> bool:
    """Whether the store has anything for these dates: an article published then, or an event."""
    if store.list_articles(ArticleFilter(since=since, until=until, limit=1)):
        return True
    return store.count_events(EventFilter(since=since, until=until)) > 0


def significance(e: Event) -> tuple:
    return (e.fatalities or 0, (e.injuries or 0), e.corroboration, e.confidence)


def build_report(store: Store, resolution: Resolution, top: int = 10, charts: bool = True) -> dict[str, Any]:
    """Everything a report shows, as plain data (charts as base64 PNG)."""
    flt = resolution.filter
    since, until = flt.since, flt.until
    rows = _rows(store, resolution)
    events = [e for e, _ in rows]
    length = (until - since).days + 1
    p_until = since - dt.timedelta(days=1)
    p_since = p_until - dt.timedelta(days=length - 1)
    compare = covered(store, p_since, p_until)
    prev = [e for e, _ in _rows(store, resolution, since=p_since, until=p_until)] if compare else []
    cur_s, prev_s = _stats(events), _stats(prev)
    undated = _rows(store, resolution, since=None, until=None, undated_only=True)
    significant = sorted(rows, key=lambda r: significance(r[0]), reverse=True)[:top]
    return {
        "since": since, "until": until, "prev_since": p_since, "prev_until": p_until, "compare": compare,
        "filters": _shown_filters(resolution), "notices": [n.message for n in resolution.notices],
        "stats": cur_s, "prev_stats": prev_s if compare else None,
        "delta_type": _deltas(cur_s["by_type"], prev_s["by_type"]) if compare else [],
        "delta_country": _deltas(cur_s["by_country"], prev_s["by_country"]) if compare else [],
        "significant": [_event_view(e, flat) for e, flat in significant],
        "undated": {"count": len(undated), "listed": [_event_view(e, flat) for e, flat in undated[:UNDATED_LISTED]]},
        "no_coords": cur_s["placement"]["none"],
        "timeline_png": timeline_png(events, since, until) if charts else None,
        "map_png": map_png(events) if charts else None,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _shown_filters(resolution: Resolution) -> dict[str, str]:
    f = resolution.filter
    shown = {"country": ", ".join(f.countries or ()), "admin1": ", ".join(f.admin1s or ()),
             "type": f.event_type, "sub-type": f.sub_event_type,
             "actor": ", ".join(f.actors or ()) if f.actors is not None and len(f.actors) <= 4 else
             (f"{len(f.actors)} actors" if f.actors else "")}
    return {k: v for k, v in shown.items() if v}


def _event_view(e: Event, flat: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": flat["event_id_cnty"], "date": flat["event_date"] or "undated",
        "type": e.event_type, "sub_type": e.sub_event_type, "summary": flat["notes"],
        "actor1": e.actor1 or "", "actor2": e.actor2 or "",
        "place": ", ".join(dict.fromkeys(x for x in (e.location, e.admin1, e.country) if x)) or "place unknown",
        "precision": e.geo_precision, "fatalities": e.fatalities or 0, "injuries": e.injuries,
        "outlets": split_sources(flat["source"]), "source_scale": flat["source_scale"],
        "sources": list(e.sources), "corroboration": e.corroboration,
        "disagreements": [
            {"field": d.field, "claims": {k: str(v) for k, v in d.values.items()},
             "chosen": "" if d.chosen is None else str(d.chosen)}
            for d in e.disagreements
        ],
        "evidence": _distinct_evidence(e),
    }


def _distinct_evidence(e: Event, limit: int = 3) -> dict[str, str]:
    """Evidence sentences, each once, keyed by the fields it supports."""
    by_text: dict[str, list[str]] = {}
    for field, span in e.evidence.items():
        by_text.setdefault(span.text, []).append(field)
    return {", ".join(fields): text for text, fields in list(by_text.items())[:limit]}


def render_html(data: dict[str, Any]) -> str:
    import jinja2

    from eventwire.export.report.template import REPORT_HTML

    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(REPORT_HTML).render(**data)
