#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium (Playwright) and PostgreSQL's server binaries.
# Idempotent: installs only what is missing (needs root for apt). It starts no server and changes no
# PostgreSQL user: `npm test` runs its own throwaway cluster (scripts/test-postgres.sh).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q
  apt-get install -y -q "${missing[@]}" >/dev/null
fi
