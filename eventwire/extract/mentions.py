"""Event mentions: which sentences (and clauses) of an article talk about an event that happened.

A sentence is cut at a retrospective connector ("after the deaths of...", "in response to the
attack that...", "the strikes follow earlier attacks on...") when both sides speak of an event,
so that one sentence can mention two events; the part after the connector is a *retrospective*
mention of an earlier event.  Each part gets the sub-event type the typer gives it, the date it
gives itself (reporting dates kept apart), and whether it only points back ("the strikes").

No event comes from background: aggregates and habits ("at least 66 attacks since October",
"several times", "over the past three months"), plans, threats and hypotheticals ("will",
"vowed to", "could", "may strike"), or analysis; a paragraph that opens with background keeps
its undated sentences out too.  Quoted sentences (statements) may add to an event but never start one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.extract import cues as c
from eventwire.extract.casualties import CASUALTY_WORDS, extract_casualties
from eventwire.extract.dates import ABSOLUTE, DateHit, find_dates
from eventwire.extract.sentences import Sentence
from eventwire.records import Casualties

Typer = Callable[[str], "str | None"]

BACKGROUND = re.compile(  # aggregates and habits: never an event, dated or not
    r"\b(since (?:last year|early|late|mid-?|October|November|December|January|February|"
    r"March|April|May|June|July|August|September|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|\d{4}|\w+ \d{1,2}\b)|"
    r"in recent (?:months|weeks|days|years)|so far this (?:year|month)|over the (?:past|last) (?:\w+ ){0,2}"
    r"(?:days|weeks|months|years)|this year alone|(?:\d+|dozens of|scores of|hundreds of|a series of|"
    r"a wave of|a spate of|repeated|multiple|rounds of) (?:\w+ ){0,3}(?:attacks|strikes|airstrikes|incidents|assaults)|"
    r"between (?:mid-|early |late )?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) and|(?:by|according to) (?:the )?\w+(?:'s|\u2019s) (?:count|tally)|over that period|in total|several times|"
    r"many times|dozens of times|\d+ times|on average|a total of \d+ attacks|"
    r"(?:has|have|had) (?:killed|left|displaced|claimed|wounded|injured)(?: (?:or|and) (?:killed|wounded|injured|maimed))? (?:more than |over |at least |nearly |tens of |hundreds of )?"
    r"(?:thousands|hundreds|millions|tens of thousands|\d{1,3}(?:,\d{3})+)|"
    r"(?:war|conflict|fighting|insurgency|campaign|crisis)\b(?: \w+){0,8} (?:began|started|erupted|broke out) in|"
    r"(?:have|has) been (?:\w+ )?(?:killed|arrested|wounded|injured|abducted|detained)\b[^.;]{0,60}\b"
    r"(?:this (?:year|month)|since)|since then)\b",
    re.IGNORECASE)
RECALL = re.compile(  # recalled, habitual or analysed rather than reported: no event unless the clause dates it
    r"\b(since the (?:start|beginning)|previously|in the past|has been targeted|have been targeted|"
    r"not the first time|first time|history of|is one of|remains one of|"
    r"for (?:more than |over |nearly |almost |about )?(?:\d+|two|three|four|five|ten|several|many) (?:years|decades)|"
    r"for (?:years|decades)|frequent(?:ly)?|routinely|regularly|often|usually|continues? to carry out|"
    r"still carries out|last year|earlier this year|(?:in|during) (?:19|20)\d\d(?![\w-])|"
    r"(?:summers?|winters?|springs?|autumns?) of (?:19|20)\d\d)\b", re.IGNORECASE)
# a recall word that dates the dead a march or vigil honours ("pictures of those killed last year"), not the clause
VICTIMS_BEFORE = re.compile(r"\b(?:those|people|victims|the dead|protesters|demonstrators|relatives of those)\s+"
                            r"(?:who\s+)?(?:were\s+|had\s+been\s+)?(?:killed|died|slain|lost|shot|disappeared)"
                            r"(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)
# a trailing clause that sets the event in its history ("..., in the latest flare-up of a feud that has
# gripped the region since May"): what it says of the past does not make the event background
TRAILING_HISTORY = re.compile(r"(?:,\s*|\s)(?:in (?:the|a) (?:latest|recent|new|third|second)\b|"
                              r"(?:that|which) (?:has|have|had)\b|amid\b)", re.IGNORECASE)
HEAD_CHARS = 40  # the event's own clause comes first
MODAL = re.compile(  # plans, threats, hypotheticals: no event unless the clause dates it
    r"\b(will|would|could|might|may (?:strike|attack|retaliate|respond|launch|target)|likely|plans? to|planned|"
    r"planning|threat(?:en(?:ed|s|ing)?)? to|vow(?:ed|s)? to|warn(?:ed|s|ing)? (?:[\w-]+ ){0,3}(?:that|of)|pledged to|"
    r"intends? to|expected to|is set to|are set to|aims? to|seeks? to|if |unless|in case of|ready to|"
    r"prepared to|cannot rule out|unclear (?:whether|if)|not clear (?:whether|if)|called on \w+ to)\b", re.IGNORECASE)
MODALITIES = (("negated", c.MODALITY_NEGATED), ("denied", c.MODALITY_DENIED), ("expected", c.MODALITY_EXPECTED),
              ("planned", c.MODALITY_PLANNED), ("aggregate", c.MODALITY_AGGREGATE),
              ("no progress", c.MODALITY_NO_PROGRESS), ("generic", c.MODALITY_GENERIC))
QUOTE_START = ("\u201c", '"', "\u2018", "'")
QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
CONTINUES = re.compile(r"^(?:The|These|Those) (?:protesters|demonstrators|marchers|students|rioters|crowd|attackers|"
                       r"gunmen|militants|assailants|fighters|troops|soldiers|strikes|attack|attackers)\b")
# a separate event told of the same day as the one before it ("Hours later, ...")
_SAME_DAY = r"hours later|later (?:that|the same) (?:day|night|evening)|earlier (?:that|the same) day"
SAME_DAY = re.compile(rf"^(?:{_SAME_DAY})\b", re.IGNORECASE)
SEPARATE = re.compile(r"^(?:separately|elsewhere|meanwhile|in (?:a |another )?separate (?:incident|attack|strike)|"
                      rf"in another (?:incident|attack|strike)|also on|{_SAME_DAY})\b", re.IGNORECASE)
ANAPHORA = re.compile(r"\b(?:the|these|those|this|that|its|their|such) (?:[\w\u2019'-]+ ){0,4}?(?P<head>attack|strike|"
                      r"raid|blast|explosion|bombing|shelling|assault|clash|fighting|ambush|incident|operation|"
                      r"barrage|airstrike|air strike)(?:s|es)?\b", re.IGNORECASE)
GENERIC = re.compile(r"\b(attack(?:s|ed)?|strikes?|struck|raids?|assault(?:s|ed)?|bomb(?:ing|ings|ed)|explosions?|"
                     r"blasts?|ambush(?:ed)?|airstrikes?|offensive|hit|targeted)\b", re.IGNORECASE)
RETRO = re.compile(
    r"\b(?:after|following|in (?:response|retaliation|revenge|reprisal) (?:to|for)|(?:in )?retaliation for|"
    r"as retaliation for|in the wake of|(?:which |that )?follow(?:s|ed)?(?: up on)?)"
    r"(?= (?:an?|the|earlier|last|recent|repeated|its|their|his|her|these|those|[A-Z]\w*(?:'s|\u2019s)|\d|"
    r"weeks|days|months|an? \w+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|hundreds)\b)",
    re.IGNORECASE)
LEADING_CLAUSE = re.compile(r"^(?:\w+ )?(?:after|before|following|hours after|hours before|days after)\b[^,]{3,120},",
                            re.IGNORECASE)
STALE_DAYS = 31
WHEN_AFTER = re.compile(r",\s+when\b")  # "since October 2021, when two bombers ...": the date's own event


@dataclass(frozen=True)
class Skipped:
    """A typed clause that made no event: the clause, the type it would have had, and why not."""

    clause: Sentence
    sub: str
    reason: str


@dataclass
class EventClause:
    """One clause of a sentence that speaks of an event."""

    span: Sentence
    sub: str | None
    generic: bool
    date: DateHit | None = None
    reported: DateHit | None = None
    casualties: Casualties = field(default_factory=Casualties)
    retro: bool = False
    anaphoric: str | None = None  # the head noun it points back with ("strike" for "the strikes")
    separate: bool = False
    quoted: bool = False
    pinned: bool = False  # told as "DATE, when ...": the text fixes it to that date

    @property
    def eventive(self) -> bool:
        return self.sub is not None or self.generic

    @property
    def has_casualties(self) -> bool:
        return bool(self.casualties.fatalities or self.casualties.injuries)


def opens_background(sentence: Sentence, typer: Typer) -> bool:
    """The sentence's main clause is background ("Since October 17, ... strikes have escalated")."""
    return is_background(clauses(sentence, typer)[0][0].text)


def modality(text: str) -> tuple[str, str] | None:
    """What keeps a clause from reporting an event that happened -- negated, denied, expected,
    planned, aggregate, no progress, or a generic struggle ("the fight against terrorism") -- and
    the words that say so; None for a clause that may report one."""
    for kind, pattern in MODALITIES:
        match = pattern.search(text)
        if match:
            return kind, match.group(0)
    return None


def own_clause(text: str) -> str:
    """The clause up to a trailing clause of history (`TRAILING_HISTORY`), or the whole text."""
    match = TRAILING_HISTORY.search(text, HEAD_CHARS)
    return text[:match.start()] if match else text


def note_skipped(skipped: list[Skipped] | None, clause: Sentence, typer: Typer, reason: str) -> None:
    """Keep a typed clause that makes no event, with its type and the reason (`extract --explain`)."""
    if skipped is None:
        return
    sub = typer(clause.text)
    if sub is not None:
        skipped.append(Skipped(clause, sub, reason))


def is_background(text: str) -> bool:
    return bool(BACKGROUND.search(text)) or recalls(text)


def recalls(text: str) -> bool:
    """The clause is told as recalled, habitual or analysed (`RECALL`), unless the recall word only
    dates the dead it honours."""
    return any(not VICTIMS_BEFORE.search(text[:m.start()]) for m in RECALL.finditer(text))


def is_modal(text: str) -> bool:
    return bool(MODAL.search(text))


def stale(hit: DateHit | None, published: dt.date | None) -> bool:
    """A date more than a month before publication: a past event recalled, not reported."""
    return bool(hit and published and (published - hit.hi).days > STALE_DAYS)


def clauses(sentence: Sentence, typer: Typer) -> list[tuple[Sentence, bool]]:
    """The sentence as (clause, retrospective?) parts: one part unless it mentions two events."""
    text = sentence.text
    pinned = _pinned_recall(sentence, typer)
    if pinned:
        return pinned
    lead = LEADING_CLAUSE.match(text)
    if lead:
        head, rest = sentence.part(0, lead.end()), sentence.part(lead.end(), len(text))
        if _eventive(rest.text, typer) or CASUALTY_WORDS.search(rest.text):
            return [(rest, False), (head, True)]
        return [(sentence, False)]
    match = RETRO.search(text)
    if match is None or match.start() < 8:
        return [(sentence, False)]
    main, retro = sentence.part(0, match.start()), sentence.part(match.end(), len(text))
    if _eventive(main.text, typer) and (_eventive(retro.text, typer) or CASUALTY_WORDS.search(retro.text)):
        return [(main, False), (retro, True)]
    return [(sentence, False)]


def _pinned_recall(sentence: Sentence, typer: Typer) -> list[tuple[Sentence, bool]] | None:
    """A background clause whose calendar date a when-clause tells ("the deadliest bombing since
    October 2021, when two suicide bombers ..."): the background up to the date, and the recalled event
    from its date on; None for any other sentence."""
    text = sentence.text
    for match in ABSOLUTE.finditer(text):
        if not WHEN_AFTER.match(text, match.end()) or not is_background(text[:match.end()]):
            continue
        start = min(match.start(name) for name, value in match.groupdict().items() if value)
        recalled = sentence.part(start, len(text))
        if _eventive(recalled.text, typer) or CASUALTY_WORDS.search(recalled.text):
            return [(sentence.part(0, match.end()), False), (recalled, True)]
    return None


def _pinned(text: str) -> bool:
    match = ABSOLUTE.match(text)
    return bool(match and WHEN_AFTER.match(text, match.end()))


def _head(text: str) -> str | None:
    match = ANAPHORA.search(text)
    return match.group("head").lower().replace("air strike", "strike").replace("airstrike", "strike") if match else None


def _eventive(text: str, typer: Typer) -> bool:
    return bool(GENERIC.search(text)) or typer(text) is not None


def quoted(text: str) -> bool:
    """A statement: the sentence opens with a quotation or is mostly quoted words."""
    if text.startswith(QUOTE_START):
        return True
    inside = sum(len(q) for q in QUOTED.findall(text))
    return inside > 0.4 * len(text)


def sentence_mentions(sentence: Sentence, typer: Typer, published: dt.date | None,
                      skipped: list[Skipped] | None = None) -> list[EventClause]:
    """The event mentions of one sentence (main clause first); [] for background or plans.
    A typed clause left out for its modality is added to `skipped` with the reason."""
    is_quoted = quoted(sentence.text)
    out = []
    for part, retro in clauses(sentence, typer):
        if BACKGROUND.search(own_clause(part.text)):
            continue
        found = modality(part.text)
        if found:
            note_skipped(skipped, part, typer, f"{found[0]}: {found[1]!r}")
            continue
        mention = _mention(part, typer, published, retro)
        if mention.date is None and (is_modal(part.text) or recalls(part.text)):
            continue
        mention.quoted = is_quoted
        if mention.eventive or mention.has_casualties:
            out.append(mention)
    return out


def _mention(part: Sentence, typer: Typer, published: dt.date | None, retro: bool) -> EventClause:
    hits = find_dates(part.text, published)
    if not retro and CONTINUES.match(part.text):  # "The protesters carried placards ... last week": the
        hits = [h for h in hits if h.start < 60]  # date deep in the sentence dates something else
    sub = typer(part.text)
    return EventClause(
        span=part, sub=sub, generic=sub is None and bool(GENERIC.search(part.text)),
        date=next((h for h in hits if not h.reporting), None), reported=next((h for h in hits if h.reporting), None),
        casualties=extract_casualties(part), retro=retro, anaphoric=_head(part.text),
        separate=bool(SEPARATE.search(part.text)), pinned=retro and _pinned(part.text))
