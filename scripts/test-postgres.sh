#!/usr/bin/env bash
# The tests' own throwaway PostgreSQL, so that `npm test` never touches a server someone else runs
# (its users, passwords or databases): a fresh cluster in its own temporary folder, on a free
# 127.0.0.1 port that is not 5432, with its socket in that folder too.
#
#   bash scripts/test-postgres.sh start [DIR]   prints TEST_POSTGRES_URL=… and TEST_POSTGRES_DIR=…
#   bash scripts/test-postgres.sh stop DIR      stops the server and deletes the folder
#
# DIR, an empty folder the caller made (e.g. with mktemp -d), lets the caller clean up whenever it is
# interrupted; without it start makes one. The URL is also written to DIR/url.
#
# Needs Debian's PostgreSQL binaries (scripts/test-prerequisites.sh installs them), not its cluster.
set -euo pipefail

# Marks a folder as one of ours: stop deletes nothing without it.
MARKER=pelak-test-postgres
SUPERUSER=pelak_test

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$dir/initdb" ] || { echo "test-postgres: no PostgreSQL binaries under /usr/lib/postgresql (run scripts/test-prerequisites.sh)" >&2; exit 1; }
  echo "$dir"
}

# initdb and postgres refuse to run as root: then the cluster belongs to a system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  local bin port
  bin=$(bindir)
  owner=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then owner=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody); fi
  dir="${1:-}"
  if [ -z "$dir" ]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/pelak-test-postgres.XXXXXX"); fi
  [ -d "$dir" ] && [ -z "$(ls -A "$dir")" ] || { echo "test-postgres: $dir is not an empty folder" >&2; exit 1; }
  touch "$dir/$MARKER"
  # Failed or interrupted half way: leave no server or folder behind.
  trap 'stop "$dir" >/dev/null 2>&1' EXIT
  mkdir "$dir/socket"
  [ "$owner" = "$(id -un)" ] || chown -R "$owner" "$dir"
  as_owner "$bin/initdb" -D "$dir/data" --username="$SUPERUSER" --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >"$dir/data/pg_hba.conf" <<EOF
local all $SUPERUSER trust
host  all $SUPERUSER 127.0.0.1/32 trust
EOF
  # Throwaway data: durability is not worth the time. The integration tests run several servers of
  # two processes, each with a pool of up to 10 connections, next to the database tests' pools.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF
  # Another program may take the port between free_port and the server's bind: try a few.
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    [ "$port" != 5432 ] || continue
    if as_owner "$bin/pg_ctl" start -D "$dir/data" -w -t 60 -l "$dir/server.log" -o "-p $port" >/dev/null; then
      trap - EXIT
      echo "postgresql://$SUPERUSER@127.0.0.1:$port/postgres" >"$dir/url"
      echo "TEST_POSTGRES_URL=postgresql://$SUPERUSER@127.0.0.1:$port/postgres"
      echo "TEST_POSTGRES_DIR=$dir"
      return 0
    fi
    as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true
  done
  cat "$dir/server.log" >&2 || true
  echo "test-postgres: the server did not start" >&2
  exit 1
}

stop() {
  local dir="${1:-}" bin
  [ -n "$dir" ] || { echo "usage: $0 stop DIR" >&2; exit 2; }
  [ -d "$dir" ] || return 0
  # Interrupted before start wrote anything: an empty folder. Anything else is not ours to delete.
  if [ ! -f "$dir/$MARKER" ]; then
    rmdir "$dir" 2>/dev/null || { echo "test-postgres: $dir is not a test cluster folder" >&2; exit 1; }
    return 0
  fi
  bin=$(bindir)
  owner=$(stat -c %U "$dir/data" 2>/dev/null || id -un)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" stop -D "$dir/data" -m fast -t 30 >/dev/null 2>&1 \
      || as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate -t 30 >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

trap 'exit 130' INT
trap 'exit 143' TERM
case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
