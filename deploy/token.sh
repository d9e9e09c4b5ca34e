#!/usr/bin/env bash
# Mints a bearer token for a chosen role, signed with the key deploy/up.sh gave the local services.
#   deploy/token.sh staff
#   deploy/token.sh partner --org 0195f3a0-0000-7000-8000-000000000001 --name "Acme ERP"
#   curl -H "Authorization: Bearer $(deploy/token.sh staff)" http://127.0.0.1:5101/...
# Runs the built tool (up.sh builds it with the solution): a fraction of a second, where `dotnet run` took ~5 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
key_file="$root/.local/jwt-signing-key"
[[ -f "$key_file" ]] || { echo "No $key_file yet: run deploy/up.sh first." >&2; exit 2; }
project="$root/deploy/tools/TechTransfer.Tokens"
tool="$project/bin/Release/net10.0/TechTransfer.Tokens.dll"
[[ -f "$tool" ]] || dotnet build "$project" -c Release -nologo -v quiet >&2
TT_JWT_SIGNING_KEY="$(<"$key_file")" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 exec dotnet "$tool" "$@"
