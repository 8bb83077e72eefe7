"""Hand-written actor lexicon: alias patterns -> canonical ACLED actor names and inter codes.

Written for eventwire from ACLED's public codebook definitions; nothing here is fitted on any
dataset.
"""

from __future__ import annotations

import re

# Event-typing cues (triggers, non-event markers) live in `eventwire.extract.cues`; the
# decision that combines them is `eventwire.extract.typing`.

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
