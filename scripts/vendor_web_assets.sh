#!/usr/bin/env bash
# Vendor the web UI's front-end libraries from npm into pantau/api/static/vendor/.
#
# Reproducible: `npm ci` installs exactly what web/package-lock.json pins. The copied dist files
# are committed, so `pip install .` needs no npm and the web UI fetches nothing at run time
# (no CDN, no tile server: the map draws an offline world outline from world-atlas).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/web"
DEST="$ROOT/pantau/api/static/vendor"

# Install in a scratch folder so no node_modules/ lands in the working tree.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$WEB/package.json" "$WEB/package-lock.json" "$WORK/"
cd "$WORK"
npm ci --no-audit --no-fund --ignore-scripts
NM="$WORK/node_modules"

rm -rf "$DEST"
mkdir -p "$DEST/leaflet/images" "$DEST/topojson-client" "$DEST/world-atlas"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" "$DEST/leaflet/"
cp "$NM/leaflet/dist/images/"*.png "$DEST/leaflet/images/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" "$DEST/topojson-client/"
cp "$NM/world-atlas/countries-50m.json" "$NM/world-atlas/LICENSE" "$DEST/world-atlas/"

# Record what was vendored (package@version) next to the files.
node -e '
const fs = require("fs");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const out = ["leaflet", "topojson-client", "world-atlas"].map(n => n + "@" + lock.packages["node_modules/" + n].version);
fs.writeFileSync(process.argv[1], out.join("\n") + "\n");
' "$DEST/VERSIONS.txt"
echo "vendored into $DEST:"
cat "$DEST/VERSIONS.txt"
