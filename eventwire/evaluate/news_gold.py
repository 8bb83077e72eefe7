"""The real-news gold set: reading the reference files, the tune/check split, the texts they point at.

A gold file is JSON Lines, one line per news text (see tests/evaluate/news_gold/README.md).  A
line names its text by reference only -- SemEval-2022 Task 8 `pair_id`, `side` (1 = text1,
2 = text2) and the `sha1` of the text -- and carries the coded events, the sentences that must
yield no event, and the coder's notes.  The texts themselves are read from the SemEval CSV at run
time; a text whose sha1 differs from the reference is an error naming the gold row.

The split: texts that share a SemEval pair, an incident key or a story key form one group; the
group's key is the smallest "pair_id:side" of its members, and the group's half is
`evaluate.halves.half_of(key)` (the project's fixed hash).  Same-story texts therefore never
straddle the halves.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from eventwire.errors import InputError
from eventwire.evaluate.halves import Half, half_of
from eventwire.records import SUB_EVENT_TO_TYPE

CONFLICT_TOPICS = frozenset({"conflict", "protest", "security", "politics"})
DATE_BASES = ("explicit", "anchored", "no year", "weekday", "relative", "none")


class _Gold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldPlace(_Gold):
    """A place as ACLED codes it; without coordinates it stands for a whole country or region."""

    country: str
    admin1: str | None = None
    location: str
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = Field(ge=1, le=3)

    @property
    def coarse_place(self) -> bool:
        """True when only the country (or a region without coordinates) is known."""
        return self.latitude is None or self.longitude is None


class GoldEvent(GoldPlace):
    """One coded event; `start`/`end` is the character span, in the whole text, of its sentence.

    `alt` lists other values a careful coder could also give (sub_event_type, actor1, actor2,
    country, fatalities); `alt_places` other places the event may be coded at (an agreement
    signed abroad, say).  Both count as right; the main values are the coder's choice."""

    id: str
    event_type: str
    sub_event_type: str
    event_date: dt.date | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    date_basis: str
    actor1: str
    inter1: int = Field(ge=0, le=8)
    actor2: str | None = None
    inter2: int | None = Field(default=None, ge=0, le=8)
    fatalities: int = Field(default=0, ge=0)
    injuries: int | None = Field(default=None, ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    incident: str | None = None
    optional: bool = False
    alt: dict[str, list] = Field(default_factory=dict)
    alt_places: tuple[GoldPlace, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> GoldEvent:
        if SUB_EVENT_TO_TYPE.get(self.sub_event_type) != self.event_type:
            raise ValueError(f"sub_event_type {self.sub_event_type!r} is not a kind of {self.event_type!r}")
        if self.date_basis not in DATE_BASES:
            raise ValueError(f"date_basis must be one of {DATE_BASES}")
        if (self.event_date is None) != (self.time_precision is None):
            raise ValueError("event_date and time_precision are given together or not at all")
        if self.end <= self.start:
            raise ValueError("the span must end after it starts")
        return self

    @property
    def places(self) -> tuple[GoldPlace, ...]:
        return (self, *self.alt_places)


class NoEventSpan(_Gold):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    reason: str


class GoldText(_Gold):
    pair_id: str
    side: int = Field(ge=1, le=2)
    sha1: str = Field(pattern=r"^[0-9a-f]{40}$")
    text: str | None = Field(default=None, description="the text itself, for texts we wrote (else read from --data)")
    published: dt.date | None = None
    source: str | None = None
    half: Half
    group: str
    conflict: bool
    topic: str
    title: tuple[int, int] | None = None
    story: str | None = None
    note: str = ""
    events: tuple[GoldEvent, ...] = ()
    no_event: tuple[NoEventSpan, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.pair_id}:{self.side}"

    @model_validator(mode="after")
    def _topic(self) -> GoldText:
        if self.conflict != (self.topic in CONFLICT_TOPICS):
            raise ValueError(f"conflict must be {self.topic in CONFLICT_TOPICS} for topic {self.topic!r}")
        return self


def group_keys(texts: Iterable[GoldText]) -> dict[str, str]:
    """Text key -> group key: texts sharing a pair, an incident or a story are one group."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    texts = list(texts)
    for text in texts:
        links = [f"pair {text.pair_id}"] + [f"incident {e.incident}" for e in text.events if e.incident]
        if text.story:
            links.append(f"story {text.story}")
        for link in links:
            join(text.key, link)
    members: dict[str, list[str]] = {}
    for text in texts:
        members.setdefault(root(text.key), []).append(text.key)
    return {key: min(keys) for keys in members.values() for key in keys}


def read_gold(paths: Sequence[str | Path]) -> list[GoldText]:
    """Every gold row of the files, validated; a bad line is an error naming the file and line."""
    rows: list[GoldText] = []
    for path in paths:
        rows.extend(_read_file(Path(path)))
    seen: set[str] = set()
    for row in rows:
        if row.key in seen:
            raise InputError(f"text {row.key} appears twice in the gold; keep one line per text")
        seen.add(row.key)
    return rows


def _read_file(path: Path) -> Iterable[GoldText]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield GoldText.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise InputError(f"{path}:{number}: not a valid gold row ({_first_error(exc)}); "
                             "see tests/evaluate/news_gold/README.md for the format") from exc


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        return f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}"
    return str(exc)


def read_texts(data: str | Path, gold: Sequence[GoldText]) -> dict[str, str]:
    """Text key -> text for every gold row, its own text or else read from the SemEval CSV, checked
    against its sha1; the CSV is opened only when some row does not carry its text."""
    by_side = _semeval_texts(Path(data)) if any(row.text is None for row in gold) else {}
    texts: dict[str, str] = {}
    for row in gold:
        text = row.text if row.text is not None else by_side.get(row.key)
        if text is None:
            raise InputError(f"gold text {row.key}: pair {row.pair_id} is not in {data}; "
                             "point --data at the SemEval-2022 Task 8 training_set.csv")
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest != row.sha1:
            raise InputError(f"gold text {row.key}: the text in {'its row' if row.text is not None else data} has sha1 {digest}, the gold expects "
                             f"{row.sha1}; the data file is not the one the gold was coded on")
        texts[row.key] = text
    return texts


def _semeval_texts(path: Path) -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = {"pair_id", "text1", "text2"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"{path}: not a SemEval-2022 Task 8 file (missing {', '.join(sorted(missing))})")
            return {f"{row['pair_id']}:{side}": row[f"text{side}"] for row in reader for side in (1, 2)}
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the SemEval file {path}: {exc}; pass --data PATH") from exc


def split_title(text: str, title: tuple[int, int] | None) -> tuple[str | None, str, int]:
    """(title, body, offset of the body in the text) for a gold text whose title span is known."""
    if title is None:
        return None, text, 0
    start, end = title
    rest = text[end:]
    offset = end + len(rest) - len(rest.lstrip())
    return text[start:end].strip() or None, text[offset:], offset
