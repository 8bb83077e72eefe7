"""Numbers, chart, map and tables of a situation report over a date window.

Everything is drawn offline: matplotlib (Agg) charts and a map of the events over country
outlines from eventwire.export.outlines, embedded as base64 PNG in one HTML file rendered by
jinja2 with autoescape on (article-derived strings are escaped).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import jinja2

from eventwire.export.formats import outlets_of, summary
from eventwire.records import EVENT_TYPES, Event
from eventwire.store import EventFilter, Store

TYPE_COLOURS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd", "Protests": "#1f77b4", "Riots": "#17becf",
    "Strategic developments": "#7f7f7f",
}


def _window(store: Store, flt: EventFilter) -> list[Event]:
    return list(store.iter_events(flt.model_copy(update={"limit": None, "offset": 0})))


def _stats(events: list[Event]) -> dict[str, Any]:
    by_type: dict[str, dict[str, int]] = defaultdict(lambda: {"events": 0, "fatalities": 0, "injuries": 0})
    by_actor: dict[str, dict[str, int]] = defaultdict(lambda: {"events": 0, "fatalities": 0, "injuries": 0})
    by_country: dict[str, dict[str, int]] = defaultdict(lambda: {"events": 0, "fatalities": 0, "injuries": 0})
    for e in events:
        rows = [by_type[e.event_type], by_country[e.country or "Unknown"]]
        rows += [by_actor[a] for a in {e.actor1, e.actor2} if a]
        for r in rows:
            r["events"] += 1
            r["fatalities"] += e.fatalities or 0
            r["injuries"] += e.injuries or 0
    return {
        "events": len(events),
        "fatalities": sum(e.fatalities or 0 for e in events),
        "injuries": sum(e.injuries or 0 for e in events),
        "by_type": dict(sorted(by_type.items(), key=lambda kv: -kv[1]["events"])),
        "by_actor": dict(sorted(by_actor.items(), key=lambda kv: (-kv[1]["fatalities"], -kv[1]["events"]))[:15]),
        "by_country": dict(sorted(by_country.items(), key=lambda kv: -kv[1]["events"])),
    }


def _deltas(cur: dict[str, dict[str, int]], prev: dict[str, dict[str, int]]) -> list[dict]:
    keys = list(dict.fromkeys([*cur, *prev]))
    out = []
    for k in keys:
        c, p = cur.get(k, {}), prev.get(k, {})
        out.append({"key": k, "events": c.get("events", 0), "prev_events": p.get("events", 0),
                    "d_events": c.get("events", 0) - p.get("events", 0),
                    "fatalities": c.get("fatalities", 0), "prev_fatalities": p.get("fatalities", 0),
                    "d_fatalities": c.get("fatalities", 0) - p.get("fatalities", 0)})
    return out


def significance(e: Event) -> tuple:
    return (e.fatalities or 0, (e.injuries or 0), e.corroboration, e.confidence)


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def timeline_png(events: list[Event], since: dt.date, until: dt.date) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    days = [since + dt.timedelta(days=i) for i in range((until - since).days + 1)]
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        if e.event_date:
            counts[e.event_type][e.event_date] += 1
    fig, ax = plt.subplots(figsize=(9, 3.2))
    bottom = [0] * len(days)
    for etype in EVENT_TYPES:
        if etype not in counts:
            continue
        vals = [counts[etype][d] for d in days]
        ax.bar(days, vals, bottom=bottom, label=etype, color=TYPE_COLOURS[etype], width=0.8)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel("events per day")
    ax.set_title("Events per day by type")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.yaxis.get_major_locator().set_params(integer=True)
    if counts:
        ax.legend(fontsize=7, loc="upper left", frameon=False)
    fig.autofmt_xdate()
    return _png(fig)


def map_png(events: list[Event]) -> str | None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection

    from eventwire.export.outlines import country_outlines

    pts = [e for e in events if e.latitude is not None and e.longitude is not None]
    fig, ax = plt.subplots(figsize=(9, 5.5))
    if pts:
        lons = [e.longitude for e in pts]
        lats = [e.latitude for e in pts]
        pad = max(2.0, 0.15 * max(max(lons) - min(lons), max(lats) - min(lats)))
        x0, x1, y0, y1 = min(lons) - pad, max(lons) + pad, min(lats) - pad, max(lats) + pad
    else:
        x0, x1, y0, y1 = -180, 180, -60, 85
    fc = country_outlines("50m")
    polys, faces = [], []
    countries_hit = {e.country for e in pts}
    for f in fc["features"]:
        g = f["geometry"]
        rings = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in rings:
            outer = poly[0]
            xs = [p[0] for p in outer]
            ys = [p[1] for p in outer]
            if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1:
                continue
            if any(abs(a - b) > 180 for a, b in zip(xs, xs[1:])):
                continue  # a ring cut at the antimeridian (parts of Russia, Fiji) would streak
            polys.append(outer)
            faces.append("#f3ecd9" if f["properties"]["name"] in countries_hit else "#ececec")
    ax.add_collection(PolyCollection(polys, facecolors=faces, edgecolors="#888888", linewidths=0.5))
    ax.set_facecolor("#dfeef7")
    for etype in EVENT_TYPES:
        sel = [e for e in pts if e.event_type == etype]
        if sel:
            ax.scatter([e.longitude for e in sel], [e.latitude for e in sel],
                       s=[30 + 12 * min(e.fatalities or 0, 30) for e in sel],
                       c=TYPE_COLOURS[etype], label=etype, alpha=0.8, edgecolors="black", linewidths=0.5, zorder=3)
    for f in fc["features"]:
        name = f["properties"]["name"]
        if name in countries_hit:
            g = f["geometry"]
            rings = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            biggest = max((r[0] for r in rings), key=len)
            cx = sum(p[0] for p in biggest) / len(biggest)
            cy = sum(p[1] for p in biggest) / len(biggest)
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                ax.text(cx, cy, name, fontsize=8, color="#555555", ha="center", zorder=2)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title(f"Events with coordinates ({len(pts)} of {len(events)})")
    if pts:
        ax.legend(fontsize=7, loc="lower left")
    ax.text(0.99, 0.01, "Outlines: Natural Earth", transform=ax.transAxes, fontsize=6,
            ha="right", va="bottom", color="#666666")
    return _png(fig)


def build_report(store: Store, since: dt.date, until: dt.date, country: str | None = None,
                 admin1: str | None = None, event_type: str | None = None,
                 top: int = 10, charts: bool = True) -> dict[str, Any]:
    """Everything a report shows, as plain data (charts as base64 PNG)."""
    base = EventFilter(since=since, until=until, country=country, admin1=admin1, event_type=event_type)
    events = _window(store, base)
    length = (until - since).days + 1
    p_until = since - dt.timedelta(days=1)
    p_since = p_until - dt.timedelta(days=length - 1)
    prev = _window(store, base.model_copy(update={"since": p_since, "until": p_until}))
    cur_s, prev_s = _stats(events), _stats(prev)
    significant = sorted(events, key=significance, reverse=True)[:top]
    return {
        "since": since, "until": until, "prev_since": p_since, "prev_until": p_until,
        "filters": {k: v for k, v in {"country": country, "admin1": admin1, "type": event_type}.items() if v},
        "stats": cur_s, "prev_stats": prev_s,
        "delta_type": _deltas(cur_s["by_type"], prev_s["by_type"]),
        "delta_country": _deltas(cur_s["by_country"], prev_s["by_country"]),
        "significant": [_event_view(e) for e in significant],
        "no_coords": sum(1 for e in events if e.latitude is None or e.longitude is None),
        "timeline_png": timeline_png(events, since, until) if charts else None,
        "map_png": map_png(events) if charts else None,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _event_view(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "date": e.event_date.isoformat() if e.event_date else "",
        "type": e.event_type, "sub_type": e.sub_event_type, "summary": summary(e),
        "actor1": e.actor1 or "", "actor2": e.actor2 or "",
        "place": ", ".join(dict.fromkeys(x for x in (e.location, e.admin1, e.country) if x)),
        "fatalities": e.fatalities or 0, "injuries": e.injuries,
        "outlets": outlets_of(e), "sources": list(e.sources), "corroboration": e.corroboration,
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


_ENV = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


def render_html(data: dict[str, Any]) -> str:
    from eventwire.export.report.template import REPORT_HTML

    return _ENV.from_string(REPORT_HTML).render(**data)


def _md(s: Any) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(data: dict[str, Any], images_dir: Path | None = None) -> str:
    s = data["stats"]
    lines = [f"# Situation report {data['since']} – {data['until']}", ""]
    if data["filters"]:
        lines += ["Filters: " + ", ".join(f"{k}={_md(v)}" for k, v in data["filters"].items()), ""]
    lines += [f"**{s['events']} events, {s['fatalities']} fatalities, {s['injuries']} injuries.**", ""]
    lines += ["## By type", "", "| type | events | fatalities | injuries |", "|---|---:|---:|---:|"]
    lines += [f"| {_md(k)} | {v['events']} | {v['fatalities']} | {v['injuries']} |" for k, v in s["by_type"].items()]
    lines += ["", "## By actor", "", "| actor | events | fatalities | injuries |", "|---|---:|---:|---:|"]
    lines += [f"| {_md(k)} | {v['events']} | {v['fatalities']} | {v['injuries']} |" for k, v in s["by_actor"].items()]
    lines += ["", f"## Changes since {data['prev_since']} – {data['prev_until']}", "",
              "| type | events | Δ events | fatalities | Δ fatalities |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {_md(d['key'])} | {d['events']} | {d['d_events']:+d} | {d['fatalities']} | {d['d_fatalities']:+d} |" for d in data["delta_type"]]
    lines += ["", "| country | events | Δ events | fatalities | Δ fatalities |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {_md(d['key'])} | {d['events']} | {d['d_events']:+d} | {d['fatalities']} | {d['d_fatalities']:+d} |" for d in data["delta_country"]]
    if images_dir is not None and data.get("timeline_png"):
        images_dir.mkdir(parents=True, exist_ok=True)
        for key, name in (("timeline_png", "timeline.png"), ("map_png", "map.png")):
            if data.get(key):
                (images_dir / name).write_bytes(base64.b64decode(data[key]))
        lines += ["", f"![Events per day]({images_dir.name}/timeline.png)", "",
                  f"![Map]({images_dir.name}/map.png)"]
    lines += ["", "## Most significant events", ""]
    for ev in data["significant"]:
        lines.append(f"- **{ev['date']} · {_md(ev['sub_type'])} · {_md(ev['place'])}** — {_md(ev['summary'])} "
                     f"Sources: {_md('; '.join(ev['outlets']) or 'unknown')} (corroboration {ev['corroboration']}).")
        for d in ev["disagreements"]:
            vals = "; ".join(f"{_md(k)}: {_md(v)}" for k, v in d["claims"].items())
            lines.append(f"  - disagreement on {_md(d['field'])}: {vals} (chosen {_md(d['chosen'])})")
    lines += ["", f"_Generated {data['generated']} by eventwire. Outlines: Natural Earth._", ""]
    return "\n".join(lines)
