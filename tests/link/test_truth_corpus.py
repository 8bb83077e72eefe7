"""The linking benchmark's corpus (bench/linking_corpus.py): its traps, linked as a daily ingest
would (relink after each day) and from scratch, with the same result."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

import pytest

from bench.linking_corpus import corpus
from bench.linking_score import _extraction_error, score
from eventwire.link import relink
from eventwire.link.features import features_for
from eventwire.link.linker import link
from eventwire.store import open_store


@pytest.fixture(scope="module")
def small():
    return corpus(60, seed=11)


def test_the_corpus_has_its_traps_and_three_reports_an_incident(small):
    scenarios = {i.scenario for i in small.incidents.values()}
    styles = {r.style for r in small.reports}
    assert scenarios == {"single", "repeat", "neighbours"}
    assert {"wire", "long", "local", "copy", "follow-up", "undated", "multi-site"} <= styles
    assert len(small.reports) >= 3 * len(small.incidents)
    assert any(len(r.truth[m.id]) == 2 for r in small.reports for m in r.mentions)   # covers two sites


def test_a_daily_relink_equals_linking_from_scratch(small, tmp_path):
    store = open_store(str(tmp_path / "daily.db"))
    for _, day in groupby(small.items(), key=lambda item: item[0].published):
        store.save_articles(list(day))
        relink(store)
    stored = sorted((e.model_dump() for e in store.list_events()), key=lambda e: e["id"])
    scratch = link([features_for(a) for a in store.list_articles()], store.list_mentions())
    assert stored == sorted((e.model_dump() for e in scratch.events), key=lambda e: e["id"])
    members = {e.id: store.event_mention_ids(e.id) for e in store.list_events()}
    assert members == {k: list(v) for k, v in scratch.event_mentions.items()}


def test_every_linked_toll_is_acleds_rule_over_its_own_sources(small):
    result = link([features_for(r.article) for r in small.reports], [m for r in small.reports for m in r.mentions])
    checked, differing = score(small, result.events, result.event_mentions).toll_rule
    assert checked >= 40
    assert differing == 0


def test_undoing_the_extraction_errors_keeps_the_texts_and_fixes_every_erred_mention():
    erred = corpus(300, seed=5)
    fixed = erred.without_extraction_errors()

    def own_mentions(c):
        return [(m, c.incidents[next(iter(r.truth[m.id]))]) for r in c.reports for m in r.mentions
                if len(r.truth[m.id]) == 1]

    assert [r.article for r in fixed.reports] == [r.article for r in erred.reports]
    assert fixed.true_tolls() == erred.true_tolls()
    assert sum(_extraction_error(m, inc) for m, inc in own_mentions(erred)) > 10
    assert not any(_extraction_error(m, inc) for m, inc in own_mentions(fixed))


def test_tikrit_monday_tikrit_tuesday_and_baiji_tuesday_briefs_stay_three_events(tmp_path):
    """The issue's example: one-incident wire briefs of three attacks by one group were linked
    into one event with the smallest toll."""
    from bench.linking_corpus import briefs, trap
    from bench.linking_world import AREAS

    iraq = next(a for a in AREAS if a.country == "Iraq")
    for seed in range(1, 6):
        c = briefs(trap(iraq, [("Tikrit", 0), ("Tikrit", 1), ("Baiji", 1)], seed=seed), per_incident=4, seed=seed)
        result = link([features_for(r.article) for r in c.reports], [m for r in c.reports for m in r.mentions])
        s = score(c, list(result.events), result.event_mentions)
        assert s.mixed_events == 0 and s.precision == 1.0, (seed, s.mixed_examples)
        assert s.fatalities == s.true_fatalities, seed


def test_the_toll_difference_from_the_truth_is_told_by_cause(small):
    result = link([features_for(r.article) for r in small.reports], [m for r in small.reports for m in r.mentions])
    s = score(small, list(result.events), result.event_mentions)
    assert sum(s.toll_excess.values()) == s.fatalities - s.true_fatalities


def test_an_incident_split_by_a_report_giving_the_wrong_day_is_put_down_to_extraction():
    from bench.linking_corpus import briefs, trap
    from bench.linking_score import SPLIT_BY_EXTRACTION
    from bench.linking_world import AREAS

    iraq = next(a for a in AREAS if a.country == "Iraq")
    c = briefs(trap(iraq, [("Tikrit", 0)]), per_incident=2, seed=3)
    [inc] = c.incidents.values()
    wrong = c.reports[1].mentions[0]
    c.reports[1].mentions[0] = wrong.model_copy(update={"event_date": inc.day + dt.timedelta(days=3)})
    result = link([features_for(r.article) for r in c.reports], [m for r in c.reports for m in r.mentions])
    s = score(c, list(result.events), result.event_mentions)
    assert len(result.events) == 2
    assert s.toll_excess == {SPLIT_BY_EXTRACTION: s.fatalities - s.true_fatalities}
    assert s.fatalities - s.true_fatalities == max(r.mentions[0].fatalities for r in c.reports) > 0
