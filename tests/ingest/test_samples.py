"""The bundled sample corpus: it reads cleanly and has what the other tests rely on."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from eventwire.ingest import read_inputs
from eventwire.records import EVENT_TYPES, Article
from eventwire.settings import Settings

GOLD_KEYS = {"article_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
             "actor2", "fatalities", "injuries", "location", "admin1", "country", "latitude",
             "longitude", "weapon", "same_as"}


@pytest.fixture(scope="module")
def samples(sample_dir):
    items = list(read_inputs([str(sample_dir / "articles"), str(sample_dir / "articles.jsonl")],
                             Settings()))
    return items


@pytest.fixture(scope="module")
def articles(samples) -> dict[str, Article]:
    return {a.id: a for a in samples}


@pytest.fixture(scope="module")
def gold(sample_dir) -> list[dict]:
    lines = (sample_dir / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_sample_reads_without_discards(samples, articles):
    assert all(isinstance(item, Article) for item in samples), samples
    assert len(articles) == len(samples) >= 24


def test_both_formats_are_used(sample_dir):
    txt = list((sample_dir / "articles").glob("*.txt"))
    rows = (sample_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(txt) >= 10 and len(rows) >= 10


@pytest.mark.parametrize("furniture", ["Title:", "Word Count:", "Photo:", "(AP Photo",
                                       "pic.twitter.com", "(RELATED:", "Prepared by:", "Source:"])
def test_samples_exercise_the_furniture_and_it_is_stripped(sample_dir, articles, furniture):
    raw = "".join(p.read_text(encoding="utf-8") for p in (sample_dir / "articles").glob("*.txt"))
    assert furniture in raw
    assert not any(furniture in a.text for a in articles.values())


def test_article_lengths(articles):
    for article in articles.values():
        assert 100 <= len(article.text.split()) <= 350, article.id


def test_gold_rows_are_well_formed(gold, articles):
    for row in gold:
        assert set(row) == GOLD_KEYS, row
        assert row["article_id"] in articles
        assert row["sub_event_type"] in EVENT_TYPES[row["event_type"]]
        assert -90 <= row["latitude"] <= 90 and -180 <= row["longitude"] <= 180
        assert row["event_date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["event_date"])


def test_multi_source_events_disagree(gold, articles):
    groups = defaultdict(list)
    for row in gold:
        if row["same_as"]:
            groups[row["same_as"]].append(row)
    assert len(groups) >= 3
    for key, rows in groups.items():
        sources = {articles[r["article_id"]].source for r in rows}
        assert len(sources) == len(rows) >= 2, key
        values = {(r["event_date"], r["fatalities"], r["time_precision"]) for r in rows}
        assert len(values) >= 2, f"{key}: the sources should disagree on date or toll"


def test_corpus_has_the_special_cases(gold, articles):
    coded = {row["article_id"] for row in gold}
    assert {"iq-attacks-analysis", "ng-lokoja-flood"} <= set(articles) - coded
    assert articles["sd-gezira-undated"].published is None
    assert sum(row["article_id"] == "so-jilib-afgooye" for row in gold) == 2
    assert "<script>alert(1)</script>" in articles["lb-beirut-protest"].text
    copy, original = articles["sy-ariha-c"].text, articles["sy-ariha-b"].text
    assert copy != original and copy[:40] == original[:40]
    assert articles["sy-ariha-c"].source != articles["sy-ariha-b"].source


@pytest.mark.shared
def test_no_text_copied_from_the_seeds(shared_seeds, articles):
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}

    seed_shingles = set().union(*(shingles(p.read_text(encoding="utf-8"))
                                  for p in shared_seeds.glob("*.txt")))
    for article in articles.values():
        assert not shingles(article.text) & seed_shingles, article.id
