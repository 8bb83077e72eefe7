"""The web page served at `/` by `eventwire serve`: static files over the JSON API.

`static/index.html`, `app.js` and `style.css` are ours; `static/vendor/` holds the front-end
libraries copied from npm packages by `scripts/setup-web.sh` (git-ignored, never committed).
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"

VENDOR_FILES = (
    "leaflet/leaflet.js",
    "leaflet/leaflet.css",
    "leaflet.markercluster/leaflet.markercluster.js",
    "leaflet.markercluster/MarkerCluster.css",
    "leaflet.markercluster/MarkerCluster.Default.css",
)

SETUP_HINT = "run `bash scripts/setup-web.sh` (or `make web-setup`) in the eventwire checkout"


def vendor_missing() -> list[Path]:
    """The front-end files the page needs that are not installed."""
    return [VENDOR_DIR / name for name in VENDOR_FILES if not (VENDOR_DIR / name).is_file()]
