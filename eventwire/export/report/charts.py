"""The report's timeline: events per day, week or month (chosen from the period), stacked by
type, the legend below the plot so it never covers a bar."""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections import Counter, defaultdict

from eventwire.records import EVENT_TYPES, Event

# The web page's colours (eventwire/web/static/style.css), so a type looks the same in both.
TYPE_COLOURS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd", "Protests": "#2ca02c", "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
}
DAY_LIMIT, WEEK_LIMIT = 45, 200   # periods up to 45 days in days, up to 200 in weeks, else months


def png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def bin_size(since: dt.date, until: dt.date) -> str:
    """"day", "week" or "month": bars stay wide enough to read over the period."""
    days = (until - since).days + 1
    return "day" if days <= DAY_LIMIT else "week" if days <= WEEK_LIMIT else "month"


def bin_start(day: dt.date, size: str) -> dt.date:
    if size == "week":
        return day - dt.timedelta(days=day.weekday())
    if size == "month":
        return day.replace(day=1)
    return day


def bins(since: dt.date, until: dt.date, size: str) -> list[dt.date]:
    out, day = [], bin_start(since, size)
    while day <= until:
        out.append(day)
        day = (day + dt.timedelta(days=7 if size == "week" else 1)) if size != "month" else \
            (day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1))
    return out


def timeline_png(events: list[Event], since: dt.date, until: dt.date) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    size = bin_size(since, until)
    starts = bins(since, until, size)
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        if e.event_date:
            counts[e.event_type][bin_start(e.event_date, size)] += 1
    width = {"day": 0.8, "week": 5.6, "month": 24}[size]
    fig, ax = plt.subplots(figsize=(9, 3.2))
    bottom = [0] * len(starts)
    for etype in EVENT_TYPES:
        if etype not in counts:
            continue
        vals = [counts[etype][d] for d in starts]
        ax.bar(starts, vals, bottom=bottom, label=etype, color=TYPE_COLOURS[etype], width=width,
               align="edge" if size != "day" else "center")
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel(f"events per {size}")
    ax.set_title(f"Events per {size} by type, {since:%d %b %Y} – {until:%d %b %Y}")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(mdates.date2num(starts[0]) - 1, mdates.date2num(until) + 1.5)
    ax.spines[["top", "right"]].set_visible(False)
    if counts:
        ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, frameon=False)
    return png(fig)
