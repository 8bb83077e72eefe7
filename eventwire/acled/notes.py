"""ACLED-style `notes` written from the event's own fields and evidence.

"On 23 January 2024, US forces conducted airstrikes on Kataib Hezbollah in Al-Qaim (Al Anbar).
1 fatality reported."  The date as precise as it is known; the actors as a note names them
(`actors.actor_phrase`); the act by sub-event type and weapon; the place as precise as it is
coded ("near" for precision 2, "an unspecified location in" for a region or a country); for
protests the crowd and what it was about, taken from the protest's own sentence; then the toll,
whom it comes from, and where the sources disagree.  Never longer than a few sentences.
"""

from __future__ import annotations

import re

from eventwire.acled.actors import actor_phrase, group_word
from eventwire.acled.tags import crowd_size, evidence_texts
from eventwire.records import Event

# Acts with a target: "{a1} {verb} {a2}"; {w} is filled from the weapon.
_ACTS = {
    "Armed clash": "clashed with {a2}",
    "Government regains territory": "regained control of {place_name} from {a2}",
    "Non-state actor overtakes territory": "took control of {place_name} from {a2}",
    "Air/drone strike": "{w} on {a2}",
    "Shelling/artillery/missile attack": "{w} {a2}",
    "Remote explosive/landmine/IED": "{w} targeting {a2}",
    "Suicide bomb": "carried out a suicide {w} against {a2}",
    "Grenade": "threw a grenade at {a2}",
    "Chemical weapon": "used chemical weapons against {a2}",
    "Attack": "attacked {a2}",
    "Sexual violence": "committed sexual violence against {a2}",
    "Abduction/forced disappearance": "abducted {a2}",
    "Excessive force against protesters": "used excessive force against {a2}",
    "Mob violence": "attacked {a2}",
    "Arrests": "arrested {a2}",
    "Agreement": "reached an agreement with {a2}",
    "Looting/property destruction": "looted or destroyed property of {a2}",
    "Disrupted weapons use": "intercepted or defused a weapon of {a2}",
    "Headquarters or base established": "established a base",
    "Non-violent transfer of territory": "took over {place_name} from {a2} without fighting",
    "Change to group/activity": "changed its activity",
    "Other": "were involved in an event",
}
_AIR = {"drone": "conducted a drone strike", "aircraft": "conducted airstrikes", None: "conducted an air or drone strike"}
_SHELL = {"missile": "fired missiles at", "artillery": "shelled", None: "shelled or fired missiles at"}
_BOMB = {"IED": "detonated an IED", "landmine": "laid a landmine", None: "detonated an explosive device"}
_SUICIDE = {"suicide car bomb": "car bombing", None: "bombing"}
# Acts that read better without a target than with "unidentified targets".
_WITHOUT_TARGET = {"Agreement": "reached an agreement", "Disrupted weapons use": "intercepted or defused a weapon",
                   "Looting/property destruction": "looted or destroyed property"}
_DEFAULT_TARGET = {"Attack": "civilians", "Abduction/forced disappearance": "civilians",
                   "Sexual violence": "civilians", "Mob violence": "civilians",
                   "Excessive force against protesters": "protesters", "Arrests": "people"}
_TOPIC = re.compile(
    r"\b((?:to (?:demand|protest|denounce|condemn|call for|press for|oppose|support|show support for|"
    r"express (?:their )?solidarity with|mark|commemorate|reject)|against|in (?:support|solidarity) (?:of|with)|"
    r"calling for|demanding|over)\b[^,;.:!?\"“”]*)", re.I)
_TRAILING_DATE = re.compile(r"\s+(?:on|last|this|early|late|earlier)\s+(?:\w+day|week(?:end)?|month|\d{1,2}\s+\w+)\b.*$", re.I)


def write_notes(event: Event) -> str:
    """The note of an event: when, who did what to whom, where; then toll, claimant, disputes."""
    if event.notes:
        return event.notes
    sentences = [f"{_when(event)}, {_core(event)}."]
    sentences += [s for s in (_toll(event), *_disputes(event)) if s]
    return " ".join(sentences)


def _when(event: Event) -> str:
    day = event.event_date
    if day is None:
        return "On an unknown date"
    if event.time_precision == 3:
        return f"In {day:%B %Y}"
    if event.time_precision == 2:
        return f"Around {day.day} {day:%B %Y} (week of)"
    return f"On {day.day} {day:%B %Y}"


def _core(event: Event) -> str:
    sub = event.sub_event_type
    if event.event_type in ("Protests",) or sub == "Violent demonstration":
        return _crowd_core(event)
    a1 = actor_phrase(event.actor1) or "unidentified actors"
    a2 = actor_phrase(event.actor2) or _DEFAULT_TARGET.get(sub, "unidentified targets")
    if sub == "Arrests" and event.actor2 and _is_named_group(event.actor2):
        a2 = f"members of {a2}"
    act = _ACTS.get(sub, "were involved in an event ({sub}) with {a2}".replace("{sub}", sub.lower()))
    place_name = f"{event.location}{_admin_suffix(event)}" if event.location else "territory"
    act = act.format(a2=a2, w=_weapon_words(event), place_name=place_name)
    if not event.actor2 and sub in _WITHOUT_TARGET:
        act = _WITHOUT_TARGET[sub]
    where = "" if "{place_name}" in _ACTS.get(sub, "") else _where(event)
    return f"{a1} {act}{where}"


def _weapon_words(event: Event) -> str:
    sub, weapon = event.sub_event_type, event.weapon
    table = {"Air/drone strike": _AIR, "Shelling/artillery/missile attack": _SHELL,
             "Remote explosive/landmine/IED": _BOMB, "Suicide bomb": _SUICIDE}.get(sub)
    if table is None:
        return ""
    return table.get(weapon, table[None])


def _crowd_core(event: Event) -> str:
    size = crowd_size(evidence_texts(event))
    who = group_word(event.assoc_actor_1) or ("rioters" if event.event_type == "Riots" else "protesters")
    crowd = _crowd_words(size, who)
    topic = _topic(evidence_texts(event))
    sub = event.sub_event_type
    if sub == "Violent demonstration":
        core = f"{crowd} demonstrated violently{_where(event)}"
        if event.actor2:
            core += f", clashing with {actor_phrase(event.actor2)}"
    elif sub == "Excessive force against protesters":
        core = f"{actor_phrase(event.actor1) or 'state forces'} used excessive force against {crowd}{_where(event)}"
    else:
        core = f"{crowd} demonstrated{_where(event)}"
    if topic:
        core += f" {topic}"
    if sub == "Protest with intervention":
        police = actor_phrase(event.actor2) or "security forces"
        core += f"; {police} intervened"
    return core


def _crowd_words(size: str, who: str) -> str:
    if size == "no report":
        return who
    if size in ("hundreds", "thousands", "dozens", "tens of thousands", "hundreds of thousands", "scores"):
        return f"{size} of {who}"
    return f"{size} {who}"


def _topic(texts: list[str]) -> str | None:
    for text in texts[:1]:
        match = _TOPIC.search(text)
        if match:
            words = _TRAILING_DATE.sub("", match.group(1)).split()
            return " ".join(words[:16]) if len(words) >= 2 else None
    return None


def _where(event: Event) -> str:
    loc, admin1, country = event.location, event.admin1, event.country
    if not loc and not admin1 and not country:
        return ""
    if event.geo_precision == 3 or not loc:
        area = admin1 if admin1 and loc in (admin1, None) else (loc or country)
        area = area or country
        suffix = f" ({country})" if area != country and country else ""
        return f" in an unspecified location in {area}{suffix}"
    preposition = "near" if event.geo_precision == 2 else "in"
    return f" {preposition} {loc}{_admin_suffix(event)}"


def _admin_suffix(event: Event) -> str:
    admin1 = event.admin1
    return f" ({admin1})" if admin1 and admin1 != event.location else ""


def _toll(event: Event) -> str | None:
    parts = []
    if event.fatalities:
        parts.append(f"{event.fatalities} fatalit{'y' if event.fatalities == 1 else 'ies'}")
    if event.injuries:
        parts.append(f"{event.injuries} injur{'y' if event.injuries == 1 else 'ies'}")
    if not parts:
        return None
    source = f" by {_claimant(event.claimant)}" if event.claimant else ""
    return f"{' and '.join(parts)} reported{source}."


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "two", "three", "four", "five", "several",
                "some", "many", "both", "one"}
_PEOPLE = {"officer", "official", "source", "spokesman", "spokeswoman", "spokesperson", "witness", "resident",
           "commander", "doctor", "medic", "activist", "journalist", "correspondent", "monitor", "leader"}


def _claimant(claimant: str) -> str:
    """"Somali army officer" -> "a Somali army officer"; "health ministry" -> "the health ministry"."""
    first_phrase = re.split(r"\s+(?:and|or)\s+", claimant)[0].split()
    if not first_phrase or first_phrase[0].lower() in _DETERMINERS or first_phrase[0][:1].isdigit():
        return claimant
    head = first_phrase[-1].lower()
    if head.endswith("s") and not head.endswith(("ss", "us")):
        return claimant
    return f"{'a' if head in _PEOPLE else 'the'} {claimant}"


def _day_words(iso: str) -> str:
    import datetime as dt

    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def _is_named_group(name: str) -> bool:
    return not re.match(r"^(?:Civilians|Protesters|Rioters|Unidentified|Military Forces|Police Forces|"
                        r"Government of|Women|Students|Journalists|Labour Group)", name)


def _disputes(event: Event) -> list[str]:
    out = []
    for d in event.disagreements:
        values = [v for v in d.values.values() if v is not None]
        if d.field in ("fatalities", "injuries") and values:
            lo, hi = min(values), max(values)
            if lo != hi:
                lowest = " the lowest is coded" if d.field == "fatalities" else ""
                out.append(f"Reports of {d.field} vary from {lo} to {hi};{lowest}".rstrip(";") + ".")
        elif d.field == "event_date" and values:
            days = sorted({str(v) for v in values})
            out.append(f"Sources give different dates ({' or '.join(_day_words(d) for d in days)}).")
    return out

