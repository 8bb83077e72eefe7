"""The rule files (eventwire/data/rules/): named groups, state forces, country words, typing stages.

`load_rules()` reads and checks them once per process: every record against its schema
(`schema`, unknown keys refused), every regex compiled, priorities unique within a section; an
error names `file:line` (`files.RuleError`).  The packaged rules, once checked, are kept in the
cache folder for the next process (`cache`).  `RuleSet.fingerprint` changes when any file does.
`EVENTWIRE_RULES_DIR` names a folder to read instead of the packaged one (to try an edit).
Records come out sorted by priority: where two rules' matches overlap, the lower priority wins
(groups may share a priority: then the longer match), never the position in the file.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.rules import cache
from eventwire.rules.files import LINE, RuleError, check, read_csv, read_yaml, section
from eventwire.rules.schema import (
    CUE_LISTS, Country, CountryWord, FactionForce, GroupRule, Named, NamedForce, OtherName, Period, TriggerCue,
    TypingStage,
)

__all__ = ["RuleError", "RuleSet", "load_rules", "rules", "rules_dir"]

FILES = ("groups.yaml", "forces.yaml", "typing.yaml", "triggers.yaml", "countries.csv", "country_words.csv",
         "periods.csv")
ENV = "EVENTWIRE_RULES_DIR"


def rules_dir() -> Path:
    """The packaged rule folder, or the one EVENTWIRE_RULES_DIR names."""
    override = os.environ.get(ENV)
    return Path(override) if override else _packaged_dir()


@dataclass(frozen=True)
class RuleSet:
    groups: tuple[GroupRule, ...]
    named_forces: tuple[NamedForce, ...]
    faction_forces: tuple[FactionForce, ...]
    other_names: tuple[OtherName, ...]
    typing_stages: tuple[TypingStage, ...]
    triggers: tuple[TriggerCue, ...]
    stems: tuple[str, ...]
    periods: tuple[Period, ...]
    countries: tuple[Country, ...]
    country_words: tuple[CountryWord, ...]
    fingerprint: str
    folder: Path

    def named(self) -> tuple[Named, ...]:
        """Everything that may carry typing names or geo cues, in file order."""
        return (*self.groups, *self.named_forces, *self.faction_forces, *self.other_names)

    def typing_names(self, cue_list: str) -> list[str]:
        """The spellings (regexes) that join the cue list `cue_list` of `extract.cues`."""
        if cue_list not in CUE_LISTS:
            raise KeyError(f"no cue list {cue_list!r}; the lists are {', '.join(CUE_LISTS)}")
        return [name.regex for item in self.named() for name in item.typing if cue_list in name.lists]

    def trigger(self, name: str) -> tuple[str, ...]:
        """The phrases of the trigger list `name` (triggers.yaml)."""
        found = [cue.phrases for cue in self.triggers if cue.name == name]
        if not found:
            raise RuleError(f"{self.folder / 'triggers.yaml'}: no cue list {name!r}; extract/cues.py needs it")
        return found[0]

    def terms(self) -> dict[str, tuple[tuple[int, int | None], ...]]:
        """Country -> its government terms (start, end or None), in file order."""
        out: dict[str, list] = {}
        for p in self.periods:
            out.setdefault(p.country, []).append((p.start, p.end))
        return {country: tuple(terms) for country, terms in out.items()}

    def term_months(self) -> dict[tuple[str, int], int]:
        """(country, boundary year) -> the month the newer term began."""
        return {(p.country, p.start): p.start_month for p in self.periods if p.start_month}

    def actor_country_words(self) -> dict[str, tuple[str, ...]]:
        """Country -> the other words actor coding reads for it (its name is read too), in file order."""
        out: dict[str, list[str]] = {}
        for row in self.country_words:
            if row.actors:
                out.setdefault(row.country, [])
                if row.word != row.country:
                    out[row.country].append(row.word)
        order = [c.country for c in self.countries]
        return {country: tuple(out[country]) for country in order if country in out}

    def geo_words(self, kind: str) -> dict[str, str]:
        """Lower-case word -> country, for geocoding's demonyms (`kind` "demonym") or other names ("alias")."""
        return {row.word.lower(): row.country for row in self.country_words if row.geo == kind}

    def place_words(self) -> set[str]:
        return {row.word for row in self.country_words if row.place}

    def countries_where(self, flag: str) -> set[str]:
        return {c.country for c in self.countries if getattr(c, flag)}

    def regions(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for c in self.countries:
            if c.region:
                out.setdefault(c.region, set()).add(c.country)
        return out

    def geo_cues(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Lower-case name -> (country, home regions) of every one-country name (geo's GROUP_CUES)."""
        return {name: (cue.country, cue.regions) for item in self.named() for cue in item.geo for name in cue.names}


@lru_cache(maxsize=4)
def load_rules(folder: Path | None = None) -> RuleSet:
    """The rules of `folder` (default: `rules_dir()`), checked.  The packaged folder's are kept
    in the cache folder between processes (`cache`); any other folder is read afresh."""
    folder = Path(folder) if folder else rules_dir()
    if folder.resolve() != _packaged_dir().resolve():
        return _read_rules(folder)
    from eventwire.settings import Settings

    key = cache.cache_key(fingerprint(folder / name for name in FILES))
    return cache.cached(cache.cache_path(Settings().cache_dir, folder), key, lambda: _read_rules(folder))


def _packaged_dir() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "rules"))


def _read_rules(folder: Path) -> RuleSet:
    paths = {name: folder / name for name in FILES}
    groups_file, forces_file, typing_file, triggers_file = (read_yaml(paths[name]) for name in FILES[:4])
    groups = _records(paths["groups.yaml"], groups_file, "groups", GroupRule, unique=False)
    others = _records(paths["groups.yaml"], groups_file, "other_names", OtherName, ordered=False)
    named = _records(paths["forces.yaml"], forces_file, "named_forces", NamedForce)
    factions = _records(paths["forces.yaml"], forces_file, "faction_forces", FactionForce)
    stages = _records(paths["typing.yaml"], typing_file, "stages", TypingStage, ordered=False)
    triggers = _records(paths["triggers.yaml"], triggers_file, "cues", TriggerCue, ordered=False)
    _unique_names(paths["triggers.yaml"], triggers_file, triggers)
    countries = _rows(paths["countries.csv"], Country)
    words = _rows(paths["country_words.csv"], CountryWord)
    _words_fit(paths["country_words.csv"], countries, words)
    periods = _rows(paths["periods.csv"], Period)
    _periods_fit(paths["periods.csv"], countries, periods)
    _unknown_sections(paths["groups.yaml"], groups_file, {"groups", "other_names"})
    _unknown_sections(paths["forces.yaml"], forces_file, {"named_forces", "faction_forces"})
    _unknown_sections(paths["typing.yaml"], typing_file, {"stages"})
    _unknown_sections(paths["triggers.yaml"], triggers_file, {"cues", "stems"})
    _one_owner(paths["groups.yaml"], groups_file, groups, others, named, factions)
    return RuleSet(groups=groups, named_forces=named, faction_forces=factions, other_names=others,
                   typing_stages=stages, triggers=triggers, stems=_stems(paths["triggers.yaml"], triggers_file),
                   periods=tuple(r for _, r in periods), countries=tuple(r for _, r in countries), country_words=tuple(r for _, r in words),
                   fingerprint=fingerprint(paths.values()), folder=folder)


def rules() -> RuleSet:
    """The rules in use (packaged, or EVENTWIRE_RULES_DIR's)."""
    return load_rules(None)


def fingerprint(paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _records(path: Path, data: dict, name: str, schema, ordered: bool = True, unique: bool = True) -> tuple:
    """The section's records, checked; sorted by priority when `ordered` (unique ones unless not `unique`:
    groups of equal priority are told apart by the length of their matches)."""
    raw = section(path, data, name)
    records = [(item.get(LINE, "?") if isinstance(item, dict) else "?", check(schema, item, path)) for item in raw]
    if not ordered:
        return tuple(r for _, r in records)
    seen: dict[int, object] = {}
    for line, record in records:
        if unique and record.priority in seen:
            raise RuleError(f"{path}:{line}: priority {record.priority} is also given on line {seen[record.priority]} "
                            f"of `{name}`; priorities settle overlaps and must differ")
        seen[record.priority] = line
    return tuple(r for _, r in sorted(records, key=lambda pair: pair[1].priority))


def _stems(path: Path, data: dict) -> tuple[str, ...]:
    stems = section(path, data, "stems")
    bad = [s for s in stems if not isinstance(s, str) or not s.strip() or s != s.lower()]
    if bad or not stems:
        raise RuleError(f"{path}: `stems` must be a non-empty list of lower-case word starts; not {bad[:3]}")
    return tuple(stems)


def _unique_names(path: Path, data: dict, triggers: tuple) -> None:
    lines = {}
    for raw, cue in zip(section(path, data, "cues"), triggers):
        if cue.name in lines:
            raise RuleError(f"{path}:{raw.get(LINE, '?')}: cue list {cue.name} is also defined on line {lines[cue.name]}")
        lines[cue.name] = raw.get(LINE, "?")


def _rows(path: Path, schema) -> list[tuple[int, object]]:
    """(line, record) for each row of a CSV rule file; an empty cell takes the column's default."""
    return [(row[LINE], check(schema, {k: v for k, v in row.items() if v != ""}, path)) for row in read_csv(path)]


def _words_fit(path: Path, countries: list, words: list) -> None:
    """Each word names a country of countries.csv, and no reader gets one word for two countries."""
    known = {c.country for _, c in countries}
    claimed: dict[tuple[str, str], tuple[int, str]] = {}
    for line, row in words:
        if row.country not in known:
            raise RuleError(f"{path}:{line}: country {row.country!r} is not in countries.csv")
        for reader in ("actors" if row.actors else None, row.geo or None):
            if reader is None:
                continue
            key = (reader, row.word.lower())
            if key in claimed and claimed[key][1] != row.country:
                raise RuleError(f"{path}:{line}: {row.word!r} is read as {row.country!r} here and as "
                                f"{claimed[key][1]!r} on line {claimed[key][0]}")
            claimed[key] = (line, row.country)


def _periods_fit(path: Path, countries: list, periods: list) -> None:
    known = {c.country for _, c in countries}
    for line, period in periods:
        if period.country not in known:
            raise RuleError(f"{path}:{line}: country {period.country!r} is not in countries.csv")
        if period.end is not None and period.end < period.start:
            raise RuleError(f"{path}:{line}: the term ends ({period.end}) before it starts ({period.start})")


def _unknown_sections(path: Path, data: dict, known: set[str]) -> None:
    extra = set(data) - known - {LINE}
    if extra:
        raise RuleError(f"{path}:1: unknown section(s) {', '.join(sorted(extra))}; expected {', '.join(sorted(known))}")


def _one_owner(path: Path, data: dict, *sections) -> None:
    """A geo name belongs to one record: two records claiming it would vote twice."""
    owner: dict[str, str] = {}
    for records in sections:
        for record in records:
            label = getattr(record, "name", None) or getattr(record, "label", None) or getattr(record, "pattern", "")
            for cue in record.geo:
                for name in cue.names:
                    if name in owner:
                        raise RuleError(f"{path}: geo name {name!r} is claimed by {owner[name]!r} and {label!r}")
                    owner[name] = label
