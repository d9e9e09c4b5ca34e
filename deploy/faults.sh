#!/usr/bin/env bash
# The fault suite, long form, by hand: the four services on private PostgreSQL and RabbitMQ servers (free ports, data
# under .local/faults/) under a cross-service workload through the SDK, while the broker, the database and the services
# are killed (SIGKILL) and restarted or frozen (SIGSTOP) at moments drawn from a seed it prints. Then it waits for
# quiescence and counts, for every acknowledged write, lost / duplicated / unexpected effects across the services, parked
# messages, stuck stories, 500 answers and the time each service took to be healthy again; it fails on any of them.
#
#   deploy/faults.sh [--minutes N] [--seed S] [--scenario broker|database|services|mixed|overlapping|short] [--workers W]
#
# Defaults: 5 minutes, a random seed, mixed. Each run appends its line to .local/faults/runs.txt. The short form runs in
# deploy/test.sh (FaultSuiteTests). Nothing of the local run (deploy/up.sh) is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

bash deploy/install-prerequisites.sh
dotnet build tests/TechTransfer.FaultSuite -c Release -nologo -v quiet
exec dotnet tests/TechTransfer.FaultSuite/bin/Release/net10.0/TechTransfer.FaultSuite.dll "$@"
