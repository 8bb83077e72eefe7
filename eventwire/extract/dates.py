"""Dates in sentences, resolved against the article's publication date.

Our own rules (no date parser needed for the forms news text uses):
- explicit dates ("9 May 2020", "May 9, 2020", "Jan. 21", "2020-05-09") -> that day, precision 1;
  a day without a year -> the most recent such day on or before publication (none without one);
  "in May 2020" -> the 15th, precision 3;
- weekday names -> the most recent such day on or before publication, precision 1, with the
  time-of-day forms news uses ("Saturday night", "late on Monday", "the early hours of
  Wednesday", "Friday's attacks"); "last Monday" in a Monday article is a week back;
- yesterday / last night / overnight -> publication - 1; today / this morning -> publication;
  "N days ago" -> publication - N (precision 1); "over the weekend" -> the Saturday before
  (precision 2); "last week" -> publication - 7 and "earlier this week" -> that week's Monday
  (precision 2); "earlier this month" -> the 15th clipped to publication, "last month" -> the
  previous month's 15th (precision 3); a month named alone ("in March", "last August", "In early
  May,") -> its 15th (clipped to publication), precision 3, in the latest such month on or before
  publication ("last" and a month later in the year than publication: the year before), unless the
  sentence speaks of the future ("due in November") -- then no date;
- a date that only says when something was *said* ("said on Tuesday", "told Reuters on Monday",
  "Tuesday's statement") is a reporting date: used only when no sentence of the event dates it;
- no date at all -> the publication date, precision 2 ("as reported"); no publication date and
  nothing absolute in the text -> None: a date is never invented;
- an article with no publication date is read against the date it gives itself, if any
  (`reference_date`): a full date in its dateline ("RIYADH, Jan 1, 2020 (KUNA) --") or on an
  "Updated"/"Published" line, never a date an earlier event is told with ("on 12 May 2018").
Every hit also carries the range of days it allows (a week for "last week"), used to decide
whether two mentions can be the same event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.records import DateSpan, Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NUMBERS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
MONTH = (r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
ORDINAL = r"(?:st|nd|rd|th)?"
ABSOLUTE = re.compile(
    r"\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    rf"|\b(?P<dd>\d{{1,2}}){ORDINAL} (?:of )?{MONTH.format('dm')}(?:,? (?P<dy>\d{{4}}))?\b"
    rf"|\b{MONTH.format('mm')} (?P<md>\d{{1,2}}){ORDINAL}\b(?:,? (?P<my>\d{{4}}))?"
    rf"|\b(?:in |during |of |since |by |early |late |mid-?)?{MONTH.format('om')} (?P<oy>\d{{4}})\b")
WEEKDAY = re.compile(
    r"\b(?P<mod>late on |late |early on |early |last |this |the (?:early )?(?:hours|night|morning|evening) of |)"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|\u2019s)?"
    r"(?: (?:night|morning|evening|afternoon))?\b")
RELATIVE = re.compile(
    r"\b(?P<yesterday>yesterday|last night|(?<!up )(?<!happen )(?<!happened )(?<!change )(?<!changed )"
    r"(?<!disappear )(?<!vanish )overnight(?! success| sensation| star))\b|\b(?P<today>today|this (?:morning|afternoon|evening)|tonight)\b"
    r"|\b(?P<ago>\d+|two|three|four|five|six) days (?:ago|earlier)\b|\b(?P<weekend>(?:over|at|during) the weekend)\b"
    r"|\b(?P<lastweek>last week)\b|\b(?P<thisweek>earlier this week|this week)\b"
    r"|\b(?P<thismonth>earlier this month)\b|\b(?P<lastmonth>last month)\b", re.IGNORECASE)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ALONE = re.compile(  # capitalised full names after a preposition only: "may" is a verb, "Jan" a name
    r"\b(?P<mod>(?:[Ll]ast|[Tt]his|[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f) (?:(?:early|late|mid-) ?)?|"
    r"(?:[Ee]arly|[Ll]ate|[Mm]id-) ?)(?P<month>" + "|".join(MONTH_NAMES) + r")\b(?![ ,]*\d)")
FUTURE = re.compile(r"\b(?:will|would|due|scheduled|planned|plans?|expected|next|upcoming|set to|to be held|"
                    r"aims? to|intends? to)\b", re.IGNORECASE)
HOLIDAY = re.compile(
    r"\b(?P<name>New Year(?:'s|\u2019s) (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day|Valentine(?:'s|\u2019s) Day|"
    r"Halloween)(?:,? (?P<year>(?:19|20)\d{2})\b)?")
HOLIDAY_DAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
                "christmas eve": (12, 24), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31)}
RUNG_IN = re.compile(r"\b(?:rang|rung|ring(?:ing|s)?|usher(?:ed|ing|s)?|welcom(?:ed|ing|es)) in (?:the (?:new )?year )?"
                     r"(?P<year>(?:19|20)\d{2})\b|\b(?P<before>(?:19|20)\d{2}) (?:was|is|being|were) (?:rung|rang|"
                     r"ushered|welcomed) in\b", re.IGNORECASE)
SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
ANY_DATE_WORD = re.compile(
    r"\d|day|night|week|month|today|tonight|morning|afternoon|evening|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Eve|Halloween",
    re.IGNORECASE)
REPORTING = re.compile(r"\b(said|says|say|told|tells|announced|confirmed|stated|added|reported|claimed|noted|"
                       r"wrote|tweeted|posted|declared|statement|announcement|briefing|spoke|speaking)\b", re.I)
EVENTIVE = re.compile(r"\b(attack|strik|struck|hit|kill|wound|injur|died|dead|clash|fought|fight|shell|fired|"
                      r"launch|carried out|conducted|explo|blast|bomb|raid|ambush|arrest|detain|abduct|kidnap|"
                      r"protest|march|rall|seiz|captur|happened|occurred|took place|began|started)", re.I)
REPORTING_NOUN_AFTER = re.compile(r"\s*(statement|announcement|briefing|press conference|remarks|speech|interview)\b",
                                  re.I)


DATELINE_CHARS = 160  # a dateline sits in the first line or two
SELF_DATED_LINE = re.compile(r"^[ \t]*(?:last )?(?:updated|published|posted|first published)\b[^\n]{0,60}",
                             re.IGNORECASE | re.MULTILINE)
DATELINE_HEAD = re.compile(r"^\W*(?:\([^)]{1,60}\)\s*)?[A-Z][\w .'\u2019-]{0,40}(?:,\s*[A-Z][\w .'\u2019-]{0,30})?,\s*$")
DATELINE_TAIL = re.compile(r"^(?:,?\s*\d{4})?,?\s*(?:\([^)]{1,60}\)|[A-Z][A-Za-z]{1,15})?\s*(?:--|-|\u2013|\u2014|:)")
GOVERNED = re.compile(r"\b(?:on|in|since|after|before|until|till|from|by|of|between|and|to|than|dated)\s+$", re.I)


@dataclass(frozen=True)
class DateHit:
    """A date expression in a text: where it is, what day it means, and which days it allows."""

    date: dt.date
    precision: int
    raw: str
    start: int
    end: int
    lo: dt.date
    hi: dt.date
    reporting: bool = False

    def overlaps(self, other: "DateHit") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi


def span_of(sentence) -> Span:
    return Span(start=sentence.start_char, end=sentence.end_char, text=sentence.text)


def find_dates(text: str, published: dt.date | None) -> list[DateHit]:
    """Every resolvable date expression of `text`, in text order."""
    if not ANY_DATE_WORD.search(text):
        return []
    absolute = [*_absolute(text, published), *_holidays(text, published)]
    taken = [(h.start, h.end) for h in absolute]
    others = [h for h in (*_weekdays(text, published), *_relatives(text, published), *_months(text, published))
              if not any(s - 3 <= h.end and h.start <= e + 3 for s, e in taken)]
    hits = sorted((*[h for h in absolute if h.date], *others), key=lambda h: h.start)
    return [_mark_reporting(text, h) for h in hits]


def event_date_in(text: str, published: dt.date | None) -> DateHit | None:
    """The first date of `text` that dates an event (not only a statement)."""
    return next((h for h in find_dates(text, published) if not h.reporting), None)


def own_date(text: str, published: dt.date | None) -> dt.date | None:
    """The event date a sentence itself gives, if any."""
    hit = event_date_in(text, published)
    return hit.date if hit else None


def resolve_event_date(sentences: Sequence, published: dt.date | None) -> DateSpan | None:
    """The event date of a group of sentences: the first event date, else the first reporting
    date, else the publication date (precision 2); None when nothing can be known."""
    hits = [(h, s) for s in sentences for h in find_dates(s.text, published)]
    chosen = next(((h, s) for h, s in hits if not h.reporting), None) or next(iter(hits), None)
    if chosen is not None:
        hit, sentence = chosen
        return DateSpan(date=hit.date, precision=hit.precision, raw=hit.raw, evidence=span_of(sentence))
    if published is None:
        return None
    return DateSpan(date=published, precision=2, raw=None, evidence=None)


def reference_date(text: str) -> dt.date | None:
    """The date an article without a publication date gives itself: a day, month and year in its
    dateline (the first `DATELINE_CHARS` characters) not governed by a preposition ("on 3 May 2018"
    tells of an event), or on an "Updated"/"Published" line; None when it gives none."""
    windows = [(text[:DATELINE_CHARS], True)] + [(m.group(0), False) for m in SELF_DATED_LINE.finditer(text)]
    for window, dateline in windows:
        for hit in _absolute(window, None):
            if hit.precision == 1 and not (dateline and GOVERNED.search(window[:hit.start])):
                return hit.date
    return None


def _mark_reporting(text: str, hit: DateHit) -> DateHit:
    if _in_dateline(text, hit):  # "BAGHDAD, Jan 28 (Reuters) -": when it was filed, not when it happened
        return _replace(hit, reporting=True)
    window = text[max(0, hit.start - 70):hit.start]
    verbs = list(REPORTING.finditer(window))
    if verbs:
        between = window[verbs[-1].end():]
        if "," not in between and not EVENTIVE.search(between) and len(between.split()) <= 8:
            return _replace(hit, reporting=True)
    if REPORTING_NOUN_AFTER.match(text, hit.end) and hit.raw.lower().endswith(("'s", "\u2019s")):
        return _replace(hit, reporting=True)
    return hit


def _in_dateline(text: str, hit: DateHit) -> bool:
    """The date of a dateline: after the place (and outlet) that open the text, before the dash."""
    return (hit.start <= DATELINE_CHARS and bool(DATELINE_HEAD.match(text[:hit.start]))
            and bool(DATELINE_TAIL.match(text[hit.end:hit.end + 80])))


def _replace(hit: DateHit, **changes) -> DateHit:
    return DateHit(**{**hit.__dict__, **changes})


def _hit(match: re.Match, date: dt.date, precision: int, lo: dt.date | None = None,
         hi: dt.date | None = None) -> DateHit:
    return DateHit(date=date, precision=precision, raw=match.group(0).strip(), start=match.start(),
                   end=match.end(), lo=lo or date, hi=hi or date)


def _absolute(text: str, published: dt.date | None):
    for match in ABSOLUTE.finditer(text):
        g = match.groupdict()
        try:
            if g["iy"]:
                yield _hit(match, dt.date(int(g["iy"]), int(g["im"]), int(g["id"])), 1)
            elif g["om"]:
                month, year = MONTH_NUMBERS[g["om"].lower().rstrip(".")], int(g["oy"])
                first = dt.date(year, month, 1)
                last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                yield _hit(match, dt.date(year, month, 15), 3, first, last)
            else:
                day, name, year = (g["dd"], g["dm"], g["dy"]) if g["dd"] else (g["md"], g["mm"], g["my"])
                found = _day_month(int(day), MONTH_NUMBERS[name.lower().rstrip(".")], year, published)
                if found:
                    yield _hit(match, found, 1)
        except ValueError:  # "31 February": not a date
            continue


def _holidays(text: str, published: dt.date | None):
    """"New Year's Day 2020", "Christmas Eve" (resolved like a day without a year), and "New Year's
    Eve" when the text names the year rung in ("as 2020 was ushered in": 31 December 2019)."""
    rung = RUNG_IN.search(text)
    for match in HOLIDAY.finditer(text):
        name = match.group("name").lower().replace("\u2019", "'")
        month, day = HOLIDAY_DAYS[name]
        year = match.group("year")
        if year is None and rung and name.startswith("new year's"):
            year = str(int(rung.group("year") or rung.group("before")) - (name == "new year's eve"))
        found = _day_month(day, month, year, published)
        if found:
            yield _hit(match, found, 1)


def _day_month(day: int, month: int, year: str | None, published: dt.date | None) -> dt.date | None:
    if year:
        return dt.date(int(year), month, day)
    if published is None:
        return None
    candidate = dt.date(published.year, month, day)
    return candidate if candidate <= published + dt.timedelta(days=1) else dt.date(published.year - 1, month, day)


def _weekdays(text: str, published: dt.date | None):
    if published is None:
        return
    for match in WEEKDAY.finditer(text):
        wanted = WEEKDAYS.index(match.group("day").lower())
        back = (published.weekday() - wanted) % 7
        if match.group("mod").strip() == "last" and back == 0:
            back = 7
        yield _hit(match, published - dt.timedelta(days=back), 1)


def _months(text: str, published: dt.date | None):
    """"In March", "last August": the latest such month on or before publication, precision 3."""
    if published is None or FUTURE.search(text):
        return
    for match in MONTH_ALONE.finditer(text):
        month = MONTH_NAMES.index(match.group("month")) + 1
        last = match.group("mod").lower().startswith("last")
        year = published.year - (month > published.month or (last and month == published.month))
        first = dt.date(year, month, 1)
        end = min(published, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1))
        yield _hit(match, min(first.replace(day=15), published), 3, first, end)


def _relatives(text: str, published: dt.date | None):
    if published is None:
        return
    for match in RELATIVE.finditer(text):
        kind = match.lastgroup
        if kind == "yesterday":
            yield _hit(match, published - dt.timedelta(days=1), 1)
        elif kind == "today":
            yield _hit(match, published, 1)
        elif kind == "ago":
            n = match.group("ago").lower()
            yield _hit(match, published - dt.timedelta(days=int(n) if n.isdigit() else SMALL[n]), 1)
        elif kind == "weekend":
            saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
            yield _hit(match, saturday, 2, saturday, saturday + dt.timedelta(days=1))
        elif kind == "lastweek":
            monday = published - dt.timedelta(days=published.weekday() + 7)
            yield _hit(match, published - dt.timedelta(days=7), 2, monday, monday + dt.timedelta(days=6))
        elif kind == "thisweek":
            monday = published - dt.timedelta(days=published.weekday())
            yield _hit(match, monday, 2, monday, published)
        elif kind == "thismonth":
            first = published.replace(day=1)
            yield _hit(match, min(published, published.replace(day=15)), 3, first, published)
        elif kind == "lastmonth":
            last = published.replace(day=1) - dt.timedelta(days=1)
            yield _hit(match, last.replace(day=15), 3, last.replace(day=1), last)
