#!/usr/bin/env bash
# A private PostgreSQL server for the local run and the tests: data, socket and log all under one folder.
#
#   postgres.sh start  --port P --dir D   initdb when D/data is missing, serve 127.0.0.1:P, wait until ready
#   postgres.sh stop   --dir D            fast shutdown; nothing to do when it is not running
#   postgres.sh status --dir D            prints "running ..." (exit 0) or "stopped" (exit 3)
#   postgres.sh signal --dir D SIG        sends SIG (KILL, STOP, CONT) to the server and all its processes: a crash or a freeze
#
# Superuser "postgres", trust authentication: for loopback development only.
# TT_FAST_UNSAFE=1 turns off fsync and friends (tests: throwaway data); never for data you keep.
set -euo pipefail

usage() { sed -n '3,7s/^# \{0,1\}//p' "$0" >&2; exit 2; }
die() { echo "postgres.sh: $*" >&2; exit 1; }

command=${1:-}; shift || true
port='' dir='' sig=''
while (($#)); do
  case $1 in
    --port) port=${2:?--port needs a value}; shift 2 ;;
    --dir) dir=${2:?--dir needs a value}; shift 2 ;;
    KILL | STOP | CONT) sig=$1; shift ;;
    *) usage ;;
  esac
done
[[ -n $dir ]] || usage

# Binaries from PATH, else Debian's versioned folder (pg_ctl and initdb are not on PATH there).
bindir=''
if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
  bindir=$(dirname "$(command -v pg_ctl)")
else
  for candidate in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
    [[ -x $candidate/pg_ctl && -x $candidate/initdb ]] && { bindir=$candidate; break; }
  done
fi
[[ -n $bindir ]] || die "PostgreSQL server binaries not found (run deploy/install-prerequisites.sh)"

# PostgreSQL refuses to run as root: then everything runs as the postgres user, on a folder it owns.
as_postgres=()
((EUID != 0)) || as_postgres=(runuser -u postgres --)
pg() { (cd "$dir" && "${as_postgres[@]}" "$bindir/$1" "${@:2}"); }

running() { [[ -d $dir/data ]] && pg pg_ctl status -D "$dir/data" >/dev/null 2>&1; }
running_port() { sed -n 4p "$dir/data/postmaster.pid" 2>/dev/null; }   # line 4 of postmaster.pid is the port
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

give_to_postgres() {
  ((EUID == 0)) || return 0
  [[ $(stat -c %U "$dir") == postgres ]] || chown -R postgres:postgres "$dir"
  # The postgres user must also reach D: a 0700 parent (e.g. a private temp folder) gets search-only (o+x).
  runuser -u postgres -- test -x "$dir" && return 0
  local path='' part
  IFS=/ read -ra parts <<<"${dir#/}"
  for part in "${parts[@]}"; do
    path+=/$part
    runuser -u postgres -- test -x "$path" || chmod o+x "$path"
  done
}

wait_ready() {
  local ready=("$bindir/pg_isready")
  [[ -x ${ready[0]} ]] || ready=(pg_isready)
  command -v "${ready[0]}" >/dev/null || return 0   # pg_ctl -w already waited; pg_isready is a second look over TCP
  for _ in $(seq 1 60); do
    "${ready[@]}" -q -h 127.0.0.1 -p "$port" -U postgres && return 0
    sleep 0.5
  done
  die "PostgreSQL did not accept connections on 127.0.0.1:$port; see $dir/postgres.log"
}

start() {
  [[ $port =~ ^[0-9]+$ ]] || usage
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  give_to_postgres

  if running; then
    [[ $(running_port) == "$port" ]] || die "already running in $dir on port $(running_port), not $port"
    wait_ready
    return 0
  fi
  ! port_open "$port" || die "port $port is already in use"

  if [[ ! -f $dir/data/PG_VERSION ]]; then
    local sync=()
    [[ ${TT_FAST_UNSAFE:-} != 1 ]] || sync=(--no-sync)
    rm -rf "$dir/data"   # a half-made data folder from an interrupted initdb
    pg initdb -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C "${sync[@]}" >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # Our settings live in one file rewritten at every start; postgresql.conf only includes it.
    echo "include_if_exists = 'techtransfer.conf'" >>"$dir/data/postgresql.conf"
  fi

  mkdir -p "$dir/socket"
  # max_connections: parallel test hosts each keep a pool plus the Marten daemon's connections.
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '${dir//\'/\'\'}/socket'"
    echo "max_connections = 300"
    if [[ ${TT_FAST_UNSAFE:-} == 1 ]]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } >"$dir/data/techtransfer.conf"
  ((EUID != 0)) || chown -R postgres:postgres "$dir/socket" "$dir/data/techtransfer.conf"

  pg pg_ctl start -D "$dir/data" -l "$dir/postgres.log" -w -t 60 -s >/dev/null 2>&1 ||
    { tail -n 20 "$dir/postgres.log" >&2 || true; die "could not start PostgreSQL on port $port"; }
  wait_ready
}

stop() {
  [[ -d $dir ]] || return 0
  dir=$(cd "$dir" && pwd -P)
  running || return 0
  pg pg_ctl stop -D "$dir/data" -m fast -w -t 60 -s >/dev/null || die "could not stop PostgreSQL in $dir"
}

status() {
  [[ -d $dir ]] && dir=$(cd "$dir" && pwd -P)
  if running; then
    echo "PostgreSQL running: Host=127.0.0.1;Port=$(running_port);Username=postgres (data $dir/data)"
  else
    echo "PostgreSQL stopped ($dir)"
    return 3
  fi
}

# The postmaster (line 1 of postmaster.pid) and every backend and worker it forked, signalled together: a
# backend left running after its postmaster was killed would hold the shared memory and block the restart.
signal() {
  [[ -n $sig ]] || usage
  local main
  main=$(sed -n 1p "$dir/data/postmaster.pid" 2>/dev/null) || return 0
  [[ $main =~ ^[0-9]+$ ]] && kill -0 "$main" 2>/dev/null || return 0
  local pids=("$main") stat pid ppid
  for stat in /proc/[0-9]*/stat; do
    read -r pid _ _ ppid _ <"$stat" 2>/dev/null && [[ $ppid == "$main" ]] && pids+=("$pid")
  done
  kill -s "$sig" "${pids[@]}" 2>/dev/null || true
}

case $command in
  start | stop | status | signal) "$command" ;;
  *) usage ;;
esac
