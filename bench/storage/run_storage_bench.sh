#!/usr/bin/env bash
# Runs hyperlab-storage-bench against a private PostgreSQL server: initdb
# into a temporary directory (as nobody when run as root), a Unix socket
# only, durable commits as a real server has them (fsync on), removed at
# the end whatever happens. Usage: run_storage_bench.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: run_storage_bench.sh BUILD_DIR}" && pwd)"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/hyperlab-pg-bench-XXXXXX)
as=()
if [[ $(id -u) -eq 0 ]]; then
    chown nobody "$dir"
    as=(runuser -u nobody --)
fi
cleanup() {
    (cd / && "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1) || true
    rm -rf "$dir"
}
trap cleanup EXIT
cd "$dir"
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U hyperlab -E UTF8 --locale=C >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses='' -k $dir -c max_connections=40" start >/dev/null
"$build/bench/hyperlab-storage-bench" "host=$dir user=hyperlab dbname=postgres"
