"""Tune/check halves: fixed by the key alone, disjoint, about even, and reported by `eval`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.evaluate.case2021 import evaluate_case2021
from eventwire.evaluate.halves import HALVES, half_of, in_half, split_indices

# Snippets written for this test (ids chosen so that both halves get some).
SNIPPETS = [(str(n), text, label) for n, (text, label) in enumerate([
    ("Rebel artillery shelled the market district at dawn.", "ART_MISS_ATTACK"),
    ("Hundreds of nurses protested outside the ministry over unpaid wages.", "PEACE_PROTEST"),
    ("A strong earthquake killed eight people and damaged hundreds of buildings.", "NATURAL_DISASTER"),
    ("Soldiers and rebels clashed near the crossing.", "ARMED_CLASH"),
    ("Police arrested four opposition activists at their party office.", "ARREST"),
    ("Warplanes bombed a fuel depot on the edge of the town.", "AIR_STRIKE"),
], start=1)]


def write_tsv(path, rows):
    path.write_text("id\tEventSnippet\tSubType\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_half_depends_on_the_key_only_and_is_about_even():
    keys = [f"EVT{n}" for n in range(2000)]
    assert [half_of(k) for k in keys] == [half_of(k) for k in keys]
    halves = split_indices(keys)
    assert sorted(halves["tune"] + halves["check"]) == list(range(2000))
    assert 900 < len(halves["tune"]) < 1100


def test_in_half_keeps_only_that_half():
    keys = [f"k{n}" for n in range(50)]
    tune, check = in_half(keys, str, "tune"), in_half(keys, str, "check")
    assert set(tune).isdisjoint(check) and len(tune) + len(check) == 50
    assert in_half(keys, str, None) == keys


def test_a_report_gives_both_halves_and_they_add_up(tmp_path):
    report = evaluate_case2021(write_tsv(tmp_path / "c.tsv", SNIPPETS))
    assert set(report.halves) <= set(HALVES)
    assert sum(h.rows for h in report.halves.values()) == report.rows == len(SNIPPETS)
    expected = {half: sum(half_of(row[0]) == half for row in SNIPPETS) for half in HALVES}
    assert {h: s.rows for h, s in report.halves.items()} == {h: n for h, n in expected.items() if n}


def test_the_half_option_scores_one_half(tmp_path):
    path = write_tsv(tmp_path / "c.tsv", SNIPPETS)
    result = CliRunner().invoke(app, ["eval", "case2021", str(path), "--half", "check", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["half"] == "check" and report["rows"] == sum(half_of(r[0]) == "check" for r in SNIPPETS)
    bad = CliRunner().invoke(app, ["eval", "case2021", str(path), "--half", "middle"])
    assert bad.exit_code == 2
