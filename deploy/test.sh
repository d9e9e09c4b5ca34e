#!/usr/bin/env bash
# Every test, once, on real servers: the test fixture starts its own private PostgreSQL and RabbitMQ
# (deploy/infra/*.sh on free ports), so nothing is started here. Extra arguments go to dotnet test
# (e.g. --filter ...). The last line is "N passed, N failed, N skipped", summed over all test projects.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export TT_FAST_UNSAFE=1   # the fixture's throwaway PostgreSQL runs without fsync
# No MSBuild nodes or compiler server outliving the run: CI waits for whatever holds its output.
export MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false

bash deploy/install-prerequisites.sh

# One TRX file per test project (no fixed LogFileName, so projects do not overwrite each other).
results=.local/test-results
rm -rf "$results"
mkdir -p "$results"
code=0
dotnet test TechTransfer.sln -c Release --logger trx --results-directory "$results" "$@" || code=$?

# Sum the <Counters .../> of every TRX file (none when the build failed: then 0 passed).
# Skipped tests are in total but not in executed (their notExecuted counter stays 0).
shopt -s nullglob
read -r passed failed skipped < <(awk '
  /<Counters / { for (i = 1; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/[^0-9]/, "", kv[2]); n[kv[1]] += kv[2] } }
  END { print n["passed"] + 0, n["failed"] + n["error"] + n["timeout"] + n["aborted"], n["total"] - n["executed"] }
' "$results"/*.trx /dev/null)

echo
echo "$passed passed, $failed failed, $skipped skipped"
((code == 0 && passed + failed > 0))   # skipped tests did not run
