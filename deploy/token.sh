#!/usr/bin/env bash
# Mints a bearer token for a chosen role, signed with the key deploy/up.sh gave the local services.
#   deploy/token.sh staff
#   deploy/token.sh partner --org 0195f3a0-0000-7000-8000-000000000001 --name "Acme ERP"
#   curl -H "Authorization: Bearer $(deploy/token.sh staff)" http://127.0.0.1:5101/...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
key_file="$root/.local/jwt-signing-key"
[[ -f "$key_file" ]] || { echo "No $key_file yet: run deploy/up.sh first." >&2; exit 2; }
TT_JWT_SIGNING_KEY="$(cat "$key_file")" exec dotnet run --project "$root/deploy/tools/TechTransfer.Tokens" -c Release -v q -- "$@"
