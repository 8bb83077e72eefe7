"""Fatalities and injuries in a sentence, by ACLED's conservative rule, with who claimed them.

- numbers ("12", "1,200") and number words ("eight", "a dozen") before the outcome
  ("eight fighters were killed", "3 U.S. service members who died") or after the verb
  ("killing at least 3", "injuring more than 40");
- "at least", "more than", "over", "about", "up to" keep the stated number (the conservative figure);
- vague quantities: several / a number of / some / multiple = 3, dozens = 12, tens = 10, scores = 20,
  hundreds = 100; a bare plural ("fighters were killed") = unknown, coded 0 (ACLED's "unknown is 0");
- "killed three and wounded five" keeps deaths and injuries apart;
- the claimant is the source the sentence attributes the toll to ("militia officials claim...",
  "..., according to the health ministry", "..., claimed the statement from X").
A total covering several events is divided by `eventwire.parts.split_fatalities` (re-exported
here), once, when a mention is split into one event per attack and place.
"""

from __future__ import annotations

import re

from eventwire.parts import split_fatalities  # noqa: F401 (re-exported)
from eventwire.records import Casualties, Span

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "dozen": 12, "dozens": 12, "tens": 10, "scores": 20, "hundreds": 100,
    "both": 2, "several": 3, "a number of": 3, "some": 3, "multiple": 3, "a few": 3, "a handful of": 3,
}
VAGUE = {"dozens", "tens", "scores", "hundreds", "several", "a number of", "some", "multiple", "a few",
         "a handful of"}
_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
QUANTITY = (r"(\d{1,3}(?:,\d{3})+|\d+|" + _WORDS
            + r"|an?(?! (?:unspecified|unknown|undisclosed|undetermined|number|total|few|handful|dozen|series|lot)\b))")
_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "some", "both"))
NOUNS = (r"(?:(?!(?:or|but|killed|wounded|injured|dead|died|said|says|told|that|when|after|" + _COUNT_WORDS + r")\b)"
         r"(?![\d,]+ )"
         r"(?!and " + QUANTITY + r"\b)"
         r"[\w.\u2019'-]+ ){0,8}?")
DEAD = (r"(killed|(?:brought in |brought |declared |pronounced )?dead|died|lost their lives|were killed|was killed|deaths?|fatalit(?:y|ies)|bodies|shot dead|"
        r"gunned down|beheaded|(?:beaten|hacked|stabbed|burnt|burned|shot) to death|found dead|lifeless)")
HURT = r"(wounded|injured|hurt|injuries|traumatic brain injur(?:y|ies)|treated for (?:wounds|injuries))"
KILL_VERB = r"(killing|killed|kills|kill|shot dead|shooting dead|gunned down|deaths? of|killing of)"
HURT_VERB = r"(injuring|wounding|injured|wounded|injures|wounds)"
APPROX = r"(?:at least |more than |over |some |about |around |up to |nearly |almost |a total of |a family of )?"
PEOPLE = r"(?: (?:people|persons|civilians|others))?"


def _patterns(outcome: str, verb: str) -> list[re.Pattern]:
    return [
        re.compile(rf"\b{verb} {APPROX}{QUANTITY}\b", re.I),
        re.compile(rf"\b{APPROX}{QUANTITY} (?:of (?:the |them |whom )?)?{NOUNS}(?:[\w'-]+, [^,]{{1,40}}, |[\w'-]+ \([^)]{{1,60}}\) )?(?:people |who |were |was |had been |"
                   rf"have been |are |reportedly |were reportedly |diagnosed with |suffered |still |being |had )*{outcome}\b", re.I),
        re.compile(rf"\b(?:death toll|toll) (?:\w+ ){{0,3}}(?:rose to|reached|climbed to|stood at|of|is|was) "
                   rf"{APPROX}{QUANTITY}\b", re.I) if outcome == DEAD else None,
    ]


SINGLE_VICTIM = re.compile(r"\b(?:the other|the other one|the victim|the (?:wounded |injured )?man|the woman|the boy|"
                           r"the girl|the child|the driver) (?:later |also |subsequently )?(?:died|was killed|succumbed)\b",
                           re.I)
DEATH_PATTERNS = [p for p in _patterns(DEAD, KILL_VERB) if p] + [SINGLE_VICTIM]
INJURY_PATTERNS = [p for p in _patterns(HURT, HURT_VERB) if p]
CASUALTY_WORDS = re.compile(r"\b(kill|dead|die|death|wound|injur|hurt|fatalit|lives|toll|bodies)", re.I)
CLAIM_VERB = r"(?:said|say|says|claimed|claim|claims|told|reported|confirmed|announced|stated)"
CLAIMANT_PATTERNS = [
    re.compile(r"\baccording to (?:a |an |the )?(?P<who>[^,.;]{3,60})"),
    re.compile(rf"(?:^|, |; |\bthat )(?P<who>(?:the |a |an )?(?:[\w.\u2019'-]+ ){{0,5}}?[\w.\u2019'-]+) {CLAIM_VERB}\b"),
    re.compile(rf", {CLAIM_VERB} (?:the |a |an )?(?:statement (?:from|by|of) (?:the )?)?(?P<who>[^,.;]{{3,60}})"),
    re.compile(rf"^(?P<who>(?:[\w.\u2019'-]+ ){{0,5}}?[\w.\u2019'-]+) {CLAIM_VERB} (?:that )?"),
]


def _to_int(token: str) -> int:
    token = token.lower().replace(",", "")
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token, 0)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
LIST_PREFIX = re.compile(rf"(?:\b{APPROX}(?!(?:19|20)\d\d\b){QUANTITY} (?!{_MONTH})(?!\d){NOUNS}"
                         rf"(?!(?:killed|wounded|injured|dead|died|were|was)\b)(?!\d)[\w.\u2019'-]+(?:,? and |, ))+$", re.I)
QUANTITY_ONLY = re.compile(rf"\b{QUANTITY}\b", re.I)


def _count(text: str, patterns: list[re.Pattern]) -> tuple[int, bool] | None:
    """(number, vague?) of the first pattern that matches; "3 policemen, 2 militiamen and 1
    soldier were killed" adds up the listed groups."""
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            if pattern is SINGLE_VICTIM:
                return 1, False
            quantity = next(g for g in match.groups() if g and (g[0].isdigit() or g.lower() in NUMBER_WORDS))
            total = _to_int(quantity)
            listed = LIST_PREFIX.search(text, 0, match.start())
            if listed and pattern is patterns[1]:
                total += sum(_to_int(q) for q in QUANTITY_ONLY.findall(listed.group(0)))
            return total, quantity.lower() in VAGUE
    return None


def _claimant(text: str) -> str | None:
    for pattern in CLAIMANT_PATTERNS:
        match = pattern.search(text)
        if match:
            who = re.sub(r"^(the|a|an) ", "", match.group("who").strip(), flags=re.I).strip(" \"'\u201c\u201d")
            if who and not CASUALTY_WORDS.search(who) and len(who) > 2:
                return who
    return None


def extract_casualties(sentence) -> Casualties:
    """Deaths and injuries a sentence reports (0 / None when it reports none)."""
    text = sentence.text
    if not CASUALTY_WORDS.search(text):
        return Casualties()
    deaths = _count(text, DEATH_PATTERNS)
    injuries = _count(text, INJURY_PATTERNS)
    found = bool((deaths and deaths[0]) or (injuries and injuries[0]))
    evidence = Span(start=sentence.start_char, end=sentence.end_char, text=text) if found else None
    return Casualties(fatalities=deaths[0] if deaths else 0, injuries=injuries[0] if injuries else None,
                      claimant=_claimant(text) if found else None, evidence=evidence)


def is_vague(sentence, field: str = "fatalities") -> bool:
    """True when the sentence's count for `field` is a vague quantity ("dozens", "several")."""
    found = _count(sentence.text, DEATH_PATTERNS if field == "fatalities" else INJURY_PATTERNS)
    return bool(found and found[1])

