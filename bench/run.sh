#!/usr/bin/env bash
# Runs XjKeji's benchmarks on LocalHost + Azurite (loopback only) and prints a table; JSON goes to bench/results/.
# Usage: bench/run.sh [evidence] [intake] [--applications 10000] [--concurrency 64] [--small-files 32] [--large-mib 200]
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/XjKeji.Bench -c Release -nologo -clp:ErrorsOnly
exec dotnet bench/XjKeji.Bench/bin/Release/net10.0/XjKeji.Bench.dll "$@"
