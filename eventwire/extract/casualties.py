"""Fatalities and injuries in a sentence, by ACLED's conservative rule, with who claimed them."""

from __future__ import annotations

import re

from eventwire.records import Casualties, Span

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12, "dozens": 12, "tens": 10, "scores": 20,
    "hundreds": 100, "several": 3, "a number of": 3, "some": 3,
}
QUANTITY = r"(\d[\d,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
NOUNS = r"(?:(?!(?:and|or|but|killed|wounded|injured|dead|died)\b)[\w-]+ ){0,6}?"
DEAD = r"(killed|dead|died|lost their lives|were killed|was killed|deaths?|fatalities)"
HURT = r"(wounded|injured|hurt|injuries|traumatic brain injur(y|ies))"
KILL_VERB = r"(killing|killed)"
HURT_VERB = r"(injuring|wounding|injured|wounded)"
APPROX = r"(?:at least |more than |over |some |about )?"


def _patterns(outcome: str, verb: str) -> list[re.Pattern]:
    return [
        re.compile(rf"\b{APPROX}{QUANTITY} {NOUNS}(?:were |was |had been )?{outcome}", re.I),
        re.compile(rf"\b{verb} {APPROX}{QUANTITY}\b", re.I),
    ]


DEATH_PATTERNS = _patterns(DEAD, KILL_VERB)
INJURY_PATTERNS = _patterns(HURT, HURT_VERB)
CLAIMANT = re.compile(r"\b(?:according to|said|claimed|claim|told)\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Za-z.'-]+){0,4})"
                      r"|\b((?:[A-Z][\w.-]*\s)?(?:officials?|police|ministry|military|spokesman|sources?|"
                      r"witnesses|medics|residents)\w*)\s+(?:said|claimed|claim|told|reported)", re.I)


def _to_int(token: str) -> int:
    token = token.lower().replace(",", "")
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token, 0)


def _count(text: str, patterns: list[re.Pattern]) -> int | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            quantity = next(g for g in match.groups() if g and (g[0].isdigit() or g.lower() in NUMBER_WORDS))
            return _to_int(quantity)
    return None


def extract_casualties(sentence) -> Casualties:
    """Deaths and injuries a sentence reports (0 / None when it reports none)."""
    text = sentence.text
    deaths = _count(text, DEATH_PATTERNS)
    injuries = _count(text, INJURY_PATTERNS)
    claim = CLAIMANT.search(text) if (deaths or injuries) else None
    claimant = next((g for g in claim.groups() if g), None) if claim else None
    evidence = Span(start=sentence.start_char, end=sentence.end_char, text=text) if (deaths or injuries) else None
    return Casualties(fatalities=deaths or 0, injuries=injuries, claimant=claimant, evidence=evidence)


def split_fatalities(total: int, n: int) -> list[int]:
    """ACLED splits a total over n events: equal shares, the remainder on the first ones."""
    share, rest = divmod(total, n)
    return [share + (1 if i < rest else 0) for i in range(n)]
