#!/usr/bin/env bash
# Redraws the two Teams app icons with ImageMagick 6 (Debian: apt-get install imagemagick).
# The PNGs are committed; run this only to change the artwork.
#   color.png   192x192, the accent colour with a white speech bubble holding a check mark
#   outline.png  32x32, the same symbol in white on a transparent background
set -euo pipefail
cd "$(dirname "$0")"

accent='#1F7A6D' # keep equal to accentColor in manifest.json
im=/usr/bin/convert

# Both icons are drawn at 256x256 and scaled down, which gives smooth edges.
bubble='roundrectangle 40,52 216,178 30,30'
tail='polygon 74,170 66,218 118,174'
check='polyline 84,118 116,148 172,90'

"$im" -size 256x256 "xc:$accent" \
  -fill white -stroke none -draw "$bubble" -draw "$tail" \
  -fill none -stroke "$accent" -strokewidth 20 -draw "stroke-linecap round stroke-linejoin round $check" \
  -resize 192x192 -depth 8 -strip -define png:color-type=2 color.png

# Outline: white strokes only, then every pixel's colour is forced to white so that the
# anti-aliased edges differ in alpha alone (Teams wants white on transparent, nothing else).
"$im" -size 256x256 xc:none \
  -fill none -stroke white -strokewidth 18 -draw "$bubble" \
  -fill white -stroke none -draw "$tail" \
  -fill none -stroke white -strokewidth 22 -draw "stroke-linecap round stroke-linejoin round $check" \
  -resize 32x32 -channel RGB -evaluate set 100% +channel -depth 8 -strip -define png:color-type=6 outline.png
