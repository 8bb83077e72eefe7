"""After an ingest stopped before linking (Ctrl-C while linking, or kill -9), `eventwire events`
showed nothing and said nothing (issue 12, problem 7): it now says how many stored articles are
not linked yet and how to link them; once linked, it says nothing more."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire import pipeline
from eventwire.cli import app
from eventwire.settings import Settings
from eventwire.store import open_store

runner = CliRunner()

REPORTS = {
    "gao.txt": "Gunmen raided a village near Gao on Friday, killing two herders, officials said.",
    "aden.txt": "A car bomb exploded near a market in Aden on Sunday, killing three people.",
}


@pytest.fixture
def stored_not_linked(tmp_path):
    """The state an ingest leaves when it is stopped after storing and before linking."""
    feed = tmp_path / "feed"
    feed.mkdir()
    for name, text in REPORTS.items():
        (feed / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "stopped.db")
    pipeline.ingest([str(feed)], open_store(db), Settings(db=db), link=False)
    return feed, db


def test_events_says_how_many_articles_are_not_linked_and_how_to_link_them(stored_not_linked):
    _, db = stored_not_linked
    result = runner.invoke(app, ["events", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 stored articles are not linked into events yet" in result.output
    assert "eventwire ingest" in result.output


def test_after_the_rerun_links_them_events_lists_them_and_says_nothing_more(stored_not_linked):
    feed, db = stored_not_linked
    rerun = runner.invoke(app, ["ingest", str(feed), "--db", db])
    assert rerun.exit_code == 0 and "0 new, 2 unchanged" in rerun.output, rerun.output
    result = runner.invoke(app, ["events", "--db", db])
    assert result.exit_code == 0 and "not linked" not in result.output
    assert "Gao" in result.output and "Aden" in result.output
