"""The rule loader: errors name file:line, the fingerprint follows the files, and a group added by
editing only groups.yaml is found (EVENTWIRE_RULES_DIR points a fresh process at the edited copy)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.rules import RuleError, load_rules, rules_dir

NEW_GROUP = """
  - name: 'Red Hand Front'
    inter: rebel
    priority: 5
    words: 'Red Hand Front'
    abbrev: 'RHF'
    typing:
      - {regex: 'Red Hand Front', lists: [nonstate, armed_side]}
    geo:
      - {names: ['red hand front'], country: 'Mali', regions: ['Mopti']}
    examples: ['Red Hand Front fighters attacked a police post near the town.']
    counter_examples: ['A red hand was painted on the wall.']
"""


@pytest.fixture
def copy(tmp_path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    return folder


def insert_group(folder: Path, text: str = NEW_GROUP) -> None:
    path = folder / "groups.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("\ngroups:\n", "\ngroups:" + text, 1), encoding="utf-8")


def append_row(path: Path, row: str) -> int:
    """Add a row at the end of a CSV rule file; its line number."""
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if needle in line)


def test_the_packaged_rules_load():
    loaded = load_rules(rules_dir())
    assert loaded.groups and loaded.named_forces and loaded.typing_stages and len(loaded.fingerprint) == 16


def test_an_unknown_key_is_named_with_its_file_and_line(copy):
    insert_group(copy, NEW_GROUP.replace("    inter: rebel\n", "    inter: rebel\n    colour: red\n"))
    with pytest.raises(RuleError, match=rf"groups.yaml:{line_of(copy / 'groups.yaml', 'Red Hand Front')}: colour"):
        load_rules(copy)


def test_a_bad_regex_is_named_with_its_file_and_line(copy):
    insert_group(copy, NEW_GROUP.replace("words: 'Red Hand Front'", "words: 'Red (Hand Front'"))
    with pytest.raises(RuleError, match=r"groups.yaml:\d+: words: .*not a valid regular expression"):
        load_rules(copy)


def test_a_repeated_force_priority_is_refused(copy):
    path = copy / "forces.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("priority: 20\n", "priority: 10\n", 1), encoding="utf-8")
    with pytest.raises(RuleError, match=r"forces.yaml:\d+: priority 10 is also given on line \d+"):
        load_rules(copy)


def test_an_unknown_typing_stage_is_refused(copy):
    path = copy / "typing.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("decision: sexual", "decision: sexy"), encoding="utf-8")
    with pytest.raises(RuleError, match=rf"typing.yaml:{line_of(path, 'sexy')}: decision"):
        load_rules(copy)


def test_broken_yaml_names_the_line(copy):
    path = copy / "typing.yaml"
    path.write_text("stages:\n  - {decision: chemical\n  - oops: [\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"typing.yaml:\d+: not valid YAML"):
        load_rules(copy)


def test_the_fingerprint_follows_the_files(copy):
    before = load_rules(copy).fingerprint
    insert_group(copy)
    load_rules.cache_clear()
    assert load_rules(copy).fingerprint != before


SCRIPT = """
import json, sys
from eventwire.extract.actors import find_actors
from eventwire.extract.sentences import split_sentences
from eventwire.extract import cues
from eventwire.geo.countries import group_cues
text = sys.argv[1]
pair = find_actors(split_sentences(text), "Armed clash", "Mali")
print(json.dumps({"actor1": pair.actor1.name if pair.actor1 else None, "inter1": pair.actor1.inter if pair.actor1 else None,
                  "cues": group_cues(text), "nonstate": bool(cues.NONSTATE.search("Red Hand Front"))}))
"""


def run_with(folder: Path | None, text: str, script: str = SCRIPT) -> str:
    """What `script` prints for `text` in a fresh process reading the rules of `folder` (None: packaged)."""
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_RULES_DIR"}
    if folder is not None:
        env["EVENTWIRE_RULES_DIR"] = str(folder)
    done = subprocess.run([sys.executable, "-c", script, text], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


def test_a_group_added_to_the_data_file_alone_is_found(copy):
    text = "Red Hand Front fighters clashed with soldiers near Mopti."
    before = json.loads(run_with(None, text))
    insert_group(copy)
    after = json.loads(run_with(copy, text))
    assert before["actor1"] != "Red Hand Front" and before["cues"] == [] and not before["nonstate"]
    assert after["actor1"] == "Red Hand Front" and after["inter1"] == 2  # actor coding
    assert after["cues"] == [["Mali", ["Mopti"]]]  # geocoding's one-country names
    assert after["nonstate"]  # event typing's list of non-state actors


def test_a_word_for_an_unknown_country_is_named_with_its_line(copy):
    lines = append_row(copy / "country_words.csv", "Wakandan,Wakanda,yes,,demonym")
    with pytest.raises(RuleError, match=rf"country_words.csv:{lines}: country 'Wakanda' is not in countries.csv"):
        load_rules(copy)


def test_one_word_for_two_countries_is_refused(copy):
    append_row(copy / "country_words.csv", "Afghan,Pakistan,yes,,")
    with pytest.raises(RuleError, match=r"country_words.csv:\d+: 'Afghan' is read as 'Pakistan' here and as "
                                        r"'Afghanistan' on line \d+"):
        load_rules(copy)


DEMONYM_SCRIPT = """
import json, sys
from eventwire.extract.actors import find_actors
from eventwire.extract.sentences import split_sentences
from eventwire.geo.countries import demonyms_in
text = sys.argv[1]
pair = find_actors(split_sentences(text), "Armed clash", None)
print(json.dumps({"actors": [a.name for a in (pair.actor1, pair.actor2) if a], "demonyms": demonyms_in(text)}))
"""


def test_a_demonym_added_to_the_word_table_alone_is_read_by_actors_and_geo(copy):
    text = "Kiwi soldiers clashed with rebels near the border on Monday."
    before = json.loads(run_with(None, text, DEMONYM_SCRIPT))
    append_row(copy / "country_words.csv", "Kiwi,New Zealand,yes,,demonym")
    after = json.loads(run_with(copy, text, DEMONYM_SCRIPT))
    assert not any("New Zealand" in a for a in before["actors"]) and before["demonyms"] == []
    assert after["actors"][0] == "Military Forces of New Zealand" and after["demonyms"] == ["New Zealand"]


TYPE_SCRIPT = """
import sys
from eventwire.extract.typing import classify
print(classify(sys.argv[1]).sub_event_type)
"""


def test_a_trigger_phrase_added_to_triggers_yaml_alone_types_a_sentence(copy):
    text = "A loitering munition hit a truck near the border on Monday."
    path = copy / "triggers.yaml"
    edited = path.read_text(encoding="utf-8").replace("      - 'air ?strikes?'\n",
                                                      "      - 'air ?strikes?'\n      - 'loitering munitions?'\n", 1)
    assert edited != path.read_text(encoding="utf-8")
    path.write_text(edited, encoding="utf-8")
    assert run_with(None, text, TYPE_SCRIPT) == "None"
    assert run_with(copy, text, TYPE_SCRIPT) == "Air/drone strike"


def test_a_trigger_for_no_known_type_is_refused(copy):
    path = copy / "triggers.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("points_to: 'Grenade'", "points_to: 'Grenades'"),
                    encoding="utf-8")
    with pytest.raises(RuleError, match=r"triggers.yaml:\d+: points_to: .*'Grenades' is not an ACLED sub-event type"):
        load_rules(copy)


def test_a_term_that_ends_before_it_starts_is_named_with_its_line(copy):
    lines = append_row(copy / "periods.csv", "Mexico,2030,2029,")
    with pytest.raises(RuleError, match=rf"periods.csv:{lines}: the term ends \(2029\) before it starts \(2030\)"):
        load_rules(copy)
