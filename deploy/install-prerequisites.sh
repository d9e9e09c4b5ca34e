#!/usr/bin/env bash
# Installs what the local run and the tests need, and only what is missing (Debian/Ubuntu packages):
# RabbitMQ, PostgreSQL server binaries, curl. Checks for the .NET 10 SDK, which it does not install.
# Root installs directly; other users need sudo, only when something is actually missing.
# (Functions are called from plain statements or if-bodies, never after || or &&: set -e would not apply.)
set -euo pipefail

die() { echo "install-prerequisites.sh: $*" >&2; exit 1; }

as_root=(env DEBIAN_FRONTEND=noninteractive)
((EUID == 0)) || as_root=(sudo env DEBIAN_FRONTEND=noninteractive)

apt_updated=''
apt_install() {
  command -v apt-get >/dev/null || die "missing: $*; install them with your system's package manager"
  ((EUID == 0)) || command -v sudo >/dev/null || die "missing: $*; install them as root: apt-get install -y $*"
  echo "Installing $* ..."
  # Wait for another apt run to release its lock rather than failing.
  local apt=("${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 -qq)
  if [[ -z $apt_updated ]]; then "${apt[@]}" update; apt_updated=1; fi
  "${apt[@]}" install -y "$@" >/dev/null
}

# Debian starts a package's system service on install (where it can); our brokers and servers are
# private processes on their own ports, so a system instance would only hold memory and ports.
stop_system_service() {
  "${as_root[@]}" systemctl stop "$1" >/dev/null 2>&1 ||
    "${as_root[@]}" service "$1" stop >/dev/null 2>&1 || true
}

has_postgres() {
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null && return 0
  local bin
  for bin in /usr/lib/postgresql/*/bin; do [[ -x $bin/initdb && -x $bin/pg_ctl ]] && return 0; done
  return 1
}

if ! [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] && ! command -v rabbitmq-server >/dev/null; then
  apt_install rabbitmq-server
  stop_system_service rabbitmq-server
fi

if ! has_postgres; then
  apt_install postgresql
  stop_system_service postgresql
fi

if ! command -v curl >/dev/null; then apt_install curl; fi

if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  cat >&2 <<'EOF'
The .NET 10 SDK is missing. Install it, then run this again:
  Debian 12:  wget https://packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb
              sudo dpkg -i packages-microsoft-prod.deb && sudo apt-get update && sudo apt-get install -y dotnet-sdk-10.0
  any Linux:  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0
              (then add ~/.dotnet to PATH)
EOF
  exit 1
fi
