"""Actors of an event: mentions found through the alias table (`actor_table`), roles, ACLED codes.

1-2. Mentions and their roles come from `actor_mentions` (named groups, state forces, unidentified
   perpetrators, protesters, rioters, civilians; agent / patient / witness / topic).
3. Assignment by sub-event type, as ACLED codes them: protests -> Protesters (Country) [+ the police
   that intervened]; riots -> Rioters (Country) [+ police or victims]; violence against civilians
   -> perpetrator (or "Unidentified Armed Group (Country)") + Civilians (Country); other types ->
   the agent first, the patient second.  Social groups (women, students, journalists, workers...)
   and named organisers become associated actors.
4. Country: generic actors take the country of the event: one the sentences name as a place
   ("in Sikasso, Mali"), else the country the caller gives; a demonym on the
   actor itself wins ("Palestinian refugees" -> Protesters (Palestine)).  State forces of another
   country are coded 8 (external), their own country's 1.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from eventwire.extract import actor_table as table
from eventwire.extract.actor_mentions import CLASH, PEOPLE, TOPIC_NEAR, ActorMention, mentions_in
from eventwire.extract.dates import span_of
from eventwire.records import SUB_EVENT_TO_TYPE, Actor

PROTEST_TYPES = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
RIOT_TYPES = {"Violent demonstration", "Mob violence"}
VAC_TYPES = {"Attack", "Abduction/forced disappearance", "Sexual violence"}
VIOLENT_TYPES = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                 "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade", "Looting/property destruction"}
PLANTED = {"Remote explosive/landmine/IED", "Suicide bomb"}
DONBAS = re.compile(r"\b(Donetsk|Luhansk|Lugansk|Donbass?|SMM|contact line)\b")
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
DAY_MONTH_YEAR = re.compile(rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+\d{{1,2}},?)\s+"
                            r"(?P<year>19[89]\d|20[0-4]\d)\b")

__all__ = ["ActorPair", "ActorMention", "complete_countries", "event_country", "find_actors", "interaction",
           "mentions_in", "state_name"]


@dataclass(frozen=True)
class ActorPair:
    actor1: Actor | None
    actor2: Actor | None
    assoc1: tuple[str, ...] = ()
    assoc2: tuple[str, ...] = ()
    civilians_targeted: bool = False

    def fields(self) -> dict:
        inter1 = self.actor1.inter if self.actor1 else None
        inter2 = self.actor2.inter if self.actor2 else None
        return {"actor1": self.actor1.name if self.actor1 else None, "inter1": inter1,
                "assoc_actor_1": "; ".join(self.assoc1) or None,
                "actor2": self.actor2.name if self.actor2 else None, "inter2": inter2,
                "assoc_actor_2": "; ".join(self.assoc2) or None,
                "interaction": interaction(inter1, inter2)}

    def evidence(self) -> dict:
        pairs = (("actor1", self.actor1), ("actor2", self.actor2))
        return {key: actor.evidence for key, actor in pairs if actor and actor.evidence}

    @property
    def civilian_targeting(self) -> str | None:
        """ACLED's civilian_targeting: civilians are the primary target of the violence."""
        return "Civilian targeting" if self.civilians_targeted else None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: the two codes lowest first, or the single code times ten."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


# --- Country and naming ----------------------------------------------------------------------------

def acled_country(country: str | None) -> str | None:
    return table.COUNTRY_FORMS.get(country, country) if country else None


LOCATED = re.compile(r"(?:\bin|,)\s+(?:the\s+)?$")


# Words of a protest's cause: a country named after them is what the protest is about.
PROTEST_TOPIC = re.compile(r"\b(support|solidarity|sympathy|against|condemn\w*|denounc\w*|protest\w*|aggression|"
                           r"bombardment|offensive|genocide|siege|occupation|normali[sz]ation)\b", re.IGNORECASE)


# "near the Russian Embassy": a country's mission abroad says nothing of where the event was.
MISSION_AFTER = re.compile(r"^\s+(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|[Mm]ission|[Aa]mbassador|[Nn]ationals?|"
                           r"[Cc]itizens? (?:living|residing) )")


CAUSE_BEFORE = re.compile(r"\b(support|solidarity|sympathy|against|condemn\w*|denounc\w*|aggression|bombardment|"
                          r"offensive|genocide|siege|occupation|normali[sz]ation)\b", re.IGNORECASE)
PEOPLE_OF_BEFORE = re.compile(r"\b(?:people|residents|civilians|victims|children)\s+(?:in|of)\s+(?:the\s+)?$",
                              re.IGNORECASE)


def _cause(before: str) -> bool:
    """The place named next is what a crowd is about ("in support of the people in Gaza")."""
    return bool(CAUSE_BEFORE.search(before[-80:]) or PEOPLE_OF_BEFORE.search(before))


def event_country(sentences: list, country: str | None, places: bool = True, strict: bool = False) -> str | None:
    """The country where the event happened, or None when the text does not say.

    A country the sentences name as a place ("in Sikasso, Mali", "in the Philippines") wins.  The
    caller's country (the article's focus) is kept unless the sentences name it only in another
    role: in "protesters in Irbid condemned the Israeli offensive on Gaza" Israel and Palestine are
    what the protest is about, not where it was, so the country is left open (None).  With
    `strict` (protests and riots) only a named place sets it (the crowd's own demonym is read later).
    """
    pattern, words = table.country_word_pattern(), table.country_of_word()
    topic, other = set(), set()
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            name = words[match.group(1).lower()]
            placed = match.group(1) in table.COUNTRY_WORDS or match.group(1) in table.PLACE_NAMES
            before = sentence.text[:match.start()]
            if places and placed and LOCATED.search(before) and not _cause(before):
                return name
            after = sentence.text[match.end():]
            about = TOPIC_NEAR.search(before[-70:]) or PROTEST_TOPIC.search(before[-80:]) or MISSION_AFTER.match(after)
            (topic if about else other).add(name)
    country = acled_country(country)
    if country in table.EXPEDITIONARY and country in other and _only_forces(sentences, country):
        return None  # "US and British warplanes struck ...": where their forces act is not told
    if strict:  # a crowd's country is told by a place or the crowd itself ("Jordanian citizens"), not
        return None  # by the article's most named country, which is often what it protests about
    return None if country in topic and country not in other else country


def _only_forces(sentences: list, country: str) -> bool:
    """Every naming of `country` in the sentences is one of its state forces."""
    pattern, words = table.country_word_pattern(), table.country_of_word()
    spans = [(m.start, m.end) for s in sentences for m in mentions_in(s) if m.kind == "state" and m.country == country]
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            at = sentence.start_char + match.start()
            if words[match.group(1).lower()] == country and not any(a <= at < b for a, b in spans):
                return False
    return True


def _period(country: str, year: int | None, month: int | None = None) -> str:
    """The government term of `year` as ACLED writes it; on a boundary year the month decides
    (without one, the older term: most changes of government fall after January)."""
    terms = table.PERIODS.get(country)
    if not terms or year is None:
        return ""
    inside = sorted((a, b) for a, b in terms if a <= year and (b is None or year <= b))
    if not inside:
        return ""
    start = table.TERM_MONTHS.get((country, year))
    a, b = inside[-1] if len(inside) > 1 and month and start and month >= start else inside[0]
    return f" ({a}-{b if b else ''})"


def state_name(kind: str, country: str, year: int | None, unit: str = "", month: int | None = None) -> str:
    the = "the " if country in table.WITH_THE else ""
    head = "Government of" if kind == "Government" else f"{kind} Forces of"
    return f"{head} {the}{country}{_period(country, year, month)}{' ' + unit if unit else ''}"


def generic_name(template: str, country: str | None) -> str:
    if "{country}" not in template:
        return template
    return template.format(country=country) if country else template.replace(" ({country})", "")


def resolve(mention: ActorMention, ctx: str | None, year: int | None, month: int | None = None) -> Actor:
    """The actor a mention names, in the event's country `ctx`."""
    evidence = span_of(mention.sentence)
    if mention.kind == "state":
        country = mention.country or ctx
        if country is None:
            name = {"Government": "Government", "Police": "Police Forces"}.get(mention.name, "Military Forces")
            return Actor(name=name, inter=table.STATE, raw=mention.raw, evidence=evidence)
        inter = table.EXTERNAL if ctx and country != ctx else table.STATE
        return Actor(name=state_name(mention.name, country, year, mention.unit, month), inter=inter,
                     raw=mention.raw, evidence=evidence)
    inter = mention.inter
    if mention.kind == "faction" and mention.country and ctx and ctx != mention.country:
        inter = table.EXTERNAL
    return Actor(name=generic_name(mention.name, mention.country or ctx), inter=inter, raw=mention.raw,
                 evidence=evidence)


def social_of(mentions: list[ActorMention], ctx: str | None) -> tuple[str, ...]:
    names = (generic_name(s, m.country or ctx) for m in mentions for s in m.social)
    return tuple(dict.fromkeys(names))


# --- Assignment ------------------------------------------------------------------------------------

@dataclass
class Cast:
    """Mentions of one event with their resolved actors."""

    mentions: list[ActorMention]
    ctx: str | None
    year: int | None
    texts: list[str] = field(default_factory=list)
    month: int | None = None

    def actor(self, mention: ActorMention) -> Actor:
        return resolve(self._specific(mention), self.ctx, self.year, self.month)

    def _specific(self, mention: ActorMention) -> ActorMention:
        """A bare "police"/"soldiers" after a named unit ("Military Police officers ... the police")
        is that unit."""
        if mention.kind != "state" or mention.unit or mention.country or mention.name == "Government":
            return mention
        units = [m for m in self.mentions if m.kind == "state" and m.unit]
        same = [m for m in units if m.name == mention.name or "Police" in m.unit]
        return same[0] if same else mention

    def of(self, *kinds: str, role: str | None = "any") -> list[ActorMention]:
        return [m for m in self.mentions if m.kind in kinds and (role == "any" or m.role == role)]

    def armed(self) -> list[ActorMention]:
        return self.of("group", "state", "faction", "unidentified")

    def people(self, template: str, inter: int, mentions: list[ActorMention]) -> Actor:
        own = next((m.country for m in mentions if m.country and m.role != "topic"), None)
        evidence = span_of(mentions[0].sentence) if mentions else None
        return Actor(name=generic_name(template, own or self.ctx), inter=inter,
                     raw=mentions[0].raw if mentions else None, evidence=evidence)

    def struck(self) -> "Cast":
        """"Russian missiles hit the city, Ukraine's air force said": when every acting state force
        is of the event's presumed country and one other country's forces are named, the victims are
        that country's (an attack from abroad)."""
        agents = {m.country for m in self.mentions if m.kind == "state" and m.role == "agent"}
        others = {acled_country(m.country) for m in self.mentions
                  if m.kind == "state" and m.country and m.role != "topic"} - {self.ctx}
        if agents != {self.ctx} or len(others) != 1:
            return self
        return replace(self, ctx=others.pop())

    def default(self, template: str, inter: int) -> Actor:
        return Actor(name=generic_name(template, self.ctx), inter=inter)


def _distinct(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.name, actor)
    return list(seen.values())


def _participants(cast: Cast, *kinds: str) -> list[ActorMention]:
    """People mentions that take part (agents, or no role found), the named kind first."""
    named = cast.of(*kinds)
    others = [m for m in cast.of("civilians", *kinds) if m.role not in ("patient", "topic") and m not in named]
    return named + others


def _protest(cast: Cast, sub: str) -> ActorPair:
    crowd = _participants(cast, "protesters")
    protesters = cast.people("Protesters ({country})", table.PROTESTERS, crowd)
    organisers = tuple(cast.actor(m).name for m in cast.of("group", role="agent"))
    assoc = tuple(dict.fromkeys(social_of(crowd, cast.ctx) + organisers))
    if sub == "Peaceful protest":
        return ActorPair(protesters, None, assoc)
    force = _intervening(cast) or _bare_police(cast)
    if sub == "Excessive force against protesters":
        return ActorPair(force, protesters, (), assoc)
    return ActorPair(protesters, force, assoc)


def _intervening(cast: Cast) -> Actor | None:
    """The state force that dealt with a protest or riot: police first, then others; not a force
    the crowd was protesting against ("against the Israeli bombardment"), nor a government.
    Unqualified "security forces" facing a crowd are the police."""
    forces = [m for m in cast.of("state", "faction") if m.name != "Government" and m.role != "topic"]
    forces.sort(key=lambda m: (m.name != "Police", m.country not in (None, cast.ctx)))
    if not forces:
        return None
    first = forces[0]
    if first.country is None and not first.unit and "security" in first.raw.lower():
        first = replace(first, name="Police")
    return cast.actor(first)


def _bare_police(cast: Cast) -> Actor:
    if cast.ctx is None:
        return Actor(name="Police Forces", inter=table.STATE)
    return Actor(name=state_name("Police", cast.ctx, cast.year, month=cast.month), inter=table.STATE)


def _riot(cast: Cast, sub: str) -> ActorPair:
    crowd = _participants(cast, "rioters", "protesters")
    rioters = cast.people("Rioters ({country})", table.RIOTERS, crowd)
    assoc = social_of(crowd, cast.ctx)
    forces = [m for m in cast.of("state") if m.name != "Government" and m.role != "topic"]
    victims = [m for m in cast.of("civilians", "unidentified") if m.role == "patient"]
    if sub == "Mob violence":
        # a mob's victims are coded before the police that came afterwards (unless it attacked them)
        forces = [m for m in forces if m.role == "patient"] if victims else forces
        if victims and not forces:
            return ActorPair(rioters, cast.people("Civilians ({country})", table.CIVILIANS, victims), assoc,
                             social_of(victims, cast.ctx), civilians_targeted=True)
        if not forces and any(CLASH.search(text) for text in cast.texts):
            return ActorPair(rioters, rioters, assoc)
    if forces:
        return ActorPair(rioters, _intervening(cast), assoc)
    return ActorPair(rioters, None, assoc)


def _perpetrators(cast: Cast, governments: bool = False) -> list[Actor]:
    """Armed actors: agents first, then those with no role, then patients; never a source or a
    witness ("police said", "police found the body") nor an ally named in apposition."""
    armed = [m for m in cast.armed() if not m.ally and (governments or not (
             m.kind == "state" and m.name == "Government" and m.role != "agent"))]
    ordered = sorted(armed, key=lambda m: (_rank(m), _rank(m) >= 4 and _bare_state(m)))
    kept = [m for m in ordered if m.role not in ("witness", "topic")]  # who speaks or what is named beside is no side
    return _gangs(cast, _distinct([cast.actor(m) for m in kept]))


def _rank(m: ActorMention) -> int:
    """Named actors that act come first, unnamed ones that act next ("armed groups" in a report
    that names the two sides is vague), then targets, then the rest."""
    unnamed = m.kind == "unidentified" or m.name in table.COLLECTIVE_GROUPS
    if m.role in ("agent", None):
        return 2 * unnamed + (m.role is None)
    return {"patient": 4, "claimed": 4, "topic": 6, "witness": 7}[m.role] + unnamed


def _bare_state(m: ActorMention) -> bool:
    """A force named by a plain noun ("the military", "troops"): among targets, one whose country
    is written ("U.S. Army Reserve soldiers") says better who was hit."""
    return m.kind == "state" and m.country is None


def _gangs(cast: Cast, actors: list[Actor]) -> list[Actor]:
    """An unidentified armed group in a report that speaks of gangs or cartels is a gang."""
    if not any(m.name.startswith("Unidentified Gang") for m in cast.mentions):
        return actors
    gang = cast.default("Unidentified Gang ({country})", table.POLITICAL)
    return _distinct([gang if a.name.startswith("Unidentified Armed Group") else a for a in actors])


DRONE = re.compile(r"\b(?:drones?|UAVs?|quadcopters?|loitering munitions?)\b", re.IGNORECASE)


def _unknown_attacker(cast: Cast, sub: str) -> Actor:
    """An unnamed perpetrator: an air strike by aircraft is some state's ("Unidentified Military
    Forces"); a drone may be any armed group's."""
    if sub == "Air/drone strike" and not any(DRONE.search(text) for text in cast.texts):
        return Actor(name="Unidentified Military Forces", inter=table.EXTERNAL)
    return _unidentified(cast)


def _unidentified(cast: Cast) -> Actor:
    return cast.default("Unidentified Armed Group ({country})", table.POLITICAL)


def _violence_against_civilians(cast: Cast) -> ActorPair:
    armed = [m for m in cast.armed() if m.role not in ("patient", "witness", "claimed")]
    ordered = [m for m in armed if m.role == "agent"] + [m for m in armed if m.role != "agent"]
    perpetrators = _gangs(cast, [cast.actor(m) for m in ordered])
    perpetrator = perpetrators[0] if perpetrators else _gangs(cast, [_unidentified(cast)])[0]
    victims = [m for m in cast.of("civilians", "protesters") if m.role != "agent"] or cast.of("civilians")
    civilians = cast.people("Civilians ({country})", table.CIVILIANS, victims)
    return ActorPair(perpetrator, civilians, (), social_of(victims, cast.ctx), civilians_targeted=True)


def _donbas_sides(cast: Cast, sides: list[Actor]) -> list[Actor]:
    """The Donbas front line (2014-2022): the two sides are Ukraine's forces and the NAF."""
    if not any(DONBAS.search(text) for text in cast.texts):
        return sides
    ukraine = Actor(name=state_name("Military", "Ukraine", cast.year, month=cast.month), inter=table.STATE)
    naf = Actor(name="NAF: United Armed Forces of Novorossiya", inter=table.REBEL)
    kept = [a for a in sides if not a.name.startswith("Unidentified")]
    for side in (naf, ukraine):
        if len(kept) < 2 and not any(a.name.split(" (")[0] == side.name.split(" (")[0] for a in kept):
            kept.append(side)
    return kept


def _violence(cast: Cast, sub: str) -> ActorPair:
    pair = _violence_sides(cast, sub)
    allies = tuple(n for n in dict.fromkeys(cast.actor(m).name for m in cast.mentions if m.ally)
                   if pair.actor1 and n != pair.actor1.name)
    return ActorPair(pair.actor1, pair.actor2, pair.assoc1 + allies, pair.assoc2, pair.civilians_targeted)


def _violence_sides(cast: Cast, sub: str) -> ActorPair:
    sides = _perpetrators(cast)
    if sides and sub != "Armed clash" and not any(m.role in ("agent", None) for m in cast.armed()):
        sides = [_unknown_attacker(cast, sub), *sides]  # only targets are named: the perpetrator is unknown
    elif sides and sub in PLANTED and not any(m.kind != "state" or m.role == "agent" for m in cast.armed()):
        sides = [_unidentified(cast), *sides]  # a bomb hit state forces: who planted it is not told
    if cast.ctx in (None, "Ukraine", "Russia") and sub in VIOLENT_TYPES:
        sides = _donbas_sides(cast, sides)
    victims = [m for m in cast.of("civilians") if m.role == "patient"]
    claimed = tuple(dict.fromkeys(cast.actor(m).name for m in cast.armed() if m.role == "claimed"))
    if victims and claimed and sub != "Armed clash":
        # civilians were killed where the attacker says it hit a group: the dead are the target
        rest = [a for a in sides if a.name not in claimed]
        if len(rest) == 1:
            civilians = cast.struck().people("Civilians ({country})", table.CIVILIANS, victims)
            return ActorPair(rest[0], civilians, (), claimed, civilians_targeted=True)
    if not sides:
        sides = [_unknown_attacker(cast, sub)]
    if len(sides) == 1 and victims and sub != "Armed clash":
        civilians = cast.struck().people("Civilians ({country})", table.CIVILIANS, victims)
        return ActorPair(sides[0], civilians, (), social_of(victims, cast.ctx), civilians_targeted=True)
    if len(sides) == 1 and sub == "Armed clash":
        sides.append(_unidentified(cast))  # a clash has two sides; an unnamed one is unidentified
    return ActorPair(sides[0], sides[1] if len(sides) > 1 else None)


def _strategic(cast: Cast, sub: str) -> ActorPair:
    if sub == "Arrests":
        candidates = cast.of("state", "faction") or [m for m in cast.of("group") if m.role == "agent"]
        candidates.sort(key=lambda m: (m.name == "Government", m.role != "agent"))  # "SDF forces ... arresting"
        state = [cast.actor(m) for m in candidates]
        arrested = [m for m in cast.mentions if m.kind != "state" and m.role == "patient"]
        first = state[0] if state else _bare_police(cast)
        second = None
        if arrested:
            m = arrested[0]
            second = (cast.people("Civilians ({country})", table.CIVILIANS, [m]) if m.kind == "civilians"
                      else cast.actor(m))
        return ActorPair(first, second)
    if sub == "Disrupted weapons use":
        return _disrupted(cast)
    sides = _perpetrators(cast, governments=True)  # "the government declared a curfew", "signed a deal"
    if not sides:
        return _people_only(cast)
    return ActorPair(sides[0], sides[1] if len(sides) > 1 else None)


WEAPON_OWNER = re.compile(r"\b(?:planted|laid|placed|launched|fired|sent|flown|left|hidden|belonging to|owned by|"
                          r"used by)\s+by\s+(?:the\s+)?$|\b(?:belonging to|owned by|used by)\s+(?:the\s+)?$", re.IGNORECASE)


def _disrupted(cast: Cast) -> ActorPair:
    """Who defused, intercepted or seized the weapon first; whose weapon it was ("a landmine
    planted by X", "a drone launched by X") second."""
    def owns(m: ActorMention) -> bool:
        before = m.sentence.text[:m.start - m.sentence.start_char]
        return bool(WEAPON_OWNER.search(before[-40:]))

    armed = [m for m in cast.armed() if not m.ally]
    if not any(owns(m) for m in armed):
        sides = _perpetrators(cast, governments=True)
        return ActorPair(sides[0], sides[1] if len(sides) > 1 else None) if sides else _people_only(cast)
    ordered = sorted(armed, key=lambda m: (owns(m), _rank(m)))
    sides = _distinct([cast.actor(m) for m in ordered])
    return ActorPair(sides[0], sides[1] if len(sides) > 1 else None)


def _people_only(cast: Cast) -> ActorPair:
    """A development that concerns people only ("refugees returned", "families were displaced")."""
    people = cast.of("civilians", "protesters", "rioters")
    if not people:
        return ActorPair(None, None)
    return ActorPair(cast.people("Civilians ({country})", table.CIVILIANS, people), None,
                     social_of(people, cast.ctx))


def find_actors(sentences: list, sub_event_type: str, country: str | None, *, on: dt.date | None = None,
                places: bool = True) -> ActorPair:
    """actor1/actor2 (+ associated actors) of the event the sentences report.

    `country` is the caller's guess of where the event happened (the article's focus country);
    `on` the event date (it picks the government period of state forces; without it the first
    date or year written in the sentences is used, and with none no period is written);
    `places=False` turns off the place-name country guess.
    """
    if sub_event_type not in SUB_EVENT_TO_TYPE:
        raise ValueError(f"find_actors: {sub_event_type!r} is not an ACLED sub-event type "
                         f"(one of records.EVENT_TYPES is needed to code the actors)")
    ctx = event_country(sentences, country, places, strict=sub_event_type in PROTEST_TYPES | RIOT_TYPES)
    mentions = [m for s in sentences for m in mentions_in(s)]
    ctx = ctx or _home_country(mentions, acled_country(country))
    mentions = [away_from_home(m, ctx) for m in mentions]  # before a side's own name may set the country
    ctx = _sides_country(sentences, mentions, ctx)
    year, month = (on.year, on.month) if on else _when_in(sentences)
    cast = Cast(mentions, ctx, year, [s.text for s in sentences], month)
    if sub_event_type in PROTEST_TYPES:
        return _protest(cast, sub_event_type)
    if sub_event_type in RIOT_TYPES:
        return _riot(cast, sub_event_type)
    if sub_event_type in VAC_TYPES:
        return _violence_against_civilians(cast)
    if sub_event_type in VIOLENT_TYPES or sub_event_type not in SUB_STRATEGIC:
        return _violence(cast, sub_event_type)
    return _strategic(cast, sub_event_type)


SUB_STRATEGIC = {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                 "Headquarters or base established", "Non-violent transfer of territory", "Other"}


def away_from_home(mention: ActorMention, country: str | None) -> ActorMention:
    """A group named by its home words ("separatists") in a country known to be outside its home is
    an unidentified armed group: Baloch separatists are not Donbas's (with no country known the
    home words keep naming the group, and its name may then set the country)."""
    if not mention.home or country is None or country in mention.home:
        return mention
    return replace(mention, kind="unidentified", name="Unidentified Armed Group ({country})", inter=table.POLITICAL,
                   home=())


def _home_country(mentions: list[ActorMention], given: str | None) -> str | None:
    """With no country known: the one whose own forces or people are named (not a power that often
    fights abroad); the caller's country counts only when its own forces or people are named."""
    own = [m.country for m in mentions
           if m.country and m.kind in ("state", "faction", *PEOPLE) and m.role != "topic"]
    if given in own and given not in table.EXPEDITIONARY:
        return given
    return next((c for c in own if c not in table.EXPEDITIONARY), given if given in own else None)


def _sides_country(sentences: list, mentions: list[ActorMention], ctx: str | None) -> str | None:
    """A country the event's sentences never name (the article's most named one, often a border, a
    refuge or a broker) gives way to the one a side's own name carries ("Myanmar National Democratic
    Alliance Army" -> Myanmar) when exactly one such country is named."""
    if ctx is None:
        return ctx
    pattern, words = table.country_word_pattern(), table.country_of_word()
    named = {words[m.group(1).lower()] for s in sentences for m in pattern.finditer(s.text)}
    owners = {m.country for m in mentions if m.country and m.kind == "state" and m.role != "topic"}
    if acled_country(ctx) in named | owners:
        return ctx
    carried = {words[m.group(1).lower()] for m in mentions if m.kind == "group"
               for m in [pattern.search(m.name)] if m}
    carried = {acled_country(c) for c in carried} - {None}
    return carried.pop() if len(carried) == 1 else ctx


def _when_in(sentences: list) -> tuple[int | None, int | None]:
    """(year, month) of the first date written in the sentences ("On 7 May 2020", "May 7, 2020"),
    else the first year, else nothing."""
    for sentence in sentences:
        match = DAY_MONTH_YEAR.search(sentence.text)
        if match:
            month = match.group("month") or match.group("month2")
            return int(match.group("year")), MONTHS.index(month[:3].title()) + 1
    for sentence in sentences:
        match = YEAR.search(sentence.text)
        if match:
            return int(match.group(1)), None
    return None, None


# --- After geocoding -------------------------------------------------------------------------------

STATE_HEAD = re.compile(r"^(Military Forces|Police Forces|Government) of (?:the )?(.+?)(?: \(|$)")


@lru_cache(maxsize=1)
def _bare_generic() -> frozenset[str]:
    templates = [g.name for g in table.GROUPS] + [name for name, _, _ in table.COMMUNAL]
    templates += [name for name, _ in table.SOCIAL_GROUPS]
    templates += ["Protesters ({country})", "Rioters ({country})", "Civilians ({country})",
                  "Unidentified Armed Group ({country})", "Unidentified Gang ({country})"]
    return frozenset(t.replace(" ({country})", "") for t in templates if "({country})" in t)


PLACE_NAMED = re.compile(r"(Unidentified (?:Armed Group|Gang)) \(([^()]+)\)")


def _complete(name: str, country: str, year: int | None, month: int | None = None) -> str:
    if unnamed := PLACE_NAMED.fullmatch(name):  # ACLED names them by where the event happened
        return f"{unnamed.group(1)} ({country})"
    if name in _bare_generic() or re.fullmatch(r"[A-Z][\w -]* (?:Ethnic|Clan|Sub-Clan|Communal|Tribal|Caste) Militia",
                                               name):
        return f"{name} ({country})"
    bare_state = {"Military Forces": "Military", "Police Forces": "Police", "Government": "Government"}
    if name in bare_state:
        return state_name(bare_state[name], country, year, month=month)
    return _with_period(name, year, month)


STATE_NO_PERIOD = re.compile(r"(Military Forces|Police Forces|Government) of (?:the )?([A-Z][\w' -]*[\w])")


def _with_period(name: str, year: int | None, month: int | None) -> str:
    """"Military Forces of Iraq" on a 2024 event -> "Military Forces of Iraq (2022-)": a state's forces
    named without a term (the text gave no year) take the term of the event's date."""
    whole = STATE_NO_PERIOD.fullmatch(name)
    if not whole or year is None:
        return name
    words = whole.group(2).split(" ")  # "Iran Islamic Revolutionary Guard Corps": country, then unit
    country = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in table.PERIODS),
                   None)
    if country is None:
        return name
    kind = {"Military Forces": "Military", "Police Forces": "Police"}.get(whole.group(1), "Government")
    return state_name(kind, country, year, unit=whole.group(2)[len(country):].strip(), month=month)


def _state_inter(name: str | None, inter: int | None, country: str) -> int | None:
    """State forces of another country than the event's are external (8), their own country's 1."""
    head = STATE_HEAD.match(name or "")
    if not head or inter not in (table.STATE, table.EXTERNAL):
        return inter
    return table.STATE if acled_country(head.group(2)) == country else table.EXTERNAL


def complete_countries(event):
    """The event with its generic actors named in its (geocoded) country: "Protesters" ->
    "Protesters (Jordan)", "Police Forces" -> "Police Forces of Jordan (1999-)"; state forces'
    inter codes follow the country (own 1, foreign 8).  Names that already carry a country are kept.
    For a pipeline step after geocoding, when extraction could not tell the country from the text."""
    country = acled_country(event.country)
    if not country:
        return event
    update = {}
    for key in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        value = getattr(event, key)
        if value:
            month = event.event_date.month if event.event_date else None
            update[key] = "; ".join(_complete(part, country, event.year, month) for part in value.split("; "))
    update["inter1"] = _state_inter(update.get("actor1"), event.inter1, country)
    update["inter2"] = _state_inter(update.get("actor2"), event.inter2, country)
    update["interaction"] = interaction(update["inter1"], update["inter2"])
    return event.replace(**update)
