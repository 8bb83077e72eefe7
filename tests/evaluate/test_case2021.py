"""`eval case2021`: scoring rules (out-of-scope labels, misses), bad rows, the command, the real file's shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import InputError
from eventwire.evaluate.case2021 import (
    CASE_TO_ACLED, LABELS, NO_EVENT, OUT_OF_SCOPE, evaluate_case2021, predicted_label, read_case_tsv,
)
from eventwire.records import SUB_EVENT_TO_TYPE

# Snippets written for this test: two typed right, one out-of-scope rejected, one missed, one wrong type.
SNIPPETS = [
    ("1", "Rebel artillery shelled the market district at dawn.", "ART_MISS_ATTACK"),
    ("2", "Hundreds of nurses protested outside the ministry over unpaid wages.", "PEACE_PROTEST"),
    ("3", "A strong earthquake killed eight people and damaged hundreds of buildings.", "NATURAL_DISASTER"),
    ("4", "Officials described the situation in the district as tense.", "ARMED_CLASH"),
    ("5", "Soldiers and rebels clashed near the crossing.", "AIR_STRIKE"),
]


def write_tsv(path: Path, rows, header="id\tEventSnippet\tSubType") -> Path:
    path.write_text("\n".join([header, *("\t".join(r) for r in rows)]) + "\n", encoding="utf-8")
    return path


def test_mapping_covers_acled_and_the_thirty_labels():
    assert set(CASE_TO_ACLED.values()) == set(SUB_EVENT_TO_TYPE)
    assert len(LABELS) == 30 and set(OUT_OF_SCOPE) <= set(LABELS)


@pytest.mark.parametrize("gold, predicted, expected", [
    pytest.param("DIPLO", None, "DIPLO", id="no-event-is-right-out-of-scope"),
    pytest.param("ARMED_CLASH", None, NO_EVENT, id="no-event-is-a-miss-in-scope"),
    pytest.param("DIPLO", "Armed clash", "ARMED_CLASH", id="an-event-out-of-scope-is-wrong"),
    pytest.param("AIR_STRIKE", "Air/drone strike", "AIR_STRIKE", id="mapped"),
])
def test_predicted_label(gold, predicted, expected):
    assert predicted_label(gold, predicted) == expected


def test_scores_on_snippets_written_here(tmp_path):
    report = evaluate_case2021(write_tsv(tmp_path / "case.tsv", SNIPPETS))
    assert report.rows == 5 and report.labels == 5
    assert report.accuracy == pytest.approx(3 / 5)
    assert report.no_event_answers == 2
    by_label = {row.label: row for row in report.per_label}
    assert by_label["NATURAL_DISASTER"].f1 == 1.0
    assert by_label["ARMED_CLASH"].recall == 0.0 and by_label["AIR_STRIKE"].recall == 0.0
    # weighted = macro here: every gold label has support 1; F1 is 1 for three of five labels
    assert report.weighted_f1 == pytest.approx(3 / 5) and report.macro_f1 == pytest.approx(3 / 5)


def test_bad_rows_are_named_and_the_rest_is_scored(tmp_path):
    path = write_tsv(tmp_path / "case.tsv", [*SNIPPETS[:2], ("9", "", "ARREST"), ("10", "Some text.", "RUMOUR")])
    rows, skipped = read_case_tsv(path)
    assert [r.id for r in rows] == ["1", "2"]
    assert skipped == [f"{path}:4: empty EventSnippet", f"{path}:5: unknown SubType 'RUMOUR'"]


def test_a_file_without_the_columns_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"case\.tsv.*missing column"):
        read_case_tsv(write_tsv(tmp_path / "case.tsv", [("a", "b")], header="id\ttext"))


def test_eval_case2021_command_json(tmp_path):
    path = write_tsv(tmp_path / "case.tsv", SNIPPETS)
    result = CliRunner().invoke(app, ["eval", "case2021", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["model"] == "packaged rules" and report["rows"] == 5
    assert report["accuracy"] == pytest.approx(0.6)


def test_eval_case2021_missing_file_exits_2(tmp_path):
    result = CliRunner().invoke(app, ["eval", "case2021", str(tmp_path / "absent.tsv")])
    assert result.exit_code == 2
    assert "absent.tsv" in result.output


@pytest.mark.shared
def test_the_case_dev_file_reads_whole(shared_data):
    rows, skipped = read_case_tsv(shared_data / "case2021_task2" / "test_set_final_release_with_labels.tsv")
    assert skipped == []
    assert len(rows) == 510 and len({r.label for r in rows}) == 30
