"""Actors of two mentions: the same, unknown on one side, or contradictory (a hard reason).

Names are compared without ACLED's country and period brackets ("Military Forces of Iraq
(2022-)" = "Military Forces of Iraq"); a unit of a force is the force ("Military Forces of Iran
(1989-) Islamic Revolutionary Guard Corps" names "Military Forces of Iran"); "Unidentified ..."
and "Unknown ..." name nobody.  Two mentions contradict each other when both name actors and
each names one the other does not mention at all (its associated actors included): "gunmen
killed three soldiers" and "gunmen killed two policemen" name Military vs Police Forces.
"""

from __future__ import annotations

import functools
import re

from eventwire.link.evidence import Evidence, hard, support
from eventwire.records import Event

UNKNOWN_ACTORS = re.compile(r"^(unidentified|unknown)", re.IGNORECASE)
GENERIC_ACTORS = re.compile(r"^(civilians|protesters|rioters)\b", re.IGNORECASE)
STATE_FORCES = re.compile(r"^(military|police) forces of\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*\([^)]*\)")


@functools.lru_cache(maxsize=50_000)
def actor_key(actor: str) -> str:
    """"Military Forces of Iraq (2022-) Federal Police" -> "military forces of iraq federal police"."""
    return " ".join(_BRACKETS.sub(" ", actor).lower().split())


def actor_names(e: Event) -> set[str]:
    """Known main actors (actor1, actor2), without ACLED's brackets."""
    return {actor_key(a) for a in (e.actor1, e.actor2) if a and not UNKNOWN_ACTORS.match(a)}


def all_actor_names(e: Event) -> set[str]:
    """Main and associated actors, known ones only."""
    names = actor_names(e)
    for assoc in (e.assoc_actor_1, e.assoc_actor_2):
        names |= {actor_key(a) for a in (assoc or "").split(";") if a.strip() and not UNKNOWN_ACTORS.match(a.strip())}
    return names


def same_actor(x: str, y: str) -> bool:
    """Equal, or one is a unit of the other ("military forces of iran" / "... revolutionary guard")."""
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


def _unmatched(names: set[str], others: set[str]) -> set[str]:
    return {n for n in names if not any(same_actor(n, o) for o in others)}


def actors_evidence(a: Event, b: Event) -> Evidence:
    na, nb = actor_names(a), actor_names(b)
    if not na or not nb:
        return support(0.2, "no actor contradicts (actors unknown on one side)")
    only_a, only_b = _unmatched(na, all_actor_names(b)), _unmatched(nb, all_actor_names(a))
    if only_a and only_b:
        return hard("different actors named: " + " / ".join(sorted(only_a)) + " vs " + " / ".join(sorted(only_b)))
    common = na - only_a
    groups = shared_groups(a, b)
    forces = sorted(n for n in common if STATE_FORCES.match(n))
    if groups:
        return support(1.0, "same actors: " + ", ".join(sorted(groups | set(forces))))
    if forces:
        return support(0.6, "same state forces: " + ", ".join(forces))
    if common:
        return support(0.4, "same kind of actor: " + ", ".join(sorted(common)))
    return support(0.2, "no actor contradicts")


def shared_groups(a: Event, b: Event) -> set[str]:
    """Named actors both mention that tell events apart: neither generic (civilians...) nor the
    state's forces, which take part in most events of their country."""
    common = {x for x in actor_names(a) if any(same_actor(x, y) for y in actor_names(b))}
    return {n for n in common if not GENERIC_ACTORS.match(n) and not STATE_FORCES.match(n)}
