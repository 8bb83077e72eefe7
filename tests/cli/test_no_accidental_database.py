"""Read-only commands pointed at a database that does not exist fail instead of creating it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.common import EXIT_USAGE
from eventwire.store import open_store

runner = CliRunner()

READ_ONLY_COMMANDS = {
    "events": ["events"],
    "articles": ["articles"],
    "show": ["show", "ev-1"],
    "stories": ["stories"],
    "changes": ["changes"],
    "failures": ["failures"],
    "export": ["export", "-o", "-"],
    "report": ["report", "-o", "{tmp}/report.html"],
    "serve": ["serve", "--port", "1"],
}


@pytest.mark.parametrize("args", READ_ONLY_COMMANDS.values(), ids=READ_ONLY_COMMANDS.keys())
def test_read_only_command_does_not_create_a_missing_database(tmp_path, args):
    typo = tmp_path / "typo.db"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*argv, "--db", str(typo)], catch_exceptions=False)
    assert result.exit_code == EXIT_USAGE, result.output
    assert not typo.exists()
    assert f"no database at {typo}" in " ".join(result.stderr.split())
    assert "nothing has been ingested there" in " ".join(result.stderr.split())


def test_sqlite_url_to_a_missing_file_is_refused_too(tmp_path):
    typo = tmp_path / "typo.db"
    result = runner.invoke(app, ["events", "--db", f"sqlite:///{typo}"], catch_exceptions=False)
    assert result.exit_code == EXIT_USAGE
    assert not typo.exists()


def test_read_only_command_still_reads_an_existing_database(tmp_path):
    db = str(tmp_path / "events.db")
    open_store(db)
    result = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""


def test_open_store_with_create_false_names_the_file(tmp_path):
    from eventwire.errors import NoDatabaseError

    typo = tmp_path / "typo.db"
    with pytest.raises(NoDatabaseError, match="typo.db"):
        open_store(str(typo), create=False)
    assert not Path(typo).exists()
