#!/usr/bin/env bash
# Every test: types, lint, unit + database tests, integration tests over HTTP against a production
# build, and Playwright journeys in Debian's Chromium. Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
failed_steps=()
step() {
  local name="$1"; shift
  echo "::: $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

# TEST_POSTGRES_URL names a server to use instead; otherwise the tests get their own throwaway
# cluster, stopped and deleted however this script ends.
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  bash scripts/test-prerequisites.sh || exit 1
  trap 'exit 130' INT
  trap 'exit 143' TERM
  TEST_POSTGRES_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pelak-test-postgres.XXXXXX")"
  trap '[ -z "${TEST_POSTGRES_DIR:-}" ] || bash scripts/test-postgres.sh stop "$TEST_POSTGRES_DIR"' EXIT
  bash scripts/test-postgres.sh start "$TEST_POSTGRES_DIR" >/dev/null || exit 1
  TEST_POSTGRES_URL="$(cat "$TEST_POSTGRES_DIR/url")"
fi
export TEST_POSTGRES_URL NEXT_DIST_DIR=.next-test NEXT_TELEMETRY_DISABLED=1

step "prisma generate" bash -c "npx prisma generate >/dev/null && npx prisma generate --schema prisma/postgres/schema.prisma >/dev/null"
step "typecheck" npx tsc --noEmit
step "lint" npx eslint .
step "unit and database tests" npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"
step "production build" npx next build
if [ -f vitest.integration.config.ts ]; then
  step "integration tests" npx vitest run --config vitest.integration.config.ts --reporter=default --reporter=json --outputFile="$results/integration.json"
fi
if [ -f playwright.config.ts ]; then
  step "e2e tests" env PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json
fi

node scripts/summarise-tests.mjs "$results" "${failed_steps[@]}"
