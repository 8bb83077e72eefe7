"""The situation report as Markdown (charts written next to it as PNG files)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any


def _md(s: Any) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def _table(header: str, rule: str, rows: list[str]) -> list[str]:
    return ["", header, rule, *rows]


def render_markdown(data: dict[str, Any], images_dir: Path | None = None) -> str:
    s = data["stats"]
    lines = [f"# Situation report {data['since']} – {data['until']}", ""]
    if data["filters"]:
        lines += ["Filters: " + ", ".join(f"{k}={_md(v)}" for k, v in data["filters"].items()), ""]
    lines += [f"> {_md(n)}" for n in data["notices"]]
    lines += [f"**{s['events']} events, {s['fatalities']} fatalities, {s['injuries']} injuries.** "
              + _placement_line(data), ""]
    lines += ["## By type"] + _table("| type | events | fatalities | injuries |", "|---|---:|---:|---:|",
                                     [f"| {_md(k)} | {v['events']} | {v['fatalities']} | {v['injuries']} |"
                                      for k, v in s["by_type"].items()])
    lines += ["", "## By actor"] + _table(
        "| actor | events as actor1 | fatalities as actor1 | events as actor2 | fatalities as actor2 |",
        "|---|---:|---:|---:|---:|",
        [f"| {_md(k)} | {v['as_actor1']} | {v['fatalities_as_actor1']} | {v['as_actor2']} | {v['fatalities_as_actor2']} |"
         for k, v in s["by_actor"].items()])
    lines += ["", f"## Changes since {data['prev_since']} – {data['prev_until']}"]
    if data["compare"]:
        for key, label in (("delta_type", "type"), ("delta_country", "country")):
            lines += _table(f"| {label} | events | Δ events | fatalities | Δ fatalities |", "|---|---:|---:|---:|---:|",
                            [f"| {_md(d['key'])} | {d['events']} | {d['d_events']:+d} | {d['fatalities']} | "
                             f"{d['d_fatalities']:+d} |" for d in data[key]])
    else:
        lines += ["", "No comparison: the store has no articles or events for the previous period."]
    if images_dir is not None and data.get("timeline_png"):
        images_dir.mkdir(parents=True, exist_ok=True)
        for key, name in (("timeline_png", "timeline.png"), ("map_png", "map.png")):
            if data.get(key):
                (images_dir / name).write_bytes(base64.b64decode(data[key]))
        lines += ["", f"![Events by type over time]({images_dir.name}/timeline.png)", "",
                  f"![Map]({images_dir.name}/map.png)"]
    lines += ["", "## Most significant events", ""]
    lines += [line for ev in data["significant"] for line in _event_lines(ev)]
    if data["undated"]["count"]:
        lines += ["", f"## Undated events ({data['undated']['count']}, not in the counts above)", ""]
        lines += [line for ev in data["undated"]["listed"] for line in _event_lines(ev)]
    lines += ["", f"_Generated {data['generated']} by eventwire. Outlines: Natural Earth; towns: GeoNames._", ""]
    return "\n".join(lines)


def _placement_line(data: dict[str, Any]) -> str:
    p = data["stats"]["placement"]
    parts = [f"{p['p1']} at a town or site", f"{p['p2']} near a town", f"{p['p3']} at region or country level"]
    if p["none"]:
        parts.append(f"{p['none']} without coordinates")
    undated = data["undated"]["count"]
    tail = f"; {undated} undated events listed apart" if undated else ""
    return "Placed: " + ", ".join(parts) + tail + "."


def _event_lines(ev: dict[str, Any]) -> list[str]:
    out = [f"- **{ev['date']} · {_md(ev['sub_type'])} · {_md(ev['place'])}** — {_md(ev['summary'])} "
           f"Sources: {_md('; '.join(ev['outlets']) or 'unknown')} (corroboration {ev['corroboration']}); id {_md(ev['id'])}."]
    for d in ev["disagreements"]:
        vals = "; ".join(f"{_md(k)}: {_md(v)}" for k, v in d["claims"].items())
        out.append(f"  - disagreement on {_md(d['field'])}: {vals} (chosen {_md(d['chosen'])})")
    return out
