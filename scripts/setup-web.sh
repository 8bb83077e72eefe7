#!/usr/bin/env bash
# Set-up for eventwire's web page and its browser test.
#
#  1. installs the front-end dependencies (Leaflet, leaflet.markercluster, and Swagger UI for /docs) pinned in package.json / package-lock.json from the
#     npm registry (`npm ci`) and copies the files the page loads into eventwire/web/static/vendor/
#     (git-ignored: no third-party code is committed, nothing is fetched from a CDN at run time);
#  2. installs Debian's `chromium` (used headless by tests/web through Playwright) when it is
#     missing and this runs as root; otherwise it says how to install it.
#
# `--assets` does step 1 only (what `make demo` needs for `eventwire serve`; Chromium is a test-only need).
# It installs nothing into the Python virtual environment: Playwright comes from the `test` extra.
# Safe to run again: npm ci is skipped while node_modules matches package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

VENDOR=eventwire/web/static/vendor
CHROMIUM=/usr/bin/chromium

as_root() { [ "$(id -u)" -eq 0 ]; }

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
        || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"; }
}

ensure_npm() {
    command -v npm >/dev/null && return
    if as_root; then
        echo "setup-web: npm not found; installing Debian's nodejs and npm"
        apt_install nodejs npm
    else
        echo "setup-web: npm is needed (install Node.js >= 18 with npm, e.g. 'sudo apt-get install nodejs npm')" >&2
        exit 1
    fi
}

install_node_modules() {
    if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
        return
    fi
    ensure_npm
    # --ignore-scripts: no package's install script runs (swagger-ui-dist pulls in a telemetry hook)
    SCARF_ANALYTICS=false npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
}

copy_vendor() {
    rm -rf "$VENDOR"
    mkdir -p "$VENDOR/leaflet" "$VENDOR/leaflet.markercluster" "$VENDOR/swagger-ui"
    cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
       node_modules/leaflet/LICENSE "$VENDOR/leaflet/"
    cp -r node_modules/leaflet/dist/images "$VENDOR/leaflet/"
    cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
       node_modules/leaflet.markercluster/dist/MarkerCluster.css \
       node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css \
       node_modules/leaflet.markercluster/MIT-LICENCE.txt "$VENDOR/leaflet.markercluster/"
    cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
       node_modules/swagger-ui-dist/favicon-32x32.png node_modules/swagger-ui-dist/LICENSE \
       node_modules/swagger-ui-dist/NOTICE "$VENDOR/swagger-ui/"
    echo "setup-web: front-end files in $VENDOR"
}

ensure_chromium() {
    if [ -x "$CHROMIUM" ]; then
        return
    fi
    if as_root; then
        echo "setup-web: installing Debian's chromium for the browser test"
        apt_install chromium fonts-dejavu-core
    else
        echo "setup-web: $CHROMIUM is missing, so the browser test will be skipped;" \
             "install it with 'sudo apt-get install chromium'" >&2
    fi
}

install_node_modules
copy_vendor
if [ "${1:-}" != "--assets" ]; then
    ensure_chromium
fi
