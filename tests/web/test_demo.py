"""`make demo` leaves a working web page: after it, `eventwire serve` answers `/` and `/docs`.

The page's front-end files are moved aside first, as on a fresh checkout, so the test sees what
the demo itself installs; they are put back whatever happens."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from eventwire.web import VENDOR_DIR, vendor_missing
from tests.api import live

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_checkout_vendor(tmp_path):
    backup = tmp_path / "vendor-backup"
    if VENDOR_DIR.exists():
        shutil.move(str(VENDOR_DIR), backup)
    try:
        yield
    finally:
        if backup.exists():
            if VENDOR_DIR.exists():
                shutil.rmtree(backup)
            else:
                shutil.move(str(backup), VENDOR_DIR)


def test_make_demo_leaves_a_working_web_page(fresh_checkout_vendor, tmp_path):
    if shutil.which("make") is None or shutil.which("npm") is None:
        pytest.skip("make and npm are needed for `make demo`")
    assert vendor_missing()  # as after a clone
    db = tmp_path / "demo.db"
    env = {**os.environ, "MAKEFLAGS": ""}
    done = subprocess.run(["make", "-s", "demo", f"DEMO_DB={db}"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "eventwire serve --db" in done.stdout          # the demo says how to open the page
    with live.running_server(str(db), log=tmp_path / "serve.log") as url:
        page = httpx.get(url + "/", timeout=10)
        assert page.status_code == 200, page.text[:300]
        assert "<title>eventwire" in page.text and "not installed" not in page.text
        assert httpx.get(url + "/static/vendor/leaflet/leaflet.js", timeout=10).status_code == 200
        assert httpx.get(url + "/docs", timeout=10).status_code == 200
        events = httpx.get(url + "/events", timeout=10).json()
        assert events["total"] > 10
