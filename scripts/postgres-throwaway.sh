#!/usr/bin/env bash
# A throwaway PostgreSQL server on a free loopback port, in a temporary folder owned by the
# postgres user (initdb and pg_ctl refuse to run as root), for the PostgreSQL tests and
# `make bench-postgres`. Nothing of it outlives `stop`.
#
#   scripts/postgres-throwaway.sh start [--owner PID]   prints "URL FOLDER"; with --owner, the
#                                                      server is stopped once PID has ended
#   scripts/postgres-throwaway.sh stop FOLDER          stops the server and removes FOLDER
#   scripts/postgres-throwaway.sh halt FOLDER          stops the server, keeping its data
#   scripts/postgres-throwaway.sh resume FOLDER        starts it again on the same port
#
# The URL names the role `byline` (password `byline`, a superuser of this server only) and its
# database `byline`. PG_BIN overrides the newest /usr/lib/postgresql/N/bin.
set -euo pipefail

BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

server_options() {
  # fsync off: the data is thrown away, and tests should not wait on the disk.
  echo "-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
}

start_server() {  # start_server FOLDER
  local folder=$1 port
  port=$(cat "$folder/port")
  as_postgres "$BIN/pg_ctl" -D "$folder/data" -l "$folder/log" -w -t 120 -o "$(server_options "$port" "$folder")" start > /dev/null
}

case ${1:-} in
  start)
    if [ ! -x "$BIN/initdb" ] || [ ! -x "$BIN/pg_ctl" ]; then
      echo "postgres-throwaway: no PostgreSQL server in ${BIN:-/usr/lib/postgresql} (apt-get install postgresql, or set PG_BIN)" >&2
      exit 2
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres > /dev/null 2>&1; then
      echo "postgres-throwaway: running as root, but there is no postgres user to run the server as" >&2
      exit 2
    fi
    folder=$(mktemp -d "${TMPDIR:-/tmp}/byline-postgres.XXXXXX")
    chmod 755 "$folder"
    [ "$(id -u)" -ne 0 ] || chown postgres "$folder"
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' > "$folder/port.tmp"
    as_postgres cp "$folder/port.tmp" "$folder/port"
    rm -f "$folder/port.tmp"
    if ! as_postgres "$BIN/initdb" -D "$folder/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --no-sync -E UTF8 --locale=C.UTF-8 > "$folder/initdb.log" 2>&1; then
      echo "postgres-throwaway: initdb failed:" >&2; cat "$folder/initdb.log" >&2; rm -rf "$folder"; exit 1
    fi
    if ! start_server "$folder"; then
      echo "postgres-throwaway: the server did not start:" >&2; cat "$folder/log" >&2 || true; rm -rf "$folder"; exit 1
    fi
    port=$(cat "$folder/port")
    as_postgres "$BIN/psql" -q -h "$folder" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE byline LOGIN SUPERUSER PASSWORD 'byline'" -c "CREATE DATABASE byline OWNER byline" > /dev/null
    if [ "${2:-}" = "--owner" ] && [ -n "${3:-}" ]; then
      # Stops the server when the owner ends, however it ends (a crashed test run included).
      owner=$3
      nohup setsid bash -c "while kill -0 $owner 2>/dev/null && [ -d '$folder' ]; do sleep 1; done; '$0' stop '$folder'" \
        > /dev/null 2>&1 < /dev/null &
    fi
    echo "postgresql://byline:byline@127.0.0.1:$port/byline?sslmode=disable $folder"
    ;;
  stop)
    folder=${2:?usage: $0 stop FOLDER}
    [ -d "$folder" ] || exit 0
    if [ -f "$folder/data/postmaster.pid" ]; then
      as_postgres "$BIN/pg_ctl" -D "$folder/data" -m immediate -w stop > /dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    ;;
  halt)
    folder=${2:?usage: $0 halt FOLDER}
    as_postgres "$BIN/pg_ctl" -D "$folder/data" -m fast -w stop > /dev/null
    ;;
  resume)
    folder=${2:?usage: $0 resume FOLDER}
    start_server "$folder"
    ;;
  *)
    echo "usage: $0 start [--owner PID] | stop FOLDER | halt FOLDER | resume FOLDER" >&2
    exit 2
    ;;
esac
