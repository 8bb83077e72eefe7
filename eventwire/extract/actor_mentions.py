"""Actor mentions in a sentence and their roles, from the alias table (`actor_table`).

Mentions: each sentence is scanned for named groups, state forces (by demonym, country name or
force name), unidentified perpetrators, protesters, rioters and civilians; overlapping matches
keep the most specific one (earlier patterns win).  Roles: a mention is the agent ("by X", "X
attacked"), the patient ("X were killed", "attacked X", "clashed with X", "struck X positions"), a
witness ("police found the body"), a topic ("in support of the Palestinian people") or has no role;
with a dependency parse on the sentence (a spaCy Span), the parse decides where no strong cue does.
`extract.actors` turns mentions into the event's actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from eventwire.extract import actor_table as table

PEOPLE = {"civilians", "protesters", "rioters"}
EXCHANGE = re.compile(r"\b(exchanged?|exchanging)\b", re.IGNORECASE)
CLASH = re.compile(r"\b(clash\w*|fought|fight(?:ing)? between|brawl\w*|scuffle\w*)\b", re.IGNORECASE)
ATTRIBUTED = r"(?:-(?:planted|laid|placed|fired|launched|triggered|detonated|claimed|led|linked))"
TRAIL = (r"(?i:\s+(?:militants?|fighters?|rebels?|insurgents?|forces|members?|gunm[ae]n|elements|group|"
         r"movement|cells?|militias?|militiam[ae]n|supporters|activists|operatives|jihadists|troops|"
         r"leaders?|commanders?))?")




@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence: `start`/`end` index the document text."""

    start: int
    end: int
    kind: str                 # group | state | faction | unidentified | civilians | protesters | rioters
    name: str                 # may hold "{country}"; state forces: "Military" | "Police" | "Government"
    inter: int
    raw: str
    sentence: object = field(compare=False, repr=False)
    country: str | None = None
    unit: str = ""
    social: tuple[str, ...] = ()
    role: str | None = None   # agent | patient | witness | topic | claimed (a target only claimed) | None
    ally: bool = False        # named together with the mention before it ("US and British jets")
    home: tuple[str, ...] = ()  # named by a group's home words: the group only in these countries


# --- Patterns --------------------------------------------------------------------------------------

def _ci(pattern: str) -> str:
    return f"(?i:{pattern})"


LOOKBEHIND = re.compile(r"^\(\?<[!=](?:\\.|[^)\\])*\)")


def _unescaped(regex: str):
    """(index, character, parenthesis depth after it) for each character not escaped by a backslash."""
    depth, i = 0, 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        depth += (char == "(") - (char == ")")
        yield i, char, depth
        i += 1


def _alternatives(regex: str) -> list[str]:
    """The top-level alternatives of a regex ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts, start = [], 0
    for i, char, depth in _unescaped(regex):
        if char == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
    return parts + [regex[start:]]


def _literal_start(alternative: str) -> str:
    """The letters an alternative must start with, lower-cased ("Hez?bollah" -> "he")."""
    while LOOKBEHIND.match(alternative):
        alternative = LOOKBEHIND.sub("", alternative, count=1)
    literal = ""
    for i, char in enumerate(alternative):
        if not (char.isalnum() or char in "'- "):
            if char in "?*{" and literal:
                literal = literal[:-1]
            break
        literal += char
    return re.sub(r"[^a-z0-9']", "", literal.lower().split(" ")[0].split("-")[0])


def _prefixes(*regexes: str) -> frozenset[str] | None:
    """2-3 letter starts that a match must begin with, or None when one cannot be told: a cheap
    test that spares running a group's pattern on a sentence with none of them."""
    found: set[str] = set()
    for regex in filter(None, regexes):
        starts = _start_set(regex)
        if starts is None:
            return None
        found |= starts
    return frozenset(found)


def _start_set(regex: str) -> set[str] | None:
    """The starts of each top-level alternative of `regex` (None when one cannot be told)."""
    found: set[str] = set()
    for alternative in _alternatives(regex):
        starts = _alternative_starts(alternative)
        if starts is None:
            return None
        found |= starts
    return found


def _alternative_starts(alternative: str) -> set[str] | None:
    """An alternative opening with a group starts as the group does, or, when the group is
    optional ("(?:Palestinian )?Islamic Jihad"), also as the rest does."""
    while LOOKBEHIND.match(alternative):
        alternative = LOOKBEHIND.sub("", alternative, count=1)
    if alternative.startswith("(?:"):
        close = _group_end(alternative)
        inner = _start_set(alternative[3:close]) if close else None
        rest = alternative[close + 1:] if close else ""
        if inner is None or rest.startswith(("*", "{", "+?")):
            return None
        if not rest.startswith("?"):
            return inner
        after = _alternative_starts(rest[1:])
        return None if after is None else inner | after
    start = _literal_start(alternative)
    return {start[:3]} if len(start) >= 2 else None


def _group_end(regex: str) -> int | None:
    """The index of the parenthesis closing the group `regex` opens with."""
    return next((i for i, _, depth in _unescaped(regex) if depth == 0), None)


def word_starts(text: str) -> set[str]:
    """The 2- and 3-letter starts of the words of `text`, lower-cased."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {w[:2] for w in words} | {w[:3] for w in words}


NEEDS_COUNTRY = True  # the pattern can only match where a demonym or country name is

# A group the text names in a way that marks a name it does not know ("the self-styled Islamic
# Resistance in X"): the name as written, capitalised words with their small linking words.
SELF_NAMED_CUES = r"self-styled|self-proclaimed|so-called|calling itself|which calls itself|who call themselves"
SELF_NAMED = (rf"\b(?i:{SELF_NAMED_CUES}) (?:the )?(?P<who>[A-Z][\w'\u2019-]*"
              r"(?: (?:(?:of|in|for|the|al|el|and|de|du|des) )*[A-Z][\w'\u2019-]*){0,6})")


def _apostrophes(regex: str) -> str:
    """A straight apostrophe in a name's regex also matches a typographic one ("Hay\u2019at")."""
    return re.sub(r"(?<!\\)'", "['\u2019]", regex) if "[" not in regex else regex


@lru_cache(maxsize=1)
def _patterns() -> list[tuple]:
    """(pattern, kind, payload[, gate]) in the order of the kinds of rule: earlier entries win
    overlaps, except among the named groups (payload (name, inter, priority)), where the priority
    and then the length decide (`_take_longest`).  The gate is NEEDS_COUNTRY, a set of
    word starts one of which the sentence must have, or None."""
    out: list[tuple] = []
    for pattern, name, inter, case in table.FACTION_FORCES:
        body = pattern if case else _ci(pattern)
        out.append((re.compile(rf"\b(?:{body}){TRAIL}\b"), "faction", (name, inter), _prefixes(pattern)))
    for pattern, country, kind, unit, case in table.NAMED_FORCES:
        body = pattern if case else _ci(pattern)
        out.append((re.compile(rf"\b(?:{body}){TRAIL}"), "state", (kind, country, unit), _prefixes(pattern)))
    words = table.country_word_pattern().pattern
    names = table.country_alternatives()
    out.append((re.compile(rf"{table.FORCES_OF}(?:the )?(?P<first>{names})(?: and (?:the )?(?P<second>{names}))?\b"),
                "forces_of", (), NEEDS_COUNTRY))
    out.append((re.compile(rf"(?<![\w.])({names})(?=(?:\s+(?:on|early|late|overnight|last|this)(?:\s+\w+){{1,2}})?"
                           rf"\s+(?:carried out|launched|conducted|struck|bombed|fired|shelled|attacked)\b)"),
                "state", ("Military", None, ""), NEEDS_COUNTRY))  # "The US on Tuesday carried out strikes"
    for kind, nouns in table.FORCE_NOUNS:  # "US and British warplanes" names two forces
        out.append((re.compile(rf"{words}\s+and\s+(?:the\s+)?(?P<second>{names})(?![\w-])\s+(?:[\w-]+\s+){{0,2}}?"
                               rf"{_ci(f'(?:{nouns})')}\b"), "state", (kind, None, ""), NEEDS_COUNTRY))
        out.append((re.compile(rf"{words}(?:['\u2019]s)?(?![\w-])\s+(?:[\w-]+\s+){{0,2}}?{_ci(f'(?:{nouns})')}\b"),
                    "state", (kind, None, ""), NEEDS_COUNTRY))
    for group in table.GROUPS:  # each with the word starts it needs (see `_prefixes`); overlaps: `_take_longest`
        parts = [_ci(_apostrophes(group.words))] if group.words else []
        parts += [group.abbrev] if group.abbrev else []
        out.append((re.compile(rf"\b(?:{'|'.join(parts)}){TRAIL}{ATTRIBUTED}?(?![\w-])"), "group",
                    (group.name, group.inter, group.priority), _prefixes(group.words, group.abbrev)))
        if group.home_words:  # "separatists": the group in its home countries only (`actors.away_from_home`)
            out.append((re.compile(rf"\b(?:{_ci(group.home_words)}){TRAIL}(?![\w-])"), "group",
                        (group.name, group.inter, group.priority, group.home), _prefixes(group.home_words)))
    out.append((re.compile(SELF_NAMED), "self_named", (), _prefixes(SELF_NAMED_CUES)))
    out += [(re.compile(pattern), "militia_pair", ()) for pattern in table.MILITIA_PAIRS]
    out.append((re.compile(table.NAMED_MILITIA), "militia", ()))
    out.append((re.compile(table.ETHNIC_MILITIA), "militia", ("Ethnic",)))
    out.append((re.compile(table.COMMUNITY_MILITIA), "militia", ()))
    out.append((re.compile(table.NAMED_GANG), "gang", ()))
    out.append((re.compile(rf"\b{_ci(table.UNIDENTIFIED_MILITARY)}\b"), "group",
                ("Unidentified Military Forces", table.EXTERNAL)))
    for name, inter, pattern in table.COMMUNAL:
        out.append((re.compile(rf"\b{_ci(pattern)}\b"), "group", (name, inter), _prefixes(pattern)))
    out.append((re.compile(rf"\b{_ci(f'(?:{table.UNIDENTIFIED_GANG})')}\b"), "unidentified",
                ("Unidentified Gang ({country})", table.POLITICAL)))
    out.append((re.compile(rf"\b{_ci(f'(?:{table.UNIDENTIFIED_ARMED})')}\b"), "unidentified",
                ("Unidentified Armed Group ({country})", table.POLITICAL)))
    for kind, nouns in table.BARE_FORCES:
        out.append((re.compile(rf"\b{_ci(f'(?:{nouns})')}\b"), "state", (kind, None, "")))
    out.append((re.compile(rf"\b{_ci(f'(?:{table.PROTESTER_WORDS})')}\b"), "protesters",
                ("Protesters ({country})", table.PROTESTERS), _prefixes(table.PROTESTER_WORDS)))
    out.append((re.compile(rf"\b{_ci(f'(?:{table.RIOTER_WORDS})')}\b"), "rioters",
                ("Rioters ({country})", table.RIOTERS)))
    out.append((re.compile(rf"{words}s\b"), "civilians", ("Civilians ({country})", table.CIVILIANS), NEEDS_COUNTRY))
    out.append((re.compile(rf"\b{_ci(f'(?:{table.CIVILIAN_WORDS})')}\b"), "civilians",
                ("Civilians ({country})", table.CIVILIANS)))
    return out


@lru_cache(maxsize=1)
def _social() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(rf"\b(?:{p})$", re.IGNORECASE), name) for name, p in table.SOCIAL_GROUPS]


@lru_cache(maxsize=1)
def _demonym_before() -> re.Pattern:
    return re.compile(table.country_word_pattern().pattern + r"\s+(?:[\w-]+\s+)?$")


HEALTH_PLACE_AFTER = re.compile(r"^\s+(?:of|at|from) (?:a |the )?(?:[\w-]+ ){0,4}?(?:hospitals?|clinics?|health)\b",
                                re.IGNORECASE)


def _social_of(text: str, after: str = "") -> tuple[str, ...]:
    """The social group a people mention names, the most specific first ("media workers" ->
    Journalists, not Labour Group); the window includes the word before the mention, and
    "workers of the Regional Hospital" are health workers."""
    if HEALTH_PLACE_AFTER.match(after):
        return ("Health Workers ({country})",)
    return next(((name,) for pattern, name in _social() if pattern.search(text)), ())


def _own_country(text: str, start: int, match_text: str) -> str | None:
    """A demonym or country name in the mention itself or just before it ("Jordanian citizens")."""
    own = table.country_word_pattern().match(match_text)
    if own:
        return table.country_of_word()[own.group(1).lower()]
    before = _demonym_before().search(text[max(0, start - 40):start])
    return table.country_of_word()[before.group(1).lower()] if before else None


# English unit names many countries use: written alone they name no country.
GENERIC_UNIT = re.compile(r"(?i:military police|civil police|federal police|national guard|border police|"
                          r"riot police|special forces|republican guard)(?:\s+\w+)?")


def _make(match: re.Match, kind: str, payload: tuple, sentence) -> ActorMention:
    text, raw = sentence.text, match.group(0)
    start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
    if kind == "militia":
        return _named_militia(match, sentence, start, end, *payload)
    if kind == "militia_pair":
        what = MILITIA_KINDS.get((match.group("what") or "communal").lower().rstrip("s"), "Communal")
        return _named_militia(match, sentence, start, end, what)
    if kind == "self_named":
        start = sentence.start_char + match.start("who")
        return ActorMention(start, end, "group", match.group("who"), table.POLITICAL, match.group("who"), sentence)
    if kind == "gang":
        who = " ".join(w for w in match.group("who").split() if w not in NOT_NAMES)
        name = f"{who} {match.group('what').title()}" if who else "Unidentified Gang ({country})"
        return ActorMention(start, end, "group", name, table.POLITICAL, raw, sentence)
    if kind == "forces_of":
        force = "Police" if match.group("kind").lower() == "police" else "Military"
        return ActorMention(start, end, "state", force, table.STATE, raw, sentence,
                       country=table.country_of_word()[match.group("first").lower()])
    if kind == "state":
        force, country, unit = payload
        if country and (before := _demonym_before().search(text[max(0, match.start() - 40):match.start()])):
            # "Iraqi Federal Police": a unit name several countries use takes the demonym's country
            country = table.country_of_word()[before.group(1).lower()]
            start -= len(before.group(0))
            raw = before.group(0) + raw
        elif country and GENERIC_UNIT.fullmatch(raw.strip()):
            country = None  # "military police" alone: the event's country's, not the country the rule names
        country = country or (table.country_of_word()[match.group(1).lower()]
                              if match.lastindex and match.group(1) else None)
        return ActorMention(start, end, "state", force, table.STATE, raw, sentence, country=country, unit=unit)
    name, inter = payload[:2]
    country = _own_country(text, match.start(), raw) if kind in PEOPLE | {"unidentified"} else None
    if kind == "faction":
        country = next((c for c in table.COUNTRY_WORDS if f" of {c} " in f"{name} "), None)
    social = _social_of(text[max(0, match.start() - 16):match.end()], text[match.end():match.end() + 60]) \
        if kind in PEOPLE else ()
    home = payload[3] if kind == "group" and len(payload) > 3 else ()
    return ActorMention(start, end, kind, name, inter, raw, sentence, country=country, social=social, home=home)


MILITIA_KINDS = {"ethnic": "Ethnic", "clan": "Clan", "sub-clan": "Sub-Clan", "communal": "Communal",
                 "tribal": "Tribal", "caste": "Caste", "community": "Ethnic", "ethnic group": "Ethnic",
                 "tribe": "Tribal", "communitie": "Communal"}
NOT_NAMES = {"The", "A", "An", "Local", "Rival", "Armed", "Unidentified", "Unknown", "Suspected", "Two", "Several",
             "Some", "Other", "Allied", "Opposing", "Many", "Both", "Its", "Their", "His", "Her"}


def _named_militia(match: re.Match, sentence, start: int, end: int, what: str = "") -> ActorMention:
    """"Tiv ethnic militia" -> "Tiv Ethnic Militia ({country})"; with no name, an unidentified one."""
    words = [w for w in re.split(r"[- ]", match.group("who")) if w not in NOT_NAMES]
    who = " ".join(words)
    what = what or MILITIA_KINDS[match.group("what").lower()]
    name = f"{who} {what} Militia ({{country}})" if who else f"Unidentified {what} Militia ({{country}})"
    return ActorMention(start, end, "group", name, table.IDENTITY, match.group(0), sentence)


@dataclass(frozen=True)
class _Rule:
    """One entry of `_patterns()` with its gate unpacked; `bare`: a plain force noun ("troops");
    `named`: a group of the rule files (groups.yaml), whose overlaps are settled by length, then priority."""

    pattern: re.Pattern
    kind: str
    payload: tuple
    bare: bool
    named: bool = False


class _RuleIndex:
    """`_patterns()` indexed by gate, so that a sentence is run only through the patterns it can
    match: the ungated ones, those needing a country word when it has one, and those whose word
    starts it has.  Candidates keep the patterns' priority order."""

    def __init__(self, patterns: list[tuple]):
        self.rules: list[_Rule] = []
        self.ungated: list[int] = []
        self.need_country: list[int] = []
        self.by_start: dict[str, list[int]] = {}
        for n, (pattern, kind, payload, *gate) in enumerate(patterns):
            gate_value = gate[0] if gate else None
            bare = kind == "state" and gate_value is not NEEDS_COUNTRY and payload[1] is None and not payload[2]
            self.rules.append(_Rule(pattern, kind, payload, bare, named=kind == "group" and len(payload) >= 3))
            if gate_value is NEEDS_COUNTRY:
                self.need_country.append(n)
            elif isinstance(gate_value, frozenset):
                for start in gate_value:
                    self.by_start.setdefault(start, []).append(n)
            else:
                self.ungated.append(n)

    def candidates(self, text: str) -> list[_Rule]:
        picked = set(self.ungated)
        if table.country_word_pattern().search(text) is not None:
            picked.update(self.need_country)
        for start in word_starts(text):
            picked.update(self.by_start.get(start, ()))
        return [self.rules[n] for n in sorted(picked)]


@lru_cache(maxsize=1)
def _rule_index() -> _RuleIndex:
    return _RuleIndex(_patterns())


def mentions_in(sentence) -> list[ActorMention]:
    """Actor mentions of one sentence, non-overlapping, in text order (kept on a rule `Sentence`)."""
    cached = getattr(sentence, "actor_mentions", None)
    if cached is not None:
        return list(cached)
    found = _scan(sentence)
    if hasattr(sentence, "actor_mentions"):
        sentence.actor_mentions = found
    return list(found)


def _overlaps(a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in taken)


def _take_longest(rules: list[_Rule], sentence, taken: list[tuple[int, int]], found: list[ActorMention]) -> None:
    """The named groups' matches: where two overlap the lower priority wins, then (groups of equal
    priority) the longer match, then the earlier one, then the name; never the order of the rule file.
    (Longest first, before priority, would change 15 of the South Asia notes: "Taliban" inside
    "Tehreek-e-Taliban Pakistan" would give way to the TTP.)"""
    matches = [(match, rule) for rule in rules for match in rule.pattern.finditer(sentence.text)
               if match.start() != match.end() and not _overlaps(*match.span(), taken)]
    matches.sort(key=lambda pair: (pair[1].payload[2], pair[0].start() - pair[0].end(), pair[0].start(),
                                   pair[1].payload[0]))
    for match, rule in matches:
        if not _overlaps(*match.span(), taken):
            taken.append(match.span())
            found.append(_make(match, rule.kind, rule.payload, sentence))


def _scan(sentence) -> list[ActorMention]:
    taken: list[tuple[int, int]] = []
    found: list[ActorMention] = []
    candidates = _rule_index().candidates(sentence.text)
    named = [rule for rule in candidates if rule.named]
    for rule in candidates:
        if rule.named:
            if rule is named[0]:  # the named groups' block, settled together
                _take_longest(named, sentence, taken, found)
            continue
        pattern, kind, payload, bare = rule.pattern, rule.kind, rule.payload, rule.bare
        for match in pattern.finditer(sentence.text):
            a, b = match.span()
            if a == b or _overlaps(a, b, taken):
                continue
            if bare and _in_proper_name(sentence.text, a, match.group(0)):
                continue
            taken.append((a, b))
            found.append(_make(match, kind, payload, sentence))
            if kind == "militia_pair":  # "militias from Umumbo and Omor clashed": two sides
                found.append(replace(found[-1], name=found[-1].name.replace(match.group("who"), match.group("other"))))
            elif match.groupdict().get("second"):  # "US and British warplanes": allies unless they fought
                country = table.country_of_word()[match.group("second").lower()]
                ally = not CLASH.search(sentence.text) and not EXCHANGE.search(sentence.text)
                found.append(replace(found[-1], country=country, ally=ally))
    found.sort(key=lambda m: m.start)
    return _named_members([_with_role(m) for m in found], sentence)


PROPER_WORD_BEFORE = re.compile(r"(?<![.!?] )(?<!^)\b([A-Z][\w'-]+)\s+$")


def _in_proper_name(text: str, start: int, raw: str) -> bool:
    """"National Liberation Army", "Revolutionary Armed Forces": a capitalised force word after a
    capitalised word (not a country's) is the end of a group's name, not a state force."""
    if not raw[:1].isupper():
        return False
    before = PROPER_WORD_BEFORE.search(text[max(0, start - 40):start])
    if not before or start - 40 <= 0 and before.start() == 0:
        return False
    return table.country_word_pattern().fullmatch(before.group(1)) is None


MEMBERS_OF = re.compile(r"^\s*(?:of|from|belonging to|linked to|affiliated with|loyal to)\s+(?:the\s+)?$",
                        re.IGNORECASE)


EITHER = re.compile(r"^\s*(?:or|/|and/or)\s*$", re.IGNORECASE)


def _named_members(mentions: list[ActorMention], sentence) -> list[ActorMention]:
    """"gunmen of the Jalisco New Generation Cartel": the unnamed mention is the named group;
    "ISWAP or Boko Haram": one actor, named "<first> and/or <second>"."""
    out: list[ActorMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        between = sentence.text[m.end - sentence.start_char:nxt.start - sentence.start_char] if nxt else ""
        if nxt and m.kind in ("unidentified", "civilians") and nxt.kind in ("group", "faction", "state") \
                and (MEMBERS_OF.match(between) or m.kind == "unidentified" and nxt.kind == "group"
                     and between in (" ", ", ")):  # "the armed group Comuneros del Sur"
            mentions[i + 1] = replace(nxt, start=m.start, raw=f"{m.raw}{between}{nxt.raw}", role=m.role)
            continue
        if nxt and _joint_agent(m, nxt, between, sentence.text):
            # "Syrian regime forces and Russian warplanes struck ...": both struck, the second as an ally
            m = replace(m, role="agent")
            mentions[i + 1] = replace(nxt, ally=True)
        if nxt and _unit_of(m, nxt, between):
            # "U.S. Army Reserve soldiers", "the Iraqi Army's 7th Division troops": one force
            mentions[i + 1] = replace(m, end=nxt.end, raw=f"{m.raw}{between}{nxt.raw}", role=m.role or nxt.role)
            continue
        if nxt and m.kind == nxt.kind == "group" and m.name != nxt.name and EITHER.match(between):
            # "ISWAP or Boko Haram militants": ACLED's joint name for an uncertain attribution
            mentions[i + 1] = replace(nxt, start=m.start, name=f"{m.name} and/or {nxt.name}", inter=m.inter,
                                      raw=f"{m.raw}{between}{nxt.raw}", role=nxt.role or m.role)
            continue
        out.append(m)
    return out


UNIT_WORDS = re.compile(r"^(?:['\u2019]s)?(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                        r"(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th)))*\s+$")


ARMED_KINDS = {"state", "faction", "group"}
AND = re.compile(r"^,?\s+(?:and|together with|backed by|alongside)\s+(?:the\s+)?$", re.IGNORECASE)


def _joint_agent(first: ActorMention, second: ActorMention, between: str, text: str) -> bool:
    """Two armed actors joined by "and" before the verb the second one is the agent of."""
    return (first.kind in ARMED_KINDS and second.kind in ARMED_KINDS and first.role in (None, "agent")
            and second.role == "agent" and (first.name, first.country) != (second.name, second.country)
            and bool(AND.match(between))
            and not CLASH.search(text) and not EXCHANGE.search(text))


def _unit_of(force: ActorMention, bare: ActorMention, between: str) -> bool:
    """A plain force noun right after a named state force, only unit names between: its unit."""
    return (force.kind == bare.kind == "state" and force.country is not None and bare.country is None
            and not bare.unit and bool(UNIT_WORDS.match(between)))


# --- Roles -----------------------------------------------------------------------------------------

VICTIM_VERBS = {"died", "die", "dies", "perished", "sustained", "suffered", "lost", "succumbed", "was", "were",
                "remain", "remained", "fled", "went", "disappeared", "missing"}
# "in support of the Palestinian people": people a protest is about, not who protested.
TOPIC_NEAR = re.compile(r"\b(?:support|solidarity|sympathy|behalf|release|return|rights)\s+(?:of|with|for|to)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,5}$|\b(?:against|condemn\w*|denounc\w*|for|protest(?:ing|ed)?)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,5}$|\b(?:releas\w*|free(?:ing|d)?|reinstat\w*|pay(?:ing)?)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
REPORT_VERBS = {"found", "find", "discovered", "recovered", "reported", "said", "says", "stated", "confirmed",
                "identified", "arrived", "responded", "investigated", "investigating", "rescued",
                "transferred", "blamed", "accused", "denied", "announced"}
PATIENT_PREPS = {"on", "against", "at", "upon", "into", "toward", "towards", "targeting", "with", "among", "of"}
LINK_DEPS = {"compound", "amod", "nmod", "appos", "conj", "nummod", "det", "poss", "npadvmod", "quantmod"}
HOLDERS = {"positions", "position", "members", "member", "group", "groups", "dozens", "hundreds", "thousands",
           "number", "scores", "tens", "some", "several", "one", "two", "three", "four", "five", "many",
           "base", "bases", "camp", "post", "checkpoint", "convoy", "patrol", "vehicle", "vehicles", "unit",
           "sites", "site", "headquarters", "home", "house", "houses", "village", "crowd", "band", "team",
           "family", "each", "all", "most", "body", "bodies", "killing", "murder", "abduction"}
INSTRUMENT = re.compile(r"\b(?:strikes?|air ?strikes?|missiles?|shelling|bombardment|shells|raids?|warplanes?|jets?|"
                        r"aircraft|drones?|helicopters?|artillery|tanks?|rockets?)$", re.IGNORECASE)
# "facilities used by Kataib Hezbollah": what belongs to a side is hit, the side did not act.
OWNED_BY_BEFORE = re.compile(r"\b(?:used|owned|run|operated|occupied|held|controlled|backed|supported|funded|armed|"
                             r"sponsored|frequented|housed|manned|guarded)\s+by\s+(?:[\w'-]+\s+){0,3}$"
                             r"|\b(?:hosts?|hosting|houses|housing|is home to|home to|stations|stationing)\s+(?:[\w'-]+\s+){0,3}$",
                             re.IGNORECASE)  # "the airport, which hosts US troops": where the target is
# "said a statement from the militia's media office", "according to police": a source.
SOURCE_BEFORE = re.compile(r"\b(?:statement|according to|spokes(?:man|person|woman)|quoted|cited)\s+(?:from|by|of|for)?\s*"
                           r"(?:the\s+)?(?:[\w'-]+-based\s+|[\w'-]+-recogni[sz]ed\s+)?"
                           r"(?:(?!(?:said|says|told|stated|added|confirmed|reported|that)\b)[\w'-]+\s+){0,2}$",
                           re.IGNORECASE)
# "an attack attributed to ADF fighters", "blamed on Boko Haram", "officials blamed Boko Haram", "claimed
# by ISWAP", "suspected Boko Haram militants": the perpetrator, even when only blamed.
ATTRIBUTED_TO = re.compile(r"\b(?:(?:attributed|blamed|imputed|ascribed|pinned) (?:on|to)|blamed|claimed by)\s+"
                           r"(?:the\s+)?(?:suspected\s+|presumed\s+|alleged\s+)?$", re.IGNORECASE)
SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|alleged|presumed)\s+$", re.IGNORECASE)
# "X claimed the attack", "X said it had carried out the bombing": the claimant is the perpetrator.
CLAIM_AFTER = re.compile(r"^[\s,]*(?:[\w-]+\s+){0,2}?(?:(?:has |have |later |quickly )?claimed|claims|"
                         r"took|has taken|have taken)\s+(?:full\s+)?(?:responsibility|credit|"
                         r"the (?:\w+\s+)?(?:attack|bombing|blast|strike|killing|killings|assault|ambush|"
                         r"explosion|raid|operation|abduction|kidnapping))\b|"
                         r"^[\s,]*(?:[\w-]+\s+){0,4}?(?:said|says|stated|announced)\b[^.;]{0,60}?\b(?:that\s+)?"
                         r"(?:it|its fighters|its members|they)\s+(?:had\s+|have\s+|has\s+)?"
                         r"(?:carried out|conducted|launched|targeted|attacked|detonated|planted|killed)\b",
                         re.IGNORECASE)
# "the army said it had targeted PDF fighters": a target only its attacker names.
CLAIMED_TARGET_BEFORE = re.compile(r"\b(?:said|says|claimed|claims|insisted|maintained|described\b[^.;]{0,30}\bas)\b"
                                   r"[^.;]{0,40}?\b(?:it|they|its (?:forces|troops|jets|aircraft|soldiers))\s+"
                                   r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:only\s+)?(?:targeted|targeting|"
                                   r"struck|hit|attacked|bombed|hunting|pursuing|operations against)\s+"
                                   r"(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "at the request of the Somali government", "said a member of the PDF": who asked for, helped
# broker or told of an event is not a side of it.
NOT_A_PARTY_BEFORE = re.compile(r"\b(?:at the (?:request|invitation|behest) of|(?:requested|approved|authori[sz]ed|"
                                r"brokered|mediated|facilitated|hosted|witnessed|sponsored) by|with the (?:support|"
                                r"approval|consent|backing|help|blessing) of|(?:mediation|mediators?|brokers?|"
                                r"guarantors?|facilitators?|hosts?) (?:of|from)|(?:said|says|told|according to) "
                                r"(?:a|an|the|one)\s+(?:[\w'-]+\s+){0,3}?(?:of|from|with))\s+(?:the\s+)?"
                                r"(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
BY_BEFORE = re.compile(r"\bby\s+(?:(?:the|a|an|suspected|alleged|presumed|two|three|several|some|unknown|"
                       r"unidentified|armed|\d+|[\w-]+)\s+){0,3}$", re.IGNORECASE)
# "Dutch soldiers at a camp near Kandahar were wounded": a place phrase may stand before the verb.
PASSIVE_AFTER = re.compile(r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:(?:at|in|near|on|inside)\s+(?:[\w'-]+\s+){1,6}?)?"
                           r"(?:were|was|had been|have been|has been|got|being)\s+"
                           r"(?:\w+\s+)?(?:\w+ed|shot|hit|beaten|hurt|struck|taken|held|stabbed|slain|burnt|"
                           r"found|caught|seen)\b|"
                           r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:died|sustained|suffered|lost|succumbed)\b",
                           re.IGNORECASE)
ACTIONS = (r"attack\w*|kill\w*|shot|shoot\w*|fired|fire[sd]? on|opened fire|ambush\w*|abduct\w*|kidnap\w*|"
           r"storm\w*|raid\w*|clash\w*|shell\w*|launch\w*|carr(?:ied|y) out|str(?:uck|ike)|targeted|targeting|"
           r"bomb\w*|burn\w*|set fire|torch\w*|loot\w*|assault\w*|beat|hack\w*|stabb\w*|seiz\w*|captur\w*|"
           r"destroy\w*|dispers\w*|fought|engag\w*|exchang\w*|repuls\w*|conduct\w*|used|threw|hurl\w*|"
           r"block\w*|protest\w*|gather\w*|took to|staged?|held|march\w*|rall(?:y|ied)|demonstrat\w*|"
           r"mobili[sz]ed|assembl\w*|picket\w*|chant\w*|lynch\w*|raped|tortur\w*|executed|beheaded|"
           r"pelted|vandali[sz]\w*|damaged|overran|advanc\w*|retook|recaptured|intercept\w*|detonat\w*|"
           r"planted|hit|pounded|bombard\w*|shot dead|gunned down|murder\w*|assassinat\w*|injur\w+|wound\w*|"
           r"arrest\w*|detain\w*|called|organi[sz]ed|led|joined|went on|sat|rejected|demanded|denounced|"
           r"condemned|surrounded|chased|confronted|invaded|occupied|burnt|set ablaze|hurled|threw")
REPORTS = (r"found|discovered|recovered|reported|said|stated|confirmed|identified|arrived|responded|rescued|"
           r"announced|accused|blamed")
ACTIVE_AFTER = re.compile(rf"^[\s,]*(?:\([^)]*\)\s*)?(?:(?:also|reportedly|allegedly|then|had|have|has|"
                          rf"on \w+(?: night| morning| evening| afternoon)?|overnight|late \w+|early \w+|"
                          rf"\w+ly|and \w+|[\w-]+ed by [\w ]+,)\s+){{0,2}}(?:{ACTIONS})\b", re.IGNORECASE)
# "the committee along with journalists": people who take part; "members of X": X plays the part
# of the whole phrase.
ALONG_BEFORE = re.compile(r"\b(?:along|together) with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\bincluding\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,2}$|\b(?:led|joined|accompanied) by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)
CROWD_OF_BEFORE = re.compile(r"\b(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|strikes?|sit-ins?|"
                             r"gatherings?|groups?|hundreds|thousands|dozens|scores|members|activists|supporters|"
                             r"workers|leaders|cadres|followers) (?:of|by|from) (?:the\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
REPORTED_DOING = re.compile(r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:were|was|are|is|have been|has been)\s+"
                            r"(?:reported|said|alleged|believed|suspected|accused)\s+(?:to|of)\b", re.IGNORECASE)
# "Hezbollah said it fired rockets", "the group claimed its fighters ambushed": the speaker tells of its own act.
OWN_ACT_AFTER = re.compile(r"^\s*(?:said|says|claimed|claims|announced|stated)\s+(?:that\s+)?(?:it|they|its (?:fighters|forces|"
                           r"members|units|militants)|their (?:fighters|members))\s+(?:had\s+|have\s+|has\s+)?(?:fired|"
                           r"launched|attacked|targeted|struck|shelled|bombed|shot|ambushed|carried out|killed|hit|"
                           r"detonated|blew up|downed)\b", re.IGNORECASE)
# "Pentagon spokesman ... said", "army officials told": a side's spokesperson is a source of the report.
SPOKESPERSON_AFTER = re.compile(r"^\s*(?:'s\s+)?(?:spokes(?:man|woman|person|people)|press (?:office|secretary|service)|"
                                r"statement|communiqu\u00e9|communique)\b", re.IGNORECASE)
# ", said a farmer": a comma first is the attribution of the sentence, not this mention speaking.
REPORT_AFTER = re.compile(rf"^\s*(?:\w+\s+){{0,1}}(?:{REPORTS})\b", re.IGNORECASE)
# "struck Houthi targets", "shelled army positions": what a side holds is hit.
HELD_AFTER = re.compile(r"^\s+(?:targets?|positions?|sites?|bases?|camps?|strongholds?|hideouts?|posts?|"
                        r"facilities|depots?|checkpoints?|vehicles?|convoys?|barracks|outposts?)\b", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[\w'-]+\s+){0,6}?(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
OBJECT_BEFORE = re.compile(rf"\b(?:{ACTIONS}|on|against|at(?! least| most)|targeting|towards?|with|upon|into)\s+"
                           rf"(?:[\w'-]+\s+){{0,4}}$", re.IGNORECASE)


# "JNIM, allied to al-Qaida,", "JNIM, an affiliate of al-Qaida": the ally named in apposition is what
# the group is, not a side of the event.
ALLY_APPOSITION = re.compile(r",\s+(?:(?:which|who) (?:is|are) |a group |an? [\w-]+ group )?(?:allied|affiliated|aligned|"
                             r"linked|tied|loyal|close|connected|pledging allegiance)\s+(?:to|with)\s+(?:the\s+)?$|"
                             r",\s+(?:(?:which|who) (?:is|are) )?(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:affiliates?|ally|allies|"
                             r"offshoot|branch|franchise|wing|arm|splinter group|proxy|proxies)\s+of\s+(?:the\s+)?$|"
                             r"\b(?:group|faction|militia|outfit|organi[sz]ation|network|cell)s?\s+(?:allied|affiliated|"
                             r"aligned|linked|tied|loyal)\s+(?:to|with)\s+(?:the\s+)?$",
                             re.IGNORECASE)

# "a town under GNA control": who holds a place describes the place, not a side of the event.
CONTROL_AROUND = (re.compile(r"\bunder\s+(?:the\s+)?(?:full\s+|partial\s+|effective\s+)?$", re.IGNORECASE),
                  re.compile(r"^(?:['\u2019]s)?\s+(?:control|rule|administration|occupation)\b", re.IGNORECASE))


def _with_role(mention: ActorMention) -> ActorMention:
    sentence = mention.sentence
    if ALLY_APPOSITION.search(sentence.text[:mention.start - sentence.start_char][-80:]) or (
            CONTROL_AROUND[0].search(sentence.text[:mention.start - sentence.start_char][-30:])
            and CONTROL_AROUND[1].match(sentence.text[mention.end - sentence.start_char:])):
        return replace(mention, role="topic")
    if re.search(ATTRIBUTED + "$", mention.raw):
        return replace(mention, role="agent")
    if mention.kind in PEOPLE | {"state"} and TOPIC_NEAR.search(sentence.text[:mention.start - sentence.start_char][-70:]):
        return replace(mention, role="topic")
    role = _strong_role(sentence, mention)
    if role is None and _parsed(sentence):
        role = _parse_role(sentence, mention)
    if role is None:
        role = _pattern_role(sentence, mention)
    return replace(mention, role=role)


def _parsed(sentence) -> bool:
    doc = getattr(sentence, "doc", None)
    return doc is not None and hasattr(doc, "has_annotation") and doc.has_annotation("DEP")


def _parse_role(sentence, mention: ActorMention) -> str | None:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(8):
        if tok.dep_ in LINK_DEPS and tok.head is not tok:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.text.lower() == "of" and tok.head.head.text.lower() in HOLDERS:
            tok = tok.head.head
        else:
            break
    return _dep_role(tok)


def _dep_role(tok) -> str | None:
    if tok.dep_ == "nsubj":
        verb = tok.head.text.lower()
        if verb in REPORT_VERBS:
            return "witness"
        return "patient" if verb in VICTIM_VERBS else "agent"
    if tok.dep_ in ("nsubjpass", "dobj", "attr", "oprd"):
        return "patient"
    if tok.dep_ == "pobj":
        prep = tok.head.text.lower()
        if prep == "by":
            return "agent"
        if prep in PATIENT_PREPS:
            return "patient"
    return None


def _strong_role(sentence, mention: ActorMention) -> str | None:
    """Cues a parse gets wrong: "X were reported to have beaten", "struck X positions"."""
    after = sentence.text[mention.end - sentence.start_char:]
    before = sentence.text[:mention.start - sentence.start_char]
    if mention.kind == "state" and INSTRUMENT.search(mention.raw):
        return "agent"  # "killed in a US strike": a force's weapon or strike is the force acting
    if OWNED_BY_BEFORE.search(before):
        return "patient"
    if SOURCE_BEFORE.search(before) or NOT_A_PARTY_BEFORE.search(before):
        return "witness"
    if mention.kind in ("group", "faction", "unidentified") and CLAIMED_TARGET_BEFORE.search(before):
        return "claimed"
    if mention.kind in ("group", "faction", "unidentified", "state") and mention.name != "Government" and (
            ATTRIBUTED_TO.search(before) or CLAIM_AFTER.match(after)
            or mention.kind in ("group", "faction") and SUSPECTED_BEFORE.search(before) and not PASSIVE_AFTER.match(after)):
        return "agent"
    if REPORTED_DOING.match(after) or ALONG_BEFORE.search(before):
        return "agent"
    crowd = CROWD_OF_BEFORE.search(before)
    if crowd:  # "five members of the IPOB": the role of the whole phrase
        return _pattern_role(sentence, replace(mention, start=sentence.start_char + crowd.start()))
    if HELD_AFTER.match(after):
        return "patient"
    return None


def _pattern_role(sentence, mention: ActorMention) -> str | None:
    """Roles from the words around a mention (no parse): "by X" and "X attacked" make an agent,
    "X were killed", "attacked X", "clashed with X" a patient, "X found the body" a witness."""
    start = mention.start - sentence.start_char
    end = mention.end - sentence.start_char
    before, after = sentence.text[:start], sentence.text[end:]
    if BY_BEFORE.search(before):
        return "agent"
    if HELD_AFTER.match(after):
        return "patient"
    if REPORTED_DOING.match(after) or OWN_ACT_AFTER.match(after):
        return "agent"
    if REPORT_AFTER.match(after) or SPOKESPERSON_AFTER.match(after):
        return "witness"
    if ACTIVE_AFTER.match(after):
        return "agent"
    if PASSIVE_AFTER.match(after):
        return "patient"
    if BETWEEN_BEFORE.search(before):
        return None
    if OBJECT_BEFORE.search(before):
        return "patient"
    return None
