"""Country gate on the sample corpus: every gold event of eventwire/samples/expected.jsonl is placed
in its gold country (a wrong country is the worst geocoding error: the linker vetoes the merge)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def sample_events(sample_dir):
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Annotator
    from eventwire.settings import Settings

    gold = [json.loads(line) for line in (sample_dir / "expected.jsonl").read_text().splitlines() if line.strip()]
    articles = list(read_inputs([str(sample_dir / "articles"), str(sample_dir / "articles.jsonl")], Settings()))
    placed = dict((a.id, events) for a, events in Annotator(Settings()).annotate(articles))
    return gold, placed


def test_every_sample_event_in_its_gold_country(sample_events):
    gold, predicted = sample_events
    wrong = []
    for g in gold:
        countries = {e.country for e in predicted.get(g["article_id"], [])}
        if g["country"] not in countries:
            wrong.append(f"{g['article_id']}: gold {g['country']}, got {sorted(c or '-' for c in countries)}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("article_id, location", [("ua-kharkiv-a", "Kharkiv"), ("ye-hodeidah-strike", "Al Hudaydah")])
def test_metonym_and_sea_descriptor_samples_placed_at_the_town(sample_events, article_id, location):
    _, predicted = sample_events
    assert location in {e.location for e in predicted[article_id]}
