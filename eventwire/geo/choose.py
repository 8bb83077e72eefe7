"""Choosing an event's place(s) from a resolution: which mention, what precision, and when a
sentence's list of sites, towns or countries makes one event per place (ACLED's one-location rule).

The main sentence decides; the event's other sentences when it names no place, or only a country
that one of them names a town or site of.  Places: the first town or site after a preposition
(precision 1; 2 for "near X", a bracketed unit or a district), else a region or the country at its
seat (precision 3).  An unknown name before a region-level place is matched by spelling among the
region's towns.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.geo.admin_units import filed_under, territories
from eventwire.geo.countries import iso2_for, iso_numeric, region_of
from eventwire.geo.detect import SECONDARY_ROLES, PlaceMention
from eventwire.geo.gazetteer import Entry, Gazetteer
from eventwire.geo.katottg import km
from eventwire.geo.names import name_key
from eventwire.geo.resolve import SPECIFIC, TOWNS, Candidate, Resolution, Resolved
from eventwire.records import Place, Span

FUZZY_CUTOFF = 85
HOME_TOWN_MAX = 20_000  # a smaller town outside a named group's regions is a namesake, not the place
# A town the packages file outside the unit named after it, yet within this reach of the unit's seat,
# is that town (the packages' hierarchy is older or coarser: Libya's districts, Garabulli in Al Marqab);
# a namesake hundreds of km away ("Pipri, Kaushambi") is not, and the unit is the safer place.
UNIT_REACH_KM = {"adm1": 150.0, "adm2": 40.0}
REFERENCE_KM = 50.0  # "a town south of Tripoli": a town another sentence names this near it is that town
UNIQUE_TOWN_MIN = 10_000  # a smaller town is too likely a namesake of a village the packages lack


@dataclass(frozen=True)
class Located:
    """One place an event happened at, and the mention it came from (None: the focus country)."""

    place: Place
    resolved: Resolved | None


def locate(resolution: Resolution, spans: list[Span], gaz: Gazetteer, focus: str | None) -> list[Located]:
    """The event's place(s): several when its sentence lists sites, towns or countries.

    The main sentence (spans[0]) decides; the event's other sentences when it names no place, or
    only a country that one of them names a town or site of ("a base in Jordan" ... "Tower 22")."""
    first: list[Located] = []
    for main in spans:
        found = _locate_in(resolution, main, gaz)
        if found and not first:
            first = found
            if not _country_level(found) and not _secondary(found) and not _reference_point(found):
                return found
        elif found and len(first) == 1 and not _country_level(found) and \
                all(f.place.country == first[0].place.country for f in found):
            if not _reference_point(first) or _named_near(found, first[0]):
                return found
    if first:
        return first
    country = resolution.country or focus
    entry = _country_entry(gaz, country, focus) if country else None
    if entry is None:
        return []
    return [Located(_entry_place(entry, None, 3, None), None)]


IN_UNIT = "in a named unit"


def _event_roles(in_main: list[Resolved]) -> list[Resolved]:
    """The mentions that may be the event's place: those with no other role; the dateline's town too
    when they name no town, site or district, only its country or region ("BAGHDAD - ... protests in
    Iraq"); someone's home town or a destination only when nothing else is named."""
    primary = [r for r in in_main if r.mention.role is None]
    if not any(r.chosen.entry.kind in (*SPECIFIC, "adm2") for r in primary):
        datelines = [r for r in in_main if r.mention.role == "dateline" and r.chosen.entry.kind in SPECIFIC
                     and all(p.chosen.entry.country == r.chosen.entry.country for p in primary)]
        primary = datelines + primary
    return primary or in_main


def _reference_point(found: list[Located]) -> bool:
    """A town named only as the reference for an unnamed place ("a drone hit a village south of
    the capital"): another of the event's sentences may name the place itself."""
    return len(found) == 1 and found[0].resolved is not None and found[0].resolved.mention.near and \
        found[0].resolved.chosen.entry.kind in SPECIFIC and found[0].place.latitude is not None


def _named_near(found: list[Located], reference: Located) -> bool:
    """Towns or sites, each within REFERENCE_KM of the reference town ("... the drone struck Al-Sawani's market")."""
    ref = reference.place
    return all(f.resolved is not None and f.resolved.chosen.entry.kind in SPECIFIC and not f.resolved.mention.near
               and f.place.latitude is not None
               and km(f.place.latitude, f.place.longitude, ref.latitude, ref.longitude) <= REFERENCE_KM for f in found)


def _secondary(found: list[Located]) -> bool:
    """Only someone's home town, a destination or the dateline: kept unless another sentence names the place."""
    return all(f.resolved is not None and f.resolved.mention.role in SECONDARY_ROLES for f in found)


def _country_level(found: list[Located]) -> bool:
    return all(f.resolved is None or f.resolved.chosen.entry.kind == "country" for f in found)


def _locate_in(resolution: Resolution, main: Span, gaz: Gazetteer) -> list[Located]:
    in_main = [r for r in resolution.mentions if main.start <= r.mention.start < main.end and _placeable(r)]
    in_main = _event_roles(in_main)
    listed = _listed(in_main, main, resolution.country)
    if listed:
        return [Located(_place(r, main, _precision(r, main)), r) for r in listed]
    best = _best(resolution, in_main)
    if best is not None:
        best = _fuzzy_town(best, resolution, main, gaz) or _home_town(best, resolution, main, gaz) or best
        return [Located(_place(best, main, _precision(best, main)), best)]
    home = _home_town(None, resolution, main, gaz)
    return [Located(_place(home, main, 2), home)] if home else []


def _home_town(best: Resolved | None, resolution: Resolution, main: Span, gaz: Gazetteer) -> Resolved | None:
    """A village placed outside the regions a named group works in ("the OSCE SMM ... near Pisky",
    with Pisky only known in Poltava), or not known at all: the town of those regions spelled most
    like it (rapidfuzz ratio >= FUZZY_CUTOFF), else nothing."""
    if not resolution.home_adm1:
        return None
    if best is not None:
        entry = best.chosen.entry
        if entry.kind not in TOWNS or entry.adm1_id in resolution.home_adm1 or entry.population >= HOME_TOWN_MAX:
            return None
        names = [best.mention]
    else:
        names = [m for m in resolution.unknown if main.start <= m.start < main.end]
    if not names:
        return None
    towns = [t for unit in resolution.home_adm1 for t in gaz.towns_in_unit(unit)]
    return _spelled_like(names[-1], towns, gaz, "a named group's region")


def _placeable(r: Resolved) -> bool:
    """A name that can be the event's place: not part of an actor's or road's name, and a country
    only after a preposition ("U.S. warplanes", "Austin said" only vote)."""
    if r.mention.actor or r.mention.subject or (r.mention.agent and not r.mention.locative):
        return False
    if r.chosen.entry.kind == "country":
        return r.mention.locative and not r.mention.possessive and not r.mention.force
    return True


def _best(resolution: Resolution, usable: list[Resolved]) -> Resolved | None:
    """First town/site in a locative position, else first; then district, region, country."""
    home = [r for r in usable if r.chosen.entry.country == resolution.country] or usable
    if all(r.chosen.entry.kind == "country" for r in home) and \
            any(r.mention.locative and r.chosen.entry.kind in SPECIFIC for r in usable):
        home = usable  # "an airstrike in Baghdad ... tensions between Iran and the US": the town, not a country
    for kinds in ((*SPECIFIC, "adm2"), ("adm1",), ("country",)):
        pool = [r for r in home if r.chosen.entry.kind in kinds and not _is_container(r, kinds, resolution)]
        if pool:
            # A town that lies in the units the sentence names beats a namesake elsewhere ("Hamirpur
            # village near Rapar town (Kachchh, Gujarat)": Rapar, as no Hamirpur lies in Kachchh).
            named = any(IN_UNIT in r.chosen.why for r in pool)
            best = min(pool, key=lambda r: (not r.mention.locative, named and IN_UNIT not in r.chosen.why,
                                            _rank(r, resolution)))
            return _unit_instead(best, resolution)
    return None


def _fuzzy_town(best: Resolved, resolution: Resolution, main: Span, gaz: Gazetteer) -> Resolved | None:
    """A region-level or bracketed place, and an unmatched name before it ("near Starohnativka, Donetsk"):
    the town of that region whose name is closest in spelling (rapidfuzz ratio >= FUZZY_CUTOFF)."""
    entry = best.chosen.entry
    if entry.adm1_id is None or (entry.kind in SPECIFIC and not _in_parens(best.mention, main)):
        return None
    unknown = [m for m in resolution.unknown if m.start < best.mention.start and main.start <= m.start < main.end]
    if not unknown:
        return None
    towns = gaz.towns_in_unit(entry.adm1_id)
    if entry.kind != "adm2":
        return _spelled_like(unknown[-1], towns, gaz, entry.admin1)
    # A district named: its own towns first, then one of the region filed elsewhere but near the
    # district's seat; a look-alike farther off contradicts the text ("Rajganj (Jalpaiguri district,
    # West Bengal)" is not Raiganj, 120 km away in another district): the district stays.
    inside = [t for t in towns if gaz.get(t[1]).adm2_id == entry.adm2_id]
    found = _spelled_like(unknown[-1], inside, gaz, entry.admin2) if inside else None
    if found is None:
        found = _spelled_like(unknown[-1], towns, gaz, entry.admin1)
    return found if found is not None and (found.chosen.entry.adm2_id == entry.adm2_id
                                           or _near_seat(found.chosen.entry, entry)) else None


def _spelled_like(mention, towns: list, gaz: Gazetteer, where: str) -> Resolved | None:
    """The town of `towns` ((key, place id) pairs) spelled most like the mention (rapidfuzz ratio
    >= FUZZY_CUTOFF), as a resolved mention, or None."""
    from rapidfuzz import fuzz, process

    hit = process.extractOne(mention.key, [k for k, _ in towns], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if hit is None:
        return None
    town = gaz.get(towns[hit[2]][1])
    chosen = Candidate(town, 0.0, hit[1] / 100, [f"spelled like {town.name!r} ({hit[1]:.0f}) in {where}"])
    return Resolved(mention, [chosen], chosen, chosen.why[0])


def _is_container(r: Resolved, kinds: tuple[str, ...], resolution: Resolution) -> bool:
    """A district named as the unit of a town named before it ("Kismaayo" in "Dumba (Kismaayo, Lower Juba)")."""
    if len(kinds) < 2 or r.chosen.entry.kind != "adm2":
        return False
    own = r.chosen.entry.adm2_id
    return any(o.mention.start < r.mention.start and o.chosen.entry.kind in SPECIFIC and o.chosen.entry.adm2_id == own
               and _placeable(o) for o in resolution.mentions if o is not r)


def _unit_instead(town: Resolved, resolution: Resolution) -> Resolved:
    """'Pipri, Kaushambi' where no Pipri lies in Kaushambi: the named unit is safer than a namesake town."""
    i = resolution.mentions.index(town)
    nxt = resolution.mentions[i + 1] if i + 1 < len(resolution.mentions) else None
    if "in a named unit" in town.chosen.why and not (nxt is not None and _outside(town.chosen.entry, nxt.chosen.entry)):
        return town  # in the unit named right after it, or in an outer one with none between ("Nigohan (UP)")
    end = town.mention.end
    if town.mention.head_only:  # "Khutir" of an unknown "Khutir Vilny, Luhansk": the whole name's end
        end = max([end] + [m.end for m in resolution.unknown if m.start == town.mention.start])
    if nxt is not None and nxt.mention.context and 0 <= nxt.mention.start - end <= 3 \
            and nxt.chosen.entry.kind in ("adm1", "adm2") and town.chosen.entry.kind in TOWNS:
        if _near_seat(town.chosen.entry, nxt.chosen.entry):
            return _filed_in(town, nxt.chosen.entry)
        if _one_of_its_name(town) and town.chosen.entry.country == nxt.chosen.entry.country:
            return _with_why(town, f"the only town of its name in {town.chosen.entry.country}, "
                                   f"though the text names {nxt.chosen.entry.name} after it")
        return Resolved(nxt.mention, nxt.candidates, nxt.chosen, nxt.how + ", the town before it is not in it")
    return town


def _one_of_its_name(town: Resolved) -> bool:
    """A town of UNIQUE_TOWN_MIN people or more with no namesake town in its country, named whole
    ("Mariupol, Zaporizhia", "Diego de Almagro (Biobio)"): the unit after it is a slip or an older
    unit, the town is sure; "Pipri, Kaushambi", one Pipri of several, is not."""
    e = town.chosen.entry
    if e.kind != "city" or e.variant or e.population < UNIQUE_TOWN_MIN or town.mention.partial:
        return False
    readings = town.candidates + [c for c, _ in town.dropped]
    return not any(c.entry.id != e.id and c.entry.kind == "city" and c.entry.country == e.country for c in readings)


def _with_why(town: Resolved, why: str) -> Resolved:
    return replace(town, chosen=replace(town.chosen, why=town.chosen.why + [why]), how=town.how + ", " + why)


def _outside(town: Entry, unit: Entry) -> bool:
    """A district the town does not lie in ("Pipri, Kaushambi (UP)": a Pipri of the state, not of the
    district named right after it)."""
    return unit.kind == "adm2" and town.adm2_id != unit.adm2_id


def _filed_in(town: Resolved, unit: Entry) -> Resolved:
    """The town, with the admin units of the unit the text names after it."""
    e = town.chosen.entry
    units = {"admin1": unit.admin1, "adm1_id": unit.adm1_id}
    if unit.kind == "adm2":
        units.update(admin2=unit.admin2, adm2_id=unit.adm2_id)
    elif e.adm1_id != unit.adm1_id:
        units.update(admin2=None, adm2_id=None)  # its old district lies in another region
    why = f"near the seat of {unit.name}, named after it (the packages file it under {e.admin1})"
    chosen = replace(town.chosen, entry=replace(e, **units), why=town.chosen.why + [why])
    return replace(town, chosen=chosen, how=town.how + ", " + why)


def _near_seat(town: Entry, unit: Entry) -> bool:
    """The town lies within UNIT_REACH_KM of the unit's seat (its coordinates)."""
    if None in (town.lat, town.lon, unit.lat, unit.lon) or town.country != unit.country:
        return False
    return km(town.lat, town.lon, unit.lat, unit.lon) <= UNIT_REACH_KM[unit.kind]


def _rank(r: Resolved, resolution: Resolution) -> int:
    return resolution.mentions.index(r)


def _precision(r: Resolved, main: Span) -> int:
    kind, m = r.chosen.entry.kind, r.mention
    if r.how.endswith("not in it"):
        return 2
    if kind in SPECIFIC:
        inside_parens = _in_parens(m, main)
        return 2 if m.near or inside_parens or r.chosen.entry.approximate or \
            m.type_word in ("district", "municipality", "area", "countryside", "sector") else 1
    return 2 if kind == "adm2" else 3


def _in_parens(m: PlaceMention, main: Span) -> bool:
    if not (main.start <= m.start < main.end):
        return False
    before = main.text[:m.start - main.start]
    return before.rfind("(") > before.rfind(")")


def _listed(in_main: list[Resolved], main: Span, country: str | None) -> list[Resolved]:
    """Places the main sentence lists ("Al-Qa'im and Jurf al-Sakhar", "in Iraq and Syria"), or []."""
    countries = _distinct([r for r in in_main if r.chosen.entry.kind == "country"])
    in_main = [r for r in in_main if r.chosen.entry.country == country] if country else in_main
    sites = _distinct([r for r in in_main if r.chosen.entry.kind in ("site", "airport")])
    if len(sites) >= 2:
        return sites
    specific = [r for r in in_main if r.chosen.entry.kind in SPECIFIC]
    if not specific and len(countries) >= 2 and _joined(countries, main):
        return countries
    towns = _distinct(specific)
    if len(towns) >= 2 and _joined(towns, main) and not any(_in_parens(r.mention, main) for r in towns):
        return towns
    return []


def _distinct(items: list[Resolved]) -> list[Resolved]:
    seen, out = set(), []
    for r in items:
        if r.chosen.entry.name not in seen:
            seen.add(r.chosen.entry.name)
            out.append(r)
    return out


def _joined(items: list[Resolved], main: Span) -> bool:
    """Consecutive mentions separated only by ', ', ' and ' or ', and ' (a list, not 'Town, Region')."""
    gaps = [main.text[a.mention.end - main.start:b.mention.start - main.start] for a, b in zip(items, items[1:])]
    return bool(gaps) and gaps[-1].strip(" ,") in ("and", "&") and all(g in (", ", " and ", ", and ") for g in gaps)


def _country_entry(gaz: Gazetteer, country: str, focus: str | None = None) -> Entry | None:
    """The country's entry; for a territory ACLED files under another country (Hong Kong), or that
    country when the text is about the territory, the territory's admin1 unit, not the capital."""
    territory = territory_unit(gaz, focus) if focus and filed_under(focus) in (country, filed_under(country)) else None
    if territory is None:
        territory = territory_unit(gaz, country)
    if territory is not None:
        return territory
    iso2 = iso2_for(country)
    return gaz.country(iso2) if iso2 else None


def territory_unit(gaz: Gazetteer, name: str) -> Entry | None:
    """'Hong Kong' -> the admin1 unit Hong Kong of China (admin_units.csv); None for other names."""
    unit = territories().get(iso2_for(name) or "")
    if unit is None:
        return None
    return next((e for e in gaz.lookup(name_key(unit.name)) if e.kind == "adm1" and e.country == unit.country), None)


def _place(r: Resolved, main: Span, precision: int) -> Place:
    evidence = main if main.start <= r.mention.start < main.end else None
    return _entry_place(r.chosen.entry, r.mention.text, precision, evidence)


def _entry_place(entry: Entry, raw: str | None, precision: int, evidence: Span | None) -> Place:
    country = entry.country or ""
    return Place(location=entry.name, country=country, iso=iso_numeric(country), iso2=entry.iso2,
                 region=region_of(country), admin1=entry.admin1, admin2=entry.admin2, admin3=entry.admin3,
                 latitude=round(entry.lat, 4) if entry.lat is not None else None,
                 longitude=round(entry.lon, 4) if entry.lon is not None else None,
                 geo_precision=precision, raw=raw or entry.name, evidence=evidence)
