"""Ctrl-C during ingest: what was stored is linked and counted, and a rerun goes on from there."""

from __future__ import annotations

import pytest

from eventwire import pipeline
from eventwire.settings import Settings
from eventwire.store import open_store

TOWNS = ["Mosul", "Kirkuk", "Tikrit", "Baiji", "Samarra", "Ramadi", "Fallujah", "Hit"]


@pytest.fixture
def many_articles(tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    for n in range(pipeline.BATCH_SIZE + 8):
        town = TOWNS[n % len(TOWNS)]
        (folder / f"{n:03d}.txt").write_text(
            f" date 2024-03-{n % 27 + 1:02d}\nGunmen attacked a police checkpoint in {town} on "
            f"Monday, killing {n % 5 + 1} policemen, officials said.\n", encoding="utf-8")
    return folder


def _interrupt_after_first_batch(count: int) -> None:
    raise KeyboardInterrupt


def test_interrupted_ingest_links_what_it_stored_and_reports_it(many_articles, tmp_db):
    store = open_store(tmp_db)
    with pytest.raises(pipeline.Interrupted) as caught:
        pipeline.ingest([str(many_articles)], store, Settings(), progress=_interrupt_after_first_batch)
    assert caught.value.report.new == pipeline.BATCH_SIZE == store.count_articles()
    assert store.count_events() > 0  # linked although the run did not finish
    rerun = pipeline.ingest([str(many_articles)], store, Settings())
    assert (rerun.new, rerun.unchanged) == (8, pipeline.BATCH_SIZE)
    clean = open_store(str(many_articles.parent / "clean.db"))
    pipeline.ingest([str(many_articles)], clean, Settings())
    assert (store.count_articles(), store.count_events()) == (clean.count_articles(), clean.count_events())
