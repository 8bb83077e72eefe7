"""Event typing: does a sentence report a conflict event, and which ACLED sub-event type is it?

The packaged default is a rule cascade over the hand-written cues in `eventwire.extract.cues`
(nothing fitted on any dataset).  Its stages run in the order of eventwire/data/rules/typing.yaml, the
first decision wins; the packaged order:

1. no event: background/aggregate/threat/plan markers (`cues.NON_EVENT`), claims of
   responsibility, and disasters/accidents/diplomacy/plain crime without a conflict cue;
2. chemical weapon, suicide bomb;
3. protests: excessive force > violent demonstration > protest with intervention > mob attack on
   a rally > peaceful protest (the crowd's own violence outranks police intervention);
4. mob violence (crowds, lynching, communal or dispute fights);
5. disrupted weapons use, air/drone strike, grenade, IED, shelling (with small arms or a clash
   cue it is an armed clash, as ACLED codes mixed fire), other blasts as IED;
6. territory: regained / taken / handed over;
7. abduction, sexual violence;
8. armed clash (fighting, or violence against armed/security targets) vs attack (one-sided
   violence against civilians);
9. looting/property destruction, headquarters established, agreement, change to group/activity,
   arrests, other (prisoner releases, displacement).

A model saved by `eventwire train` replaces the cascade's choice of sub-type (see
`eventwire.extract.model`); `load_typer(path)` loads it, and `Extractor.load` keeps the one
`Settings.model` (`EVENTWIRE_MODEL`, `--model PATH`) names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from eventwire.extract import cues as c
from eventwire.extract.casualties import CASUALTY_WORDS
from eventwire.extract.sentences import split_sentences
from eventwire.rules import rules
from eventwire.rules.schema import Decision

NON_EVENT = c.NON_EVENT  # background, aggregates, threats, plans: no event


@dataclass(frozen=True)
class Verdict:
    """The typing decision for one text: a sub-event type or None, and why."""

    sub_event_type: str | None
    reason: str  # "event", "no cue", "non-event", "out of scope"


NO_CUE = Verdict(None, "no cue")


def _any(text: str, *patterns: re.Pattern[str]) -> bool:
    return any(p.search(text) for p in patterns)


def _first_pos(pattern: re.Pattern[str], text: str) -> int:
    match = pattern.search(text)
    return match.start() if match else len(text) + 1


def conflict_cue(text: str) -> bool:
    """Strong signs of political violence or protest, which override out-of-scope topics."""
    return _any(text, c.AIR, c.SHELLING, c.IED, c.SUICIDE, c.CHEMICAL, c.CLASH, c.ARMED_ACTOR, c.PROTEST,
                c.HIT_SECURITY, c.ABDUCTION, c.MOB, c.WAR_PRISONERS)


GATHERED = re.compile(r"(?i)gather(?:ed|ing)\b")


def _protest_beyond_gathering(text: str) -> bool:
    """A protest cue other than people gathering ("veterans gathered at the cemetery to mark the
    anniversary" is a ceremony; "mourners chanted slogans against the army" a protest)."""
    return any(not GATHERED.match(m.group(0)) for m in c.PROTEST.finditer(text))


LEAD_CHARS = 80  # a ruling or a drill that opens the sentence is what it reports ("A court sentenced ...")


def _leads(cue: re.Pattern, text: str) -> bool:
    """The cue opens the sentence's report, not a clause about someone in it ("a man who was
    sentenced ...")."""
    match = cue.search(text)
    return match is not None and match.start() <= LEAD_CHARS


def non_conflict_story(text: str) -> bool:
    """A sentence that opens a story of another kind: a court's ruling, a force's drill, fiction,
    an accident or a disaster (not a claim, a statement or a crime, which often precede the act
    they are about)."""
    text = without_sources(text)
    if _leads(c.COURT_RULING, text) or _leads(c.FICTION, text):
        return True
    if _leads(c.MILITARY_EXERCISE, text) and not _any(text, c.NONSTATE, c.PROTEST):
        return True
    if not _any(text, c.DISASTER, c.ACCIDENT) or conflict_cue(text) or _any(text, c.ARMS_WORDS, c.NONSTATE):
        return False
    return bool(CASUALTY_WORDS.search(text))  # an accident story tells its dead ("an avalanche" may be a figure)


def out_of_scope(text: str) -> bool:
    """Claims of responsibility, court rulings, fiction, military exercises, ceremonies, disasters, accidents,
    diplomacy and plain crime."""
    if c.ATTRIBUTION.search(text) or _leads(c.COURT_RULING, text) or _leads(c.FICTION, text):
        return True
    if _leads(c.MILITARY_EXERCISE, text) and not _any(text, c.NONSTATE, c.PROTEST):  # an armed group's drill is a
        return True  # change to it; a rally against the drills is a protest
    if c.CEREMONY.search(text) and not _protest_beyond_gathering(text):
        return True
    if re.search(r"\bexpel(?:led|s)?\b.{0,40}\bdiplomats?\b", text, re.IGNORECASE) or c.DIPLOMATIC_PROTEST.search(text):
        return True
    if _any(text, c.DISASTER, c.ACCIDENT, c.DIPLOMACY) and not conflict_cue(text):
        return True
    if c.DIPLO_STRONG.search(text) and not _any(text, c.PROTEST, c.CLASH_STRONG) and not any(_victims(text)):
        return True
    return bool(c.CRIME.search(text) and not _any(text, c.POLITICAL, c.MOB, c.PROTEST, c.ARMS_WORDS))


# "... hours after she opened her campaign at a rally": the gathering is where violence happened
PROTEST_SETTING = re.compile(r"(?i)\b(?:at|during|after|before|from|leaving|left) (?:a|an|the|her|his|their|its) "
                             r"(?:[\w-]+ ){0,2}?(?:rally|rallies|meeting)\b")


def _only_a_setting(text: str) -> bool:
    """Every strong protest cue of `text` is the gathering where something else happened."""
    cues = list(c.PROTEST.finditer(text))
    settings = [m.span() for m in PROTEST_SETTING.finditer(text)]
    return bool(cues) and all(any(s <= m.start() < e for s, e in settings) for m in cues)


STATE_FORCE = re.compile(r"(?i)\b(?:police\w*|soldiers?|troops|army|military|national guard\w*|security forces|"
                         r"officers?|gendarm\w*|riot squads?|agents)\b")


def _armed_group_fired(text: str) -> bool:
    """The force against protesters comes from gunmen or a militia, and no state force is named."""
    return bool(c.ARMED_ACTOR.search(text)) and not STATE_FORCE.search(text) and not c.GOV_FORCES.search(text)


def _protest(text: str) -> str | None:
    strong = c.PROTEST.search(text)
    if strong and _only_a_setting(text) and _any(text, c.ARMED_ACTOR, c.HIT_CIVILIAN, c.HIT_SECURITY, c.SMALL_ARMS,
                                                 c.IED, c.BLAST):
        return None  # "gunmen killed a candidate at a rally": the killing decides
    if not strong and not (c.PROTEST_WEAK.search(text) and c.CROWD.search(text)):
        control = c.CROWD_CONTROL.search(text)
        if c.DEMONSTRATION_VIOLENCE.search(text) or control and _acted(c.PROTESTER_VIOLENCE, text):
            return "Violent demonstration"  # "They burned tyres"; "youths threw stones, soldiers fired tear gas"
        if control:
            return "Protest with intervention"  # "Police dispersed them with tear gas."
        return None
    if c.MOB.search(text) and not c.PROTEST_PROPER.search(text):
        return "Mob violence"  # a lynching or mob called a riot
    if re.search(r"\battack(?:ed|s)? (?:\w+ ){0,3}(?:rally|protest|march|demonstration|sit-in)", text, re.IGNORECASE):
        return "Mob violence"
    if c.EXCESSIVE_FORCE.search(text):
        if _armed_group_fired(text):
            return None  # gunmen or a militia shooting protesters: an attack (ACLED's excessive force is the state's)
        return "Excessive force against protesters"
    if _acted(c.PROTESTER_VIOLENCE, text) or _acted(c.RIOT_WORDS, text) or _crowd_fought(text):
        return "Violent demonstration"
    if _acted(c.INTERVENTION, text, topic=c.TOPIC_BEFORE_INTERVENTION):
        return "Protest with intervention"
    if c.MOB.search(text):
        return "Mob violence"
    if not strong and _any(text, c.HIT_CIVILIAN, c.HIT_SECURITY, c.CLASH, c.AIR, c.SHELLING, c.IED):
        return None  # a weak protest cue next to violence: let the violence decide
    return "Peaceful protest"


GENERIC_VIOLENCE = re.compile(r"(?i)riot\w*|violent\w*")


def _acted(pattern: re.Pattern[str], text: str, generic: bool = True, topic: re.Pattern[str] = c.TOPIC_BEFORE) -> bool:
    """A match of `pattern` that is not the protest's topic ("protested against the clashes",
    "after the riots"); with generic=False, bare "riots"/"violent" do not count either."""
    for match in pattern.finditer(text):
        if not generic and GENERIC_VIOLENCE.fullmatch(match.group(0)):
            continue
        if not topic.search(text[max(0, match.start() - 60):match.start()]):
            return True
    return False


MUTUAL = re.compile(r"(?i)clash|brawl|scuffl|fought")


def _crowd_fought(text: str) -> bool:
    """The crowd fought, threw or fired: not when the police are the ones who did it ("Police fired
    into the air to disperse them"), nor when the fight is the protest's topic."""
    for match in c.CROWD_FIGHT.finditer(text):
        if c.TOPIC_BEFORE.search(text[max(0, match.start() - 60):match.start()]):
            continue
        clause = c.CLAUSE_BOUNDARY.split(text[max(0, match.start() - 60):match.start()])[-1]
        if c.SECURITY_RX.search(clause) and not c.PROTEST_PROPER.search(clause) and not MUTUAL.match(match.group(0)):
            continue  # the police did it (a clash takes both sides)
        return True
    return False


def _air(text: str) -> bool:
    """An air or drone strike is told: an AIR cue that names the strike, or an aircraft with an
    act beside it ("warplanes pounded", not "jets zoomed overhead")."""
    named = [m.group(0) for m in c.AIR.finditer(text)]
    if not named:
        return False
    if all(c.AIR_PLATFORM.fullmatch(cue) for cue in named):
        return bool(c.AIR_ACT.search(text) or c.ATTACK_VERB.search(text))
    return True


def _remote(text: str) -> str | None:
    if c.INTERCEPT.search(text):
        return "Disrupted weapons use"
    air = _air(text)
    if air and not c.DISRUPTED_GROUND.search(text):
        return "Air/drone strike"
    if c.DISRUPTED.search(text):
        return "Disrupted weapons use"
    if air:
        return "Air/drone strike"
    if c.GRENADE.search(text):
        return "Grenade"
    if c.IED.search(text):
        return "Remote explosive/landmine/IED"
    if c.SHELLING.search(text):
        mixed = c.CLASH_STRONG.search(text) or c.SMALL_ARMS_STRICT.search(text) or c.BOTH_SIDES.search(text)
        return "Armed clash" if mixed else "Shelling/artillery/missile attack"
    if c.BLAST.search(text) and not c.ACCIDENT.search(text):
        return "Remote explosive/landmine/IED"
    return None


def _government_first(text: str, verb: re.Match | None = None) -> bool:
    """Whether the subject of the territorial verb is a government force rather than a non-state
    group: the first actor named before the verb, or the nearest one when a reporting clause
    ("an army spokesman said militants...") comes between; a passive loss ("were pushed back")
    turns it round."""
    if verb is None:
        return _first_actor_is_government(text)
    before = text[:verb.start()]
    actors = _actors(before)
    if not actors:
        return _first_actor_is_government(text)
    start, gov = actors[0]
    if c.REPORTING.search(before[start:]):
        start, gov = actors[-1]
    return not gov if c.PASSIVE_LOSS.search(text[start:verb.end() + 40]) else gov


def _actors(text: str) -> list[tuple[int, bool]]:
    """(position, government?) of each actor named in `text`; the "Army" of a non-state group's
    name ("National Liberation Army") is that group, not the government's army."""
    named = [(m.start(), m.end()) for m in c.NAMED_NONSTATE_ARMY.finditer(text)]

    def inside(m: re.Match) -> bool:
        return any(lo <= m.start() < hi for lo, hi in named)
    return sorted([(m.start(), True) for m in c.GOV_FORCES.finditer(text) if not inside(m)]
                  + [(m.start(), False) for m in c.NONSTATE.finditer(text)] + [(lo, False) for lo, _ in named])


def _first_actor_is_government(text: str) -> bool:
    actors = _actors(text)
    return bool(actors) and actors[0][1]


RAID_ENTRY = re.compile(r"(?i)(?:entered|stormed) ")


def _territory(text: str) -> str | None:
    verb = c.REGAIN.search(text) or c.TAKE_CONTROL.search(text)
    if verb and RAID_ENTRY.match(verb.group(0)) and (c.ABDUCTION.search(text) or CASUALTY_WORDS.search(text)):
        verb = None  # "gunmen stormed the village and abducted 30": a raid on its people, not its capture
    if verb and c.WITHDRAW.search(text):
        return "Non-violent transfer of territory"
    if verb:
        gov = _government_first(text, verb) or not (c.NONSTATE.search(text) or c.NAMED_NONSTATE_ARMY.search(text))
        return "Government regains territory" if gov else "Non-state actor overtakes territory"
    if c.WITHDRAW.search(text) and re.search(r"\b(town|city|village|territory|area|base|region|district|positions?)\b",
                                             text, re.IGNORECASE) and not c.CLASH.search(text):
        return "Non-violent transfer of territory"
    return None


def _head(words: list[str]) -> tuple[bool, bool]:
    """(civilian, security) for the victim phrase `words` (up to the first preposition)."""
    while words and words[0].lower() in ("at", "on", "upon", "against", "towards"):
        words = words[1:]
    phrase = []
    for word in words:
        if c.NP_STOP.fullmatch(word):
            break
        phrase.append(word.strip("'’"))
    if any(w.lower() in ("off-duty", "former", "retired", "ex-") for w in phrase):
        return True, False  # an off-duty or former soldier is hit as a civilian
    if any(c.SECURITY_HEAD.fullmatch(w) for w in phrase):
        return False, True
    return any(c.CIVILIAN_HEAD.fullmatch(w) for w in phrase), False


def _subject(before: str) -> tuple[bool, bool]:
    """(civilian, security) for the subject of a passive verb: the words since the last clause
    boundary ("border guards who tried to halt a lorry were shot": guards)."""
    segment = c.CLAUSE_BOUNDARY.split(before)[-1].split()
    if any(c.SECURITY_HEAD.fullmatch(w.strip("'’()")) for w in segment):
        if not any(w.lower() in ("off-duty", "former", "retired") for w in segment):
            return False, True
        return True, False
    return any(c.CIVILIAN_HEAD.fullmatch(w.strip("'’()")) for w in segment), False


def _victims(text: str) -> tuple[bool, bool]:
    """Whether civilians and whether armed/security personnel were on the receiving end.

    Passive "X was killed" and active "killed X" make X a victim; "killed by X" makes X the
    perpetrator.  Bodies found, drive-by shootings and torture marks count as civilian victims.
    """
    civilian = security = False
    for match in c.PASSIVE_HIT.finditer(text):
        civ, sec = _subject(text[max(0, match.start() - 120):match.start()])
        civilian, security = civilian or civ, security or sec
    for match in c.ACTIVE_HIT.finditer(text):
        if not match["by"]:
            civ, sec = _head(match["np"].split())
            civilian, security = civilian or civ, security or sec
    civilian |= bool(c.CIVILIAN_SIGNS.search(text))
    security |= bool(c.COMBATANT_KILLED.search(text))
    return civilian, security


SETTING = re.compile(r"(?i)\b(?:during|amid|in|after|before|despite|since) the (?:\w+ )?$")


def _first_act(pattern: re.Pattern[str], text: str) -> int:
    """Where the first act of `pattern` is, leaving out nouns of setting ("fled during the fighting")."""
    return next((m.start() for m in pattern.finditer(text) if not SETTING.search(text[max(0, m.start() - 30):m.start()])),
                len(text) + 1)


def _mob_fight(text: str) -> bool:
    """Unarmed crowds fighting each other or the police: stones and sticks, no armed group, and
    no security force doing the beating."""
    if c.ARMED_SIDE.search(text):
        return False
    act = min(_first_act(c.FIGHT, text), _first_pos(c.RIOT_ACTION, text))
    if act > len(text) or _first_pos(c.SECURITY_RX, text) < act:
        return False
    if c.RIOT_ACTION.search(text):
        return True
    by_crowd = re.search(r"\bby (?:a |an )?(?:group|mob|crowd|villagers|residents|locals|youths)", text, re.IGNORECASE)
    between = re.search(r"\b(?:between|among|each other|one another)\b", text, re.IGNORECASE)
    crowd_acted = _first_pos(c.UNARMED_GROUP, text) < act and not PASSIVE_BEFORE.search(text, 0, act)
    return bool(c.UNARMED_GROUP.search(text) and (crowd_acted or by_crowd or (between and c.CLASH_STRONG.search(text))))


# "people were killed": the crowd named before a passive verb is its victim, not a mob that fought
PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|been|being|got|get)(?: \w+ly)? $")


def _mob_acted(text: str) -> bool:
    """A mob cue that reports violence: "vigilantes" or "a mob" alone ("soldiers and vigilantes began
    a search") need a violent act beside them."""
    cues = [m.group(0) for m in c.MOB.finditer(text)]
    if not cues:
        return False
    if all(c.MOB_NOUN_ONLY.fullmatch(cue) for cue in cues):
        return _any(text, c.ATTACK_VERB, c.FIGHT, c.RIOT_ACTION, c.PROTESTER_VIOLENCE, c.LOOTING)
    return True


RAID = re.compile(r"(?i)raid(?:ed|s|ing)?|storm(?:ed|s|ing)?|search(?:ed|es|ing)?")


def _raid_only(text: str) -> bool:
    """A raid or search with no one hurt ("troops raided his house and handed his family a
    summons"): no attack; an arrest in it is typed as one."""
    acts = [m.group(0) for m in c.ATTACK_VERB.finditer(text)]
    return (bool(acts) and all(RAID.fullmatch(act) for act in acts) and not CASUALTY_WORDS.search(text)
            and not c.CLASH.search(text) and not c.SMALL_ARMS.search(text))  # "raided ... and exchanged fire"


def _violence(text: str) -> str | None:
    if _acted(c.ABDUCTION, text) and not (c.ARREST.search(text) and not c.KIDNAP_WORDS.search(text)):
        civilian, _ = _victims(text)
        if not (civilian and c.KILLED.search(text)):  # killed and abducted: the killing decides
            return "Abduction/forced disappearance"
    if _mob_fight(text):
        return "Mob violence"
    if _raid_only(text):
        return None
    civilian, security = _victims(text)
    if c.CLASH.search(text):
        return "Armed clash"
    if security:
        return "Armed clash"
    if civilian:
        return "Attack"
    if c.ATTACK_VERB.search(text) and (c.ARMED_ACTOR.search(text) or c.SECURITY_RX.search(text)):
        return "Armed clash" if c.SECURITY_TARGET.search(text) and not c.CIVILIAN_RX.search(text) else "Attack"
    return None


# "arrested a man suspected of stealing cars": the crime someone is accused of, not a looting that happened
ACCUSED_OF = re.compile(r"(?i)\b(?:suspected|accused|convicted|charged|arrested|jailed|sentenced|on suspicion)"
                        r"(?: \w+){0,2} (?:of|with|for) $")


def _strategic(text: str) -> str | None:
    if _acted(c.LOOTING, text, topic=ACCUSED_OF) or c.DRUG_SEIZURE.search(text):
        return "Looting/property destruction"
    if c.GROUP_CHANGE.search(text) and _any(text, c.POLITICAL, c.ARMED_ACTOR, c.GROUP_KIND):
        return "Change to group/activity"
    if _arrest(text):
        return "Arrests"
    if c.RELEASE.search(text):
        return "Other"
    if c.DISPLACEMENT.search(text) and c.DISPLACED_WHO.search(text) and not c.DISASTER.search(text):
        return "Other"
    return None


def _arrest(text: str) -> bool:
    """An arrest by someone named, or of a political actor; not a bare "a man was arrested" after
    another event, not plain crime or migration, not "no arrests were reported"."""
    if not c.ARREST.search(text) or c.NO_ARRESTS.search(text) or c.MIGRATION.search(text):
        return False
    if c.CRIME.search(text) and not c.ARMS_WORDS.search(text):  # arms smuggling is not plain crime
        return False
    return bool(c.ARREST_AGENT.search(text) or c.ARREST_POLITICAL.search(text))


def _agreement(text: str) -> str | None:
    if c.AGREEMENT.search(text) and not c.AGREEMENT_BROKEN.search(text) and not c.AGREEMENT_PAST.search(text):
        return "Agreement"
    return None


HQ_OWNER = re.compile(r"(?i)\b(forces|army|troops|military|militants|rebels|fighters|insurgents|jihadists|group|"
                      r"Turkish|US|U\.S\.|Russian|Iranian|base|point|post|headquarters)\b")


def _headquarters(text: str) -> str | None:
    """A base, post or camp set up by an armed side (a force, a group by name or by kind)."""
    if c.HQ.search(text) and (HQ_OWNER.search(text) or c.ARMED_ACTOR.search(text)):
        return "Headquarters or base established"
    return None




def without_sources(text: str) -> str:
    """The text less what it says did not happen ("there were no clashes", `cues.NEGATED_EVENT`) and
    less its source attributions, which say who reports the event, not what happened:
    "..., residents and a member of a local vigilante group said." / "according to police" /
    ", witnesses said," / a leading "Residents said ..." (a witness, not an actor of the event)."""
    text = c.NEGATED_EVENT.sub("", text)
    text = c.ACCORDING_TO.sub("", text)
    text = c.PARENTHETICAL_SOURCE.sub("", text)
    text = c.TRAILING_SOURCE.sub(lambda m: m["end"], text)
    return c.LEADING_SOURCE.sub("", text)


def _non_event(text: str) -> Verdict | None:
    marker = c.NON_EVENT.search(text)
    if not marker:
        return None
    # "Workers rallied in the city and threatened to intensify their agitation": the clause
    # before the marker may still report an event
    prefix = text[:marker.start()]
    head = classify(prefix) if len(prefix.split()) >= 5 else NO_CUE
    return head if head.sub_event_type else Verdict(None, "non-event")


def _out_of_scope(text: str) -> Verdict | None:
    return Verdict(None, "out of scope") if out_of_scope(text) else None


USED = re.compile(r"\b(used|using|use of|attack|dropped|fir(?:ed|ing)|releas(?:ed|ing)|filled with)")


def _chemical(text: str) -> str | None:
    """A chemical agent used against people ("accused of using sarin"), not one that leaked."""
    if not c.CHEMICAL.search(text) or c.ACCIDENT.search(text):
        return None
    return "Chemical weapon" if _any(text, c.ATTACK_VERB, c.SHELLING, c.AIR, USED) else None


def _suicide(text: str) -> str | None:
    return "Suicide bomb" if c.SUICIDE.search(text) and not c.DISRUPTED.search(text) else None


def _sexual(text: str) -> str | None:
    return "Sexual violence" if c.SEXUAL.search(text) else None


def _mob(text: str) -> str | None:
    if _mob_acted(text) and (c.VIGILANTE.search(text) or not _any(text, c.CLASH, c.ARMED_ACTOR)):
        return "Mob violence"
    return None


# The decisions the cascade is made of; their order is data (eventwire/data/rules/typing.yaml).
# Each gives a Verdict, a sub-event type, or None to pass the sentence on.
DECISIONS = {"non_event": _non_event, "out_of_scope": _out_of_scope, "chemical": _chemical, "suicide": _suicide,
             "sexual": _sexual, "headquarters": _headquarters, "agreement": _agreement, "territory": _territory,
             "protest": _protest, "remote": _remote, "mob": _mob, "violence": _violence, "strategic": _strategic}
assert set(DECISIONS) == set(Decision.__args__), "extract.typing.DECISIONS and rules.schema.Decision must agree"
CASCADE = tuple(DECISIONS[stage.decision] for stage in rules().typing_stages)


def classify(text: str) -> Verdict:
    """The rule cascade's decision for one sentence (or a short passage); source attributions are
    left out first (`without_sources`), then the stages of typing.yaml run in order."""
    if not text or not text.strip() or not c.ANY_CUE.search(text):
        return NO_CUE
    text = without_sources(text)
    for decide in CASCADE:
        decision = decide(text)
        if decision is not None:
            return decision if isinstance(decision, Verdict) else Verdict(decision, "event")
    return NO_CUE


def rule_type(text: str) -> str | None:
    """The packaged rules' sub-event type for a sentence, or None."""
    if text.lstrip().startswith(("\u201c", '"')):
        return None  # a quotation is a statement, not a report
    return classify(text).sub_event_type


# --- typing models ----------------------------------------------------------------------------


class Typer(Protocol):
    def sentence_type(self, text: str) -> str | None: ...


class RuleTyper:
    """The packaged default: the rule cascade above."""

    def sentence_type(self, text: str) -> str | None:
        return rule_type(text)


RULES = RuleTyper()


def load_typer(path: Path | str | None) -> Typer:
    """The model saved at `path` by `eventwire train`, or the packaged rules when None.  The
    caller keeps it (`Extractor.load` does, from `Settings.model`): there is no process-wide model."""
    if path is None:
        return RULES
    from eventwire.extract.model import TypingModel

    return TypingModel.load(path)


def sentence_type(text: str) -> str | None:
    """The ACLED sub-event type the packaged rules give a sentence, or None for no event."""
    return RULES.sentence_type(text)


def passage_sentences(text: str) -> list[str]:
    """The passage's sentences, cut by the pipeline's own splitter (`sentences.split_sentences`)."""
    return [s.text for s in split_sentences(text.strip())]


def passage_type(text: str, typer: Typer | None = None) -> str | None:
    """One sub-event type for a news passage: the first sentence's, else the next typed one.

    A passage that opens with a no-event or out-of-scope sentence (a claim of responsibility,
    a disaster, diplomacy) reports no event, whatever background follows.
    """
    sentences = passage_sentences(text) or [text]
    head = classify(sentences[0])
    if head.reason in ("non-event", "out of scope"):
        return None
    return next(filter(None, type_sentences(sentences, typer)), None)


def escalates(current: str | None, new: str | None) -> bool:
    """Whether a mention of type `new` joining an event of type `current` should retype it, as
    ACLED codes one protest once: a peaceful protest becomes one with intervention, or with
    excessive force when the response turned lethal; once the crowd itself was violent it is a
    violent demonstration whatever the police did (ACLED keeps excessive force for force against
    peaceful protesters)."""
    if current in ESCALATION and new in ESCALATION:
        return ESCALATION.index(new) > ESCALATION.index(current)
    return False


PROTEST_FAMILY = ("Peaceful protest", "Protest with intervention", "Violent demonstration",
                  "Excessive force against protesters")
ESCALATION = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
              "Violent demonstration")
ABSORBABLE = (None, "Arrests", "Mob violence", *PROTEST_FAMILY)


def _followup(text: str) -> str | None:
    """What a sentence after a protest sentence adds to that protest, if anything."""
    if c.EXCESSIVE_FORCE.search(text) or c.FOLLOWUP_FORCE.search(text):
        return "Excessive force against protesters"
    if _acted(c.PROTESTER_VIOLENCE, text, generic=False) or _acted(c.RIOT_ACTION, text) or _crowd_fought(text) \
            or _acted(c.FOLLOWUP_VIOLENCE, text):
        return "Violent demonstration"
    if _acted(c.INTERVENTION, text, topic=c.TOPIC_BEFORE_INTERVENTION) or \
            _acted(c.FOLLOWUP_INTERVENTION, text, topic=c.TOPIC_BEFORE_INTERVENTION):
        return "Protest with intervention"
    return None


CAUSES = (c.ARMED_ACTOR, c.SECURITY_RX, c.GOV_FORCES, c.NONSTATE, c.SMALL_ARMS, c.AIR, c.SHELLING, c.IED, c.BLAST,
          c.GRENADE, c.CLASH, c.MOB)


def _bare_casualties(text: str) -> bool:
    """Deaths or injuries told with no one who caused them and no weapon ("55 were injured"): after
    a protest sentence, the protest's own casualties, not an attack of their own."""
    return bool(CASUALTY_WORDS.search(text)) and not _any(text, *CAUSES)


def type_sentences(texts: list[str], typer: Typer | None = None) -> list[str | None]:
    """Sub-event types for an article's sentences in order, with ACLED's protest rule applied.

    A protest sentence followed by sentences that report police intervention, the crowd's own
    violence or lethal force is one event: the protest takes the most serious of those types
    (excessive force > violent demonstration > protest with intervention > peaceful protest) and
    the follow-up sentences are absorbed (None), so that they join the protest event.
    """
    typer = typer or RULES
    types = [typer.sentence_type(text) for text in texts]
    rank = {sub: n for n, sub in enumerate(PROTEST_FAMILY)}
    protest = None
    for n, text in enumerate(texts):
        if types[n] in PROTEST_FAMILY and protest is None:
            protest = n
            continue
        if protest is None or (types[n] not in ABSORBABLE and not _bare_casualties(text)):
            continue
        if (added := _followup(text)) or types[n] in PROTEST_FAMILY or _bare_casualties(text):
            joined = added or (types[n] if types[n] in PROTEST_FAMILY else types[protest])
            best = max(types[protest], joined, key=rank.__getitem__)
            types[protest], types[n] = best, None
    return types
