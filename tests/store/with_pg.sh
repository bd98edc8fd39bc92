#!/bin/sh
# with_pg.sh — run a command with a private, throw-away PostgreSQL cluster.
#   tests/store/with_pg.sh meson test -C build store
# Starts initdb + pg_ctl in a temporary directory (as user postgres when run as root),
# listening only on a Unix socket, exports GLEANER_TEST_DATABASE_URL, runs the command, then
# stops and removes the cluster. Uses GLEANER_TEST_DATABASE_URL unchanged when already set.
set -eu
if [ -n "${GLEANER_TEST_DATABASE_URL:-}" ]; then exec "$@"; fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || bindir=$(dirname "$(command -v initdb)")
dir=$(mktemp -d /tmp/gleaner-pg.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
cleanup() { run "$bindir/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT INT TERM
run "$bindir/initdb -D $dir/data -A trust -U postgres" >/dev/null
run "$bindir/pg_ctl -D $dir/data -o \"-k $dir -c listen_addresses= -c fsync=on\" -l $dir/log -w start" >/dev/null
export GLEANER_TEST_DATABASE_URL="host=$dir user=postgres dbname=postgres"
"$@"
