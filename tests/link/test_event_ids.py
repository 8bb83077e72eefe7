"""Stable event ids: a report that joins later never renames its event; merges and splits are
recorded (merged_into / split_from) so a user can tell what changed since a last pull."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.link import relink
from eventwire.link.explain import current_event_id
from eventwire.store import open_store
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, STRIKE_TEXT, article, mention

SAT, SUN = dt.date(2024, 4, 13), dt.date(2024, 4, 14)
# Sunday's report in words that share little with Saturday night's wire (not one story); it says
# the market was hit, as the others do (a report naming another target would stay apart)
SUNDAY_BRIEF = ("Medics counted the dead after the bombardment of the market. The civil defence listed the "
                "injured by name and asked donors for blood.")


def add(store, aid, text, published, **fields):
    store.save_article(article(aid, text, published), [mention(f"{aid}#1", aid, text=text, **fields)])
    relink(store)


def test_a_report_that_joins_later_keeps_the_event_id_even_with_a_smaller_id(store):
    add(store, "wire-a", STRIKE_TEXT, SUN)
    add(store, "other", STRIKE_OTHER_OUTLET, SUN, event_date=SUN, fatalities=4)
    [event] = store.list_events()
    assert event.id == "wire-a#1" and event.sources == ("other", "wire-a")
    assert store.event_id_changes() == []


def test_two_events_that_merge_and_split_again_record_it(store):
    add(store, "wire-a", STRIKE_TEXT, SUN)                                # late on Saturday
    add(store, "brief", SUNDAY_BRIEF, SUN, event_date=SUN)                # Sunday, not alike: apart
    assert sorted(e.id for e in store.list_events()) == ["brief#1", "wire-a#1"]
    add(store, "other", STRIKE_OTHER_OUTLET, SUN, event_date=SUN)         # alike to one, same day as the other
    [merged] = store.list_events()
    assert merged.id == "wire-a#1" and set(merged.sources) == {"wire-a", "brief", "other"}
    [change] = store.event_id_changes()
    assert (change.event_id, change.change, change.other_id) == ("brief#1", "merged_into", "wire-a#1")
    assert current_event_id(store, "brief#1") == "wire-a#1"

    store.save_article(article("other", FLOOD_TEXT, SUN), [])            # the bridging report is gone
    relink(store)
    assert sorted(e.id for e in store.list_events()) == ["brief#1", "wire-a#1"]
    last = store.event_id_changes()[-1]
    assert (last.event_id, last.change, last.other_id) == ("brief#1", "split_from", "wire-a#1")
    since = store.event_id_changes(since=last.changed_at)
    assert [c.change for c in since] == ["split_from"]


def test_show_follows_a_merged_id_and_changes_lists_the_history(tmp_path):
    db = str(tmp_path / "ids.db")
    store = open_store(db)
    add(store, "wire-a", STRIKE_TEXT, SUN)
    add(store, "brief", SUNDAY_BRIEF, SUN, event_date=SUN)
    add(store, "other", STRIKE_OTHER_OUTLET, SUN, event_date=SUN)
    runner = CliRunner()
    shown = runner.invoke(app, ["show", "brief#1", "--db", db], catch_exceptions=False).stdout
    assert shown.startswith("brief#1 now names event wire-a#1")
    assert "id history" in shown and "brief#1 merged into wire-a#1" in shown
    listed = runner.invoke(app, ["changes", "--db", db, "--format", "jsonl"], catch_exceptions=False).stdout
    assert [json.loads(line)["change"] for line in listed.splitlines()] == ["merged_into"]
    table = runner.invoke(app, ["changes", "--db", db, "--event", "wire-a#1"], catch_exceptions=False).stdout
    assert "merged_into" in table and "brief.1" in table   # ids as outputs show them
