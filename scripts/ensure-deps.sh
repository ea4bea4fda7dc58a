#!/usr/bin/env bash
# Installs the system packages Byline builds against, only when something is missing.
# Runs apt-get update at most once; safe to call before every build.
set -euo pipefail

missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncurses-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# The PostgreSQL tests start a throwaway server of their own (scripts/postgres-throwaway.sh).
[ -n "${PG_BIN:-}" ] || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "byline: missing ${missing[*]}; run as root or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian's package starts a cluster of its own on port 5432; the tests use a throwaway one,
  # and nothing Byline installs may be left running.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _ status _; do
      [ "$status" != online ] || pg_ctlcluster "$version" "$cluster" stop || true
    done
  fi
fi
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
command -v swift >/dev/null 2>&1 || { echo "byline: swift not found (expected at /opt/swift/usr/bin)" >&2; exit 1; }
