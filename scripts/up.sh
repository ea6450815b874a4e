#!/usr/bin/env bash
# README command 1, on a fresh clone: install, generate both Prisma clients, build, then `npm start`
# (migrations, first admin, server on PORT, default 3000). DATABASE_URL picks SQLite or PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci
npm run build
exec npm start
