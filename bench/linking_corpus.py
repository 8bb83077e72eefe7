"""A linking benchmark with known truth: synthetic conflict reports of N incidents.

`corpus(n_incidents, seed)` writes news reports in our own words about incidents in eight
conflict areas (`linking_world`), in several styles:
  wire brief      one to three sentences;
  long article    a lead, details, quotes and background about the area, sometimes recalling an
                  earlier incident in a sentence ("Last week, ...");
  local outlet    other spellings of towns, regions and groups, and often only the region;
  copy            a wire report republished by another outlet (a syndicated copy);
  follow-up       a later report with a revised toll ("the death toll ... has risen to 7");
  undated         no date in the text (extraction then gives the publication week).
The incidents come with the traps that matter: the same town on neighbouring days, neighbouring
towns on one day, the same actors in repeated attacks, revised tolls, attacks at night reported
a day apart ("late on Monday" / "in the early hours of Tuesday"), and reports that cover
several sites at once -- naming each site, or only the region.

Each report is an `Article` with the per-article mentions an extractor gives for it (built
directly, so no spaCy is needed): its date as the text states it, its place as a geocoder would
resolve it (a town, "near" a town, or only the region or country), its actors as named in the
text ("gunmen" is an unidentified group), its toll with the evidence sentence.  A small share of
reports carry the errors real reports and extraction have (a date a day off, a victim group
coded differently, a sibling sub-event type).  The truth says which incidents each mention
reports, and each incident's toll by ACLED's rule over its reports.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.linking_world import AREAS, PAPERS, WIRES, Area, Group, Town  # noqa: E402
from eventwire.records import Article, Event, Span  # noqa: E402

START = dt.date(2024, 1, 1)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# -- what happened ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Kind:
    name: str
    event_type: str
    sub_event_type: str
    by_state: bool                 # carried out by state forces (strikes), else by an armed group
    targets: tuple[str, ...]       # "forces", "police", "civilians"
    sibling: str                   # a sub-type of the same event type extraction may confuse it with


KINDS = (
    Kind("clash", "Battles", "Armed clash", False, ("forces", "police"), "Non-state actor overtakes territory"),
    Kind("ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", False, ("forces", "civilians"),
         "Grenade"),
    Kind("raid", "Violence against civilians", "Attack", False, ("civilians",), "Abduction/forced disappearance"),
    Kind("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", True, ("civilians",),
         "Air/drone strike"),
    Kind("strike", "Explosions/Remote violence", "Air/drone strike", True, ("civilians",),
         "Shelling/artillery/missile attack"),
)


@dataclass(frozen=True)
class Incident:
    id: str
    area: Area
    town: Town
    day: dt.date
    kind: Kind
    actor: Group
    target: str
    toll: int                  # the final figure (early reports may give fewer)
    injured: int | None
    night: bool                # at night: reports may date it to either side of midnight
    site: str
    official: str
    witness: str
    scenario: str              # single, repeat (same town, next days), neighbours (same day, next towns)
    facts: tuple[str, ...] = ()   # what only this incident has; each report tells some of them


@dataclass
class Report:
    article: Article
    mentions: list[Event]
    style: str
    truth: dict[str, frozenset[str]] = field(default_factory=dict)   # mention id -> incident ids
    covers: frozenset[str] = frozenset()                            # mentions giving a total over sites


@dataclass
class Corpus:
    incidents: dict[str, Incident]
    reports: list[Report]

    @property
    def truth(self) -> dict[str, frozenset[str]]:
        return {m: inc for r in self.reports for m, inc in r.truth.items()}

    def items(self) -> list[tuple[Article, list[Event]]]:
        """(article, mentions) in publication order: how a daily ingest would store them."""
        ordered = sorted(self.reports, key=lambda r: (r.article.published, r.article.id))
        return [(r.article, r.mentions) for r in ordered]

    def true_tolls(self) -> dict[str, int]:
        return true_tolls(self)

    @functools.cached_property
    def mention_reports(self) -> dict[str, tuple[Report, Event]]:
        """mention id -> (its report, the mention)."""
        return {m.id: (r, m) for r in self.reports for m in r.mentions}

    def without_extraction_errors(self) -> Corpus:
        """The same reports with the errors this corpus gives a few mentions undone (a day off,
        victims coded as the other state force, a sibling sub-type): what linking alone would
        make of error-free extraction, on the very same texts."""
        incidents = self.incidents
        reports = [Report(article=r.article, style=r.style, truth=r.truth, covers=r.covers,
                          mentions=[_corrected(m, incidents[next(iter(r.truth[m.id]))])
                                    if len(r.truth[m.id]) == 1 else m for m in r.mentions])
                   for r in self.reports]
        return Corpus(incidents=incidents, reports=reports)


def _corrected(m: Event, inc: Incident) -> Event:
    """The mention as error-free extraction gives it (its incident's sub-type, victims and day)."""
    update: dict = {}
    if m.sub_event_type == inc.kind.sibling:
        update["sub_event_type"] = inc.kind.sub_event_type
    if m.actor2 is not None and m.actor2 != target_code(inc):
        update["actor2"] = target_code(inc)
    days = {inc.day, inc.day + dt.timedelta(days=1)} if inc.night else {inc.day}
    if (m.time_precision or 1) == 1 and m.event_date is not None and m.event_date not in days:
        update["event_date"] = inc.day
    return m.model_copy(update=update) if update else m


# -- incidents and their traps ----------------------------------------------------------------

class _World:
    """Draws incidents so that no two distinct ones share town, day and event type, counting both
    days a night-time incident spans (ACLED's one day, one location: reports of a night attack
    date it to either day, so another attack of that type there on either day would be the same
    event in ACLED's terms)."""

    def __init__(self, rng: random.Random, days: int):
        self.rng, self.days = rng, days
        self.incidents: dict[str, Incident] = {}
        self.taken: set[tuple[str, dt.date, str]] = set()

    def incident(self, area: Area, town: Town, day: dt.date, kind: Kind, actor: Group, target: str,
                 scenario: str, night: bool | None = None) -> Incident | None:
        rng = self.rng
        night = rng.random() < 0.15 if night is None else night
        days = (day, day + dt.timedelta(days=1)) if night else (day,)
        if day < START or any((town.name, d, kind.event_type) in self.taken for d in days) or \
                (town.name, day - dt.timedelta(days=1), kind.event_type, "night") in self.taken:
            return None
        toll = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20))
        if kind.name == "raid" and rng.random() < 0.15:
            toll = 0
        inc = Incident(
            id=f"inc{len(self.incidents) + 1:05d}", area=area, town=town, day=day, kind=kind, actor=actor,
            target=target, toll=toll, injured=rng.choice((None, None, 1, 2, 3, 5, 8)),
            night=night, site=rng.choice(area.quarters),
            official=f"{rng.choice(area.first_names)} {rng.choice(area.last_names)}",
            witness=f"{rng.choice(area.first_names)} {rng.choice(area.last_names)}", scenario=scenario,
            facts=_facts(area, kind, rng))
        self.incidents[inc.id] = inc
        self.taken.update((town.name, d, kind.event_type) for d in days)
        if night:
            self.taken.add((town.name, day, kind.event_type, "night"))
        return inc

    def draw(self, area: Area) -> tuple[Town, dt.date, Kind, Group, str]:
        rng = self.rng
        kinds = [k for k in KINDS if (area.strikers if k.by_state else area.attackers)]
        kind = rng.choice(kinds)
        actor = rng.choice(area.strikers if kind.by_state else area.attackers)
        return (rng.choice(area.towns), START + dt.timedelta(days=rng.randrange(self.days)), kind, actor,
                rng.choice(kind.targets))


def incidents(n: int, rng: random.Random, days: int) -> tuple[dict[str, Incident], list[tuple[str, str]]]:
    """N incidents, and the pairs of them that one multi-site report covers."""
    world = _World(rng, days)
    multi: list[tuple[str, str]] = []
    while len(world.incidents) < n:
        area = rng.choice(AREAS)
        town, day, kind, actor, target = world.draw(area)
        roll = rng.random()
        first = world.incident(area, town, day, kind, actor, target, "single" if roll < 0.55 else
                               "repeat" if roll < 0.78 else "neighbours")
        if first is None or roll < 0.55:
            continue
        if roll < 0.78:   # the same actors again in the same town, a day or two later
            later = day + dt.timedelta(days=rng.choice((1, 1, 2)))
            world.incident(area, town, later, kind, actor, rng.choice(kind.targets), "repeat")
            continue
        near = [t for t in area.towns if t != town and _km(t, town) <= 45]
        if near:          # the same actors in a neighbouring town that day
            second = world.incident(area, rng.choice(near), day, kind, actor, target, "neighbours")
            if second is not None and rng.random() < 0.6:
                multi.append((first.id, second.id))
    kept = dict(list(world.incidents.items())[:n])
    return kept, [p for p in multi if all(i in kept for i in p)]


def _km(a: Town, b: Town) -> float:
    import math

    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


# -- how reports word it ------------------------------------------------------------------------

def _num(n: int, rng: random.Random) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.8 else str(n)


def _victims(inc: Incident, rng: random.Random, n: int | None = None) -> str:
    area = inc.area
    if inc.target == "forces":
        words = area.forces.words
    elif inc.target == "police":
        words = area.police.words
    else:
        words = ("civilians", "villagers", "residents", "people") if n != 1 else ("civilian", "villager", "resident")
    word = rng.choice(words)
    if n == 1:
        word = {"soldiers": "soldier", "policemen": "policeman", "troops": "soldier", "people": "person",
                "police officers": "police officer", "gendarmes": "gendarme"}.get(word, word)
        word = word if not word.endswith("s") or word.endswith("ss") else word[:-1]
    return word


def _actor_words(inc: Incident, rng: random.Random, local: bool) -> tuple[str, str]:
    """How the report names who did it, and the actor1 extraction codes from that."""
    if inc.kind.by_state:
        return rng.choice(inc.actor.words), inc.actor.code
    if rng.random() < 0.3:
        return rng.choice(("gunmen", "unidentified attackers", "armed men", "suspected militants")), \
            f"Unidentified Armed Group ({inc.area.country})"
    words = inc.actor.words
    if local and "Daesh militants" in words:
        return "Daesh militants", inc.actor.code
    return rng.choice(words), inc.actor.code


def target_code(inc: Incident) -> str:
    return {"forces": inc.area.forces.code, "police": inc.area.police.code}.get(inc.target, inc.area.civilians)


@dataclass
class _Place:
    text: str           # "in Tikrit", "near Baiji", "in Salahuddin province"
    fields: dict        # the mention's place fields


def _place(inc: Incident, rng: random.Random, style: str) -> _Place:
    area, town = inc.area, inc.town
    spelling = rng.choice(town.spellings) if style == "local" and town.spellings else town.name
    roll = rng.random()
    coarse_share = 0.3 if style == "local" else 0.08
    if roll < coarse_share:
        region = rng.choice(area.admin1_spellings) if style == "local" else area.admin1
        lat, lon = area.centre
        named = any(w in region.lower() for w in ("province", "region", "state", "oblast", "division"))
        return _Place(f"in {region}" if named else f"in {region} province",
                      dict(location=area.admin1, admin1=area.admin1, latitude=lat, longitude=lon, geo_precision=3))
    if roll < coarse_share + 0.03:
        return _Place(f"in {area.region_phrase}", dict(location=area.country, admin1=None, latitude=None,
                                                       longitude=None, geo_precision=3))
    fields = dict(location=town.name, admin1=area.admin1, latitude=town.lat, longitude=town.lon, geo_precision=1)
    if roll < coarse_share + 0.13:
        return _Place(f"{rng.choice(('near', 'outside', 'on the outskirts of'))} {spelling}",
                      {**fields, "geo_precision": 2})
    return _Place(f"in {spelling}", fields)


@dataclass
class _Date:
    text: str                  # the phrase, "" when undated
    day: dt.date | None
    precision: int


def _date(inc: Incident, published: dt.date, rng: random.Random, style: str, errors: bool = True) -> _Date:
    if style == "undated":
        return _Date("", published, 2)
    d, lag = inc.day, (published - inc.day).days
    options: list[tuple[str, dt.date]] = [(f"on {WEEKDAYS[d.weekday()]}", d)]
    if lag == 1:
        options.append(("yesterday", d))
    if lag == 0:
        options.append(("earlier today", d))
    if lag >= 2:
        options.append((f"on {d.day} {MONTHS[d.month - 1]}", d))
    if inc.night:
        nxt = d + dt.timedelta(days=1)
        options = [(f"late on {WEEKDAYS[d.weekday()]}", d), (f"on {WEEKDAYS[d.weekday()]} night", d)]
        if lag >= 1:
            options += [(f"in the early hours of {WEEKDAYS[nxt.weekday()]}", nxt),
                        (f"early on {WEEKDAYS[nxt.weekday()]}", nxt)]
        if lag == 1:   # written the morning after: "overnight" is the night just gone
            options.append(("overnight", d))
    text, day = rng.choice(options)
    if errors and rng.random() < 0.01:    # an outlet that has the day wrong
        day = d + dt.timedelta(days=rng.choice((-1, 1)))
        text = f"on {WEEKDAYS[day.weekday()]}"
    return _Date(text, day, 1)


@dataclass
class _Toll:
    n: int
    phrase: str        # "killing three soldiers" or "" when no figure is given
    gives: bool        # the report gives a figure
    vague: bool = False


def _toll(inc: Incident, rng: random.Random, early: bool) -> _Toll:
    """The figure a report gives: the final toll mostly; an early report often fewer; another
    source now and then one or two more or fewer; sometimes a vague word or no figure."""
    if inc.toll == 0 or rng.random() < 0.08:
        return _Toll(0, "", False)
    n = inc.toll
    if early and n >= 2:
        n = rng.randrange(1, n)
    elif n >= 3 and rng.random() < 0.15:
        n += rng.choice((-2, -1, 1, 2))
    victims = _victims(inc, rng, n)
    if n >= 3 and rng.random() < 0.05:
        word, coded = ("several", 3) if n < 12 else ("dozens of", 12)
        return _Toll(coded, f"killing {word} {victims}", True, vague=True)
    lead = "at least " if rng.random() < (0.6 if n < inc.toll else 0.3) else ""
    return _Toll(n, f"killing {lead}{_num(n, rng)} {victims}", True)


# -- writing one report --------------------------------------------------------------------------

SAYERS = ("a police officer said", "security sources said", "local officials said", "residents said",
          "a military spokesman said", "a hospital worker said", "witnesses said")
VERBS = {"clash": ("attacked", "stormed", "ambushed"), "raid": ("raided", "attacked"),
         "shelling": ("shelled", "pounded")}


def _lead(inc: Incident, who: str, date: _Date, place: _Place, toll: _Toll, rng: random.Random) -> str:
    when = f" {date.text}" if date.text else ""
    says = rng.choice(SAYERS)
    tail = f", {toll.phrase}" if toll.gives else ""
    kind = inc.kind.name
    site = inc.site
    if kind == "ied":
        base = f"A roadside bomb planted by {who} hit a vehicle on {site} {place.text}{when}{tail}"
    elif kind == "clash":
        base = f"{who[0].upper()}{who[1:]} {rng.choice(VERBS[kind])} a position of {_victims(inc, rng)} at {site} {place.text}{when}{tail}"
    elif kind == "strike":
        base = f"{rng.choice(('An air strike', 'A drone strike'))} by {who} hit {site} {place.text}{when}{tail}"
    else:
        base = f"{who[0].upper()}{who[1:]} {rng.choice(VERBS[kind])} {site} {place.text}{when}{tail}"
    return f"{base}, {says}."


def _injured_sentence(inc: Incident, rng: random.Random) -> str:
    if not inc.injured:
        return ""
    return rng.choice((f"{_num(inc.injured, rng).capitalize()} others were wounded.",
                       f"At least {_num(inc.injured, rng)} people were taken to hospital with wounds."))


ROLES = ("a teacher", "a shopkeeper", "a village chief", "a driver", "a nurse", "a farmer", "a preacher",
         "a student", "a council member", "a trader", "a mechanic", "a health worker")
VEHICLES = ("motorcycles", "pickup trucks", "a minibus", "a stolen car", "horses", "a tractor")
THINGS = ("a fuel depot", "a water tower", "a telephone mast", "a row of shops", "a bakery", "a grain store",
          "a clinic", "a school", "a bridge", "a bus", "a truck carrying goods", "a mosque", "a church", "a well")


def _facts(area: Area, kind: Kind, rng: random.Random) -> tuple[str, ...]:
    """Four things that happened in this incident only, as a report would tell them."""
    name = f"{rng.choice(area.first_names)} {rng.choice(area.last_names)}"
    arrived = (f"The attackers arrived on {rng.choice(VEHICLES)} from the direction of {rng.choice(area.towns).name}."
               if not kind.by_state else f"Residents said the {rng.choice(('first', 'second', 'third'))} strike came "
               f"{rng.choice(('minutes', 'an hour', 'half an hour'))} after the first.")
    return (f"The dead included {name}, {rng.choice(ROLES)}.",
            arrived,
            f"{rng.choice(THINGS).capitalize()} was destroyed and {rng.choice(THINGS)} badly damaged.",
            f"Local people said {rng.choice(('two', 'three', 'four', 'several'))} families had fled to "
            f"{rng.choice(area.towns).name} by the evening.")


GENERIC = ("Officials did not say how many attackers took part.", "Phone lines in the area were cut for several hours.",
           "The area has seen a rise in violence in recent weeks.", "Aid workers said the wounded needed blood.",
           "Shops stayed closed the next morning.", "Funerals were held the same afternoon.",
           "Reinforcements arrived after the attackers had left.", "Witnesses said the shooting lasted about an hour.",
           "The road was reopened by midday.", "A curfew was announced for the night.",
           "Local leaders called for more protection.", "The local hospital asked for more staff.")


def _details(inc: Incident, rng: random.Random) -> list[str]:
    """Some of the incident's own facts, a quote, and a line any report of such an attack could have."""
    quote = rng.choice((f"{inc.official}, a local official, described the attack on {inc.site} to reporters.",
                        f"\"We ran when we heard the first shots,\" said {inc.witness}, who lives near {inc.site}.",
                        f"{inc.witness}, a resident, said the victims were known to everyone in the area.",
                        f"{inc.official} said an investigation had been opened."))
    return [quote] + rng.sample(inc.facts, rng.randint(1, 3)) + rng.sample(GENERIC, rng.randint(0, 2))


def write_report(inc: Incident, style: str, published: dt.date, outlet: str, rng: random.Random,
                 early: bool = False, aid: str | None = None, errors: bool = True) -> Report:
    """One report of one incident in the given style, with the mention extraction gives for it
    (errors: with the small share of wrong days and codes real reports and extraction have)."""
    local = style == "local"
    who, actor1 = _actor_words(inc, rng, local)
    toll = _toll(inc, rng, early)
    date = _date(inc, published, rng, style, errors)
    place = _place(inc, rng, style)
    if style == "follow-up":
        lead = (f"The death toll from {WEEKDAYS[inc.day.weekday()]}'s attack on {inc.site} {place.text} has risen "
                f"to {_num(inc.toll, rng)}, {inc.official} said.")
        toll = _Toll(inc.toll, lead, True)
        date = _Date(f"{WEEKDAYS[inc.day.weekday()]}'s attack", inc.day, 1)
        actor1 = None   # a follow-up names the attack, not who did it
    else:
        lead = _lead(inc, who, date, place, toll, rng)
    body = [lead]
    if style in ("wire", "undated"):
        body += [s for s in (_injured_sentence(inc, rng),) if s][: rng.randint(0, 1)]
        body += rng.sample(inc.facts, rng.randint(0, 2))
    else:
        body += [s for s in [_injured_sentence(inc, rng)] if s] + _details(inc, rng)
    if style == "long":
        body += rng.sample(inc.area.background, rng.randint(1, 2))
    text = " ".join(body)
    article = Article(id=aid or _article_id(outlet, rng), text=text, content_hash=Article.hash_text(text),
                      published=published, source=outlet, title=_title(inc, toll, place, rng))
    mention = _mention(article, 1, inc, actor1, date, place, toll, lead, rng, errors=errors)
    if style == "follow-up":
        mention = mention.model_copy(update={"actor2": None})
    return Report(article=article, mentions=[mention], style=style, truth={mention.id: frozenset({inc.id})})


def _title(inc: Incident, toll: _Toll, place: _Place, rng: random.Random) -> str:
    town = place.fields["location"]
    if toll.gives and toll.n:
        return rng.choice((f"{toll.n} killed in attack in {town}", f"Attack in {town} kills {toll.n}",
                           f"Deadly attack near {town}"))
    return rng.choice((f"Attack reported in {town}", f"Violence in {town}", f"{inc.area.admin1}: attack on {inc.site}"))


def _article_id(outlet: str, rng: random.Random) -> str:
    return "".join(w[0] for w in outlet.lower().split()) + f"-{rng.getrandbits(36):09x}"


def _span(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start=start, end=start + len(sentence), text=sentence)


def _mention(article: Article, n: int, inc: Incident, actor1: str | None, date: _Date, place: _Place, toll: _Toll,
             sentence: str, rng: random.Random, suffix: str = "", errors: bool = True) -> Event:
    span = _span(article.text, sentence)
    confused = errors and rng.random() < 0.03   # an extraction confusion: a sibling sub-type
    sub = inc.kind.sibling if confused else inc.kind.sub_event_type
    target = target_code(inc)
    if errors and inc.target == "forces" and rng.random() < 0.02:   # victims coded as the other state force
        target = inc.area.police.code
    evidence = {"event_type": span, "location": span, "actor1": span}
    if date.text:
        evidence["event_date"] = span
    if toll.gives:
        evidence["fatalities"] = span
    return Event(
        id=f"{article.id}#{n}{suffix}", article_id=article.id, event_date=date.day, time_precision=date.precision,
        event_type=inc.kind.event_type, sub_event_type=sub, actor1=actor1, actor2=target, country=inc.area.country,
        fatalities=toll.n if toll.gives else 0, injuries=inc.injured, source=article.source,
        sources=(article.id,), evidence=evidence, **place.fields)


# -- many reports per incident -------------------------------------------------------------------

STYLE_WEIGHTS = (("wire", 0.30), ("long", 0.22), ("local", 0.22), ("copy", 0.10), ("undated", 0.06),
                 ("follow-up", 0.10))


def _styles(k: int, inc: Incident, rng: random.Random) -> list[str]:
    styles = [rng.choice(("wire", "wire", "local", "long"))]
    for _ in range(k - 1):
        styles.append(rng.choices([s for s, _ in STYLE_WEIGHTS], [w for _, w in STYLE_WEIGHTS])[0])
    if inc.toll < 2:
        styles = [("wire" if s == "follow-up" else s) for s in styles]
    return styles


Earlier = dict[str, list[Incident]]   # country -> its incidents, by day


def reports_of(inc: Incident, rng: random.Random, earlier: Earlier) -> list[Report]:
    k = rng.choices((1, 2, 3, 4, 5, 6), (0.08, 0.17, 0.30, 0.22, 0.14, 0.09))[0]
    out: list[Report] = []
    revising = "follow-up" in (styles := _styles(k, inc, rng))
    for i, style in enumerate(styles):
        lag = rng.choice((0, 1, 1, 1, 2, 3)) if style != "follow-up" else rng.choice((1, 2, 3))
        published = inc.day + dt.timedelta(days=lag + (1 if inc.night and lag == 0 and rng.random() < 0.5 else 0))
        if style == "copy":
            wires = [r for r in out if r.style in ("wire", "long")]
            if wires:
                out.append(_copy(rng.choice(wires), rng))
                continue
            style = "wire"
        outlet = rng.choice(inc.area.local_outlets if style == "local" else
                            WIRES if style in ("wire", "undated") else PAPERS + WIRES)
        early = style != "follow-up" and i == 0 and (revising or rng.random() < 0.2)
        report = write_report(inc, style, published, outlet, rng, early=early)
        if style == "long" and rng.random() < 0.1:
            report = _with_background_mention(report, inc, rng, earlier)
        out.append(report)
    return out


def _copy(original: Report, rng: random.Random) -> Report:
    """The same text republished by another outlet, a day later at most."""
    outlet = rng.choice(PAPERS)
    text = original.article.text + f" ({outlet}, with wire reporting)"
    published = original.article.published + dt.timedelta(days=rng.choice((0, 0, 1)))
    article = Article(id=_article_id(outlet, rng), text=text, content_hash=Article.hash_text(text),
                      published=published, source=outlet, title=original.article.title)
    mentions, truth = [], {}
    for m in original.mentions:
        mid = m.id.replace(original.article.id, article.id, 1)
        mentions.append(m.model_copy(update=dict(id=mid, article_id=article.id, source=outlet, sources=(article.id,))))
        truth[mid] = original.truth[m.id]
    return Report(article=article, mentions=mentions, style="copy", truth=truth,
                  covers=frozenset(m.replace(original.article.id, article.id, 1) for m in original.covers))


def _with_background_mention(report: Report, inc: Incident, rng: random.Random, earlier: Earlier) -> Report:
    """A long article that recalls an earlier incident of the area: a second, coarsely dated mention."""
    before = [e for e in earlier.get(inc.area.country, ()) if 3 <= (inc.day - e.day).days <= 20]
    if not before:
        return report
    old = rng.choice(before)
    week = (inc.day - old.day).days <= 9
    when = "last week" if week else f"earlier in {MONTHS[old.day.month - 1]}"
    victims = _victims(old, rng, old.toll)
    toll = f", killing {_num(old.toll, rng)} {victims}" if old.toll else ""
    sentence = f"The attack came after {old.actor.words[0]} hit {old.site} in {old.town.name} {when}{toll}."
    text = report.article.text + " " + sentence
    article = report.article.model_copy(update=dict(text=text, content_hash=Article.hash_text(text)))
    published = article.published
    day, precision = ((published - dt.timedelta(days=7), 2) if week else (old.day.replace(day=15), 3))
    place = _Place("", dict(location=old.town.name, admin1=old.area.admin1, latitude=old.town.lat,
                            longitude=old.town.lon, geo_precision=1))
    span = _span(text, sentence)
    mention = Event(
        id=f"{article.id}#2", article_id=article.id, event_date=day, time_precision=precision,
        event_type=old.kind.event_type, sub_event_type=old.kind.sub_event_type, actor1=old.actor.code,
        actor2=target_code(old), country=old.area.country, fatalities=old.toll, source=article.source,
        sources=(article.id,), evidence={"event_type": span, "event_date": span, "location": span,
                                         **({"fatalities": span} if old.toll else {})}, **place.fields)
    first = report.mentions[0]
    return Report(article=article, mentions=[first, mention], style=report.style,
                  truth={first.id: report.truth[first.id], mention.id: frozenset({old.id})})


def multi_site_reports(a: Incident, b: Incident, rng: random.Random) -> list[Report]:
    """Reports of two same-day incidents in neighbouring towns as one operation: one naming both
    sites (a mention per site), one for the region with the total toll (a mention that covers
    both), or both, by different outlets telling some of the same facts."""
    who, actor1 = _actor_words(a, rng, local=False)
    roll = rng.random()
    out = []
    if roll < 0.8:
        out.append(_sites_report(a, b, who, actor1, rng))
    if roll >= 0.4:
        out.append(_region_report(a, b, who, actor1, rng))
    return out


def _operation_article(a: Incident, lead: str, published: dt.date, rng: random.Random,
                       facts: list[str]) -> Article:
    outlet = rng.choice(WIRES + PAPERS)
    text = " ".join([lead] + facts + rng.sample(a.area.background, 1))
    return Article(id=_article_id(outlet, rng), text=text, content_hash=Article.hash_text(text),
                   published=published, source=outlet, title=f"Attacks across {a.area.admin1}")


def _sites_report(a: Incident, b: Incident, who: str, actor1: str, rng: random.Random) -> Report:
    published = a.day + dt.timedelta(days=rng.choice((0, 1, 1)))
    date = _date(a, published, rng, "wire")
    lead = (f"{who[0].upper()}{who[1:]} attacked {a.site} in {a.town.name} and {b.site} in {b.town.name} {date.text}, "
            f"killing {_num(a.toll, rng)} {_victims(a, rng)} in {a.town.name} and {_num(b.toll, rng)} in "
            f"{b.town.name}, {rng.choice(SAYERS)}.")
    article = _operation_article(a, lead, published, rng, [a.facts[0], b.facts[0]])
    mentions = [_site_mention(article, inc, actor1, date, lead, rng, suffix) for inc, suffix in ((a, ""), (b, "-2"))]
    return Report(article=article, mentions=mentions, style="multi-site",
                  truth={mentions[0].id: frozenset({a.id}), mentions[1].id: frozenset({b.id})})


def _region_report(a: Incident, b: Incident, who: str, actor1: str, rng: random.Random) -> Report:
    published = a.day + dt.timedelta(days=rng.choice((0, 1, 1)))
    date = _date(a, published, rng, "wire")
    lead = (f"Coordinated attacks by {who} in {a.area.admin1} province {date.text} killed "
            f"{_num(a.toll + b.toll, rng)} {_victims(a, rng)}, {rng.choice(SAYERS)}.")
    article = _operation_article(a, lead, published, rng, [a.facts[0], b.facts[0]])
    lat, lon = a.area.centre
    place = _Place("", dict(location=a.area.admin1, admin1=a.area.admin1, latitude=lat, longitude=lon, geo_precision=3))
    total = _Toll(a.toll + b.toll, lead, a.toll + b.toll > 0)
    mention = _mention(article, 1, a, actor1, date, place, total, lead, rng)
    return Report(article=article, mentions=[mention], style="multi-site", truth={mention.id: frozenset({a.id, b.id})},
                  covers=frozenset({mention.id}))


def _site_mention(article, inc, actor1, date, sentence, rng, suffix) -> Event:
    place = _Place("", dict(location=inc.town.name, admin1=inc.area.admin1, latitude=inc.town.lat,
                            longitude=inc.town.lon, geo_precision=1))
    return _mention(article, 1, inc, actor1, date, place, _Toll(inc.toll, sentence, inc.toll > 0), sentence,
                    rng, suffix=suffix)


def corpus(n_incidents: int = 2000, seed: int = 1, days: int | None = None) -> Corpus:
    """N incidents and their reports (at least three reports per incident on average)."""
    rng = random.Random(seed)
    found, multi = incidents(n_incidents, rng, days or max(30, n_incidents // 8))
    earlier: Earlier = {}
    for inc in sorted(found.values(), key=lambda i: (i.day, i.id)):
        earlier.setdefault(inc.area.country, []).append(inc)
    reports = [r for inc in found.values() for r in reports_of(inc, rng, earlier)]
    reports += [r for a, b in multi for r in multi_site_reports(found[a], found[b], rng)]
    return Corpus(incidents=found, reports=reports)


def briefs(incidents_: list[Incident], per_incident: int, seed: int = 1, errors: bool = False) -> Corpus:
    """Only wire briefs: `per_incident` of each incident, published that day or the next (by
    default without the wrong days and codes of `write_report`'s errors)."""
    rng = random.Random(seed)
    reports = [write_report(inc, "wire", inc.day + dt.timedelta(days=rng.choice((0, 1))), rng.choice(WIRES), rng,
                            errors=errors) for inc in incidents_ for _ in range(per_incident)]
    return Corpus(incidents={i.id: i for i in incidents_}, reports=reports)


def trap(area: Area, spots: list[tuple[str, int]], kind: str = "clash", seed: int = 1) -> list[Incident]:
    """Incidents by one group, of one kind, at (town name, day offset) spots: same town on
    neighbouring days, neighbouring towns on one day."""
    rng = random.Random(seed)
    world = _World(rng, 30)
    k = next(x for x in KINDS if x.name == kind)
    actor = (area.strikers if k.by_state else area.attackers)[0]
    towns = {t.name: t for t in area.towns}
    return [world.incident(area, towns[name], START + dt.timedelta(days=offset), k, actor, k.targets[0], "trap",
                           night=False) for name, offset in spots]


# -- the truth's tolls ---------------------------------------------------------------------------

def true_tolls(c: Corpus) -> dict[str, int]:
    """Each incident's toll by ACLED's rule over the reports that describe it alone: the latest
    figure a report gives as a revision, else the lowest specific figure (vague words only when no
    report gives a number); a report giving a total over several sites sets no incident's toll."""
    figures: dict[str, list[tuple[dt.date, bool, bool, int]]] = {i: [] for i in c.incidents}
    for r in c.reports:
        for m in r.mentions:
            if (row := _figure(r, m)) is not None:
                [inc] = r.truth[m.id]
                figures[inc].append(row)
    return {inc: _rule(rows) for inc, rows in figures.items()}


def toll_by_rule(c: Corpus, mention_ids: Sequence[str]) -> int | None:
    """ACLED's rule over these mentions' own figures, as `true_tolls` applies it (None: none
    gives one): what a linked event of these mentions should give, whatever its incidents."""
    rows = [row for mid in mention_ids if (row := _figure(*c.mention_reports[mid])) is not None]
    return _rule(rows) if rows else None


def _figure(r: Report, m: Event) -> tuple[dt.date, bool, bool, int] | None:
    """(published, gives it as a revision, vague, figure) of a mention that gives one toll."""
    if m.id in r.covers or "fatalities" not in m.evidence:
        return None
    sentence = m.evidence["fatalities"].text
    return r.article.published, "has risen to" in sentence, _vague(sentence), m.fatalities


def _vague(sentence: str) -> bool:
    return "several" in sentence or "dozens of" in sentence


def _rule(rows: list[tuple[dt.date, bool, bool, int]]) -> int:
    if not rows:
        return 0
    revisions = [r for r in rows if r[1]]
    if revisions:
        latest = max(r[0] for r in revisions)
        return min(r[3] for r in revisions if r[0] == latest)
    specific = [r for r in rows if not r[2]] or rows
    return min(r[3] for r in specific)

