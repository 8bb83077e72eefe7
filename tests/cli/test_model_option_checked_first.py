"""A missing --model file is reported before anything else, whatever the inputs are (issue 12, problem 9).

A user who mistypes both the model and the input path was told only about the input; and
`ingest` created the database before it found out that the model was missing."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.common import EXIT_USAGE

runner = CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Rebels shelled a market town on Monday, killing four traders.", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_missing_model_is_reported_even_when_the_input_path_is_wrong_too(tmp_path, command):
    extra = ["--db", str(tmp_path / "x.db")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(tmp_path / "no-such-input.txt"), "--model",
                                 str(tmp_path / "no-such-model.pkl"), *extra])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "no-such-model.pkl" in result.output and "cannot read the typing model" in result.output


def test_ingest_with_a_missing_model_creates_no_database(tmp_path, article):
    result = runner.invoke(app, ["ingest", str(article), "--model", str(tmp_path / "gone.pkl"),
                                 "--db", str(tmp_path / "new.db")])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "gone.pkl" in result.output
    assert not (tmp_path / "new.db").exists()
