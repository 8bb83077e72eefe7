#!/usr/bin/env bash
# Fetch country outlines for eventwire's offline maps from the npm registry at set-up time.
# world-atlas@2.0.2 (ISC; Natural Earth data, public domain) -> eventwire/data/outlines/.
# Nothing is fetched at run time; eventwire.export.outlines reads these files.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=eventwire/data/outlines
VERSION=2.0.2
if [ -s "$DEST/countries-50m.json" ] && [ -s "$DEST/countries-110m.json" ]; then
    exit 0
fi
command -v npm >/dev/null || { echo "build-outlines: npm is needed (apt-get install npm)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
( cd "$TMP" && npm pack --silent "world-atlas@$VERSION" >/dev/null && tar xzf "world-atlas-$VERSION.tgz" )
mkdir -p "$DEST"
cp "$TMP/package/countries-50m.json" "$TMP/package/countries-110m.json" "$DEST/"
cp "$TMP/package/LICENSE" "$DEST/WORLD-ATLAS-LICENSE"
echo "build-outlines: wrote $DEST/countries-{50m,110m}.json from world-atlas@$VERSION"
