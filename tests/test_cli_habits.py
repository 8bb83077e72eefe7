"""Habits users bring from other tools: --version, -h, tables that do not wrap when piped."""

from __future__ import annotations

from typer.testing import CliRunner

from eventwire import __version__
from eventwire.cli import app
from tests.api import sample_data as sd

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"eventwire {__version__}"


def test_h_is_help_everywhere():
    for args in (["-h"], ["events", "-h"], ["eval", "-h"], ["export", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Usage:" in result.stdout, args


def test_piped_tables_keep_one_event_a_line(tmp_path):
    db = str(tmp_path / "events.db")
    sd.build(db).close()
    result = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": ""})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.startswith("│")]
    assert len(rows) == len(sd.SPECS)          # 80 columns would fold each row over several lines
    assert any("Military Forces of the United States" in row for row in rows)
