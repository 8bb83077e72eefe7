"""Mentions of the same event inside one article become one event.

Walking the article in order, each mention either joins an event already found or starts one:
- a mention that dates itself joins the event in focus, or an earlier one, whose date allows the
  same day and whose type is compatible; a different date starts a new event;
- an undated mention joins the event in focus when the types are compatible (same sub-type,
  same event type, any two kinds of violence, or either side untyped) or when it points back
  ("the strikes", "the attack"); "Separately,..." / "In another attack..." start a new one;
- a retrospective clause ("after the deaths of ...") speaks of another, earlier event: it joins a
  matching event other than its sentence's, or starts one only when it dates itself (and then the
  next sentences are read as going on about that event);
- a sentence with no trigger that reports casualties adds them to the event mentioned within the
  last `FOLLOW_UP` sentences (or to the event whose place it names);
- plans, threats, background and aggregates never reach here (see `mentions`); a paragraph that
  opens with background keeps its undated sentences out; a date more than a month before
  publication (unless it recalls a specific event with its own day or month and place, `recalled_specific`), a
  quoted statement, or a mention with no type never starts an event; after the
  paragraph of the first event, a further event must date itself or be marked "separately"; a
  mention dated after the first event is its aftermath unless it is a demonstration, opens on a
  town of its own, or is violence that has casualties or does not point back ("the attack");
- a dated clause that opens on a town the event in focus never named ("In Kakamega, ... on
  Tuesday") is an event of that town: it joins only an event that names the town.
An event whose mentions never got a sub-event type is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from eventwire.extract.dates import MONTH_NUMBERS, WEEKDAYS, DateHit, find_dates
from eventwire.extract.mentions import (
    SAME_DAY, EventClause, Skipped, Typer, note_skipped, opens_background, sentence_mentions, stale,
)
from eventwire.extract.sentences import Sentence
from eventwire.extract import cues as c
from eventwire.extract.typing import PROTEST_FAMILY, escalates, non_conflict_story
from eventwire.records import SUB_EVENT_TO_TYPE

STORY_LEAD = 2  # a story of another kind is told in the article's first two sentences
FOLLOW_UP = 4  # a casualty sentence may follow its event's last mention by this many sentences
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
WEAK_SUBS = {"Attack", "Armed clash"}
DEMONSTRATIONS = {"Protests", "Riots"}
CROWD_HARM = {"Attack", "Looting/property destruction"}  # what a crowd or the police do at a demonstration
ARMED_CAUSES = (c.ARMED_ACTOR, c.NONSTATE, c.SMALL_ARMS, c.ARMS_WORDS, c.AIR, c.SHELLING, c.IED, c.BLAST, c.GRENADE)
HEAD_FAMILIES = {  # nouns a later sentence may use for the same event ("the fighting" for "clashed")
    "clash": ("clash", "fight", "battle", "firefight"), "fighting": ("fight", "clash", "battle", "firefight"),
    "strike": ("strike", "struck", "raid", "bombard"), "raid": ("raid", "strike", "attack"),
    "attack": ("attack", "assault", "raid"), "assault": ("assault", "attack"),
    "blast": ("blast", "explo", "bomb"), "explosion": ("explo", "blast", "bomb"), "bombing": ("bomb", "blast", "explo"),
    "shelling": ("shell", "barrage", "bombard", "artillery"), "barrage": ("barrage", "shell", "rocket", "missile"),
}
LEADING_PLACE = re.compile(r"(?:In|At|Near) ([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?),")
CALENDAR_WORDS = frozenset(MONTH_NUMBERS) | frozenset(WEEKDAYS)  # "in May", "on Monday": no place
REMOTE = "Explosions/Remote violence"
REPRISAL = re.compile(r"(?i)\b(?:in response|in retaliation|in reprisal|retaliat\w+|hit back)\b(?!\s+(?:to|for)\b)")
SIMILAR = re.compile(r"(?i)\b(?:a|another) similar (?:\w+ )?(?:strike|attack|raid|bombing|blast|assault)\b")
DAY_IN_DATE = re.compile(r"\d|Day|Eve")  # a date that names its day ("3 March", "Christmas Day"), not a weekday
HEADLINE_WORDS = 25
HEADLINE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*\s*$")
PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:in|near|at|outside|of)\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)")


@dataclass
class EventGroup:
    """The mentions of one event, in article order."""

    mentions: list[EventClause] = field(default_factory=list)
    sub: str | None = None
    date: DateHit | None = None
    # an event told as part of another one's news ("In Nairobi, ..." after Nakuru; a reprisal "in
    # response"), with no date of its own: the sentences of that event, which date it too
    dated_by: list[Sentence] = field(default_factory=list)

    def add(self, mention: EventClause) -> None:
        self.mentions.append(mention)
        if mention.sub and (self.sub is None or _refines(self.sub, mention.sub)):
            self.sub = mention.sub
        if self.date is None and mention.date is not None:
            self.date = mention.date

    @property
    def sentences(self) -> list[Sentence]:
        return [m.span for m in self.mentions]

    def names(self, place: str) -> bool:
        return any(place in m.span.text for m in self.mentions)

    def last_use(self, head: str) -> int:
        """Position of the last mention that uses the noun `head` ("strike") or one of its family, -1 if none."""
        stems = HEAD_FAMILIES.get(head, (head,))
        return max((m.span.start_char for m in self.mentions if any(x in m.span.text.lower() for x in stems)),
                   default=-1)


def _refines(current: str, new: str) -> bool:
    """A weak sub-type gives way to a more specific one: attack/clash to the means used (air strike,
    IED...), a peaceful protest to the intervention or violence that followed."""
    if current in WEAK_SUBS:
        return SUB_EVENT_TO_TYPE[new] == "Explosions/Remote violence"
    return escalates(current, new)


def compatible(a: str | None, b: str | None) -> bool:
    """Can mentions typed `a` and `b` be the same event?"""
    if a is None or b is None or a == b:
        return True
    ta, tb = SUB_EVENT_TO_TYPE[a], SUB_EVENT_TO_TYPE[b]
    if "Disrupted weapons use" in (a, b):  # "most missiles were intercepted": part of the attack
        return "Explosions/Remote violence" in (ta, tb)
    if ta == tb or {ta, tb} <= VIOLENT:
        return True
    return {ta, tb} <= DEMONSTRATIONS  # a protest that turned violent


def _harm_at_demonstration(focus: EventGroup, m: EventClause) -> bool:
    """An undated attack or looting told right after a demonstration, with no armed group, weapon or
    blast of its own ("55 were injured", "shops were looted"): what happened at the demonstration."""
    if focus.sub not in PROTEST_FAMILY or m.sub not in CROWD_HARM:  # a mob's violence is violence already
        return False
    return not any(cue.search(m.span.text) for cue in ARMED_CAUSES)


def _another_incident(group: EventGroup, m: EventClause) -> bool:
    """A dated clause in a later paragraph that tells its own toll, of another event type than the
    event's and not a more specific kind of it ("Several shells landed on the edge of Goma on
    Thursday, killing three" after "rebels took the town of Sake on Thursday"): another incident."""
    if group.sub is None or m.sub is None or m.anaphoric or not m.has_casualties:
        return False
    if SUB_EVENT_TO_TYPE[group.sub] == SUB_EVENT_TO_TYPE[m.sub] or _refines(group.sub, m.sub):
        return False
    return all(g.span.paragraph != m.span.paragraph for g in group.mentions)


def _date_fits(group: EventGroup, hit: DateHit | None) -> bool:
    return hit is None or group.date is None or group.date.overlaps(hit)


@dataclass
class Grouper:
    """Assigns the mentions of one article to events, in order."""

    published: dt.date | None
    groups: list[EventGroup] = field(default_factory=list)
    focus: EventGroup | None = None
    last_sentence: int = -2

    def feed(self, sentence: Sentence, mentions: list[EventClause]) -> None:
        main_group = None
        for mention in mentions:
            if mention.retro:
                started = self._retro(mention, main_group)
                main_group = started or main_group  # the next sentences go on about the event just introduced
            elif mention.eventive:
                main_group = self._main(mention)
            else:
                self._casualties_only(mention, sentence)
        if main_group is not None:
            self.focus, self.last_sentence = main_group, sentence.index

    def _main(self, m: EventClause) -> EventGroup | None:
        focus = self.focus
        if m.date is not None:
            town = self._new_place(m)  # "In Kakamega, ... on Tuesday": an event of that town, not of the one in focus
            fits = [g for g in reversed(self.groups) if _date_fits(g, m.date) and compatible(g.sub, m.sub)
                    and (town is None or g.names(town)) and not _another_incident(g, m)]
            if focus in fits and not m.separate:
                return self._join(focus, m)
            dated = [g for g in fits if g.date is not None]
            if dated and not m.separate:
                return self._join(dated[0], m)
            if self._fled_from(m):
                return None
            return self._start(m)
        if self._reprisal(m) or self._elsewhere(m) or (self.focus is not None and SAME_DAY.match(m.span.text)):
            return self._start_beside(m, self.focus)
        referent = self._referent(m)
        if referent is not None:
            return self._join(referent, m)
        if focus is not None and not m.separate and _harm_at_demonstration(focus, m):
            if m.sub == "Looting/property destruction":  # the crowd destroyed property: a violent demonstration
                m = replace(m, sub="Violent demonstration")
            return self._join(focus, m)
        if focus is not None and not m.separate and (compatible(focus.sub, m.sub) or m.anaphoric):
            return self._join(focus, m)
        same = next((g for g in reversed(self.groups) if m.sub and g.sub == m.sub), None)
        if same is not None and not m.separate:
            return self._join(same, m)
        return self._start(m)

    def _fled_from(self, m: EventClause) -> bool:
        """"Soldiers and civilians were seen fleeing towards Goma on Thursday" on a day the article
        reports fighting: the flight is what the violence caused, not an event of its own."""
        return (m.sub == "Other" and bool(c.DISPLACEMENT.search(m.span.text))
                and any(g.sub and SUB_EVENT_TO_TYPE[g.sub] in VIOLENT and _date_fits(g, m.date) for g in self.groups))

    def _reprisal(self, m: EventClause) -> bool:
        """"Hezbollah said it fired dozens of rockets at an army base in response": a strike of
        another kind answering the event in focus is an event of its own, not more of it."""
        focus = self.focus
        return (focus is not None and m.sub is not None and focus.sub is not None and m.sub != focus.sub
                and SUB_EVENT_TO_TYPE[m.sub] == REMOTE and bool(REPRISAL.search(m.span.text)))

    def _elsewhere(self, m: EventClause) -> bool:
        """"In Nairobi, officers fired tear gas at hundreds who marched ..." after a protest in Nakuru:
        a clause that opens on a town the event in focus never named is an event of that town (ACLED
        codes one event per place and day)."""
        return self._new_place(m) is not None

    def _new_place(self, m: EventClause) -> str | None:
        """The town a typed clause opens on ("In Kakamega, ..."), when the event in focus never named it."""
        lead = LEADING_PLACE.match(m.span.text)
        focus = self.focus
        if lead is None or focus is None or m.sub is None or m.anaphoric:
            return None
        town = lead.group(1)
        return None if town.split()[0].lower() in CALENDAR_WORDS or focus.names(town) else town

    def _referent(self, m: EventClause) -> EventGroup | None:
        """The event "the strikes" / "the attack" points back to: the one that last used that noun."""
        if not m.anaphoric or m.separate:
            return None
        used = [(g.last_use(m.anaphoric), g) for g in self.groups if compatible(g.sub, m.sub)]
        position, group = max(used, key=lambda pair: pair[0], default=(-1, None))
        return group if position >= 0 else None

    def _retro(self, m: EventClause, main_group: EventGroup | None) -> EventGroup | None:
        """Join the earlier event a retrospective clause recalls; the new group when it starts one."""
        others = [g for g in reversed(self.groups) if g is not main_group
                  and compatible(g.sub, m.sub) and _date_fits(g, m.date)]
        if others and (m.date is None or others[0].date is not None):
            self._join(others[0], m)
        elif m.date is not None and m.eventive:
            return self._start(m)
        return None

    def _casualties_only(self, m: EventClause, sentence: Sentence) -> None:
        """A toll with no trigger of its own goes to the event just mentioned (or the one whose place it names)."""
        if m.quoted or sentence.index - self.last_sentence > FOLLOW_UP or not self.groups:
            return
        if stale(m.date, self.published):  # "Last year, at least 57 people were killed in protests"
            return
        places = PLACE_AFTER_PREPOSITION.findall(m.span.text)
        named = [g for g in reversed(self.groups) if any(g.names(p) for p in places)]
        target = named[0] if named else self.focus
        if target is not None:
            target.add(m)
            self.last_sentence = sentence.index

    def _aftermath(self, m: EventClause) -> bool:
        """Dated after the article's first event, not marked separate, and not itself violence with
        casualties: what happened next ("soldiers found the bodies on Wednesday"), not a new event."""
        lead = next((g.date for g in self.groups if g.date is not None), None)
        if lead is None or m.date is None or m.separate or m.date.lo <= lead.hi:
            return False
        kind = SUB_EVENT_TO_TYPE[m.sub] if m.sub else None
        if kind in DEMONSTRATIONS or self._new_place(m):  # a protest, or an event in another town: its own
            return False
        return not (kind in VIOLENT and (m.has_casualties or not m.anaphoric))

    def _like_focus(self, m: EventClause) -> EventClause:
        """"A similar strike on a market in Ariha killed 12" after a drone strike: another event of the
        same kind, typed as the event it is likened to where its own words are less specific."""
        focus = self.focus
        if (focus is None or focus.sub is None or not SIMILAR.search(m.span.text)
                or m.sub not in (None, *WEAK_SUBS) or not compatible(focus.sub, m.sub)):
            return m
        return replace(m, sub=focus.sub)

    def _join(self, group: EventGroup, m: EventClause) -> EventGroup:
        group.add(m)
        return group

    def _start_beside(self, m: EventClause, focus: EventGroup) -> EventGroup | None:
        """A new event introduced as its own (not in passing) beside the one in focus, dated by it."""
        group = self._start(replace(m, separate=True))
        if group is not None and m.date is None:
            group.date, group.dated_by = focus.date, focus.dated_by or focus.sentences
        return group

    def _start(self, m: EventClause) -> EventGroup | None:
        if m.quoted or m.sub is None and not m.generic:
            return None
        if stale(m.date, self.published) and not recalled_specific(m):
            return None
        first_paragraph = self.groups[0].mentions[0].span.paragraph if self.groups else m.span.paragraph
        if m.date is None and not m.separate and m.span.paragraph > first_paragraph:
            return None  # a later event is introduced by its own date or "separately", not in passing
        if self._aftermath(m):
            return None
        group = EventGroup()
        group.add(self._like_focus(m))
        self.groups.append(group)
        return group


def group_mentions(sentences: list[Sentence], typer: Typer, published: dt.date | None, title: str | None = None,
                   skipped: list[Skipped] | None = None) -> list[EventGroup]:
    """The events of an article (as groups of mentions) from its sentences, in order of first mention.
    A headline (the title repeated, or a first line without a full stop) never starts an event;
    `skipped` collects the typed clauses left out, with the reason (headline, plan, denial...)."""
    grouper = Grouper(published)
    typer = _memo(typer)
    background_paragraph = None
    other_story = False  # the article opened on a story of another kind (`typing.non_conflict_story`)
    for sentence in sentences:
        first_of_paragraph = sentence.index == 0 or sentence.paragraph != _previous_paragraph(sentences, sentence)
        if first_of_paragraph:
            background_paragraph = sentence.paragraph if opens_background(sentence, typer) else None
        if is_headline(sentence, sentences, title):
            note_skipped(skipped, sentence, typer, "headline: a title never makes an event by itself")
            continue
        mentions = sentence_mentions(sentence, typer, published, skipped)
        if first_of_paragraph and _tells_the_past(sentence, mentions, published):
            background_paragraph = sentence.paragraph  # "On June 6, 1944, troops stormed ...": the rest of it too
        if sentence.index < STORY_LEAD and not grouper.groups and non_conflict_story(sentence.text):
            other_story = True  # "The navy began an exercise ...": "Frigates fired missiles" is the drill
        if background_paragraph == sentence.paragraph or other_story:
            mentions = [m for m in mentions if m.date is not None]
        grouper.feed(sentence, mentions)
    return [g for g in grouper.groups if g.sub is not None]


def _tells_the_past(sentence: Sentence, mentions: list[EventClause], published: dt.date | None) -> bool:
    """A paragraph's first sentence is dated long before the article (a history, a trial's facts) and
    recalls no event to be coded: the undated sentences after it go on about that past."""
    hits = [h for h in find_dates(sentence.text, published) if not h.reporting]
    return (bool(hits) and all(stale(h, published) for h in hits)
            and not any(recalled_specific(m) for m in mentions))


def recalled_specific(m: EventClause) -> bool:
    """An earlier event the text recalls with its own day or month and place ("the bombing of a market
    in Kabul on 3 March", "In March, gunmen killed a candidate in Celaya"): coded at its own date, so
    linking can join it to its own reports; vague background ("attacks in recent years", "last
    year's bombing") is not."""
    if m.sub is None or m.date is None or not _own_day_or_month(m.date):
        return False
    if m.pinned:  # "since October 2021, when two bombers blew themselves up at a hotel in the town"
        return True
    places = PLACE_AFTER_PREPOSITION.findall(m.span.text)
    return any(p.split()[0].lower() not in CALENDAR_WORDS for p in places)


def _own_day_or_month(hit: DateHit) -> bool:
    """"on 3 March", "Christmas Day", "in March", "in May 2022": not a weekday, "last month" or "last year"."""
    if hit.precision == 1:
        return bool(DAY_IN_DATE.search(hit.raw))
    return hit.precision == 3 and any(w.lower().rstrip(".") in MONTH_NUMBERS for w in hit.raw.split())


def is_headline(sentence: Sentence, sentences: list[Sentence], title: str | None) -> bool:
    """The article's title repeated in its body, a line in title case anywhere, or a first line that
    is a headline: no full stop, at most `HEADLINE_WORDS` words, a paragraph of its own."""
    if title and _folded(sentence.text) and _folded(sentence.text) in _folded(title):
        return True
    if len(sentence.text.split()) > HEADLINE_WORDS:
        return False
    if _title_case(sentence.text):  # anywhere: a "read also" link or a sub-heading is a headline too
        return True
    if sentence.index != 0:
        return False
    if HEADLINE_END.search(sentence.text):
        return False
    following = sentences[1] if len(sentences) > 1 else None
    return following is not None and following.paragraph != sentence.paragraph


def _title_case(text: str) -> bool:
    """"Actor On Border Protests: Violence Is Not The Way": most words of four letters or more capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _memo(typer: Typer) -> Typer:
    """The typer with its answers kept for this article (clauses are typed more than once)."""
    seen: dict[str, str | None] = {}

    def typed(text: str) -> str | None:
        if text not in seen:
            seen[text] = typer(text)
        return seen[text]
    return typed


def _previous_paragraph(sentences: list[Sentence], sentence: Sentence) -> int | None:
    return sentences[sentence.index - 1].paragraph if sentence.index > 0 else None
