"""Hand-written trigger lexicon: sentence patterns -> ACLED sub-event type, and actor aliases.

Written for eventwire from ACLED's public codebook definitions; nothing here is fitted on any
dataset.  Order matters: the first matching trigger types the sentence.
"""

from __future__ import annotations

import re

SUB_EVENT_TRIGGERS: list[tuple[str, str]] = [
    ("Chemical weapon", r"\b(chemical (weapon|attack)|chlorine|sarin|nerve agent)"),
    ("Suicide bomb", r"\bsuicide (bomb|car bomb|attack|vest|bomber)"),
    ("Remote explosive/landmine/IED", r"\b(IEDs?|improvised explosive|roadside bomb|landmine|car bomb|"
                                      r"explosive device|booby.trap|bomb (exploded|went off|blast))"),
    ("Grenade", r"\bgrenades?\b"),
    ("Air/drone strike", r"\b(air ?strikes?|air raids?|drone strikes?|warplanes?|fighter jets?|"
                         r"bombers?|helicopter gunships?|(unmanned|armed) drones?|"
                         r"one-way attack (drone|UAV)s?|drone attack)"),
    ("Shelling/artillery/missile attack", r"\b(shell(ed|ing)|artillery|mortars?|rockets?|missiles?|"
                                          r"Katyushas?|MLRS|barrage)\b"),
    ("Abduction/forced disappearance", r"\b(abduct(ed|ion|s)?|kidnapp?(ed|ing)|seized .{0,30}hostages?)"),
    ("Sexual violence", r"\b(raped|rape|sexual(ly)? (violence|assault))"),
    ("Excessive force against protesters", r"\b(opened fire on|shot dead|killed) .{0,40}(protesters|demonstrators)"),
    ("Protest with intervention", r"\b(police|security forces) (dispersed|used tear gas|fired tear gas|"
                                  r"arrested) .{0,60}(protest|demonstrat|march)"),
    ("Violent demonstration", r"\b(protesters|demonstrators|rioters) .{0,60}(torched|set fire|hurled|"
                              r"stormed|threw stones|burned)"),
    ("Mob violence", r"\b(mob|lynch(ed|ing)|vigilantes?)\b"),
    ("Peaceful protest", r"\b(protest(ed|ers|s)?|demonstrat(ion|ors|ed)|rall(y|ied)|march(ed)?|sit-in|"
                         r"strike by workers)\b"),
    ("Non-state actor overtakes territory", r"\b(seized|captured|took|overran|taken) (control of )?"
                                            r"(the )?(town|city|village|base|district|border crossing)"),
    ("Government regains territory", r"\b(recaptured|retook|regained control|liberated)\b"),
    ("Arrests", r"\b(arrested|detained|rounded up|taken into custody)\b"),
    ("Agreement", r"\b(signed|agreed to|reached) (a |an )?(ceasefire|peace|truce|agreement|deal)"),
    ("Attack", r"\b(gunmen|attackers|militants|fighters)\b.{0,60}\b(killed|shot|attacked|stormed|opened fire)"),
    ("Armed clash", r"\b(clash(ed|es)?|fought|firefight|gun ?battles?|exchanged fire|fighting between)\b"),
    ("Attack", r"\b(shot dead|gunned down|assassinated|killed .{0,30}(civilians?|villagers|leader))"),
]

COMPILED_TRIGGERS = [(sub, re.compile(pattern, re.IGNORECASE)) for sub, pattern in SUB_EVENT_TRIGGERS]

# Sentences that are background, aggregates, threats, plans, or statements: no event from them.
NON_EVENT = re.compile(
    r"\b(since (October|November|December|January|February|March|April|May|June|July|August|September|"
    r"the start|last year|\d{4})|in recent (months|weeks)|so far this year|over the past|more than \d+ attacks|"
    r"dozens of attacks|at least \d+ attacks|will (continue|strike|retaliate)|threaten(ed|s)? to|vow(ed|s)? to|"
    r"could|would|may (strike|attack)|plans? to|warn(ed|s)? that|has been targeted|in the past|previously|"
    r"has conducted|have conducted|several times)\b",
    re.IGNORECASE,
)

# (pattern, canonical name, ACLED inter code).  External forces acting abroad are coded 8.
ACTOR_ALIASES: list[tuple[str, str, int]] = [
    (r"\b(U\.?S\.?|United States|American|CENTCOM|Central Command|Pentagon)\b.{0,25}"
     r"(forces|troops|military|warplanes|jets|aircraft|bombers|drones?|strikes?|personnel)|"
     r"\bU\.?S\.? (carried out|launched|struck)|\bThe (US|U\.S\.|United States) (on|carried|launched)",
     "Military Forces of the United States", 8),
    (r"\bKata'?[ie]b Hez?[bi]ollah|Kata'ib Hizballah|\bKH\b", "Kataib Hezbollah", 3),
    (r"\bIslamic Resistance in Iraq\b", "Islamic Resistance in Iraq", 3),
    (r"\bHouthis?|Ansar Allah\b", "Houthi Movement", 2),
    (r"\bHezbollah\b", "Hezbollah", 2),
    (r"\bHamas\b", "Hamas Movement", 2),
    (r"\bIslamic State|\bISIS\b|\bISIL\b|\bDaesh\b", "Islamic State", 2),
    (r"\bal-Shabaab\b|\bAl Shabaab\b", "Al Shabaab", 2),
    (r"\bBoko Haram\b|\bJAS\b", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
    (r"\bRapid Support Forces|\bRSF\b", "Rapid Support Forces", 2),
    (r"\bSudanese Armed Forces|\bSAF\b|Sudanese army", "Military Forces of Sudan (2019-)", 1),
    (r"\bRussian (forces|troops|military|army|missiles?)|\bRussia (launched|fired)", "Military Forces of Russia (2000-)", 8),
    (r"\bUkrainian (forces|troops|military|army)", "Military Forces of Ukraine (2019-)", 1),
    (r"\bIsraeli (forces|military|army|drone|warplanes|jets|strike)|\bIDF\b", "Military Forces of Israel (2022-)", 8),
    (r"\bMNDAA\b|Myanmar National Democratic Alliance Army", "MNDAA: Myanmar National Democratic Alliance Army", 2),
    (r"\bjunta|Myanmar (military|army)|Tatmadaw", "Military Forces of Myanmar (2021-)", 1),
    (r"\bELN\b|National Liberation Army", "ELN: National Liberation Army", 2),
    (r"\bFARC dissidents?|FARC\b", "FARC Dissidents", 2),
    (r"\bIPOB\b|Indigenous People of Biafra", "IPOB: Indigenous People of Biafra", 3),
    (r"\bPopular Mobili[sz]ation (Forces|Front|Units)|\bPMF\b|Hashd", "PMF: Popular Mobilization Forces", 3),
    (r"\b(Iraqi (army|soldiers|troops|forces|security forces)|army patrol)", "Military Forces of Iraq (2022-)", 1),
    (r"\b(Syrian (army|government|regime) (forces|troops|artillery)?|government forces shelled)",
     "Military Forces of Syria (2000-2024)", 1),
    (r"\b(police|security forces)\b", "Police Forces", 1),
    (r"\b(protesters|demonstrators|marchers)\b", "Protesters", 6),
    (r"\b(rioters)\b", "Rioters", 5),
    (r"\b(civilians?|villagers|residents|passers-by|women|children|farmers)\b", "Civilians", 7),
    (r"\b(gunmen|unidentified (attackers|assailants|armed men)|militants|attackers)\b",
     "Unidentified Armed Group", 2),
]

COMPILED_ACTORS = [(re.compile(p, re.IGNORECASE if "KH" not in p else 0), name, inter)
                   for p, name, inter in ACTOR_ALIASES]

# Generic names take the country in brackets, as ACLED writes them.
COUNTRY_SUFFIXED = {"Police Forces", "Protesters", "Rioters", "Civilians", "Unidentified Armed Group",
                    "Islamic State"}
