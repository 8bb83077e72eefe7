"""`ingest -v` / `extract -v` list the files a folder walk skipped as not articles; without it only
the one summary line is printed (issue 12, item 4)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "desk"
    (folder / "src").mkdir(parents=True)
    (folder / "src" / "tool.py").write_text("def main():\n    return 1\n", encoding="utf-8")
    (folder / "LICENSE").write_text("Permission is granted to whoever reads this.\n", encoding="utf-8")
    (folder / "wire.txt").write_text("Gunmen raided a village near Gao on Friday, killing two herders.",
                                     encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_verbose_names_each_skipped_file(tmp_path, project, command):
    extra = ["--db", str(tmp_path / "v.db")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(project), "-v", *extra])
    assert result.exit_code == 0, result.output
    assert "2 files skipped" in result.output
    assert "src/tool.py" in result.output and "LICENSE" in result.output


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_without_verbose_only_the_summary_line(tmp_path, project, command):
    extra = ["--db", str(tmp_path / "q.db")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(project), *extra])
    assert result.exit_code == 0, result.output
    assert "2 files skipped" in result.output
    assert "src/tool.py" not in result.output
