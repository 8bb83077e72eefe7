"""The events found in the user's seed articles (../shared/seeds): each event once per article,
with its type, date and toll, and nothing from background paragraphs.  Only measures: no seed
text is kept here, only the expected values."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.shared

# seed file prefix -> [(sub_event_type, event_date, fatalities, injuries)] in article order
EXPECTED = {
    "000": [("Air/drone strike", None, 8, None)],  # no date line, no date in the text
    "001": [("Air/drone strike", "2024-01-23", 1, 2), ("Shelling/artillery/missile attack", "2024-01-21", 0, None)],
    "002": [("Air/drone strike", "2024-01-23", 0, None), ("Shelling/artillery/missile attack", "2024-01-20", 0, 4)],
    "003": [("Air/drone strike", "2024-02-02", 0, None), ("Air/drone strike", "2024-01-28", 3, 40)],
    "004": [("Shelling/artillery/missile attack", None, 0, 5)],  # "August 5" without a year or date line
}


@pytest.fixture(scope="module")
def seed_events(shared_seeds):
    from eventwire.extract import Extractor
    from eventwire.ingest import read_inputs
    from eventwire.settings import Settings


    articles = list(read_inputs([str(shared_seeds)], Settings()))
    return {a.id[:3]: events for a, events in zip(articles, Extractor.load(Settings()).extract_batch(articles))}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_events(seed_events, seed):
    found = [(e.sub_event_type, str(e.event_date) if e.event_date else None, e.fatalities, e.injuries)
             for e in seed_events[seed]]
    assert found == EXPECTED[seed]


US = "Military Forces of the United States (2021-2025)"
# seed -> [(actor1, actor2)] in article order (extraction alone: the events are not yet geocoded)
EXPECTED_ACTORS = {
    "001": [(US, "Kataib Hezbollah"), ("Unidentified Armed Group (Iraq)", US)],
    "002": [(US, "Kataib Hezbollah"), ("Unidentified Armed Group (Iraq)", US)],
    "003": [(US, "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"), ("Islamic Resistance in Iran", US)],
}


@pytest.mark.parametrize("seed", sorted(EXPECTED_ACTORS))
def test_seed_actors(seed_events, seed):
    """The strikes' target is the militia the article names, the attacks' target the US forces, and
    a group the article calls "self-styled" keeps the name it is given."""
    assert [(e.actor1, e.actor2) for e in seed_events[seed]] == EXPECTED_ACTORS[seed]
