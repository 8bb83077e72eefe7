"""`eventwire geocode`: candidates, scores and the chosen place; bad input is a clear error."""

from __future__ import annotations

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def test_geocode_shows_candidates_and_the_chosen_places(geocoder):
    result = runner.invoke(app, ["geocode", "Jets struck Al-Qa'im and Jurf al-Saqr.", "--no-spacy"])
    assert result.exit_code == 0, result.output
    assert "chosen country: Iraq" in result.output
    assert "site    Jurf al-Sakhar" in result.output and "->" in result.output
    assert result.output.count("place: ") == 2 and "precision 1" in result.output


def test_geocode_country_option_sets_the_focus(geocoder):
    result = runner.invoke(app, ["geocode", "Clashes erupted in Tripoli.", "--no-spacy", "--country", "Lebanon"])
    assert result.exit_code == 0, result.output
    assert "place: Tripoli" in result.output and "Lebanon (iso 422)" in result.output


def test_geocode_rejects_an_unknown_country():
    result = runner.invoke(app, ["geocode", "Clashes in Tripoli.", "--no-spacy", "--country", "Atlantis"])
    assert result.exit_code == 2 and "unknown country 'Atlantis'" in result.output


def test_geocode_rejects_empty_text():
    result = runner.invoke(app, ["geocode", "  ", "--no-spacy"])
    assert result.exit_code == 2 and "text is empty" in result.output


def test_geocode_explain_shows_roles_and_why_readings_lost(geocoder):
    text = "Gunmen from Fallujah attacked a checkpoint in Ramadi as the dinar fell against 100 Marines."
    result = runner.invoke(app, ["geocode", text, "--no-spacy", "--explain"])
    assert result.exit_code == 0, result.output
    assert "role: someone's origin or residence: evidence only" in result.output
    assert "role: may be where the event happened" in result.output
    assert "no place here (people counted, not a place)" in result.output
    assert "place: Ramadi" in result.output


def test_geocode_date_option_weighs_the_front_of_that_day(geocoder):
    text = "The monitors counted nine explosions near Lozove, Donetsk, on Tuesday."
    undated = runner.invoke(app, ["geocode", text, "--no-spacy"])
    dated = runner.invoke(app, ["geocode", text, "--no-spacy", "--date", "2020-05-05"])
    assert undated.exit_code == 0 and dated.exit_code == 0, dated.output
    assert "line of contact" not in undated.output and "line of contact" in dated.output


def test_geocode_rejects_a_date_it_cannot_read():
    result = runner.invoke(app, ["geocode", "Clashes in Tripoli.", "--no-spacy", "--date", "5 May"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_every_place_role_has_a_name_in_the_geocode_listing():
    """`eventwire geocode` names the role of every mention it sets aside (a new role crashed it)."""
    from eventwire.cli.geo import ROLE_NAMES
    from eventwire.geo.detect import NON_PLACE_ROLES, SECONDARY_ROLES

    assert set(NON_PLACE_ROLES | SECONDARY_ROLES) <= set(ROLE_NAMES)
