#!/usr/bin/env bash
# Mints a bearer token signed with the development key that ./run.sh made, for trying the API:
#   scripts/token.sh ROLE [REGION...]     e.g. scripts/token.sh operator 73.71 11.02
# ROLE is admin, operator or analyst; REGION a Kemendagri code (a province covers its kab/kota).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
key=${SIMONEV_DEV_PRIVATE_KEY:-$root/.simonev/keys/private.pem}
issuer=${SIMONEV_JWT_ISSUER:-https://simonev.id/issuer}
role=${1:?usage: token.sh admin|operator|analyst [REGION...]}
shift
[ -f "$key" ] || { echo "No development key at $key: start the system with ./run.sh first" >&2; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
regions=$(printf '"%s",' "$@")
regions="[${regions%,}]"
[ "$#" -eq 0 ] && regions="[]"
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","upn":"%s@simonev.local","groups":["%s"],"regions":%s,"iat":%d,"exp":%d}' \
  "$issuer" "$role" "$role" "$regions" "$now" "$((now + 7 * 24 * 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
