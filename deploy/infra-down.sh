#!/usr/bin/env bash
# Stops what infra-up.sh started; the data under .local/infra stays for the next run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bash "$ROOT/deploy/infra/rabbitmq.sh" stop --dir "$LOCAL/infra/rabbitmq"
bash "$ROOT/deploy/infra/postgres.sh" stop --dir "$LOCAL/infra/postgres"
echo "Infrastructure stopped (data kept in .local/infra)."
