"""`eventwire eval pairs` on a tiny SemEval-2022 Task 8 style file written for this test."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from eventwire.cli import app
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_TEXT, UNDATED_TEXT

runner = CliRunner()
COLUMNS = ["", "pair_id", "lang1", "lang2", "text1", "text2", "Geography", "Entities", "Time",
           "Narrative", "Overall", "Style", "Tone"]


def write_pairs(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n, (pair, l1, l2, t1, t2, overall) in enumerate(rows):
            writer.writerow([n, pair, l1, l2, t1, t2, 1, 1, 1, 1, overall, 1, 1])


def test_same_story_pairs_are_scored(tmp_path):
    path = tmp_path / "pairs.csv"
    write_pairs(path, [
        ("101_102", "en", "en", STRIKE_TEXT, STRIKE_OTHER_OUTLET, 1.0),   # same story
        ("101_103", "en", "en", STRIKE_TEXT, FLOOD_TEXT, 4.0),            # different
        ("102_104", "en", "en", STRIKE_OTHER_OUTLET, UNDATED_TEXT, 2.5),  # in between: ignored
        ("105_106", "de", "en", FLOOD_TEXT, STRIKE_TEXT, 1.0),            # not English-English
    ])
    result = runner.invoke(app, ["eval", "pairs", str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["pairs_scored"], report["pairs_same"], report["pairs_ignored"], report["articles"]) == (2, 1, 1, 4)
    assert (report["true_positives"], report["false_positives"], report["f1"]) == (1, 0, 1.0)


def test_a_file_that_is_not_semeval_pairs_is_a_clear_error(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "pairs", str(path)])
    assert result.exit_code == 2
    assert "not a SemEval-2022 Task 8 file" in result.stderr
