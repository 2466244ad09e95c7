#!/usr/bin/env bash
# Runs XjKeji's benchmarks on LocalHost + Azurite (loopback only) and prints a table; JSON goes to bench/results/.
# Usage: bench/run.sh [evidence] [intake] [transitions] [report] [azurite] [--taskhub shared|separate] [--azurite-data disk|memory] [--table-sizes 1000,10000,100000] [--applications 10000] [--concurrency 64] [--small-files 32]
#        [--large-mib 200] [--lifecycles 1000] [--in-memory-lifecycles 100] [--counted-lifecycles 100] [--projects 100000]
#        [--institutions 500] [--writers 32] [--target-spread 49] [--save-report FILE] [--out FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/XjKeji.Bench -c Release -nologo -clp:ErrorsOnly
exec dotnet bench/XjKeji.Bench/bin/Release/net10.0/XjKeji.Bench.dll "$@"
