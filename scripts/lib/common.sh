# scripts/lib/common.sh — shared by scripts/run and scripts/test (sourced, bash).
# Packages, builds and a private PostgreSQL cluster that listens only on a unix socket inside
# its own folder (so it never clashes with another server). As root the cluster runs as the
# `postgres` user (PostgreSQL refuses to run as root).

GLEANER_PACKAGES="meson ninja-build pkg-config gcc clang libclang-rt-14-dev libmicrohttpd-dev \
libjansson-dev libpq-dev libutf8proc-dev libxml2-dev libssl-dev libcurl4-openssl-dev \
libcmocka-dev postgresql postgresql-contrib python3 wrk"

say() { printf '%s\n' "$*" >&2; }

# Install missing Debian packages (root), or print the one command to run (non-root).
ensure_packages() {
    local missing="" p
    for p in $GLEANER_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        say "installing:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || {
            say "apt-get install failed"; return 1; }
    else
        say "missing packages:$missing"
        say "run:  sudo apt-get install -y$missing"
        return 1
    fi
}

# The newest PostgreSQL server binaries folder (Debian keeps them off PATH).
pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
    d=$(dirname "$(command -v initdb 2>/dev/null)" 2>/dev/null)
    [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    say "PostgreSQL server binaries (initdb) not found"; return 1
}

# Run a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# pg_start DIR — create (if needed) and start a cluster in DIR/data with its socket in DIR.
# Sets PG_DIR, PG_BIN, PG_ADMIN_URL (database "postgres").
pg_start() {
    PG_DIR=$1
    PG_BIN=$(pg_bindir) || return 1
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$PG_DIR"
        if ! runuser -u postgres -- test -w "$PG_DIR"; then
            say "the postgres user cannot write $PG_DIR (is a parent folder private?)"
            return 1
        fi
    fi
    if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
        as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
            >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    fi
    PG_ADMIN_URL="postgresql:///postgres?host=$PG_DIR&user=postgres"
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
        say "PostgreSQL already running in $PG_DIR (left over from an earlier run): reusing it"
        return 0
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-k $PG_DIR -c listen_addresses= -c fsync=${PG_FSYNC:-on}" start >/dev/null ||
        { say "PostgreSQL did not start; log:"; tail -n 20 "$PG_DIR/server.log" >&2; return 1; }
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] &&
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
    return 0
}

# pg_create_db NAME — create the database if it does not exist.
pg_create_db() {
    psql "$PG_ADMIN_URL" -qtAc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1 ||
        psql "$PG_ADMIN_URL" -qc "CREATE DATABASE \"$1\"" >/dev/null
}
