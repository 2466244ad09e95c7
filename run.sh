#!/usr/bin/env bash
# Runs XjKeji on one machine: LocalHost with an embedded Azurite (started and stopped by LocalHost itself).
set -euo pipefail
cd "$(dirname "$0")"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error
exec dotnet run --project src/LocalHost/XjKeji.LocalHost.csproj -c Release -- "$@"
