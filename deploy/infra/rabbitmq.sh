#!/usr/bin/env bash
# A private RabbitMQ broker as an ordinary process of the calling user: HOME (Erlang cookie), config,
# data and logs all under one folder, so several brokers (local run, parallel tests) can run side by side.
#
#   rabbitmq.sh start  --port P --dist-port DP --dir D [--management-port M]
#                                         AMQP on 127.0.0.1:P, Erlang distribution on DP, management UI on M
#   rabbitmq.sh stop   --dir D            stops the broker and every process of it; nothing to do when stopped
#   rabbitmq.sh status --dir D            prints "running ..." (exit 0) or "stopped" (exit 3)
#   rabbitmq.sh signal --dir D SIG        sends SIG (KILL, STOP, CONT) to every process of the broker: a crash or a freeze
#
# User guest/guest, which RabbitMQ accepts from loopback only.
set -euo pipefail

usage() { sed -n '4,9s/^# \{0,1\}//p' "$0" >&2; exit 2; }
die() { echo "rabbitmq.sh: $*" >&2; exit 1; }

command=${1:-}; shift || true
port='' dist_port='' management_port='' dir='' sig=''
while (($#)); do
  case $1 in
    --port) port=${2:?--port needs a value}; shift 2 ;;
    --dist-port) dist_port=${2:?--dist-port needs a value}; shift 2 ;;
    --management-port) management_port=${2:?--management-port needs a value}; shift 2 ;;
    --dir) dir=${2:?--dir needs a value}; shift 2 ;;
    KILL | STOP | CONT) sig=$1; shift ;;
    *) usage ;;
  esac
done
[[ -n $dir ]] || usage

# The real scripts, not Debian's /usr/sbin wrappers: those switch to the rabbitmq user and its HOME.
bin=/usr/lib/rabbitmq/bin
[[ -x $bin/rabbitmq-server ]] || bin=$(dirname "$(command -v rabbitmq-server || echo /missing/x)")
[[ -x $bin/rabbitmq-server ]] || die "rabbitmq-server not found (run deploy/install-prerequisites.sh)"

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
ctl() { HOME=$dir timeout 60 "$bin/rabbitmqctl" -n "$(<"$dir/nodename")" "$@"; }

# Every process of this broker (launcher script, beam, its helpers) carries our RABBITMQ_MNESIA_BASE.
# epmd inherits it too when the broker spawned it, but epmd is shared by all Erlang nodes: left alone.
broker_pids() {
  local env
  for env in /proc/[0-9]*/environ; do
    grep -qzxF "RABBITMQ_MNESIA_BASE=$dir/mnesia" "$env" 2>/dev/null || continue
    local pid=${env#/proc/}; pid=${pid%/environ}
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == epmd ]] || echo "$pid"
  done
}
alive() { [[ -n $(broker_pids) ]]; }

wait_ready() {
  local amqp management=''
  amqp=$(<"$dir/amqp_port")
  [[ -f $dir/management_port ]] && management=$(<"$dir/management_port")
  for _ in $(seq 1 180); do   # ~90 s; a cold first boot takes ~10 s
    alive || { tail -n 30 "$dir/server.out" >&2; die "the broker stopped while starting; logs in $dir/log"; }
    if port_open "$amqp" && { [[ -z $management ]] || port_open "$management"; }; then
      ctl await_startup >/dev/null 2>&1 && return 0   # listeners open only late in boot; this confirms it
    fi
    sleep 0.5
  done
  die "the broker did not start within 90 s; logs in $dir/log"
}

start() {
  [[ $port =~ ^[0-9]+$ && $dist_port =~ ^[0-9]+$ ]] || usage
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  local node=tt$port@localhost

  if alive; then
    [[ $(<"$dir/nodename") == "$node" ]] || die "already running in $dir as $(<"$dir/nodename"), not $node"
    wait_ready
    return 0
  fi
  for p in "$port" "$dist_port" ${management_port:+"$management_port"}; do
    ! port_open "$p" || die "port $p is already in use"
  done

  # Remembered so that stop and status need only --dir.
  echo "$node" >"$dir/nodename"
  echo "$port" >"$dir/amqp_port"
  rm -f "$dir/management_port"
  [[ -z $management_port ]] || echo "$management_port" >"$dir/management_port"

  mkdir -p "$dir/mnesia" "$dir/log"
  if [[ -n $management_port ]]; then
    echo '[rabbitmq_management].' >"$dir/enabled_plugins"
  else
    echo '[].' >"$dir/enabled_plugins"
  fi
  {
    echo "listeners.tcp.1 = 127.0.0.1:$port"
    if [[ -n $management_port ]]; then
      echo "management.tcp.ip = 127.0.0.1"
      echo "management.tcp.port = $management_port"
    fi
  } >"$dir/rabbitmq.conf"

  # setsid + redirections: detached from the caller's terminal and pipes (a test runner reading our
  # output would otherwise wait for the broker to exit). The distribution port listens on loopback only.
  (
    cd "$dir"
    export HOME=$dir \
      RABBITMQ_NODENAME=$node \
      RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
      RABBITMQ_NODE_PORT=$port \
      RABBITMQ_DIST_PORT=$dist_port \
      RABBITMQ_MNESIA_BASE=$dir/mnesia \
      RABBITMQ_LOG_BASE=$dir/log \
      RABBITMQ_PID_FILE=$dir/rabbitmq.pid \
      RABBITMQ_CONFIG_FILE=$dir/rabbitmq.conf \
      RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config \
      RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf \
      RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins \
      RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    exec setsid "$bin/rabbitmq-server" </dev/null >"$dir/server.out" 2>&1
  ) &
  wait_ready
}

stop() {
  [[ -f $dir/nodename ]] || return 0
  dir=$(cd "$dir" && pwd -P)
  alive || return 0
  ctl stop >/dev/null 2>&1 || true
  # Whatever outlives a clean stop (or a broker too broken to answer) is terminated, then killed.
  local signal
  for signal in TERM TERM KILL; do
    for _ in $(seq 1 20); do alive || return 0; sleep 0.5; done
    broker_pids | xargs -r kill -s "$signal" 2>/dev/null || true
  done
  sleep 0.5
  ! alive || die "broker processes still running: $(broker_pids | xargs)"
}

status() {
  if [[ -f $dir/nodename ]] && dir=$(cd "$dir" && pwd -P) && alive && port_open "$(<"$dir/amqp_port")"; then
    local management=''
    [[ ! -f $dir/management_port ]] || management=", management http://127.0.0.1:$(<"$dir/management_port")/"
    echo "RabbitMQ running: $(<"$dir/nodename"), amqp://guest:guest@127.0.0.1:$(<"$dir/amqp_port")/$management"
  else
    echo "RabbitMQ stopped ($dir)"
    return 3
  fi
}

signal() {
  [[ -n $sig && -f $dir/nodename ]] || { [[ -n $sig ]] || usage; return 0; }
  dir=$(cd "$dir" && pwd -P)
  broker_pids | xargs -r kill -s "$sig" 2>/dev/null || true
}

case $command in
  start | stop | status | signal) "$command" ;;
  *) usage ;;
esac
