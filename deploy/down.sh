#!/usr/bin/env bash
# Stops what up.sh started: the four services, then PostgreSQL and RabbitMQ. Data under .local stays.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

stop_services
echo "Services stopped."
bash "$ROOT/deploy/infra-down.sh"
