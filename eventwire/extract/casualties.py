"""Fatalities and injuries in a sentence, by ACLED's conservative rule, with who claimed them.

- numbers ("12", "1,200"), number words ("eight", "a dozen") and compound ones ("Fifty-one",
  "twenty three", "one hundred and twelve", "two dozen") before the outcome
  ("eight fighters were killed", "3 U.S. service members who died") or after the verb
  ("killing at least 3", "injuring more than 40");
- "at least", "more than", "over", "about", "up to" keep the stated number (the conservative figure);
- vague quantities: several / a number of / some / multiple = 3, dozens = 12, tens = 10, scores = 20,
  hundreds = 100; a bare plural ("fighters were killed") = unknown, coded 0 (ACLED's "unknown is 0");
- words for dying: "martyred", "perished", "lost their lives", "were slain", "succumbed to (their)
  wounds"; "bringing the death toll to 12" is the event's count, before any partial one;
- a subtotal is part of its total ("12 killed, including three children": 12);
- deaths a crowd is angry about or protests against ("angry at strikes that killed 25", "protested
  against the killing of three students") belong to another event, not this one;
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
# Compound number words: "fifty-one", "twenty three", "one hundred and twelve", "two dozen".
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_BELOW_100 = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS})\b)?|{_TEENS}|{_UNITS})"
_HUNDREDS = rf"(?:(?:an?|{_UNITS}) hundred(?:(?: and)? {_BELOW_100}\b)?)"
COMPOUND = (rf"(?:(?:an?|{_BELOW_100}|{_HUNDREDS}) thousand(?:(?: and)? (?:{_HUNDREDS}|{_BELOW_100})\b)?|{_HUNDREDS}|"
            rf"(?:half an?|an?|{_BELOW_100}) dozen|(?:{_TENS})[- ](?:{_UNITS}))(?![\w-])")
COMPOUND_ONLY = re.compile(COMPOUND, re.I)
QUANTITY = (r"(\d{1,3}(?:,\d{3})+|\d+|" + COMPOUND + "|" + _WORDS
            + r"|an?(?! (?:unspecified|unknown|undisclosed|undetermined|number|total|few|handful|dozen|series|lot)\b))")
_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "some", "both"))
NOUNS = (r"(?:(?!(?:or|but|killed|wounded|injured|dead|died|said|says|told|that|when|after|" + _COUNT_WORDS + r")\b)"
         r"(?![\d,]+ )"
         r"(?!and " + QUANTITY + r"\b)"
         r"[\w.\u2019'-]+ ){0,8}?")
SUCCUMBED = r"succumbed to (?:(?:their|his|her|the) )?(?:wounds|injuries)"
DEAD = (r"(killed|(?:brought in |brought |declared |pronounced )?dead|died|lost their lives|were killed|was killed|deaths?|fatalit(?:y|ies)|bodies|shot dead|"
        r"gunned down|beheaded|(?:beaten|hacked|stabbed|burnt|burned|shot) to death|found dead|lifeless|"
        rf"martyred|perished|slain|{SUCCUMBED})")
SUCCUMBED_TO = re.compile(SUCCUMBED, re.I)
HURT = r"(wounded|injured|hurt|injuries|traumatic brain injur(?:y|ies)|treated for (?:wounds|injuries))"
KILL_VERB = r"(killing|killed|kills|kill|shot dead|shooting dead|gunned down|deaths? of|killing of|martyring|slaying of)"
HURT_VERB = r"(injuring|wounding|injured|wounded|injures|wounds)"
APPROX = r"(?:at least |more than |over |some |about |around |up to |nearly |almost |a total of |a family of )?"
PEOPLE = r"(?: (?:people|persons|civilians|others))?"


TOLL = (r"\b(?:(?:death toll|toll|number of (?:people|those|civilians|soldiers|officers|police(?:men)?|fighters|"
        r"victims|dead) (?:killed|dead|who died)) (?:[\w'\u2019-]+ ){0,8}?(?:(?:has |had |have )?(?:rose|risen|rises|climbed|"
        r"jumped|increased|grew|reached|stood|stands|now stands)(?: to| at)?|of|is|was|is now|now)|"
        r"(?:bringing|raising|taking|pushing|lifting)(?: the)? (?:death )?toll to) ")


def _patterns(outcome: str, verb: str) -> list[re.Pattern]:
    """The count patterns for one outcome, the surest first: the death toll, the wounded who later
    died, "killed N", then "N ... were killed" (`_listed`, which may add up a list before it)."""
    toll = [re.compile(rf"{TOLL}{APPROX}{QUANTITY}\b", re.I),
            re.compile(rf"\b{APPROX}{QUANTITY} of (?:the|them) (?:wounded|injured)(?: \w+){{0,3}}? "
                       rf"(?:later |subsequently |also )?(?:died|succumbed)\b", re.I)] if outcome == DEAD else []
    return [*toll, re.compile(rf"\b{verb} {APPROX}{QUANTITY}\b", re.I), _listed(outcome)]


def _listed(outcome: str) -> re.Pattern:
    return re.compile(rf"\b{APPROX}{QUANTITY} (?:of (?:the |them |whom )?)?{NOUNS}(?:[\w'-]+, [^,]{{1,40}}, |"
                      rf"[\w'-]+ \([^)]{{1,60}}\) )?(?:people |who |were |was |had been |have been |are |reportedly |"
                      rf"were reportedly |diagnosed with |suffered |still |being |had )*{outcome}\b", re.I)


SINGLE_VICTIM = re.compile(r"\b(?:the other|the other one|the victim|the (?:wounded |injured )?man|the woman|the boy|"
                           r"the girl|the child|the driver) (?:later |also |subsequently )?(?:died|was killed|succumbed)\b",
                           re.I)
PERSON = (r"(?:man|woman|boy|girl|child|person|teenager|youth|farmer|driver|trader|shepherd|student|soldier|"
          r"policeman|officer|civilian|resident|villager|worker|journalist|activist|hostage|fighter|militant)")
# a body found is a death ACLED counts: "herders came upon the body of a boy", "a trader's body was dumped"
BODY_ONE = re.compile(rf"\b(?:the|a|an) (?:[\w-]+ ){{0,2}}?(?:body|corpse) of (?:a|an|one) (?:[\w-]+ ){{0,3}}?{PERSON}\b|"
                      rf"\b(?:a|an) (?:[\w-]+ ){{0,2}}?[\w-]+(?:'s|\u2019s) (?:[\w-]+ )?body (?:was|had been) "
                      rf"(?:found|discovered|recovered|dumped)\b", re.I)
BODIES_OF = re.compile(rf"\b(?:the )?(?:bodies|corpses) of {APPROX}{QUANTITY}\b", re.I)
# "a farmer and his brother were killed": two victims, one named by the other
PAIR_KILLED = re.compile(r"\b(?:a|an|the) (?:[\w-]+ ){0,2}?[\w-]+ and (?:his|her) [\w-]+ (?:were|had been) "
                         r"(?:killed|shot dead|murdered|hacked to death|found dead)\b", re.I)
RELATIVE = r"(?:son|daughter|wife|husband|brother|sister|father|mother|child|nephew|niece|cousin|bodyguard|driver|companion)"
# "killed a commander and his son", "killing the father and a son": two victims
ACTIVE_PAIR = re.compile(rf"\b(?:killed|killing|shot dead|shooting dead|murdered|gunned down) (?:a|an|the) "
                         rf"(?:[\w-]+ ){{0,3}}?[\w-]+ and (?:his|her|a|an|the) {RELATIVE}\b", re.I)
_DEATH_COUNTS = _patterns(DEAD, KILL_VERB)
DEATH_PATTERNS = [PAIR_KILLED, ACTIVE_PAIR, *_DEATH_COUNTS, SINGLE_VICTIM, BODIES_OF, BODY_ONE]
FIXED_COUNTS = {SINGLE_VICTIM: 1, PAIR_KILLED: 2, ACTIVE_PAIR: 2, BODY_ONE: 1}
INJURY_PATTERNS = _patterns(HURT, HURT_VERB)
LISTED = {_DEATH_COUNTS[-1], INJURY_PATTERNS[-1]}
CASUALTY_WORDS = re.compile(r"\b(kill|dead|die|death|wound|injur|hurt|fatalit|lives|toll|bod(?:y|ies)|corpses?|martyr|perish|slain|"
                            r"succumb)", re.I)
# What a crowd is angry about or protests against ("angry at strikes that killed 25", "protested
# against the killing of three students"): deaths told in a relative clause or an "of" phrase after
# it are another event's.
PROTESTED_CAUSE = re.compile(r"\b(?:angry|anger(?:ed)?|furious|outrage(?:d)?|incensed|enraged)\s+(?:at|over|about|by)\b"
                             r"|\b(?:protest(?:s|ed|ing)?|demonstrat(?:e|ed|ing|ions?)|rall(?:y|ied|ying)|(?-i:march(?:ed|ing)?))"
                             r"\b(?:\s+(?:on|last|this)\s+\w+)?(?:\s+(?:against|over|at|about))?"
                             r"|\bin protest (?:at|against|over|of)\b|\bto protest\b|\bdemand(?:ing|ed)? justice for\b", re.I)
RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:reportedly\s+|allegedly\s+)?$", re.I)
OF_PHRASE = re.compile(r"(?:killing|killings|deaths?|slaying) of\b", re.I)
CROWD_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|(?-i:march(?:es|ed)?)|sit-ins?|crowds?|mourners)\b",
                        re.I)
# "a protest by relatives of a baby who died in the clinic", "demonstrated against the death of a
# student killed by police", "mourners at the funeral of a man who was shot": a crowd's dead are its cause.
DEATH_AS_CAUSE = re.compile(r"\b(?:deaths?|killings?|murders?|loss|funerals?|burials?) of\s[^,;:]*$"
                            r"|\b(?:family|families|relatives|family members|parents|kin) of\s[^,;:]*$", re.I)
# "Protests began after air strikes killed 25 people": the deaths are the cause of the crowd event.
CAUSE_AFTER = re.compile(r"\b(?:after|following|in (?:response|reaction|retaliation) to)\s[^,;:]*$", re.I)
CLAIM_VERB = r"(?:said|say|says|claimed|claim|claims|told|reported|confirmed|announced|stated)"
CLAIMANT_PATTERNS = [
    re.compile(r"\baccording to (?:a |an |the )?(?P<who>[^,.;]{3,60})"),
    re.compile(rf"(?:^|, |; |\bthat )(?P<who>(?:the |a |an )?(?:[\w.\u2019'-]+ ){{0,5}}?[\w.\u2019'-]+) {CLAIM_VERB}\b"),
    re.compile(rf", {CLAIM_VERB} (?:the |a |an )?(?:statement (?:from|by|of) (?:the )?)?(?P<who>[^,.;]{{3,60}})"),
    re.compile(rf"^(?P<who>(?:[\w.\u2019'-]+ ){{0,5}}?[\w.\u2019'-]+) {CLAIM_VERB} (?:that )?"),
]


def _to_int(token: str) -> int:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    return _compound_value(token) if COMPOUND_ONLY.fullmatch(token) else 0


def _compound_value(words: str) -> int:
    """"fifty-one" 51, "one hundred and twelve" 112, "two dozen" 24, "half a dozen" 6."""
    if words.startswith("half a"):
        return 6
    total = current = 0
    for word in re.split(r"[\s-]+", words):
        if word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word != "and":
            current += NUMBER_WORDS.get(word, 0)
    return total + current


def _is_quantity(group: str) -> bool:
    return group[0].isdigit() or group.lower() in NUMBER_WORDS or COMPOUND_ONLY.fullmatch(group) is not None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
LIST_PREFIX = re.compile(rf"(?:\b{APPROX}(?!(?:19|20)\d\d\b){QUANTITY} (?!{_MONTH})(?!\d){NOUNS}"
                         rf"(?!(?:killed|wounded|injured|dead|died|were|was)\b)(?!\d)[\w.\u2019'-]+(?:,? and |, ))+$", re.I)
QUANTITY_ONLY = re.compile(rf"\b{QUANTITY}\b", re.I)


def _count(text: str, patterns: list[re.Pattern]) -> tuple[int, bool] | None:
    """(number, vague?) of the first pattern that matches; "3 policemen, 2 militiamen and 1
    soldier were killed" adds up the listed groups.  A count told after what a crowd protests
    ("angry at strikes that killed 25") is not the sentence's own."""
    for pattern in patterns:
        match = next((m for m in pattern.finditer(text) if not _protested(text, m)), None)
        if match:
            if pattern in FIXED_COUNTS:
                return FIXED_COUNTS[pattern], False
            quantity = next(g for g in match.groups() if g and _is_quantity(g))
            total = _to_int(quantity)
            listed = LIST_PREFIX.search(text, 0, match.start())
            if listed and pattern in LISTED:
                total += sum(_to_int(q) for q in QUANTITY_ONLY.findall(listed.group(0)))
            return total, quantity.lower() in VAGUE
    return None


def _protested(text: str, match: re.Match) -> bool:
    """The count is told, in a relative clause or an "of" phrase, of what a crowd is angry about or
    protests in the same clause ("angry at strikes that killed 25"), or after a crowd event as its
    cause ("protests began after strikes killed 25"): another event's deaths."""
    before = text[:match.start()]
    clause = re.split(r"[;:]|, (?=and |but |while |as |when )", before)[-1]
    cause = CAUSE_AFTER.search(clause)
    if cause and CROWD_WORD.search(clause[:cause.start()]):
        return True
    if CROWD_WORD.search(text) and DEATH_AS_CAUSE.search(clause):
        return True
    if not (RELATIVE_BEFORE.search(before) or OF_PHRASE.match(match.group(0))):
        return False
    return PROTESTED_CAUSE.search(clause) is not None


def _claimant(text: str) -> str | None:
    for pattern in CLAIMANT_PATTERNS:
        match = pattern.search(text)
        if match:
            who = re.sub(r"^(the|a|an) ", "", match.group("who").strip(), flags=re.I).strip(" \"'\u201c\u201d")
            if who and not CASUALTY_WORDS.search(who) and len(who) > 2:
                return who
    return None


# "ALWAR, Feb 18 - " / "GOMA, 14 June (Radio Kivu) --": the day a report was filed, never a count
DATELINE = re.compile(r"^\W*[A-Z][A-Za-z .'\u2019-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,\s*"
                      r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?\s*"
                      r"(?:\([^)]{1,60}\)\s*)?(?:--|-|\u2013|\u2014|:)")


# "No one was killed", "not one of the passengers was hurt": nobody, never a count of one
NOBODY = re.compile(r"\b(?:no|not) one\b(?: else\b)?|\bno-one\b", re.I)


def _counted_text(text: str) -> str:
    """The text with its opening dateline and its "no one"s blanked (same length, so offsets hold)."""
    match = DATELINE.match(text)
    text = " " * match.end() + text[match.end():] if match else text
    return NOBODY.sub(lambda m: " " * len(m.group(0)), text)


def extract_casualties(sentence) -> Casualties:
    """Deaths and injuries a sentence reports (0 / None when it reports none)."""
    text = _counted_text(sentence.text)
    if not CASUALTY_WORDS.search(text):
        return Casualties()
    deaths = _count(text, DEATH_PATTERNS)
    injuries = _count(SUCCUMBED_TO.sub("died", text), INJURY_PATTERNS)  # "succumbed to his injuries": a death
    found = bool((deaths and deaths[0]) or (injuries and injuries[0]))
    evidence = Span(start=sentence.start_char, end=sentence.end_char, text=sentence.text) if found else None
    return Casualties(fatalities=deaths[0] if deaths else 0, injuries=injuries[0] if injuries else None,
                      claimant=_claimant(text) if found else None, evidence=evidence)


def is_vague(sentence, field: str = "fatalities") -> bool:
    """True when the sentence's count for `field` is a vague quantity ("dozens", "several")."""
    found = _count(sentence.text, DEATH_PATTERNS if field == "fatalities" else INJURY_PATTERNS)
    return bool(found and found[1])

