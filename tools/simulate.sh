#!/usr/bin/env bash
# Runs a program year from a spec through LocalHost's HTTP API and workflows on an embedded Azurite, with compressed
# business time and a progress bar, and writes the self-evaluation report (json, xlsx, csv, png).
# Usage: tools/simulate.sh tests/fixtures/program-year-2018.json [--out simulation/2018]
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
dotnet build tools/XjKeji.Simulator -c Release -nologo -clp:ErrorsOnly
exec dotnet tools/XjKeji.Simulator/bin/Release/net10.0/XjKeji.Simulator.dll "$@"
