"""Incremental relink equals linking from scratch, whatever the order and batch sizes."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventwire.link import relink
from eventwire.link.features import features_for
from eventwire.link.linker import link
from eventwire.store import open_store
from tests.link.builders import FLOOD_TEXT, STRIKE_OTHER_OUTLET, article, mention
from tests.link.test_relink import ITEMS

D = dt.date(2024, 4, 14)
KHARKIV = ("A Russian missile hit an apartment block in Kharkiv late on Thursday, killing five residents, "
           "Governor Oleh Syniehubov said. Emergency crews in the Saltivskyi district searched the debris "
           "through the night, and the Kharkiv regional prosecutor opened an inquiry.")
KHARKIV_B = ("Seven people died when a Russian Iskander missile struck a residential building in Kharkiv in "
             "the early hours of Friday, Governor Oleh Syniehubov said, as rescuers in Saltivskyi district "
             "kept digging.")
UA = dict(country="Ukraine", admin1="Kharkivska oblast", location="Kharkiv", latitude=49.98, longitude=36.25,
          actor1="Military Forces of Russia (2000-)", actor2="Civilians (Ukraine)",
          sub_event_type="Shelling/artillery/missile attack")
MORE = [
    (article("kh-a", KHARKIV, dt.date(2024, 5, 31)),
     [mention("kh-a#1", "kh-a", text=KHARKIV, event_date=dt.date(2024, 5, 30), fatalities=5, **UA)]),
    (article("kh-b", KHARKIV_B, dt.date(2024, 5, 31)),
     [mention("kh-b#1", "kh-b", text=KHARKIV_B, event_date=dt.date(2024, 5, 31), fatalities=7, **UA)]),
    (article("late", STRIKE_OTHER_OUTLET + " Officials later raised the toll.", D + dt.timedelta(days=3)),
     [mention("late#1", "late", text=STRIKE_OTHER_OUTLET, event_date=D, fatalities=5)]),
]
ALL = ITEMS + MORE


def state(store):
    events = sorted(store.list_events(), key=lambda e: e.id)
    return ([e.model_dump() for e in events], {e.id: store.event_mention_ids(e.id) for e in events},
            store.list_stories(), store.list_copies())


def scratch(store):
    features = [features_for(a) for a in store.list_articles()]
    result = link(features, store.list_mentions())
    return ([e.model_dump() for e in result.events], {k: list(v) for k, v in result.event_mentions.items()},
            list(result.stories), list(result.copies))


@pytest.mark.parametrize("seed", range(1, 9))
def test_incremental_relink_equals_linking_from_scratch(tmp_path, seed):
    rng = random.Random(seed)
    items = ALL[:]
    rng.shuffle(items)
    store = open_store(str(tmp_path / "inc.db"))
    while items:
        take = rng.randint(1, 3)
        batch, items = items[:take], items[take:]
        for art, mentions in batch:
            store.save_article(art, mentions)
        relink(store)
    assert state(store) == scratch(store)
    merged = {tuple(e.sources) for e in store.list_events() if len(e.sources) > 1}
    assert ("kh-a", "kh-b") in merged and any("late" in s and "wire-a" in s for s in merged)


def test_a_changed_article_leaves_the_same_state_as_from_scratch(store):
    for art, mentions in ALL:
        store.save_article(art, mentions)
    relink(store)
    store.save_article(article("wire-a", FLOOD_TEXT, D), [])
    report = relink(store)
    assert report.articles_linked == 1 and report.articles_affected < len(ALL)
    assert state(store) == scratch(store)
    assert relink(store).articles_linked == 0 and state(store) == scratch(store)


def test_a_fresh_article_does_not_touch_unrelated_events(tmp_path):
    store = open_store(str(tmp_path / "flat.db"))
    for art, mentions in ALL:
        store.save_article(art, mentions)
    relink(store)
    store.save_article(article("flood2", FLOOD_TEXT + " More rain fell.", dt.date(2024, 9, 1)), [])
    report = relink(store)
    assert (report.articles_linked, report.mentions_relinked) == (1, 0)
    assert state(store) == scratch(store)
