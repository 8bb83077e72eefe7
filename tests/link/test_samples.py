"""The sample corpus: every `same_as` group of the gold merges into one event, nothing else merges.

The gold events (eventwire/samples/expected.jsonl) stand in for extraction here, so this tests
the linker alone; the end-to-end check on extracted events only asserts that nothing merges
across gold groups (extraction quality is measured elsewhere).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from eventwire.ingest import read_inputs
from eventwire.link import relink
from eventwire.records import Article, Event, Span, SUB_EVENT_TO_TYPE, disorder_type_for
from eventwire.settings import Settings
from eventwire.store import open_store
from tests.conftest import SAMPLES

GOLD = [json.loads(line) for line in (SAMPLES / "expected.jsonl").read_text(encoding="utf-8").splitlines() if line]


def sample_articles() -> list[Article]:
    paths = [str(SAMPLES / "articles"), str(SAMPLES / "articles.jsonl")]
    return [a for a in read_inputs(paths, Settings()) if isinstance(a, Article)]


DATED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|night)\b", re.I)


def date_sentence(article: Article) -> Span | None:
    """The article's first sentence that dates something: extraction's evidence for the date."""
    for found in re.finditer(r"[^.!?\n]+[.!?]", article.text):
        if DATED.search(found.group(0)):
            return Span(start=found.start(), end=found.end(), text=found.group(0))
    return None


def gold_mentions() -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = defaultdict(list)
    sentences = {a.id: date_sentence(a) for a in sample_articles()}
    for row in GOLD:
        aid = row["article_id"]
        n = len(out[aid]) + 1
        out[aid].append(Event(
            id=f"{aid}#{n}", article_id=aid, event_date=row["event_date"], time_precision=row["time_precision"],
            event_type=row["event_type"], sub_event_type=row["sub_event_type"],
            disorder_type=disorder_type_for(row["event_type"], row["sub_event_type"]),
            actor1=row["actor1"], actor2=row["actor2"], fatalities=row["fatalities"], injuries=row["injuries"],
            location=row["location"], admin1=row["admin1"], country=row["country"],
            latitude=row["latitude"], longitude=row["longitude"],
            geo_precision=1 if row["latitude"] is not None else 3, weapon=row["weapon"], sources=(aid,),
            evidence={"event_date": sentences[aid]} if sentences.get(aid) else {}))
    return out


def groups() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for row in GOLD:
        if row["same_as"]:
            out[row["same_as"]].add(row["article_id"])
    return out


def group_of(article_id: str) -> str | None:
    return next((g for g, members in groups().items() if article_id in members), None)


def test_gold_same_as_groups_merge_and_nothing_else(tmp_path):
    assert SUB_EVENT_TO_TYPE  # the gold uses ACLED's types
    store = open_store(str(tmp_path / "gold.db"))
    mentions = gold_mentions()
    for art in sample_articles():
        store.save_article(art, mentions.get(art.id, []))
    relink(store)
    events = store.list_events()
    merged = {frozenset(e.sources) for e in events if len(e.sources) > 1}
    assert merged == {frozenset(m) for m in groups().values()}
    ariha = next(e for e in events if "sy-ariha-c" in e.sources)
    assert ariha.corroboration == 2 and ariha.fatalities == 4   # the syndicated copy counts once
    assert len(events) == sum(len(v) for v in mentions.values()) - sum(len(m) - 1 for m in groups().values())


def test_extracted_events_never_merge_across_gold_groups(tmp_path):
    from eventwire import pipeline

    store = open_store(str(tmp_path / "samples.db"))
    pipeline.ingest([str(SAMPLES / "articles"), str(SAMPLES / "articles.jsonl")], store, Settings())
    for event in store.list_events():
        if len(event.sources) > 1:
            owners = {group_of(a) for a in event.sources}
            assert len(owners) == 1 and None not in owners, (event.id, event.sources)
    assert store.list_copies()[0].model_dump(include={"article_id", "original_id"}) == \
        {"article_id": "sy-ariha-c", "original_id": "sy-ariha-b"}


def test_the_story_threshold_lies_in_the_sample_corpus_gap():
    """STORY_COSINE is chosen on this corpus: every pair of reports of one gold event reaches it,
    no pair of articles about different events does (blocked together or not)."""
    import itertools

    from eventwire.link.features import cosine, features_for
    from eventwire.link.stories import STORY_COSINE

    features = {a.id: features_for(a) for a in sample_articles()}
    same = {frozenset(p) for m in groups().values() for p in itertools.combinations(sorted(m), 2)}
    scores = {frozenset((a, b)): cosine(features[a], features[b])
              for a, b in itertools.combinations(sorted(features), 2)}
    assert len(same) == 6 and same <= set(scores)
    assert min(scores[p] for p in same) >= STORY_COSINE
    assert max(s for p, s in scores.items() if p not in same) < STORY_COSINE
