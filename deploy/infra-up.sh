#!/usr/bin/env bash
# Development PostgreSQL and RabbitMQ (with its management UI) on fixed loopback ports, data kept
# under .local/infra between runs. Safe to run twice: running servers are left as they are.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bash "$ROOT/deploy/infra/postgres.sh" start --port "$POSTGRES_PORT" --dir "$LOCAL/infra/postgres"
bash "$ROOT/deploy/infra/rabbitmq.sh" start --port "$AMQP_PORT" --dist-port "$DIST_PORT" \
  --management-port "$MANAGEMENT_PORT" --dir "$LOCAL/infra/rabbitmq"
bash "$ROOT/deploy/infra/postgres.sh" status --dir "$LOCAL/infra/postgres"
bash "$ROOT/deploy/infra/rabbitmq.sh" status --dir "$LOCAL/infra/rabbitmq"
