# Starts a private PostgreSQL cluster on 127.0.0.1 for tests and exports TEST_DATABASE_URL.
# Sourced by .ci/run; usable by hand too: `source .ci/postgres.sh && start_postgres`.

PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-$(mktemp -d /tmp/glossator-pg.XXXXXX)}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "ci: PostgreSQL binaries not found" >&2; return 1; }
  echo "$dir"
}

as_pg_user() {
  # PostgreSQL refuses to run as root: use the postgres system user when we are root.
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PG_DIR"
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

start_postgres() {
  local bin
  bin=$(pg_bin)
  mkdir -p "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
  as_pg_user "'$bin/initdb' -D '$PG_DIR/data' -U glossator --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  as_pg_user "'$bin/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/log' -w -o \"-h 127.0.0.1 -p $PG_PORT -k '$PG_DIR' -c fsync=off -c max_connections=200\" start >/dev/null"
  as_pg_user "'$bin/createdb' -h 127.0.0.1 -p $PG_PORT -U glossator glossator_test"
  export TEST_DATABASE_URL="postgres://glossator@127.0.0.1:$PG_PORT/glossator_test"
  echo "ci: PostgreSQL ready at $TEST_DATABASE_URL"
}

stop_postgres() {
  local bin
  bin=$(pg_bin) || return 0
  as_pg_user "'$bin/pg_ctl' -D '$PG_DIR/data' -m fast stop >/dev/null 2>&1" || true
}
