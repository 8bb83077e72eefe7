"""ACLED's `tags` where it has them: the crowd size of protests and riots ("crowd size=hundreds").

Read from the event's own evidence sentences: "hundreds of protesters", "several thousand people",
"about 200 demonstrators", "a crowd of 50".  A protest whose sentences give no size is tagged
"crowd size=no report", as ACLED does; other events get no tag.
"""

from __future__ import annotations

import re

from eventwire.records import Event

CROWD_TYPES = ("Protests", "Riots")
PEOPLE = (r"(?:people|persons|protesters|protestors|demonstrators|marchers|rioters|students|workers|"
          r"residents|villagers|supporters|activists|women|men|youths?|teachers|farmers|traders|"
          r"drivers|doctors|nurses|employees|mourners|participants|worshippers|citizens|"
          r"refugees|pensioners|retirees|lawyers|journalists|members|fans|locals|families|relatives)")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
          "one hundred": 100}
_QUALIFIER = {"about": "around", "around": "around", "some": "around", "roughly": "around",
              "approximately": "around", "an estimated": "around", "nearly": "nearly", "almost": "nearly",
              "more than": "more than", "over": "more than", "at least": "at least", "up to": "up to"}
_Q = r"(?:(?P<q>about|around|some|roughly|approximately|an estimated|nearly|almost|more than|over|at least|up to)\s+)?"
_N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_MULT = r"(?P<m>tens of thousands|hundreds of thousands|hundreds|thousands|dozens|scores)"
_SEVERAL = r"(?P<s>several|a few|many)\s+(?P<unit>hundred|thousand|dozen)"
_HARM = re.compile(r"\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding|hurt|arrested|detained|"
                   r"abducted|missing)\b", re.I)
_PATTERNS = (
    re.compile(rf"\b{_MULT}\s+of\s+(?:\w+\s+){{0,2}}?{PEOPLE}\b", re.I),
    re.compile(rf"\b{_SEVERAL}\s+(?:\w+\s+){{0,2}}?{PEOPLE}\b", re.I),
    re.compile(rf"\bcrowds?\s+of\s+{_Q}(?:{_MULT}|{_N})\b", re.I),
    re.compile(rf"\b{_Q}{_N}\s+(?:\w+\s+){{0,2}}?{PEOPLE}\b", re.I),
)


def crowd_size(texts: list[str]) -> str:
    """"hundreds", "several thousand", "around 200", or "no report"."""
    for text in texts:
        for pattern in _PATTERNS:
            for match in pattern.finditer(text):
                if _HARM.search(text[match.end():match.end() + 40]) or _HARM.search(text[max(0, match.start() - 12):match.start()]):
                    continue  # "three protesters were killed" counts victims, not the crowd
                if size := _size(match):
                    return size
    return "no report"


def _size(match: re.Match) -> str | None:
    parts = match.groupdict()
    if parts.get("m"):
        return parts["m"].lower()
    if parts.get("s"):
        return f"{parts['s'].lower()} {parts['unit'].lower()}"
    number = parts.get("n")
    if not number:
        return None
    value = _WORDS.get(number.lower()) or int(number.replace(",", ""))
    if value < 2:
        return None
    shown = f"{value:,}"
    qualifier = _QUALIFIER.get((parts.get("q") or "").lower())
    return f"{qualifier} {shown}" if qualifier else shown


def evidence_texts(event: Event) -> list[str]:
    """The event's evidence sentences, the typed one first, each once."""
    order = ("event_type", "event", "actor1", "actor2")
    spans = [event.evidence[k] for k in order if k in event.evidence]
    spans += [span for key, span in event.evidence.items() if key not in order]
    return list(dict.fromkeys(span.text for span in spans))


def tags_for(event: Event) -> str | None:
    """ACLED's `tags` for this event (None where ACLED has none)."""
    if event.tags:
        return event.tags
    if event.event_type not in CROWD_TYPES:
        return None
    return f"crowd size={crowd_size(evidence_texts(event))}"
