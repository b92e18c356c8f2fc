#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, color.png and outline.png) for one
# deployment of GraciousBot. No network access is needed.
#
#   make-package.sh <botAppId> [botHostName] [output.zip]
#
#   botAppId     the bot's app id: the botAppId output of the deployment (the app registration's
#                client id, or the managed identity's client id for UserAssignedMSI)
#   botHostName  optional: the web app's host name (for example graciousbot-contoso.azurewebsites.net),
#                added to validDomains
#   output.zip   default: ./graciousbot-teams.zip
#
# Upload the zip in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.
set -euo pipefail

usage() {
  echo "usage: $0 <botAppId> [botHostName] [output.zip]" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 3 ]] || usage
app_id="$1"
host="${2:-}"
output="${3:-graciousbot-teams.zip}"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "error: the bot app id must be a GUID, got '$app_id'" >&2
  exit 2
fi
if [[ -n "$host" && ! "$host" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; then
  echo "error: the host name must be a bare DNS name (no scheme, port or path), got '$host'" >&2
  exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

app_id="$(tr '[:upper:]' '[:lower:]' <<<"$app_id")"
sed -e "s/\${{BOT_APP_ID}}/$app_id/g" "$here/manifest.json" >"$staging/manifest.json"
if [[ -n "$host" ]]; then
  sed -i -e "s/^\(  \"validDomains\": \[\)$/\1\n    \"$host\",/" "$staging/manifest.json"
fi
if grep -q '\${{' "$staging/manifest.json"; then
  echo "error: a placeholder was left in manifest.json" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$staging/"

output_dir="$(dirname "$output")"
mkdir -p "$output_dir"
output="$(cd "$output_dir" && pwd)/$(basename "$output")"
rm -f "$output"
if command -v zip >/dev/null 2>&1; then
  (cd "$staging" && zip -q -X "$output" manifest.json color.png outline.png)
elif command -v python3 >/dev/null 2>&1; then
  (cd "$staging" && python3 -m zipfile -c "$output" manifest.json color.png outline.png)
else
  echo "error: needs zip or python3 to write the package" >&2
  exit 1
fi
echo "$output"
