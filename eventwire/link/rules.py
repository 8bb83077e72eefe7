"""The merge rules: is this pair of mentions one event?  `compare` answers with its reasons.

Hard reasons -- the data says the two are different -- veto a merge whatever else agrees:
two mentions of one article; different countries or regions; exact places more than a few km
apart (`places`); exact dates on different days unless one is relative and could be the other
(`dates`); actors both sides name that contradict each other (`actors`); different event
types; an undated mention (copies aside).

Soft evidence adds up where values agree, or are missing or coarse: type, date, place, actors,
the articles' wording (a story link between the two), the same toll (`tolls`).  What each report
says was hit (`targets`) weighs no score: the same target is a telling point, and reports that
each say something else was hit need two telling points in common, as a date known only to the
month does (what was hit is worded freely -- "an apartment block", "a residential building" --
so it is not a hard reason).  A pair merges
at `MERGE_SCORE`, and a coarse value (a place known only to the region or country, a date only
to the week or month, a place only near a town, sub-types that differ) needs telling points in
common (`_needs_support`).  A vetoed pair whose soft evidence reaches `MERGE_SCORE` is a near
miss: it is stored and shown as "kept apart", with why.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from eventwire.link.actors import actors_evidence, shared_groups
from eventwire.link.dates import adjacent_relative, dates_evidence, is_exact, is_recollection
from eventwire.link.evidence import Evidence, hard, support
from eventwire.link.stories import STORY_COSINE
from eventwire.link.targets import targets_evidence
from eventwire.link.places import SAME_KM, distance_km, is_coarse_place, is_exact_place, places_evidence
from eventwire.link.tolls import consistent, is_revision, is_specific, reports_fatalities, tolls_evidence
from eventwire.records import Event

MERGE_SCORE = 2.5


@dataclass(frozen=True)
class Context:
    """What the merge knows about each mention's article."""

    article_of: Mapping[str, str]        # mention id -> article id
    original_of: Mapping[str, str]       # article id -> original article id (itself if none)
    story_of: Mapping[str, str]          # article id -> story id
    published_of: Mapping[str, dt.date | None] = field(default_factory=dict)   # article id -> date
    # (a, b), a < b -> the cosine of two articles directly linked as one story; None: not known,
    # then articles of one story count as alike
    alike: Mapping[tuple[str, str], float] | None = None
    names_of: Mapping[str, frozenset[str]] = field(default_factory=dict)   # article id -> its long names

    def similarity(self, art_a: str, art_b: str) -> float | None:
        """The two articles' cosine when they are directly alike (a story link), else None."""
        if self.alike is None:
            return 1.0 if self.story_of[art_a] == self.story_of[art_b] else None
        return self.alike.get((art_a, art_b) if art_a < art_b else (art_b, art_a))


@dataclass(frozen=True)
class Decision:
    score: float
    reasons: tuple[str, ...]             # for the merge
    against: tuple[str, ...] = ()        # soft reasons against (shown, not vetoes)
    hard: tuple[str, ...] = ()           # hard reasons: never merged
    capped: bool = False                 # enough score, but not the support its kind of pair needs
    toll_conflict: bool = False          # both give specific tolls that cannot both be true
    telling: frozenset[str] = frozenset()   # kinds of telling point in common: alike, group, toll, people, target
    target: str | None = None            # "same": both say the same thing was hit; "other": each something else

    @property
    def veto(self) -> bool:
        return bool(self.hard)

    @property
    def merges(self) -> bool:
        return not self.hard and not self.capped and self.score >= MERGE_SCORE

    @property
    def near_miss(self) -> bool:
        """Kept apart only by a hard reason: the soft evidence alone would have merged them."""
        return bool(self.hard) and self.score >= MERGE_SCORE

    @property
    def related(self) -> bool:
        """Could take part in one merge decision -- a merge, a rival, an unplaced report's event
        -- so relinking rebuilds such pairs together (a pair with a hard reason never is one)."""
        return self.score >= MERGE_SCORE and not self.hard


NO = Decision(0.0, (), hard=("never compared",))


def compare(a: Event, b: Event, ctx: Context) -> Decision:
    art_a, art_b = ctx.article_of[a.id], ctx.article_of[b.id]
    early = _before_evidence(a, b, ctx, art_a, art_b)
    if early is not None:
        return early
    alike = _alike(a, b, ctx, art_a, art_b)
    people = [] if _recalled(a, b) else _same_people(a, b, ctx.names_of.get(art_a, frozenset()),
                                                      ctx.names_of.get(art_b, frozenset()))
    target, targets = targets_evidence(a, b)
    parts = [_type(a, b), dates_evidence(a, b), places_evidence(a, b), actors_evidence(a, b),
             _story(alike, ctx.story_of[art_a] == ctx.story_of[art_b]), tolls_evidence(a, b), _people(people),
             targets]
    kinds = frozenset(k for k, present in (("alike", alike is not None), ("group", bool(shared_groups(a, b))),
                                           ("toll", _same_specific_toll(a, b)), ("people", bool(people)),
                                           ("target", target == "same")) if present)
    decision = Decision(score=round(sum(p.score for p in parts), 3),
                        reasons=tuple(r for p in parts for r in p.reasons),
                        against=tuple(r for p in parts for r in p.against),
                        hard=tuple(r for p in parts for r in p.hard),
                        toll_conflict=_tolls_contradict(a, b), telling=kinds, target=target)
    return _needs_support(decision, a, b, alike is not None, people, target)


def _before_evidence(a: Event, b: Event, ctx: Context, art_a: str, art_b: str) -> Decision | None:
    """The decisions that need no weighing: one article, copies that agree, an undated mention."""
    if art_a == art_b:
        return Decision(0.0, (), hard=("same article: two events it reports",))
    if ctx.original_of[art_a] == ctx.original_of[art_b] and _same_as_copy(a, b):
        return _compare_copies(a, b)   # copies that differ are compared as any two reports
    if a.event_date is None or b.event_date is None:
        return Decision(0.0, (), hard=("undated: never merged on place and type alone",))
    return None


def _alike(a: Event, b: Event, ctx: Context, art_a: str, art_b: str) -> float | None:
    """The articles' story-link cosine; not counted for a date known only to the month, mostly a
    recollection in an article about another event, nor for a recollection ("last week")."""
    if any((m.time_precision or 1) >= 3 for m in (a, b)) or _recalled(a, b):
        return None
    return ctx.similarity(art_a, art_b)


def _recalled(a: Event, b: Event) -> bool:
    """One of the two is an earlier incident recalled in a sentence (`dates.is_recollection`): what
    its article says as a whole -- its wording, the people it names -- is about its own news."""
    return is_recollection(a) or is_recollection(b)


def _people(people: list[str]) -> Evidence:
    return Evidence(reasons=(f"both name {', '.join(people)}",)) if people else Evidence()


def _same_people(a: Event, b: Event, names_a: frozenset[str], names_b: frozenset[str]) -> list[str]:
    """Names of two words or more both articles give with no word of the two events' places or
    actors and that name no armed group: the same people (a victim, a witness, an official) named
    by both reports."""
    if not names_a or not names_b:
        return []
    known = {w for m in (a, b) for x in (m.location, m.admin1, m.country, m.actor1, m.actor2,
                                         m.assoc_actor_1, m.assoc_actor_2) if x for w in _words(x)}
    return sorted(n for n in names_a & names_b if not (_words(n) & known) and not is_group_name(n))[:3]


@functools.lru_cache(maxsize=50_000)
def is_group_name(name: str) -> bool:
    """A name of an armed group the actor table knows ("Islamic State", "Daesh"): no person, and
    named in the background of most reports of its area, whatever the event."""
    return bool(_group_names().search(name))


@functools.lru_cache(maxsize=1)
def _group_names() -> re.Pattern:
    from eventwire.extract.actor_table import GROUPS   # the alias table, loaded only when names are compared

    return re.compile(r"\b(?:" + "|".join(f"(?:{g.words})" for g in GROUPS if g.words) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=50_000)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W\d_]+", text.lower()))


def _needs_support(d: Decision, a: Event, b: Event, alike: bool, people: list[str],
                   target: str | None = None) -> Decision:
    """A coarse value (a place known only to the region or country, a date only to the week)
    merges only with a telling point in common for each, a date known only to the month with two:
    articles directly alike (a story link between the two, not only through others in their
    story), a named group (not the state's forces nor civilians) on both sides, the same
    specific toll, the same people named, the same target (what was hit).  A place only near a
    town, other than the other's, and sub-types that differ within one event type count as coarse
    too; tolls that contradict add one more need to a pair that is coarse already; reports that
    each say something else was hit need two more.  Exact dates a night apart need the articles
    alike (or the same people named)."""
    if d.hard or d.score < MERGE_SCORE:
        return d
    if adjacent_relative(a, b) and not (alike or people):
        return _capped(d, "dates a night apart need the articles alike (a story link between the two)")
    coarse = _coarse_values(a, b) + (["each says something else was hit"] * 2 if target == "other" else [])
    if not coarse:
        return d
    telling = _telling_points(a, b, alike) + ([f"the same people named ({', '.join(people)})"] if people else [])
    if target == "same":
        telling.append("the same target named")
    if len(telling) >= len(coarse):
        return d
    return _capped(d, f"{' and '.join(dict.fromkeys(coarse))}: needs {len(coarse)} telling point(s) in common, "
                      f"has {', '.join(telling) or 'none'}")


def _coarse_values(a: Event, b: Event) -> list[str]:
    """One entry per coarse value to make up for; a date known only to the month counts twice,
    and so do tolls that contradict each other when something else is coarse already."""
    out: list[str] = ["sub-types differ"] if a.sub_event_type != b.sub_event_type else []
    if any(is_coarse_place(m) and (m.location == m.country or not m.admin1) for m in (a, b)):
        out.append("place known only to the country")
    elif is_coarse_place(a) or is_coarse_place(b):
        out.append("place known only to the region")
    elif not (is_exact_place(a) and is_exact_place(b)) and distance_km(a, b) > SAME_KM:
        out.append("place only near a town")
    if any((m.time_precision or 1) >= 3 for m in (a, b)):
        out += ["date known only to the month"] * 2
    elif not (is_exact(a) and is_exact(b)):
        out += ["date known only to the week"] + (["a recollection (last week)"] if _recalled(a, b) else [])
    if out and _tolls_contradict(a, b):
        out.append("tolls contradict")   # a loose report whose toll cannot be the other's
    return out


def _capped(d: Decision, why: str) -> Decision:
    return Decision(d.score, d.reasons, d.against + (why,), capped=True, toll_conflict=d.toll_conflict,
                    telling=d.telling, target=d.target)


def _telling_points(a: Event, b: Event, alike: bool) -> list[str]:
    points = ["articles alike"] if alike else []
    groups = shared_groups(a, b)
    if groups:
        points.append("named group " + ", ".join(sorted(groups)))
    if _same_specific_toll(a, b):
        points.append(f"the same toll {a.fatalities}")
    return points


def _same_specific_toll(a: Event, b: Event) -> bool:
    return _specific_toll(a) and _specific_toll(b) and a.fatalities == b.fatalities


def specific_toll(m: Event) -> int | None:
    """The toll the mention states as a number, if it states one."""
    return m.fatalities if _specific_toll(m) else None


def _specific_toll(m: Event) -> bool:
    return reports_fatalities(m) and m.fatalities > 0 and is_specific(m)


def _tolls_contradict(a: Event, b: Event) -> bool:
    """Both give a specific figure, they cannot both be true (the lower one is not given as a
    minimum, "at least 3"), and neither says it revises."""
    low, high = sorted((a, b), key=lambda m: m.fatalities)
    return (_specific_toll(a) and _specific_toll(b) and not consistent(low, high)
            and not (is_revision(a) or is_revision(b)))


def _same_as_copy(a: Event, b: Event) -> bool:
    return (a.sub_event_type, a.event_date, a.location or "") == (b.sub_event_type, b.event_date, b.location or "")


def _compare_copies(a: Event, b: Event) -> Decision:
    """Events of two copies of one article are the same when they report the same thing."""
    return Decision(5.0, ("the articles are copies of one original", f"same type {a.sub_event_type}",
                          f"same date {a.event_date}", f"same place {a.location or a.country}"))


def _type(a: Event, b: Event) -> Evidence:
    if a.sub_event_type == b.sub_event_type:
        return support(1.0, f"same sub-event type ({a.sub_event_type})")
    if a.event_type == b.event_type:
        return support(0.4, f"same event type ({a.event_type})",
                       f"sub-types differ ({a.sub_event_type} / {b.sub_event_type})")
    return hard(f"different event types ({a.event_type} / {b.event_type})")


def _story(alike: float | None, same_story: bool) -> Evidence:
    if alike is not None:   # 0.5 at the story threshold, up to 1.0 for near-identical wording
        return support(round(0.5 + min(0.5, max(0.0, alike - STORY_COSINE)), 3),
                       f"articles alike (story link, cosine {alike:.2f})")
    return support(0.2, "articles in the same story (through others)") if same_story else Evidence()
