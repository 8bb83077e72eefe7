"""Event scope: whether a coded candidate is an event ACLED codes at all, with the reason.

ACLED codes political violence, demonstrations and strategic developments; it does not code
ordinary crime, accidents, disasters, self-harm, animals, sports or celebrations.  Typing looks at
one sentence; scope looks at the candidate as coded (its type and actors), the sentences it came
from and the article around it, and keeps it or rejects it with a stated reason:

- political actor: a named group, state military, rebels or a foreign force on either side;
- political context in the event's own sentences (armed groups, air strikes, protest, sectarian or
  hate motive, activists or journalists targeted...: `cues.SCOPE_POLITICAL`);
- otherwise, in order: an accident, disaster, self-harm or animal (`SCOPE_HARM`), sports
  (`SCOPE_SPORTS`), a celebration gathering (`SCOPE_CELEBRATION`), ordinary crime (`SCOPE_CRIME`
  in the sentences, or in an article that never speaks of political violence), and, for an article
  with no political context anywhere, "no political actor or context";
- demonstrations need a protest or riot word in their sentences, not a gathering alone;
- arrests are coded when the detained are political (activists, journalists, party members,
  militants...) or happen in a conflict article and are not a criminal case;
- other strategic developments need an armed or political actor and an article about conflict;
- a kept candidate that fixes nothing of its own (no town, date, named actor, toll or second
  mention: `vague`) is a general reference, not an event.

A rejected candidate is kept with its reason (`NoEvent`), so `eventwire extract --explain` can say
why a sentence produced no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventwire.extract import cues as c
from eventwire.extract.actor_table import SOCIAL_GROUPS
from eventwire.extract.confidence import Signals
from eventwire.extract.grouping import CALENDAR_WORDS, PLACE_AFTER_PREPOSITION
from eventwire.geo.countries import country_name
from eventwire.records import EventMention

VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEMONSTRATIONS = {"Protests", "Riots"}
GENERIC_ACTORS = ("Unidentified Armed Group", "Unidentified Gang", "Civilians", "Police Forces", "Protesters",
                  "Rioters", "Private Security Forces", "Sole Perpetrator")
# "Students (United States)", "Women (Nigeria)": who was hit or who marched, no armed or political side
SOCIAL_ACTORS = tuple(name.split(" (")[0] for name, _ in SOCIAL_GROUPS)
CONFLICT_ARTICLE = 2  # political-context cues an article needs, beyond the event's own sentences
LONG_ARTICLE = 4  # sentences besides the event's from which an article's silence on conflict counts
HARM_KINDS = ((c.SCOPE_HARM, "accident, disaster, self-harm or animal"), (c.SCOPE_SPORTS, "sports"))
ALL_KINDS = (*HARM_KINDS, (c.SCOPE_CELEBRATION, "celebration"))
# state forces as the ones who used violence ("beaten to death by police", "killed during a police
# raid", "soldiers opened fire"): ACLED codes it whatever the victim's offence
STATE_FORCES = r"(?:police(?:men)?|officers|personnel|troops|soldiers|guards|security forces|army)"
STATE_VIOLENCE = re.compile(
    rf"\b(?:{STATE_FORCES}\b(?: \w+){{0,5}}? (?:shot|killed|beat|beaten|assault(?:ed|ing)|raided|fired|opened fire|"
    rf"tortured|tear-?gassed)|(?:shot|killed|beaten|assaulted|tortured|wounded|injured)(?: \w+){{0,4}}? by "
    rf"(?:the )?(?:\w+ ){{0,2}}{STATE_FORCES}|during an? (?:\w+ )?(?:police|army|military|security) (?:raid|operation|"
    rf"encounter))\b", re.IGNORECASE)
DEMONSTRATION_CUES = (c.PROTEST, c.RIOT_WORDS, c.MOB, c.DEMONSTRATION_VIOLENCE, c.CROWD_CONTROL, c.SCOPE_POLITICAL)
IN_TWO_PLACES = re.compile(r"\bin (?:both )?((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) and ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
# what kept a candidate, strongest first
CRIMINAL_SUBS = {"Looting/property destruction", "Arrests", "Abduction/forced disappearance", "Sexual violence"}


@dataclass(frozen=True)
class Scope:
    """A candidate's scope: kept or not, and why (a short phrase naming the rule and its cue)."""

    kept: bool
    reason: str
    basis: str = ""  # for a kept one, what kept it (`confidence.BASES`): how sure scope is, for the confidence


def decide(event: EventMention, sentences: Sequence[str], article_text: str, other_sentences: int) -> Scope:
    """Whether `event`, coded from `sentences` of an article with `other_sentences` more, is in
    ACLED's scope.  The article's context counts only in an article long enough to give one (a
    brief or a coder's note that reports one act is a report of that act)."""
    text = " ".join(sentences)
    context = _article_context(article_text, text) if other_sentences >= LONG_ARTICLE else CONFLICT_ARTICLE
    fiction = c.SCOPE_FICTION.search(text)
    if fiction:
        return Scope(False, f"fiction, film or entertainment: {fiction.group(0)!r}")
    countries = _summary_countries(text, event.place_mentions) if event.event_date is None else []
    if countries:
        return Scope(False, f"an undated summary over {' and '.join(countries)}: no place or day of one event")
    if event.event_type in DEMONSTRATIONS:
        return _demonstration(event, text)
    if event.event_type in VIOLENCE or event.sub_event_type in CRIMINAL_SUBS:
        if event.sub_event_type == "Arrests":
            return _arrest(text, context)
        return _violence(event, text, context)
    return _strategic(event, text, context)


def _violence(event: EventMention, text: str, context: int) -> Scope:
    actor = _political_actor(event, also_generic=SOCIAL_ACTORS)
    if actor:
        return Scope(True, f"political actor: {actor}", "actor")
    if event.sub_event_type == "Armed clash" and not _armed(text) and context < CONFLICT_ARTICLE:
        return Scope(False, "no armed sides named, in an article not about conflict: a clash in words only")
    cue = political_cue(text) or c.MOB.search(text)
    if cue:
        return Scope(True, f"political context: {cue.group(0)!r}", "context")
    excluded = _excluded_kind(text, HARM_KINDS)
    if excluded:
        return Scope(False, excluded)
    cue = STATE_VIOLENCE.search(text)
    if cue:
        return Scope(True, f"violence by state forces: {cue.group(0)!r}", "state")
    crime = c.SCOPE_CRIME.search(text)
    if crime:
        return Scope(False, f"ordinary crime: {crime.group(0)!r}, no political actor or motive")
    if event.sub_event_type == "Armed clash" and not _armed(text):
        return Scope(False, "no armed sides named: a clash needs two")
    if context < CONFLICT_ARTICLE:
        return Scope(False, "no political actor or context in the article")
    return Scope(True, "violence in an article about conflict", "article")


def _demonstration(event: EventMention, text: str) -> Scope:
    proper = c.PROTEST_PROPER.search(text) or c.RIOT_WORDS.search(text)
    celebration = c.SCOPE_CELEBRATION.search(text)
    if celebration and not proper:
        return Scope(False, f"celebration or gathering, not a demonstration: {celebration.group(0)!r}")
    excluded = None if proper else _excluded_kind(text, HARM_KINDS)
    if excluded:  # "crushed in a stampede at a funeral procession": a crowd, no protest
        return Scope(False, excluded)
    cue = next(filter(None, (p.search(text) for p in DEMONSTRATION_CUES)), None)
    if cue is None and c.CROWD.search(text):  # "residents blocked the road, demanding water": a weak cue by a crowd
        cue = c.PROTEST_WEAK.search(text)
    if cue:
        return Scope(True, f"demonstration: {cue.group(0)!r}", "demonstration")
    excluded = _excluded_kind(text, HARM_KINDS)
    if excluded:
        return Scope(False, excluded)
    if event.sub_event_type == "Mob violence":
        return Scope(True, "mob violence as typed", "article")
    return Scope(False, "no protest, riot or mob named")


def _arrest(text: str, context: int) -> Scope:
    target = c.SCOPE_POLITICAL_TARGET.search(text) or political_cue(text)
    if target:
        return Scope(True, f"political arrest: {target.group(0)!r}", "political arrest")
    crime = c.SCOPE_CRIME.search(text)
    if crime:
        return Scope(False, f"criminal case: {crime.group(0)!r}")
    excluded = _excluded_kind(text, HARM_KINDS)
    if excluded:  # "two fans were arrested for a pitch invasion"
        return Scope(False, excluded)
    if context < CONFLICT_ARTICLE:
        return Scope(False, "arrest with no political target or context")
    return Scope(True, "arrest in an article about conflict", "article")


def _strategic(event: EventMention, text: str, context: int) -> Scope:
    excluded = _excluded_kind(text, ALL_KINDS)
    if excluded and not political_cue(text):
        return Scope(False, excluded)
    if event.sub_event_type == "Headquarters or base established" and not c.SCOPE_BASE_SET_UP.search(text):
        return Scope(False, "troops sent or stationed, not a base established")
    cue = political_cue(text) or c.SECURITY_RX.search(text)
    actor = _political_actor(event) or (cue.group(0) if cue else None)
    if not actor:
        return Scope(False, "strategic development with no armed or political actor")
    if context < CONFLICT_ARTICLE:
        return Scope(False, "strategic development in an article not about conflict")
    return Scope(True, f"strategic development: {actor}", "strategic")


VAGUE = "vague: no place below the country, no date, named actor, toll or second mention of its own"


def vague(event: EventMention, text: str, signals: Signals, other_sentences: int) -> bool:
    """A kept candidate of a long article that fixes nothing of its own -- no town or site, no date,
    no named actor, no casualties, one passing mention ("protesters have taken to the streets",
    "clashes continued"): a general reference, not one event ACLED could code.  A brief or a coder's
    note that reports one act is a report of that act, whatever sentence names it."""
    if other_sentences < LONG_ARTICLE:
        return False
    own_place = any(not country_name(p) for p in (*event.place_mentions, *_named_after_preposition(text)))
    return not (own_place or signals.dated or signals.casualties or signals.mentions > 1 or _political_actor(event))


PLANNED_NAMED_AGAIN = "the planned protest named again: no protest act of its own"


def planned_named_again(event: EventMention, text: str, skipped_reasons: Sequence[str]) -> bool:
    """A protest the article announced as planned ("plans a demonstration on Thursday"), named again
    later, undated and with no act of a crowd ("the route for Thursday's rally starts at ...", "the
    demonstration was not only about money"): still the planned one, not a protest that took place."""
    return (event.event_type == "Protests" and event.event_date is None
            and any(r.startswith("planned") for r in skipped_reasons) and not c.SCOPE_PROTEST_ACT.search(text))


def _named_after_preposition(text: str) -> list[str]:
    """Capitalised names after "in", "near", "at", "of"... ("the streets of Mombasa"), months and
    weekdays left out: places the entity recogniser may have missed or mislabelled."""
    names = (m.group(1) for m in PLACE_AFTER_PREPOSITION.finditer(text))
    return [name for name in names if name.split()[0].lower().rstrip(".") not in CALENDAR_WORDS]


def _summary_countries(text: str, places: Sequence[str]) -> list[str]:
    """"... killed in Iraq and Syria", with no other place named: the two countries, else []."""
    if not places or not all(country_name(p) for p in places):
        return []
    for match in IN_TWO_PLACES.finditer(text):
        pair = [country_name(match.group(1)), country_name(match.group(2))]
        if all(pair) and pair[0] != pair[1]:
            return pair
    return []


def _armed(text: str) -> bool:
    """An armed side is named: armed men, security forces, or the weapons' fire itself."""
    return bool(c.ARMED_ACTOR.search(text) or c.SMALL_ARMS.search(text) or c.SECURITY_RX.search(text))


def _excluded_kind(text: str, kinds) -> str | None:
    """What the sentences report instead of political violence, if they say so."""
    for pattern, kind in kinds:
        match = pattern.search(text)
        if match:
            return f"{kind}: {match.group(0)!r}"
    return None


def _political_actor(event: EventMention, also_generic: tuple[str, ...] = ()) -> str | None:
    """The first actor that is not generic (a named group, state military, a foreign force)."""
    for name in (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2):
        if name and not name.startswith((*GENERIC_ACTORS, *also_generic)):
            return name
    return None


def _article_context(article_text: str, own: str) -> int:
    """How many political-context cues the article has outside the event's own sentences."""
    return _political_cues(article_text) - len(political_cues(own))


@lru_cache(maxsize=64)  # once per article, however many candidates it has
def _political_cues(text: str) -> int:
    return len(political_cues(text))


# "there were no clashes", "without violence": a negated cue is no context
NEGATED_BEFORE = re.compile(r"(?i)\b(?:no|not|nor|without|never)\s+(?:[\w-]+\s+){0,2}$")


def political_cues(text: str) -> list[re.Match]:
    """The political-context cues of `text` (`cues.SCOPE_POLITICAL`) that are not negated."""
    return [m for m in c.SCOPE_POLITICAL.finditer(text) if not NEGATED_BEFORE.search(text[max(0, m.start() - 40):m.start()])]


def political_cue(text: str) -> re.Match | None:
    found = political_cues(text)
    return found[0] if found else None
