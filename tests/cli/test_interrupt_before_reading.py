"""Ctrl-C before `eventwire ingest` has read an article (while it opens the database, or checks
the model): typer turned it into exit 130 with no word at all, the very symptom of issue 12,
problem 7.  It now says that nothing was stored.

The Ctrl-C is simulated by a KeyboardInterrupt from opening the store (Python raises it there when
SIGINT arrives); a real SIGINT at a moment like this is a race a test cannot aim at."""

from __future__ import annotations

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli import ingest as ingest_command
from eventwire.cli.common import EXIT_INTERRUPTED


def _ctrl_c(*args, **kwargs):
    raise KeyboardInterrupt


def test_ctrl_c_before_any_article_is_read_says_nothing_was_stored(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Gunmen raided a village near Gao on Friday, killing two herders.",
                                    encoding="utf-8")
    monkeypatch.setattr(ingest_command, "open_store", _ctrl_c)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted before any article was read" in result.output
    assert "nothing was stored" in result.output
