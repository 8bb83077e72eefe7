"""The user's seeds: in either order, 001 and 002's shared events merge, nothing else does.

001 names the two sites of the 23 January strikes (Al-Qaim, Jurf al-Sakhar); 002 reports them
for Iraq as a whole, so it is a source of both site events.  Both report the Al-Asad attack, a
night apart ("earlier on Sunday" / "Saturday night")."""

from __future__ import annotations

import pytest

from eventwire import pipeline
from eventwire.settings import Settings
from eventwire.store import open_store

pytestmark = pytest.mark.shared


def linked(seeds, tmp_path, name, reverse):
    store = open_store(str(tmp_path / name))
    for path in sorted(seeds.glob("*.txt"), reverse=reverse):
        pipeline.ingest([str(path)], store, Settings())
    return store


def prefix(event):
    return sorted({a[:3] for a in event.sources})


ORDERS = pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])


def merged_with_both(store, dates):
    return [e for e in store.list_events() if prefix(e) == ["001", "002"] and str(e.event_date) in dates]


@ORDERS
def test_the_al_asad_attack_merges_once_with_its_date_disagreement(shared_seeds, tmp_path, reverse):
    store = linked(shared_seeds, tmp_path, "seeds.db", reverse)
    [asad] = merged_with_both(store, ("2024-01-20", "2024-01-21"))
    assert "event_date" in {d.field for d in asad.disagreements}
    for event in store.list_events():
        if len(event.sources) > 1:
            assert prefix(event) == ["001", "002"], (event.id, event.sources)


def test_seed_linking_does_not_depend_on_order(shared_seeds, tmp_path):
    """The same events from either order; each is named by its first stored report."""
    one = linked(shared_seeds, tmp_path, "one.db", False)
    two = linked(shared_seeds, tmp_path, "two.db", True)
    assert sorted((e.sources, e.location) for e in one.list_events()) == \
        sorted((e.sources, e.location) for e in two.list_events())
    assert {e.location: e.id[:3] for e in one.list_events() if len(e.sources) > 1} == \
        {"Ain al-Asad Air Base": "001", "Al-Qaim": "001", "Jurf al-Sakhar": "001"}
    # stored first, 002 names the Al-Asad attack; it names neither site, as it covers both
    assert {e.location: e.id[:3] for e in two.list_events() if len(e.sources) > 1} == \
        {"Ain al-Asad Air Base": "002", "Al-Qaim": "001", "Jurf al-Sakhar": "001"}


@ORDERS
def test_the_country_level_report_corroborates_both_sites_of_the_strikes(shared_seeds, tmp_path, reverse):
    """002 reports the 23 January strikes for Iraq as a whole; 001 names the two sites."""
    store = linked(shared_seeds, tmp_path, "seeds.db", reverse)
    strikes = {e.location: e for e in store.list_events() if str(e.event_date) == "2024-01-23"}
    assert set(strikes) == {"Al-Qaim", "Jurf al-Sakhar"}
    for event in strikes.values():
        assert prefix(event) == ["001", "002"] and event.corroboration == 2
