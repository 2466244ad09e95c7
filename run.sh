#!/usr/bin/env bash
# Runs XjKeji on one machine: LocalHost with an embedded Azurite (started and stopped by LocalHost itself).
set -euo pipefail
cd "$(dirname "$0")"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error
# The browser front end (web/), built into src/LocalHost/wwwroot; not needed just to mint a token.
[ -d web/node_modules ] || npm ci --prefix web --no-audit --no-fund --loglevel=error
[ "${1:-}" = token ] || npm run build --prefix web --silent >/dev/null
exec dotnet run --project src/LocalHost/XjKeji.LocalHost.csproj -c Release -- "$@"
