"""Filters as users type them (`eventwire events`): sub-types, countries in any common form,
lenient admin units, actor aliases; a value that matches nothing is named with the nearest one;
CSV always has its header."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from eventwire.acled import FLAT_COLUMNS
from eventwire.cli import app
from eventwire.query import FilterRequest, UsageError, resolve_filter
from eventwire.query.resolve import actor_matches
from tests.api import sample_data as sd

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("query") / "events.db")
    sd.build(path).close()
    return path


def events(db, *args):
    result = runner.invoke(app, ["events", "--db", db, "--format", "csv", *args])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    return result, [r["event_id_cnty"] for r in rows]


def test_sub_type_filter(db):
    result, ids = events(db, "--sub-type", "Air/drone strike")
    assert result.exit_code == 0, result.output
    assert sorted(ids) == ["IRQ-0001", "IRQ-0004", "JOR-0002"]


def test_a_sub_type_given_as_type_is_read_as_the_sub_type_and_said_so(db):
    result, ids = events(db, "--type", "Air/drone strike")
    assert sorted(ids) == ["IRQ-0001", "IRQ-0004", "JOR-0002"]
    assert "is a sub-event type" in result.stderr


@pytest.mark.parametrize("given", ["Iraq", "iraq", "IQ", "IRQ", "368", "Irak", "Iraqi", "Republic of Iraq"])
def test_countries_by_name_code_or_spelling(db, given):
    _, ids = events(db, "--country", given)
    assert len(ids) == 8 and all(i.startswith("IRQ") for i in ids), given


@pytest.mark.parametrize("given", ["Anbar", "al-Anbar", "Al Anbar", "AL ANBAR governorate", "Anbār"])
def test_admin_units_by_lenient_spelling(db, given):
    _, ids = events(db, "--admin1", given)
    assert ids == [sd.UNDATED_EVENT], given


@pytest.mark.parametrize("given, expected", [
    ("US", {"IRQ-0001", "JOR-0002"}),            # the United States' forces, as actor1 or actor2
    ("KH", {"IRQ-0001"}),                          # Kataib Hezbollah's initials
    ("SDF", {"SYR-0002", "SYR-0003"}),
    ("hezbollah", {"IRQ-0001"}),
    ("Iraqi", {"IRQ-0003", "IRQ-0005", sd.UNDATED_EVENT}),
])
def test_actors_by_alias(db, given, expected):
    _, ids = events(db, "--actor", given)
    assert set(ids) == expected, given


def test_us_is_not_any_name_containing_the_letters(db):
    assert not actor_matches("US", "Military Forces of Russia (2000-)")
    assert actor_matches("IRGC", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps")


@pytest.mark.parametrize("option, value, nearest", [
    ("--country", "Iraqq", "Iraq"), ("--admin1", "Anbr", "Al Anbar"), ("--actor", "Kataib Hezbolah", "Kataib Hezbollah"),
])
def test_a_value_that_matches_nothing_is_named_with_the_nearest(db, option, value, nearest):
    result, ids = events(db, option, value)
    assert result.exit_code == 0 and ids == []
    assert f"{value!r} matched no" in result.stderr and f"nearest: {nearest}" in result.stderr
    assert result.stdout.splitlines()[0].split(",") == [*FLAT_COLUMNS, "sources", "disagreements", "evidence"]


def test_a_country_without_events_says_so(db):
    result, ids = events(db, "--country", "Chad")
    assert ids == [] and "no events in Chad; the store has events in Iraq, Jordan, Syria" in result.stderr


def test_an_unknown_type_is_a_usage_error_with_the_nearest(db):
    result = runner.invoke(app, ["events", "--db", db, "--type", "Battle"])
    assert result.exit_code == 2 and "did you mean 'Battles'" in result.stderr


def test_undated_events_left_out_by_dates_are_counted(db):
    result, ids = events(db, "--since", "2024-01-01")
    assert sd.UNDATED_EVENT not in ids
    assert "1 undated event matching the other filters is not in this date range" in result.stderr
    _, with_undated = events(db, "--since", "2024-01-01", "--include-undated")
    assert sd.UNDATED_EVENT in with_undated


def test_search_needs_every_word(db):
    _, ids = events(db, "--search", "Kataib Jurf")
    assert ids == ["IRQ-0001"]
    _, none = events(db, "--search", "Kataib Raqqa")
    assert none == []


def test_resolution_for_the_api_is_the_same(db):
    from eventwire.store import open_store

    store = open_store(db)
    resolution = resolve_filter(store, FilterRequest(country="IRQ", actor="KH"))
    assert resolution.filter.countries == ("Iraq",) and resolution.filter.actors == ("Kataib Hezbollah",)
    with pytest.raises(UsageError):
        resolve_filter(store, FilterRequest(sub_type="Battles"))
