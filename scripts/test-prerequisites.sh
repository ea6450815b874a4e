#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium (Playwright) and a local PostgreSQL server.
# Idempotent: installs only what is missing (needs root for apt), then makes sure PostgreSQL runs.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q
  apt-get install -y -q "${missing[@]}" >/dev/null
fi

if ! pg_isready -q -h localhost 2>/dev/null; then
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  pg_ctlcluster $cluster start
  for _ in $(seq 1 30); do pg_isready -q -h localhost && break; sleep 1; done
fi
# Tests connect as postgres/postgres over TCP (TEST_POSTGRES_URL overrides this).
su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
