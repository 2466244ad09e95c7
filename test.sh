#!/usr/bin/env bash
# Runs every XjKeji test on a fresh machine of this kind: installs the Node packages (Azurite), builds the
# solution with warnings as errors, runs each test project and prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

echo "== npm ci (Azurite)"
npm ci --no-audit --no-fund --loglevel=error || exit 1

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

# Sum the TRX counters of every project so CI sees one plain closing line.
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
if [ "$passed" -eq 0 ]; then
  echo "no test passed: treating as failure"
  status=1
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status
