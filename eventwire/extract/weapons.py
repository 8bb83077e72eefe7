"""Weapon named in a sentence, normalised."""

from __future__ import annotations

import re

WEAPONS: list[tuple[str, str]] = [
    ("ballistic missile", r"ballistic missiles?"), ("cruise missile", r"cruise missiles?"),
    ("one-way attack drone", r"one-way attack (drone|UAV)s?"), ("Katyusha rockets", r"Katyusha"),
    ("car bomb", r"car bomb|VBIED|vehicle-borne"), ("suicide vest", r"suicide vest"),
    ("IED", r"\bIEDs?\b|improvised explosive|roadside bomb"), ("landmine", r"landmines?"),
    ("grenade", r"grenades?"), ("mortar", r"mortars?"), ("artillery", r"artillery|shell(ed|ing|s)"),
    ("rockets", r"rockets?|MLRS"), ("missile", r"missiles?"), ("drone", r"drones?|UAVs?"),
    ("aircraft", r"air ?strikes?|warplanes?|fighter jets?|bombers?|air raids?"),
    ("small arms", r"gunfire|opened fire|shot|rifles?|gunmen"),
]
COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in WEAPONS]


def find_weapon(sentence) -> str | None:
    text = sentence.text
    return next((name for name, pattern in COMPILED if pattern.search(text)), None)
