"""The schema of the rule files under eventwire/data/rules/ (pydantic, unknown keys refused).

Knowledge lives in the files; what to do with it (decision logic) stays in Python: a record says
which names, spellings and countries exist, never how a sentence is judged.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Inter = Literal["state", "rebel", "political", "identity", "rioters", "protesters", "civilians", "external"]
INTER_CODES: dict[str, int] = {name: code for code, name in enumerate(Inter.__args__, start=1)}  # ACLED inter 1-8

# The name lists of `extract.cues` that group names join (see `eventwire/data/rules/README.md`).
CueList = Literal["nonstate", "political", "security", "armed_side", "gov_forces", "arrest_agent",
                  "arrest_political", "joined", "cleared"]
CUE_LISTS: tuple[str, ...] = CueList.__args__

# An abbreviation that is also a common word or office ("SP" = Superintendent of Police) counts
# only before a word for the party's people: "SP workers", "PPP supporters".
MEMBERS = r"(?= workers?| supporters| activists| leaders?| members| cadres?| protesters| youths?| volunteers| men)"


class Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {pattern!r}") from exc
    return pattern


class TypingName(Rule):
    """A spelling (regex) that joins the named cue lists of event typing."""

    regex: str
    lists: tuple[CueList, ...] = Field(min_length=1)

    _check = field_validator("regex")(lambda cls, v: _compiles(v))


class GeoCue(Rule):
    """Names (lower case) that vote for a country, and for home regions there, in geocoding."""

    names: tuple[str, ...] = Field(min_length=1)
    country: str
    regions: tuple[str, ...] = ()

    @field_validator("names")
    @classmethod
    def _lower(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        if any(n != n.lower() or not n.strip() for n in names):
            raise ValueError(f"geo names are written in lower case: {names}")
        return names


class Named(Rule):
    """What any named thing may add to typing and geocoding."""

    typing: tuple[TypingName, ...] = ()
    geo: tuple[GeoCue, ...] = ()


class GroupRule(Named):
    """A named armed group, party or mission: `name` as ACLED writes it (`{country}` in it is filled
    with the event's country); `words` are case-insensitive regex alternatives, `abbrev` case-sensitive."""

    name: str
    inter: Inter
    priority: int = Field(description="settles an overlap of two groups' matches: the lower wins; groups "
                                      "of equal priority: the longer match")
    words: str = ""
    abbrev: str = ""
    abbrev_before_members: bool = Field(default=False, description="the abbreviation counts only before "
                                        "'workers', 'supporters', 'members'... (it is also a common word)")
    collective: bool = Field(default=False, description="ACLED's name for a camp of groups; a named group "
                                                        "of the same event ranks first")
    home: tuple[str, ...] = Field(default=(), description="the countries (ACLED's names) where `home_words` name "
                                  "the group")
    home_words: str = Field(default="", description="common words (regex alternatives, case-insensitive) that "
                            "name the group only in its `home` countries ('separatists' in Ukraine); in a country "
                            "known to be another, they are an unidentified armed group")
    examples: tuple[str, ...] = Field(min_length=1, description="sentences that name the group (own words)")
    counter_examples: tuple[str, ...] = Field(min_length=1, description="sentences that must not yield it")

    _check = field_validator("words", "abbrev", "home_words")(lambda cls, v: _compiles(v))

    @model_validator(mode="after")
    def _named(self) -> "GroupRule":
        if not (self.words or self.abbrev):
            raise ValueError(f"group {self.name!r} needs `words` or `abbrev` to be found by")
        if bool(self.home) != bool(self.home_words):
            raise ValueError(f"group {self.name!r}: `home` and `home_words` go together")
        return self

    @property
    def inter_code(self) -> int:
        return INTER_CODES[self.inter]

    @property
    def abbrev_pattern(self) -> str:
        return self.abbrev + MEMBERS if self.abbrev and self.abbrev_before_members else self.abbrev


class NamedForce(Named):
    """A country's state force by its own name ("Tatmadaw", "CRPF"); case-sensitive by default."""

    pattern: str
    country: str
    kind: Literal["military", "police", "government"]
    unit: str = ""
    case_sensitive: bool = True
    priority: int

    _check = field_validator("pattern")(lambda cls, v: _compiles(v))

    @property
    def force(self) -> str:
        return self.kind.title()


class FactionForce(Named):
    """A rival government's or an alliance's forces, named as ACLED names that faction."""

    pattern: str
    name: str
    inter: Inter
    case_sensitive: bool = True
    priority: int

    _check = field_validator("pattern")(lambda cls, v: _compiles(v))

    @property
    def inter_code(self) -> int:
        return INTER_CODES[self.inter]


class OtherName(Named):
    """A name typing or geocoding use that is not coded as an actor here (a mission, a place)."""

    label: str


# The decisions of the typing cascade, each a Python function of `extract.typing` (`DECISIONS`).
Decision = Literal["non_event", "out_of_scope", "chemical", "suicide", "sexual", "headquarters", "agreement",
                   "territory", "protest", "remote", "mob", "violence", "strategic"]


class Country(Rule):
    """A country as ACLED names it (countries.csv)."""

    country: str = Field(min_length=1)
    with_the: bool = False
    expeditionary: bool = False
    region: str = ""


class CountryWord(Rule):
    """A word for a country and which readers use it (country_words.csv)."""

    word: str = Field(min_length=1)
    country: str
    actors: bool = False
    place: bool = False
    geo: Literal["", "demonym", "alias"] = ""


class TriggerCue(Rule):
    """A trigger-phrase list of event typing (triggers.yaml): `name` is the list's name in extract/cues.py."""

    name: str = Field(pattern=r"^[A-Z][A-Z_]*$")
    points_to: str = Field(description="the sub-event type the cue serves, 'no event' / 'out of scope', or 'scope' "
                                       "(context that extract/scope.py reads)")
    phrases: tuple[str, ...] = Field(min_length=1)
    examples: tuple[str, ...] = Field(min_length=1)
    counter_examples: tuple[str, ...] = Field(min_length=1)

    @field_validator("phrases")
    @classmethod
    def _each_compiles(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in phrases:
            _compiles(phrase)
        return phrases

    @field_validator("points_to")
    @classmethod
    def _known_type(cls, value: str) -> str:
        from eventwire.records import SUB_EVENT_TO_TYPE

        if value not in SUB_EVENT_TO_TYPE and value not in ("no event", "out of scope", "scope"):
            raise ValueError(f"{value!r} is not an ACLED sub-event type, 'no event', 'out of scope' or 'scope' "
                             "(context for extract/scope.py)")
        return value


class Period(Rule):
    """A government term (periods.csv): years in office, and the month it began on a boundary year."""

    country: str
    start: int = Field(ge=1900, le=2100)
    end: int | None = Field(default=None, ge=1900, le=2100)
    start_month: int | None = Field(default=None, ge=1, le=12)


class TypingStage(Rule):
    """One step of the typing cascade, in the order of the file."""

    decision: Decision
    note: str = ""
