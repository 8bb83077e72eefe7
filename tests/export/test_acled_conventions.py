"""Our export's conventions checked against a real ACLED export (../shared, Jordan 2024).

Each test reads how ACLED writes a column there and checks eventwire writes it the same way: the
`source` order and separator, the `source_scale` vocabulary and order, outlet scales where our
outlet table and ACLED both name the outlet, crowd-size `tags`, the opening of `notes`, ids."""

from __future__ import annotations

import csv
import random
import re

import pytest

from eventwire.acled.outlets import SCALES, known_outlet, outlet_scale, source_value, split_sources

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def jordan(shared_data) -> list[dict]:
    path = shared_data / "acled_jordan_2024" / "acled.csv"
    if not path.is_file():
        pytest.skip("no ACLED Jordan export")
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_source_lists_outlets_alphabetically_joined_as_acled_does(jordan):
    shuffle = random.Random(7).shuffle
    several = [r["source"] for r in jordan if "; " in r["source"]]
    assert len(several) > 20
    for theirs in several:
        outlets = theirs.split("; ")
        shuffle(outlets)
        assert source_value(outlets) == theirs


def test_source_scale_values_follow_our_order(jordan):
    for value in {r["source_scale"] for r in jordan}:
        parts = value.split("-")
        assert all(p in SCALES for p in parts), value
        assert parts == sorted(parts, key=SCALES.index), value


def test_outlet_scales_agree_where_our_table_knows_the_outlet(jordan):
    checked = 0
    for row in jordan:
        outlets = split_sources(row["source"])
        if len(outlets) != 1 or known_outlet(outlets[0]) is None:
            continue
        from eventwire.geo.countries import region_of

        assert outlet_scale(outlets[0], row["country"], region_of) == row["source_scale"], row["source"]
        checked += 1
    assert checked >= 20


def test_every_protest_and_riot_has_a_crowd_size_tag_and_other_events_none(jordan):
    crowd = [r for r in jordan if r["event_type"] in ("Protests", "Riots")]
    assert crowd and all(re.fullmatch(r"crowd size= ?\S.*", r["tags"]) for r in crowd)
    assert all(r["tags"] == "" for r in jordan if r["event_type"] not in ("Protests", "Riots"))


def test_notes_open_with_the_date_as_ours_do(jordan, event_store):
    from tests.export.test_exports import _rows

    exact = [r for r in jordan if r["time_precision"] == "1"]
    opening = re.compile(r"^On \d{1,2} [A-Z][a-z]+ \d{4}, ")
    assert sum(bool(opening.match(r["notes"])) for r in exact) / len(exact) > 0.9
    ours = _rows(event_store)
    assert opening.match(ours["IRQ-0001"]["notes"]) and opening.match(ours["JOR-0001"]["notes"])


def test_ids_and_timestamps_have_acleds_form(jordan, event_store):
    from tests.export.test_exports import _rows

    assert all(re.fullmatch(r"[\w.-]+", r["event_id_cnty"]) for r in jordan)
    assert all(re.fullmatch(r"[\w.-]+", i) for i in _rows(event_store))
    assert all(r["timestamp"].isdigit() for r in jordan)
    assert all(r["timestamp"].isdigit() for r in _rows(event_store).values())
