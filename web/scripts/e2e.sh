#!/usr/bin/env bash
# Browser end-to-end tests: start the built LocalHost (embedded Azurite, temp data, free loopback port), drive the
# portal in headless Debian chromium with playwright-core, save screenshots in web/test-results/, stop what it started.
# Needs: dotnet build of src/LocalHost (Release), `npm run build` here, root `npm ci` (Azurite), chromium (ensure-chromium.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f ../src/LocalHost/wwwroot/index.html ] || { echo "e2e: the web front end is not built; run: npm run build --prefix web" >&2; exit 1; }
[ -x ../node_modules/.bin/azurite ] || { echo "e2e: Azurite is not installed; run npm ci at the repository root" >&2; exit 1; }
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "e2e: chromium missing; run: bash web/scripts/ensure-chromium.sh" >&2; exit 1; }
[ -d node_modules/playwright-core ] || { echo "e2e: run npm ci --prefix web first" >&2; exit 1; }
exec node --test --test-concurrency=1 --test-timeout=300000 test/e2e/
