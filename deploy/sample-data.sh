#!/usr/bin/env bash
# Loads the sample portfolio (four facilities, a few dozen technologies at every stage, licences with royalty
# reports and payments, start-ups in two incubators, rounds open, closed and failed) into the services that
# deploy/up.sh started, through their public API. Run it again: it adds nothing that is already there.
#   deploy/sample-data.sh [--today yyyy-MM-dd]   the day to load for (default: the day the services were started for:
#                                                deploy/up.sh --today, else today); the services' clock must say the same.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
key_file=$LOCAL/jwt-signing-key
[[ -s $key_file ]] || { echo "sample-data.sh: no $key_file: run deploy/up.sh first." >&2; exit 2; }
tool=deploy/tools/TechTransfer.SampleData/bin/Release/net10.0/TechTransfer.SampleData.dll
[[ -f $tool ]] || dotnet build deploy/tools/TechTransfer.SampleData -c Release -nologo -v quiet
# The day the services were started for, unless the caller names one.
if [[ " $* " != *" --today "* && -s $LOCAL/clock-today ]]; then set -- --today "$(<"$LOCAL/clock-today")" "$@"; fi
TT_JWT_SIGNING_KEY=$(<"$key_file") \
TT_DISCLOSURES_URL=http://127.0.0.1:${PORTS[0]} TT_LICENSING_URL=http://127.0.0.1:${PORTS[1]} \
TT_INCUBATION_URL=http://127.0.0.1:${PORTS[2]} TT_FINANCING_URL=http://127.0.0.1:${PORTS[3]} \
  exec dotnet "$tool" "$@"
