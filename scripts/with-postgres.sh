#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on 127.0.0.1, stopped and deleted afterwards.
# The command sees PERISAI_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres.
#   scripts/with-postgres.sh ctest --preset default
set -euo pipefail

port=${PERISAI_PG_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

dir=$(mktemp -d /tmp/perisai-pg.XXXXXX)
chmod 755 "$dir"
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    as_postgres=(runuser -u postgres --)
fi

stop() {
    "${as_postgres[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

"${as_postgres[@]}" "$bindir/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_postgres[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export PERISAI_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL test server on 127.0.0.1:$port" >&2
"$@"
