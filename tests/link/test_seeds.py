"""The user's seeds (measure only): in either order, 001 and 002's shared events merge once each."""

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


@ORDERS
def test_the_strikes_of_23_january_merge_once(shared_seeds, tmp_path, reverse):
    store = linked(shared_seeds, tmp_path, "seeds.db", reverse)
    assert len(merged_with_both(store, ("2024-01-23",))) == 1


def test_seed_linking_does_not_depend_on_order(shared_seeds, tmp_path):
    one = linked(shared_seeds, tmp_path, "one.db", False)
    two = linked(shared_seeds, tmp_path, "two.db", True)
    assert [(e.id, e.sources) for e in one.list_events()] == [(e.id, e.sources) for e in two.list_events()]
