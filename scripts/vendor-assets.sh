#!/usr/bin/env bash
# Copy the front-end libraries pinned in package.json into site/static/vendor/.
# The copies are committed, so running the site needs no npm; run this after
# changing a version in package.json (and package-lock.json).
set -euo pipefail

cd "$(dirname "$0")/.."
npm ci --ignore-scripts --no-audit --no-fund

VENDOR=site/static/vendor

rm -rf "$VENDOR/leaflet" "$VENDOR/leaflet.markercluster" "$VENDOR/source-sans-3" "$VENDOR/lucide"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/leaflet.markercluster" "$VENDOR/source-sans-3" "$VENDOR/lucide"

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

# The web font: Latin and Latin Extended (Dutch, French and names of the region),
# upright and italic, one variable file each for every weight.
FONT=node_modules/@fontsource-variable/source-sans-3
for subset in latin latin-ext; do
  for style in normal italic; do
    cp "$FONT/files/source-sans-3-$subset-wght-$style.woff2" "$VENDOR/source-sans-3/"
  done
done
cp "$FONT/LICENSE" "$VENDOR/source-sans-3/OFL.txt"

# The icons the templates use (home/templatetags/icons.py); add a name here to use another.
ICONS="menu x search calendar map-pin phone mail external-link"
for icon in $ICONS; do
  cp "node_modules/lucide-static/icons/$icon.svg" "$VENDOR/lucide/"
done
cp node_modules/lucide-static/LICENSE "$VENDOR/lucide/"

echo "Vendored leaflet $(node -p "require('./node_modules/leaflet/package.json').version")," \
     "leaflet.markercluster $(node -p "require('./node_modules/leaflet.markercluster/package.json').version")," \
     "Source Sans 3 $(node -p "require('./$FONT/package.json').version")" \
     "and Lucide $(node -p "require('./node_modules/lucide-static/package.json').version")."
