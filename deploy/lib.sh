# shellcheck shell=bash disable=SC2034  # variables used by the scripts that source this file
# Shared by up.sh, down.sh, infra-up.sh and infra-down.sh (sourced, not run): the local ports (deploy/ports.env),
# where run data lives, and how a service started by up.sh is found and stopped.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
LOCAL=$ROOT/.local   # git-ignored

# The ports: deploy/ports.env, moved by TT_PORT_OFFSET (kept in .local/port-offset by up.sh for the later scripts).
if [[ -n ${TT_PORT_OFFSET-} ]]; then PORT_OFFSET=$TT_PORT_OFFSET
elif [[ -s $LOCAL/port-offset ]]; then PORT_OFFSET=$(<"$LOCAL/port-offset")
else PORT_OFFSET=0; fi
[[ $PORT_OFFSET =~ ^[0-9]+$ ]] || { echo "TT_PORT_OFFSET must be a whole number, not '$PORT_OFFSET'" >&2; exit 2; }
source "$ROOT/deploy/ports.env"

POSTGRES_PORT=$TT_POSTGRES_PORT
AMQP_PORT=$TT_AMQP_PORT
DIST_PORT=$TT_DIST_PORT
MANAGEMENT_PORT=$TT_MANAGEMENT_PORT
POSTGRES_CONNECTION="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres"
RABBITMQ_CONNECTION="amqp://guest:guest@127.0.0.1:$AMQP_PORT/"

CONTEXTS=(Disclosures Licensing Incubation Financing)
PORTS=("$TT_DISCLOSURES_PORT" "$TT_LICENSING_PORT" "$TT_INCUBATION_PORT" "$TT_FINANCING_PORT")   # same order as CONTEXTS

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

pid_file() { echo "$LOCAL/pids/${1,,}.pid"; }

# The pid of a service up.sh started from this checkout, if it still runs. A stale pid file (after a reboot)
# may name anything: a thread of another process (/proc/TID shows its process's command line), or another
# checkout's copy of the same service. Trust it only for a process (its Tgid is the pid) that runs this
# service's dll and carries this checkout's marker (TT_CHECKOUT, set by up.sh) in its environment.
service_pid() {
  local pid
  pid=$(cat "$(pid_file "$1")" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  grep -qx "Tgid:[[:space:]]*$pid" "/proc/$pid/status" 2>/dev/null || return 1
  tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "TechTransfer.$1.Api.dll" || return 1
  tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | grep -qxF "TT_CHECKOUT=$ROOT" || return 1
  echo "$pid"
}

# Stops every service up.sh started, all at once. SIGTERM lets ASP.NET Core shut down gracefully
# (drain requests, stop the bus; ~2 s each); whatever still runs after 15 s is killed.
stop_services() {
  local ctx pid pids=()
  for ctx in "${CONTEXTS[@]}"; do
    if pid=$(service_pid "$ctx"); then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
    rm -f "$(pid_file "$ctx")"
  done
  for _ in $(seq 1 60); do
    local running=0
    for pid in "${pids[@]}"; do
      if kill -0 "$pid" 2>/dev/null; then running=1; fi
    done
    ((running)) || return 0
    sleep 0.25
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
}
