#!/usr/bin/env bash
# The local run, in one command: prerequisites, PostgreSQL + RabbitMQ, a Release build, the four
# services (restarted, so they run the code just built), sample data once deploy/sample-data.sh
# exists; then prints where to look. Safe to run twice; deploy/down.sh stops everything.
#   deploy/up.sh [--today yyyy-MM-dd]   the services' clock starts on that day (Clock:Today) and the sample is loaded
#                                       for it: a rehearsal of a month end or 29 February without changing the machine's date.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

die() { echo "up.sh: $*" >&2; exit 1; }

today=
case "${1-}" in
  "") ;;
  --today) [[ ${2-} =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && date -d "$2" >/dev/null 2>&1 || die "--today takes a day as yyyy-MM-dd"; today=$2 ;;
  *) die "usage: deploy/up.sh [--today yyyy-MM-dd]" ;;
esac

# The later scripts (down.sh, sample-data.sh) find this copy on the same ports.
mkdir -p "$LOCAL" && echo "$PORT_OFFSET" >"$LOCAL/port-offset"

bash deploy/install-prerequisites.sh
bash deploy/infra-up.sh

# Services of an earlier run stop first: the build must not overwrite the dlls they are running.
stop_services

echo "Building (Release) ..."
dotnet build TechTransfer.sln -c Release -nologo -v quiet || die "the build failed"

# The services accept bearer tokens signed with this key (Security:Jwt:SigningKey). Made once, kept in
# .local so tokens stay valid across runs; never used outside the local run.
mkdir -p "$LOCAL/logs" "$LOCAL/pids"
key_file=$LOCAL/jwt-signing-key
if [[ ! -s $key_file ]]; then
  (umask 077 && head -c 32 /dev/urandom | base64 -w0 >"$key_file")
fi
signing_key=$(<"$key_file")
# Kept for deploy/sample-data.sh, which loads for the day the services think it is.
if [[ -n $today ]]; then echo "$today" >"$LOCAL/clock-today"; else rm -f "$LOCAL/clock-today"; fi
for i in "${!CONTEXTS[@]}"; do
  ctx=${CONTEXTS[i]} port=${PORTS[i]}
  bin=services/$ctx/TechTransfer.$ctx.Api/bin/Release/net10.0
  [[ -f $bin/TechTransfer.$ctx.Api.dll ]] || die "$bin/TechTransfer.$ctx.Api.dll is missing after the build"
  ! port_open "$port" || die "port $port (for $ctx) is used by another program"
  # Run from the output folder: it is the content root, where appsettings*.json are found.
  # setsid and redirections detach the service from this terminal; it outlives up.sh.
  (
    cd "$bin"
    # TT_CHECKOUT marks the process as this checkout's: down.sh stops nothing else (lib.sh service_pid).
    export ASPNETCORE_ENVIRONMENT=Development TT_CHECKOUT="$ROOT" \
      ConnectionStrings__Postgres=$POSTGRES_CONNECTION \
      ConnectionStrings__RabbitMq=$RABBITMQ_CONNECTION \
      Security__Jwt__SigningKey=$signing_key \
      Clock__Today=$today \
      Services__Disclosures="http://127.0.0.1:${PORTS[0]}/"   # Licensing and Incubation ask Disclosures about technologies not heard of yet
    exec setsid dotnet "TechTransfer.$ctx.Api.dll" --urls "http://127.0.0.1:$port" \
      </dev/null >"$LOCAL/logs/${ctx,,}.log" 2>&1
  ) &
  echo $! >"$(pid_file "$ctx")"
  disown   # its end is down.sh's business; bash need not report it
done

echo "Waiting for the services to be ready ..."
for i in "${!CONTEXTS[@]}"; do
  ctx=${CONTEXTS[i]} port=${PORTS[i]} deadline=$((SECONDS + 90))
  until curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
    if ! service_pid "$ctx" >/dev/null || ((SECONDS > deadline)); then
      echo "--- last lines of .local/logs/${ctx,,}.log ---" >&2
      tail -n 40 "$LOCAL/logs/${ctx,,}.log" >&2
      die "$ctx did not become ready on http://127.0.0.1:$port/health/ready (deploy/down.sh stops the rest)"
    fi
    sleep 1
  done
done

if [[ -x deploy/sample-data.sh ]]; then
  echo "Loading sample data ..."
  deploy/sample-data.sh
fi

row() { printf '  %-13s %-14s %s\n' "$@"; }
echo
echo "TechTransfer is running${today:+, its clock on $today}."
echo
for i in "${!CONTEXTS[@]}"; do
  url=http://127.0.0.1:${PORTS[i]}
  row "${CONTEXTS[i]}" "API reference" "$url/scalar"
  row "" "OpenAPI" "$url/openapi/v1.json"
  row "" "health" "$url/health/ready"
done
echo
year=$(date -d "${today:-now}" +%Y)
row Scoreboard "JSON" "http://127.0.0.1:${PORTS[0]}/scoreboard?year=$year  (any role's token)"
row "" "CSV" "http://127.0.0.1:${PORTS[0]}/scoreboard/csv?year=$year"
row "" "AUTM survey" "http://127.0.0.1:${PORTS[0]}/scoreboard/autm?year=$year"
row "" "journeys" "http://127.0.0.1:${PORTS[0]}/technologies  (staff: pick an id, then /technologies/<id>/journey)"
echo
row RabbitMQ "management" "http://127.0.0.1:$MANAGEMENT_PORT/  (guest / guest)"
row "" "AMQP" "$RABBITMQ_CONNECTION"
row PostgreSQL "connection" "$POSTGRES_CONNECTION  (one database per service)"
row Tokens "" "deploy/token.sh staff  (signing key in .local/jwt-signing-key)"
row Logs "" ".local/logs/"
row Stop "" "deploy/down.sh"
