#!/usr/bin/env bash
# Copy the front-end libraries pinned in package.json into site/static/vendor/.
# The copies are committed, so running the site needs no npm; run this after
# changing a version in package.json (and package-lock.json).
set -euo pipefail

cd "$(dirname "$0")/.."
npm ci --ignore-scripts --no-audit --no-fund

VENDOR=site/static/vendor

rm -rf "$VENDOR/leaflet" "$VENDOR/leaflet.markercluster"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/leaflet.markercluster"

cp node_modules/leaflet/dist/leaflet.js \
   node_modules/leaflet/dist/leaflet.js.map \
   node_modules/leaflet/dist/leaflet.css \
   node_modules/leaflet/LICENSE \
   "$VENDOR/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$VENDOR/leaflet/images/"

cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
   node_modules/leaflet.markercluster/dist/leaflet.markercluster.js.map \
   node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css \
   node_modules/leaflet.markercluster/MIT-LICENCE.txt \
   "$VENDOR/leaflet.markercluster/"

echo "Vendored leaflet $(node -p "require('./node_modules/leaflet/package.json').version")" \
     "and leaflet.markercluster $(node -p "require('./node_modules/leaflet.markercluster/package.json').version")."
