"""Hand-written cue patterns for event typing: what a sentence says happened, who was hit, and
whether it reports an event at all.

Written for eventwire from ACLED's public codebook definitions and general news/coder phrasing;
nothing here is fitted on any dataset.  `eventwire.extract.typing` combines the cues into one
ACLED sub-event type per sentence.
"""

from __future__ import annotations

import re

from eventwire.rules import rules
from eventwire.trie import alternation


def _trigger(name: str) -> tuple[str, ...]:
    """The phrases of the trigger list `name`: eventwire/data/rules/triggers.yaml."""
    return rules().trigger(name)


def _names(cue_list: str) -> list[str]:
    """The spellings of named groups and forces that join `cue_list` (eventwire/data/rules: `typing`)."""
    return rules().typing_names(cue_list)


def rx(*alternatives: str, flags: int = re.IGNORECASE, end: str = r"(?![\w])") -> re.Pattern[str]:
    """One pattern matching any alternative as whole words; `end` is the boundary after a match."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")" + end, flags)


# Up to N words between two parts of a phrase.
def gap(n: int) -> str:
    return rf"(?:[\w'’,-]+\s+){{0,{n}}}"


KILL = r"(?:kill(?:ed|s|ing)?|murder(?:ed|s)?|shot|shoot(?:s|ing)?|gunned down|stabb(?:ed|ing)|hacked|beheaded|" \
       r"slaughtered|executed|assassinat(?:ed|ion)|lynch(?:ed|ing)|beat(?:en)? to death|burn(?:ed|t) alive|" \
       r"tortured|massacred|wounded|injured|injuring|killing|attack(?:ed|s|ing)?|assault(?:ed|s)?|" \
       r"opened fire|open fired|fired (?:up)?on|fired at|ambush(?:ed)?|stormed|raided|beat(?:en|ing)?|whipped|flogged|" \
       r"extorted|assaulting)"

# --- no event: background, aggregates, threats, plans, denials, hypotheticals -------------------
NON_EVENT = rx(*_trigger("NON_EVENT"))

# Snippet-level out-of-scope topics: disasters, accidents, diplomacy, claims, plain crime.
DISASTER = rx(*_trigger("DISASTER"))
ACCIDENT = rx(*_trigger("ACCIDENT"))
DIPLOMACY = rx(*_trigger("DIPLOMACY"))
DIPLOMATIC_PROTEST = rx(*_trigger("DIPLOMATIC_PROTEST"))
COURT_RULING = rx(*_trigger("COURT_RULING"))
MILITARY_EXERCISE = rx(*_trigger("MILITARY_EXERCISE"))
FICTION = rx(*_trigger("FICTION"))
DIPLO_STRONG = rx(*_trigger("DIPLO_STRONG"))
ATTRIBUTION = rx(*_trigger("ATTRIBUTION"))
CRIME = rx(*_trigger("CRIME"))
MIGRATION = rx(*_trigger("MIGRATION"))
POLITICAL = rx(r"protest\w*", r"rebels?", r"militants?", r"insurgents?", r"terroris\w+", r"jihadist\w*", r"militia\w*", r"army",
               r"soldiers?", r"troops", r"military", r"forces", r"armed group", r"separatists?", r"opposition", r"activists?",
               r"journalists?", r"party", r"political", r"government", r"regime", r"cartels?", r"gangs?", r"police",
               r"paramilitar\w+", r"colectivos", *_names("political"))

# --- event scope (extract/scope.py): context, and what ACLED does not code ---------------------
SCOPE_POLITICAL = rx(*_trigger("SCOPE_POLITICAL"))
SCOPE_POLITICAL_TARGET = rx(*_trigger("SCOPE_POLITICAL_TARGET"))
SCOPE_CRIME = rx(*_trigger("SCOPE_CRIME"))
SCOPE_HARM = rx(*_trigger("SCOPE_HARM"))
SCOPE_SPORTS = rx(*_trigger("SCOPE_SPORTS"))
SCOPE_CELEBRATION = rx(*_trigger("SCOPE_CELEBRATION"))
SCOPE_BASE_SET_UP = rx(*_trigger("SCOPE_BASE_SET_UP"))
SCOPE_FICTION = rx(*_trigger("SCOPE_FICTION"))

# --- clause modality (extract/mentions.py `modality`): no event that happened ----------------------
MODALITY_NEGATED = rx(*_trigger("MODALITY_NEGATED"))
MODALITY_DENIED = rx(*_trigger("MODALITY_DENIED"))
MODALITY_EXPECTED = rx(*_trigger("MODALITY_EXPECTED"))
MODALITY_PLANNED = rx(*_trigger("MODALITY_PLANNED"))
MODALITY_AGGREGATE = rx(*_trigger("MODALITY_AGGREGATE"))
MODALITY_NO_PROGRESS = rx(*_trigger("MODALITY_NO_PROGRESS"))
MODALITY_GENERIC = rx(*_trigger("MODALITY_GENERIC"))

# --- protest and riot ---------------------------------------------------------------------------
PROTEST = rx(*_trigger("PROTEST"))
RIOT_WORDS = rx(*_trigger("RIOT_WORDS"))
PROTESTER_VIOLENCE = rx(*_trigger("PROTESTER_VIOLENCE"))
INTERVENTION = rx(*_trigger("INTERVENTION"))
EXCESSIVE_FORCE = rx(*_trigger("EXCESSIVE_FORCE"))

# --- mob violence --------------------------------------------------------------------------------
MOB = rx(*_trigger("MOB"))

# --- remote violence ------------------------------------------------------------------------------
CHEMICAL = rx(*_trigger("CHEMICAL"))
SUICIDE = rx(*_trigger("SUICIDE"))
INTERCEPT = rx(*_trigger("INTERCEPT"))
GRENADE = rx(*_trigger("GRENADE"))
GRENADE_LAUNCHER = rx(*_trigger("GRENADE_LAUNCHER"))
IED = rx(*_trigger("IED"))
BLAST = rx(*_trigger("BLAST"))
CROWD = rx(*_trigger("CROWD"))
PROTEST_WEAK = rx(*_trigger("PROTEST_WEAK"))
AIR = rx(*_trigger("AIR"))
AIR_PLATFORM = rx(*_trigger("AIR_PLATFORM"))
AIR_ACT = rx(*_trigger("AIR_ACT"))
SHELLING = rx(*_trigger("SHELLING"))
SMALL_ARMS = rx(*_trigger("SMALL_ARMS"))

# --- battles and attacks ----------------------------------------------------------------------------
CLASH = rx(*_trigger("CLASH"))
SECURITY = r"(?:soldiers?|troops|servicem[ae]n|service ?members?|servicewom[ae]n|army|military|police(?:m[ae]n| officers?| forces| personnel| patrol| station)?|policewom[ae]n|" \
           r"officers?|security (?:forces|personnel|guards?|agents|officials)|forces|guards?|gendarm\w*|patrols?|convoys?|" \
           r"checkpoints?|check-points?|posts?|outposts?|bases?|barracks|positions|militants?|insurgents?|rebels?|fighters?|" \
           r"militi(?:a|as|amen|aman)|jihadists?|terrorists?|separatists?|guerrillas?|commanders?|bandits|gunmen|cadres|" \
           r"personnel|marines|paratroopers|" \
           r"peacekeepers?|troopers?|vigilantes?|militiamen|combatants|camps?|units?|battalions?|" \
           + "".join(name + "|" for name in _names("security")) + \
           r"(?:government|govt|state|federal|governmental|Ukrainian|Afghan|Syrian|Iraqi|Nigerian|Malian|Somali|Indian|" \
           r"Pakistani|Yemeni|Israeli|Turkish|Russian|Burkinab[eé]|Cameroonian) (?:forces|troops|soldiers|army|military|police))"
SECURITY_RX = rx(SECURITY)
CIVILIAN = r"(?:civilians?|villagers?|residents?|farmers?|herders?|herdsmen|pastoralists?|people|persons?|person|individuals?|" \
           r"m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|kids?|minors?|teen(?:ager)?s?|youths?|students?|teachers?|family|families|" \
           r"traders?|vendors?|shopkeepers?|merchants?|businessm[ae]n|drivers?|motorists?|passengers?|travell?ers?|worshipp?ers?|" \
           r"pilgrims?|journalists?|reporters?|activists?|leaders?|officials?|politicians?|candidates?|councill?ors?|mayors?|" \
           r"chiefs?|priests?|pastors?|imams?|clerics?|doctors?|nurses?|health workers?|aid workers?|workers?|labou?rers?|" \
           r"miners?|fishermen|hunters?|monks?|nuns?|refugees?|migrants?|IDPs?|displaced|prisoners?|inmates?|detainees?|" \
           r"victims?|bod(?:y|ies)|corpses?|couple|brothers?|sisters?|father|mother|son|daughter|wife|husband|relatives?|" \
           r"elderly|lawyers?|judges?|members? of (?:\w+ )?(?:party|community|family)|supporters?|villages?|houses?|homes?|" \
           r"churches|church|mosques?|schools?|markets?|hospitals?|buses|bus|vehicles?|cars?|motorcycles?|taxis?|" \
           r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:\w+ )?(?:men|women|people|persons|civilians))"
CIVILIAN_RX = rx(CIVILIAN)
# Verbs of one-sided violence followed (within a few words) by who was hit, and the passive form.
HIT_CIVILIAN = rx(KILL + r" (?:\w+[,]? ){0,4}" + CIVILIAN, CIVILIAN + r" (?:[\w'’]+ ){0,5}(?:was|were|had been|got|being) "
                  r"(?:\w+ )?" + KILL, CIVILIAN + r" (?:\w+ ){0,3}(?:was|were) found (?:dead|murdered|with|lifeless)",
                  r"found (?:dead|murdered|lifeless)", r"bod(?:y|ies) (?:\w+ ){0,6}(?:found|discovered|recovered|dumped)",
                  r"(?:found|discovered) (?:the )?(?:\w+ ){0,3}(?:bod(?:y|ies)|corpses?|remains)", r"drive-?by(?: shooting)?",
                  r"decapitated", r"dismembered", r"signs of torture", r"gunshot wounds?", r"bullet wounds")
HIT_SECURITY = rx(KILL + r" (?:\w+[,]? ){0,4}" + SECURITY, SECURITY + r" (?:[\w'’]+ ){0,5}(?:was|were|had been|got|being) "
                  r"(?:\w+ )?" + KILL, r"(?:killed|neutrali[sz]ed|eliminated) (?:\d+|several|many|dozens of|scores of|"
                  r"a number of|some|two|three|four|five|six|seven|eight|nine|ten|\w+) (?:\w+ )?" + SECURITY)
ATTACK_VERB = rx(KILL, r"found dead", r"bod(?:y|ies)", r"corpses?", r"drive-?by", r"decapitated", r"tortur\w+",
                 r"beat(?:en)?", r"burn(?:ed|t) (?:to death|alive)", r"harass(?:ed|ment)", r"intimidat\w*", r"threatened",
                 r"extort\w*", r"whipped", r"flogged", r"maimed", r"mutilated", r"(?:fired|shooting) (?:\w+ ){0,2}at")
ARMED_ACTOR = rx(*_trigger("ARMED_ACTOR"))

# --- strategic developments --------------------------------------------------------------------------
DISRUPTED = rx(*_trigger("DISRUPTED"))
DRUG_SEIZURE = rx(*_trigger("DRUG_SEIZURE"))
LOOTING = rx(*_trigger("LOOTING"))
ABDUCTION = rx(*_trigger("ABDUCTION"))
SEXUAL = rx(*_trigger("SEXUAL"))
ARREST = rx(*_trigger("ARREST"))
# Actor names inside compounds ("rebel-held", "army-backed") do not name the actor who acted.
COMPOUND_END = r"(?![\w-])"
GOV_FORCES = rx(r"(?:government|govt|pro-government|regime|state|federal|national|loyalist|Syrian|Iraqi|Afghan|Somali|Nigerian|"
                r"Malian|Ukrainian|Yemeni|Libyan|Sudanese|Ethiopian|Congolese|Cameroonian|Burkinabe|Mozambican|Philippine|Indian|"
                r"Pakistani|Turkish|Russian|Israeli|Egyptian|Kenyan|Chadian) (?:\w+ )?(?:forces|troops|army|soldiers|military|"
                r"police|security forces|units)", r"(?:the )?army", r"armed forces", r"military", r"troops", r"soldiers",
                r"security forces", r"police", r"gendarm\w*", *_names("gov_forces"), end=COMPOUND_END)
NONSTATE = rx(r"rebels?", r"militants?", r"insurgents?", r"jihadists?", r"terrorists?", r"militi(?:a|as|amen)",
              r"separatists?", r"fighters", r"opposition", r"gunmen", r"guerrillas?", r"group", *_names("nonstate"),
              end=COMPOUND_END)
TAKE_CONTROL = rx(*_trigger("TAKE_CONTROL"))
REGAIN = rx(r"recaptur(?:ed|e|es|ing)", r"re-?took", r"re-?take", r"re-?taken", r"regain(?:ed|s|ing)?", r"(?-i:liberat(?:ed|ion|ing|e)|Liberated)",
            r"freed (?:\w+ ){0,3}(?:villages?|towns?|areas?|city|district|territor\w+|neighbou?rhoods?)", r"restor(?:ed|ing) "
            r"(?:\w+ ){0,2}control", r"reclaim(?:ed|ing)?", r"(?:seized|took|won) back", r"back under (?:\w+ ){0,3}control",
            r"recover(?:ed|ing) control", r"cleared (?:\w+ ){0,4}(?:of|from) (?:\w+ ){0,3}(?:militants|rebels|terrorists|insurgents|"
            r"jihadists|fighters|" + "|".join(_names("cleared")) + ")", r"(?:regained|restored) (?:full )?control", r"won back",
            r"(?:drove|driven|pushed|beat) (?:\w+ ){0,4}back from", r"(?:drove|driven|pushed) (?:\w+ ){0,4}out of",
            r"(?:significant )?ground was regained", r"advanced to within")
WITHDRAW = rx(*_trigger("WITHDRAW"))
HQ = rx(*_trigger("HQ"))
# who can change as a group: a party or armed group, by name or by kind ("a faction of the Front")
GROUP_KIND = re.compile(r"\b(?:Front|Movement|Army|Brigades?)\b|(?i:\b(?:factions?|armed struggle|rebels?|insurgents?|"
                        r"militants?|militias?)\b)")
GROUP_CHANGE = rx(r"defect(?:ed|ion|ions|ors|s)?", r"merg(?:ed|er|ing)", r"split (?:from|with)", r"splinter",
                  r"(?:broke|breaks|breaking|split|splintered) away from", r"breakaway (?:group|faction|wing)", r"(?:new|armed) "
                  r"(?:\w+ )?(?:group|faction|militia|coalition|alliance|brigade|entity) (?:\w+ ){0,3}(?:formed|was formed|"
                  r"launched|announced|created|set up|emerged)", r"(?:formed|created|founded|launched|announced the formation of|"
                  r"announced the creation of) (?:a |an )?(?:new )?(?:\w+ ){0,2}(?:group|faction|militia|coalition|alliance|"
                  r"brigade|front|movement|party|force|entity|organi[sz]ation|unit|command)", r"(?:has|have|had) been set up", r"joined forces", r"pledg(?:ed|es) allegiance",
                  r"swore allegiance", r"disband(?:ed|ing|s)?", r"dissol(?:ved|ution)", r"rebrand(?:ed)?", r"renamed",
                  r"(?:deployed|deploy|deploying|sent|dispatched|dispatch|moved|mobili[sz]ed|mobili[sz]ing) (?:\w+[,]? ){0,5}"
                  r"(?:reinforcements|troops|forces|units|soldiers|tanks|armou?red|vehicles|convoys?|personnel|fighters|jets?|"
                  r"fighters|air defen[cs]e|systems|ships|warships|officers|battalions?)",
                  r"reinforcements?", r"reinforc(?:ed|ing)", r"(?:military )?build-?up", r"troop (?:movements?|build-?up|surge)",
                  r"(?:arrived|arrive|arriving) (?:\w+ ){0,5}(?:from|in|at)", r"distribut(?:ed|ing) (?:\w+ ){0,3}(?:food|aid|packages|"
                  r"masks|supplies|groceries|relief)", r"(?:delivered|handed out|gave out) (?:\w+ ){0,3}(?:food|aid|packages|boxes|"
                  r"supplies|groceries|relief)", r"food (?:packages|parcels|boxes)", r"patroll?(?:ed|ing) (?:\w+ ){0,3}(?:streets|"
                  r"area|town|village|roads|city)", r"formed a patrol", r"imposed (?:\w+ ){0,2}curfew", r"announc(?:ed|ing) (?:\w+ ){0,2}curfew",
                  r"recruit(?:ed|ing|ment)", r"mobili[sz](?:ed|ing) (?:its|their) (?:members|fighters)", r"pull(?:ed|s)? back",
                  r"repositioned", r"redeploy(?:ed|ment)", r"joined (?:the )?(?:\w+ ){0,2}(?:group|rebels|militants|faction|army|"
                  r"insurgents|militias?|" + "|".join(_names("joined")) + ")", r"military (?:exercises|drills)",
                  r"(?:new|appointed|named|elected) (?:\w+ ){0,2}(?:leader|commander|chief|emir|head) (?:of|for)",
                  r"(?:video|statement) (?:\w+ ){0,4}(?:announcing|calling)", r"banned (?:the )?(?:group|party|organi[sz]ation)")
AGREEMENT = rx(*_trigger("AGREEMENT"))
AGREEMENT_BROKEN = rx(*_trigger("AGREEMENT_BROKEN"))
RELEASE = rx(*_trigger("RELEASE"))
DISPLACEMENT = rx(*_trigger("DISPLACEMENT"))
DISPLACED_WHO = rx(*_trigger("DISPLACED_WHO"))

# Fighting words proper (not just fire at positions): with heavy weapons they make an armed clash.
CLASH_STRONG = rx(*_trigger("CLASH_STRONG"))
SMALL_ARMS_STRICT = rx(*_trigger("SMALL_ARMS_STRICT"))
HEAVY_FIRE_ONLY = rx(*_trigger("HEAVY_FIRE_ONLY"))

# Unorganised crowds fighting (mob violence) vs organised armed groups (armed clash).
RIOT_ACTION = rx(*_trigger("RIOT_ACTION"))
UNARMED_GROUP = rx(*_trigger("UNARMED_GROUP"))
ARMED_SIDE = rx(r"gunmen", r"armed (?:men|man|individuals?|persons?|groups?|assailants|bandits|attackers|militants|forces)",
                r"militants?", r"insurgents?", r"rebels?", r"bandits", r"jihadists?", r"terrorists?", r"militi(?:a|as|amen)",
                r"hitm[ae]n", r"sicarios?", r"cartels?", r"military", r"army", r"soldiers?", r"troops", r"armed forces",
                r"security forces", r"guerrillas?", r"separatists?", r"fighters",
                r"shot", r"gunfire", r"guns?", r"rifles?", r"firearms?", r"opened fire", r"bullets?", r"AK-?47s?",
                r"gangs?", r"gang members", *_names("armed_side"))
FIGHT = rx(*_trigger("FIGHT"))

# Who was hit: the head noun of a victim phrase, found after an active verb or before a passive one.
BOTH_SIDES = rx(*_trigger("BOTH_SIDES"))
CIVILIAN_HEAD = re.compile(r"members?|sarpanch|agents?|owners?|officials?|suspects?|shepherds?|artists?|" + CIVILIAN.replace("(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:\\w+ )?", ""),
                           re.IGNORECASE)
SECURITY_HEAD = re.compile(SECURITY + r"|gangs?|gang members?|criminals?|traffickers?|shooters?|perpetrators?|"
                           r"sicarios?|hitm[ae]n|assailants?|attackers?|cops?|agents?|constables?|inspectors?|sergeants?|"
                           r"captains?|majors?|colonels?|generals?|lieutenants?|recruits?|cadets?|conscripts?",
                           re.IGNORECASE)
_NOUN = r"(?P<who>[A-Za-z][\w-]*)"
_MODS = r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+|at least|more than|" \
        r"local|young|elderly|unarmed|off-duty|female|male|(?-i:[A-Z][\w-]*)|[a-z]+(?:al|an|ic|ese|ish|ary)|other|of|members?)\s+){0,4}"
KILLV = KILL.replace("(?:", "(?:", 1)
PASSIVE_HIT = re.compile(r"\b(?:was|were|been|got|being)\s+(?:\w+\s+)?" + KILLV, re.IGNORECASE)
PASSIVE_FILLER = re.compile(r"(?i)reportedly|allegedly|also|later|all|both|then|subsequently|each|who|that|were|was|had|"
                            r"have|has|been")
ACTIVE_HIT = re.compile(r"\b" + KILLV + r"(?:\s+and\s+\w+)?(?P<by>\s+by)?(?P<np>(?:\s+[\w'’-]+){1,6})", re.IGNORECASE)
NP_STOP = re.compile(r"(?i)in|at|on|near|with|who|during|while|after|before|from|to|for|as|when|which|that|into|inside|"
                     r"outside|along|across|and|or|but|killing|wounding|injuring|by|was|were|been|is|are|had|has|have")
CIVILIAN_SIGNS = rx(*_trigger("CIVILIAN_SIGNS"))
COMBATANT_KILLED = rx(*_trigger("COMBATANT_KILLED"))

# A crowd fighting during a protest, unless the fight is what the protest is about.
CROWD_FIGHT = rx(*_trigger("CROWD_FIGHT"))
TOPIC_BEFORE_INTERVENTION = re.compile(r"(?i)\b(?:against|over|condemn\w*|denounc\w*|demanding|because of|justice for|"
                                       r"release of|arrest of|detention of|plan\w* for|accus\w+|who had been|previous|earlier|"
                                       r"last (?:week|month|year))\b(?:\s+\S+){0,6}\s*$")
TOPIC_BEFORE = re.compile(r"(?i)\b(?:against|over|condemn\w*|denounc\w*|after|following|demanding|because of|plan\w* for|"
                          r"protest\w* (?:at|over|against)|justice for|release of|arrest of|detention of|in support of|solidarity with|"
                          r"accus\w+|who had been|previous|earlier|last (?:week|month|year))\b(?:\s+\S+){0,6}\s*$")
FOLLOWUP_FORCE = rx(*_trigger("FOLLOWUP_FORCE"))
FOLLOWUP_VIOLENCE = rx(*_trigger("FOLLOWUP_VIOLENCE"))
FOLLOWUP_INTERVENTION = rx(*_trigger("FOLLOWUP_INTERVENTION"))

PROTEST_PROPER = rx(*_trigger("PROTEST_PROPER"))
VIGILANTE = rx(*_trigger("VIGILANTE"))
KIDNAP_WORDS = rx(*_trigger("KIDNAP_WORDS"))
DISRUPTED_GROUND = rx(*_trigger("DISRUPTED_GROUND"))

# Crowd control and demonstration violence that name no protest word ("Police dispersed them.").
CROWD_CONTROL = rx(*_trigger("CROWD_CONTROL"))
DEMONSTRATION_VIOLENCE = rx(*_trigger("DEMONSTRATION_VIOLENCE"))

REPORTING = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|said|says|told|according to|reported|announced|claimed)\b")
PASSIVE_LOSS = rx(*_trigger("PASSIVE_LOSS"))

# Armed or security targets (not perpetrators): an attack on them with no civilian named is a clash.
SECURITY_TARGET = rx(*_trigger("SECURITY_TARGET"))

# A cheap first look: a text with none of these word stems has no cue any stage could match
# (triggers.yaml, `stems`).
ANY_CUE_STEMS = rules().stems
ANY_CUE = re.compile(r"\b(?:" + alternation(ANY_CUE_STEMS) + ")", re.IGNORECASE)

CLAUSE_BOUNDARY = re.compile(r"[,;:()]|\b(?:and|but|while|when|after|before|as|because)\b", re.IGNORECASE)

# An arrest is an event when someone is seen arresting, or the person held is a political actor.
ARREST_AGENT = rx(r"(?:police|security forces|authorities|army|troops|soldiers|military|forces|officers|government|regime|"
                  r"gendarm\w*|intelligence|agents|guards|junta|NIA|CID|FBI|rangers|paramilitar\w*|law enforcement|security services|"
                  r"Colectivos|" + "|".join(_names("arrest_agent")) + r") (?:[\w'’,-]+ ){0,8}"
                  r"(?:arrested|detained|rounded up|apprehended|took|taken|nabbed|captured|seized|held|jailed)",
                  r"(?:arrested|detained|apprehended|held|taken into custody|rounded up) (?:\w+ ){0,3}by (?:the )?(?:\w+ )?"
                  r"(?:police|security|authorities|army|troops|soldiers|military|forces|officers|gendarm\w*|intelligence|agents)")
ARREST_POLITICAL = rx(r"activists?", r"opposition", r"journalists?", r"leaders?", r"protesters", r"demonstrators", r"politicians?",
                      r"candidates?", r"MPs?", r"lawmakers?", r"officials?", r"commanders?", r"militants?", r"rebels?",
                      r"insurgents?", r"members of (?:the )?(?:\w+ ){0,3}(?:party|movement|group|organi[sz]ation|union|opposition)",
                      r"(?:secretary(?:-general)?|chairman|chairwoman|head|spokes(?:man|woman|person)|deputy) of (?:the )?"
                      r"(?:[\w'’-]+ ){1,4}(?:party|movement|group|organi[sz]ation|union|front|council|committee)",
                      r"supporters", r"students", r"critics?", r"dissidents?", r"bloggers?", r"lawyers?", r"Palestinians",
                      r"separatists?", r"fighters", r"cadres?", r"clerics?", r"imams?", r"workers", r"unionists?",
                      r"(?:" + "|".join(_names("arrest_political")) + r") (?:members?|militants?|suspects?|operatives?|cells?|"
                      r"affiliates?|supporters|elements)")
NO_ARRESTS = rx(*_trigger("NO_ARRESTS"))
KILLED = rx(*_trigger("KILLED"))
ARMS_WORDS = rx(*_trigger("ARMS_WORDS"))
WAR_PRISONERS = rx(*_trigger("WAR_PRISONERS"))

# --- who says so: source attributions supply no type cue ------------------------------------------
# ", residents and a member of a local vigilante group said." / ", said a farmer who ..." at the end,
# "according to X", a parenthetical ", witnesses said," and a leading "Residents said ..." whose
# source is a witness (not an actor that may be the subject of what follows: "Police said they...").
_SAY = r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?<!be )(?:said|says|say|told (?:[\w'’.-]+ ){0,3}?[\w'’-]+|reported|added|confirmed|stated|claimed|alleged|recalled|recounted)"
_WHEN = r"(?:\s+(?:on|late|early|last|this|in)\s+[\w-]+(?:\s+(?:night|morning|evening|afternoon))?)?"
TRAILING_SOURCE = re.compile(r",[\"”’]?\s*(?:(?:and|but)\s+)?(?:[^,;:“”\"]{1,120}?\s+" + _SAY + _WHEN
                             + r"|(?:said|told|added|according to)\s+[^,;:“”\"]{1,120}?)(?:,[^,;:“”\"]{1,60}?)?"
                             r"\s*(?P<end>[.!?]?[\"”’)]*\s*)$", re.IGNORECASE)
PARENTHETICAL_SOURCE = re.compile(r",\s*[^,;:“”\"]{1,60}?\s+" + _SAY + _WHEN + r"\s*,", re.IGNORECASE)
SCOPE_PROTEST_ACT = rx(*_trigger("SCOPE_PROTEST_ACT"))
ACCORDING_TO = re.compile(r",?\s*\b(?:according to|citing|quoting)\s+[^,;.]{1,100}(?=[,;.]|$)", re.IGNORECASE)

# "there were no protests or clashes", "ended without violence": events said not to have happened,
# taken out of a sentence before it is typed (the rest of it may still report one)
_NEGATED_NOUN = (r"(?:violence|clash(?:es)?|protests?|demonstrations?|fighting|riots?|rioting|unrest|attacks?|"
                 r"shooting|shootings|gunfire|looting|skirmish(?:es)?|confrontations?)")
NEGATED_EVENT = re.compile(r"\b(?:no|without|nor|free of|free from) (?:(?:reports?|signs?|sign) of |(?:further|major|"
                           r"serious|new|immediate|reported) )?" + _NEGATED_NOUN
                           + r"(?:(?:,\s*|\s+(?:or|and|nor)\s+)(?:any\s+)?" + _NEGATED_NOUN + r")*\b", re.IGNORECASE)
WITNESS = (r"(?:residents?|witness(?:es)?|eyewitness(?:es)?|locals?|villagers?|sources?|relatives?|neighbou?rs?|medics?|"
           r"doctors?|nurses?|survivors?|(?:a|an|one|two|the) (?:\w+ ){0,3}(?:member|resident|witness|farmer|trader|official|"
           r"spokes(?:man|woman|person)|source|elder|leader|worker|journalist|activist|teacher|survivor|relative|villager)s?|"
           r"members|officials|activists|journalists|elders|leaders|community leaders|hospital (?:officials|sources|staff))")
LEADING_SOURCE = re.compile(r"^(?:[\w'’.-]+ ){0,8}?" + WITNESS + r"(?: (?:of|from|in|at) (?:[\w'’.-]+ ){0,6}?)?"
                            r"(?:[\w'’.-]+ )?" + _SAY + _WHEN + r"(?:,)?\s+(?:that\s+)?(?!(?:they|it|its|their|them|we|our|he|his|she|her)\b)",
                            re.IGNORECASE)

# A non-state group whose name ends in "Army" ("National Liberation Army", "Myanmar National Democratic
# Alliance Army", "Arakan Army"): its "Army" does not name government forces.
NAMED_NONSTATE_ARMY = re.compile(r"(?:[A-Z][\w'’-]+ ){0,4}(?:Liberation|Independence|Democratic|Alliance|Revolutionary|"
                                 r"Resistance|Salvation|Republican|Mahdi|Free|Arakan|Kachin|Karen|Ta'ang|Shan|Rebel|Islamic|"
                                 r"Patriotic|Popular|Defen[cs]e)(?: [A-Z][\w'’-]+){0,3} Army\b")

# Ceremonies for the dead ("attended a dignified transfer of the three soldiers killed"): no event.
CEREMONY = rx(*_trigger("CEREMONY"))
MOB_NOUN_ONLY = rx(*_trigger("MOB_NOUN_ONLY"))

# An agreement named as background ("a dissident group that rejected the 2016 peace deal"): no new agreement.
AGREEMENT_PAST = rx(*_trigger("AGREEMENT_PAST"))
