"""The count of stored articles not linked yet (SQLite and PostgreSQL) agrees with the list
relinking works from, and is 0 once relinked."""

from __future__ import annotations

from eventwire.link import relink
from eventwire.link.features import FEATURES_VERSION
from tests.store.test_sql import make_article, make_event


def test_the_count_of_articles_to_link_is_the_list_relinking_uses(store):
    store.save_articles([(make_article("a1"), [make_event("a1#1")]), (make_article("a2"), [])])
    assert store.count_articles_to_link(FEATURES_VERSION) == len(store.articles_to_link(FEATURES_VERSION)) == 2
    relink(store)
    assert store.count_articles_to_link(FEATURES_VERSION) == 0 == len(store.articles_to_link(FEATURES_VERSION))
    assert store.count_articles_to_link(FEATURES_VERSION + 1) == 2  # another feature code: all stale
