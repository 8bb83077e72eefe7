"""Tests generated from the rule files (eventwire/data/rules/): every record compiles, no alias is
claimed by two groups, every group's examples yield it and its counter-examples do not, every
spelling a group adds to a typing cue list is found by that list."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from eventwire.extract import cues
from eventwire.extract.actor_mentions import _alternatives, mentions_in
from eventwire.extract.sentences import split_sentences
from eventwire.rules import rules
from eventwire.rules.schema import CUE_LISTS

RULES = rules()
GROUPS = {g.name: g for g in RULES.groups}


def literal(alternative: str) -> str | None:
    """A plain spelling an alternative matches (optional parts kept, first of a choice), or None."""
    s = re.sub(r"\(\?<[!=][^)]*\)|\(\?[=!][^)]*\)", "", alternative)
    s = re.sub(r"\(\?:([^()|]*)\)\?", r"\1", s)
    s = re.sub(r"\(\?:([^()|]*)\|[^()]*\)", r"\1", s)
    s = re.sub(r"\[([^\]])[^\]]*\]", r"\1", s)
    s = re.sub(r"(\\?.)\?", r"\1", s).replace("\\b", "").replace("\\", "")
    return s if re.fullmatch(r"[\w' .&/-]+", s) else None


def group_pattern(group) -> re.Pattern:
    parts = ([f"(?i:{group.words})"] if group.words else []) + ([group.abbrev] if group.abbrev else [])
    return re.compile("|".join(parts))


def named_in(text: str) -> set[str]:
    """The names of the actor mentions of a sentence (a joint "X and/or Y" counts as both)."""
    names = set()
    for sentence in split_sentences(text):
        for mention in mentions_in(sentence):
            names |= {mention.name, *mention.name.split(" and/or ")}
    return names


@pytest.mark.parametrize("group", RULES.groups, ids=lambda g: g.name)
def test_every_group_compiles_and_its_examples_yield_it(group):
    group_pattern(group)
    for example in group.examples:
        assert group.name in named_in(example), example


@pytest.mark.parametrize("group", RULES.groups, ids=lambda g: g.name)
def test_no_counter_example_yields_the_group(group):
    for example in group.counter_examples:
        assert group.name not in named_in(example), example


def aliases(group) -> list[str]:
    found = [literal(alt) for source in (group.words, group.abbrev) if source for alt in _alternatives(source)]
    return [a for a in found if a]


@pytest.mark.parametrize("group", RULES.groups, ids=lambda g: g.name)
def test_no_alias_is_claimed_by_two_groups(group):
    for alias in aliases(group):
        others = [o.name for o in RULES.groups if o is not group and group_pattern(o).fullmatch(alias)]
        assert not others, f"{alias!r} of {group.name!r} is also a name of {others}"


# A context in which each cue list finds a name ("{x} arrested two men" for the arrest agents).
CUE_CONTEXT = {
    "nonstate": (cues.NONSTATE, "{x}"), "political": (cues.POLITICAL, "{x}"), "armed_side": (cues.ARMED_SIDE, "{x}"),
    "gov_forces": (cues.GOV_FORCES, "{x}"), "security": (cues.SECURITY_RX, "{x}"),
    "arrest_agent": (cues.ARREST_AGENT, "{x} arrested two men"), "arrest_political": (cues.ARREST_POLITICAL, "{x} members"),
    "joined": (cues.GROUP_CHANGE, "he joined the {x}"), "cleared": (cues.REGAIN, "the town was cleared of {x}"),
}
TYPING_NAMES = [pytest.param(name, cue_list, id=f"{cue_list}:{name.regex}")
                for item in RULES.named() for name in item.typing for cue_list in name.lists]


def test_every_cue_list_has_a_context():
    assert set(CUE_CONTEXT) == set(CUE_LISTS)


@pytest.mark.parametrize("name, cue_list", TYPING_NAMES)
def test_every_typing_name_is_found_by_its_cue_list(name, cue_list):
    pattern, context = CUE_CONTEXT[cue_list]
    spelling = literal(name.regex)
    assert spelling, f"{name.regex!r} has no plain spelling to test with"
    assert pattern.search(context.format(x=spelling)), f"{cue_list} does not find {spelling!r}"


@pytest.mark.parametrize("force", [*RULES.named_forces, *RULES.faction_forces], ids=lambda f: f.pattern[:40])
def test_every_force_compiles(force):
    re.compile(force.pattern if force.case_sensitive else f"(?i:{force.pattern})")


def test_priorities_order_the_sections():
    for section in (RULES.groups, RULES.named_forces, RULES.faction_forces):
        assert [r.priority for r in section] == sorted(r.priority for r in section)


def test_geo_names_vote_for_known_countries():
    from eventwire.geo.countries import country_name

    assert RULES.geo_cues(), "no geo names read"
    for name, (country, _) in RULES.geo_cues().items():
        assert country_name(country) == country, f"{name!r} votes for {country!r}, not a country name geo knows"


@pytest.mark.parametrize("cue", RULES.triggers, ids=lambda c: c.name)
def test_every_trigger_list_is_a_cue_of_typing_and_its_examples_match(cue):
    pattern = getattr(cues, cue.name)
    assert pattern.pattern == cues.rx(*cue.phrases).pattern  # the list cues.py types with is the file's
    for example in cue.examples:
        assert pattern.search(example), example
        if cue.points_to not in ("no event", "out of scope", "scope"):  # those only matter beside a conflict cue
            assert cues.ANY_CUE.search(example), f"{example!r} passes no stem of triggers.yaml `stems`"


@pytest.mark.parametrize("cue", RULES.triggers, ids=lambda c: c.name)
def test_no_trigger_counter_example_matches(cue):
    pattern = getattr(cues, cue.name)
    for example in cue.counter_examples:
        assert not pattern.search(example), example


# Plain lists still written in cues.py (string literals only): none; a new plain list belongs in
# triggers.yaml.
STILL_PYTHON: set[str] = set()


def plain_cue_lists() -> set[str]:
    """The names in cues.py bound to `rx(...)` of string literals alone (no constant, no group names)."""
    tree = ast.parse(Path(cues.__file__).read_text(encoding="utf-8"))
    return {node.targets[0].id for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", "") == "rx" and not node.value.keywords
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.value.args)}


def test_plain_cue_lists_live_in_triggers_yaml():
    assert plain_cue_lists() == STILL_PYTHON
    assert not STILL_PYTHON & {cue.name for cue in RULES.triggers}


@pytest.mark.parametrize("pattern", [cues.GOV_FORCES, cues.NONSTATE], ids=["GOV_FORCES", "NONSTATE"])
def test_actor_words_inside_compounds_name_no_actor(pattern):
    assert pattern.search("The army and the rebels met.")
    assert not pattern.search("An army-backed unit entered a rebel-held enclave.")
