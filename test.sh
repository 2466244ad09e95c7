#!/usr/bin/env bash
# Runs every XjKeji test on a fresh machine of this kind: installs the Node packages (Azurite), builds the
# solution with warnings as errors, runs each test project and prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

echo "== npm ci (Azurite)"
npm ci --no-audit --no-fund --loglevel=error || exit 1

echo "== web: npm ci, type check, Vite build into src/LocalHost/wwwroot"
npm ci --prefix web --no-audit --no-fund --loglevel=error || exit 1
npm run build --prefix web || exit 1

echo "== dotnet build (Release, warnings as errors)"
dotnet build XjKeji.sln -c Release -warnaserror -nologo -clp:ErrorsOnly || exit 1

results="$PWD/TestResults"
rm -rf "$results"
export Logging__LogLevel__Default=Warning

echo "== dotnet test"
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "-- $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

# The browser end-to-end tests (Playwright on Debian's chromium, installed here if missing) against LocalHost + Azurite.
echo "-- web e2e (headless chromium)"
mkdir -p "$results"
{ bash web/scripts/ensure-chromium.sh && npm run e2e --prefix web; } 2>&1 | tee "$results/web-e2e.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# Sum the TRX counters of every project (and the e2e's node:test counters) so CI sees one plain closing line.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); p=${p:-0}
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=${f:-0}
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); t=${t:-0}
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters"); e=${e:-0}
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
if [ -f "$results/web-e2e.log" ]; then
  p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$results/web-e2e.log" | tail -1)
  f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$results/web-e2e.log" | tail -1)
  c=$(sed -n 's/^# cancelled \([0-9]*\)$/\1/p' "$results/web-e2e.log" | tail -1)
  s=$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$results/web-e2e.log" | tail -1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${c:-0})); skipped=$((skipped + ${s:-0}))
fi
if [ "$passed" -eq 0 ]; then
  echo "no test passed: treating as failure"
  status=1
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status
