#!/usr/bin/env bash
# Region scale on PostgreSQL: demo size l (a province, KW-JATIM with ten branches, about three million
# participants) on one server, and side by side on that server:
#   1. demo --size l written through COPY: its time and the database's size on disk;
#   2. the kanwil's dashboard from the summaries against GROUP BY over the raw rows (goal <= 0.05);
#   3. one branch's month of contributions imported into the full province against psql \copy of the same
#      file into a staging table + INSERT ... SELECT joining participants (goal <= 1.25); both in a transaction
#      that is rolled back (`import --dry-run` does all of its work, the summary refresh included, then rolls
#      back), so every repetition starts from the same database;
#      and the summary refresh of that branch's month against a refresh of the whole province's month;
#   4. the participants browser of that branch, logged in as the branch's staff (row-level security keeps it to
#      the branch): the median keystroke (goal < 50 ms).
# The server's files stay in build/default/bench/region-pg between runs (generating size l takes a while);
# --fresh starts over. The server listens on 127.0.0.1 only and is stopped at the end.
#   tests/benchmarks/region/run.sh [--fresh]
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
fresh=0
while [ $# -gt 0 ]; do
    case $1 in
        --fresh) fresh=1 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

cmake --build --preset default --target perisai-desk performance_benchmark roster_participants_bench region_refresh_benchmark >/dev/null
desk=$root/build/default/app/perisai-desk
port=${PERISAI_REGION_PORT:-55472}
dir=$root/build/default/bench/region-pg
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)

[ $fresh -eq 1 ] && rm -rf "$dir"
if [ ! -d "$dir/data" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    "${as_postgres[@]}" "$bindir/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 >/dev/null
fi
"${as_postgres[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c maintenance_work_mem=512MB -c max_wal_size=8GB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
trap '"${as_postgres[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true' EXIT

db=perisai_region
url="postgresql://postgres@127.0.0.1:$port/$db"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

echo "=== 1. demo --size l into PostgreSQL"
if [ "$("${psql[@]}" -At -d postgres -c "SELECT COUNT(*) FROM pg_database WHERE datname = '$db'")" = 0 ]; then
    "${psql[@]}" -d postgres -c "CREATE DATABASE $db"
    start=$(now)
    "$desk" demo --database "$url" --size l >"$dir/demo.log" 2>&1 || { cat "$dir/demo.log"; exit 1; }
    took=$(elapsed "$start" "$(now)")
    printf 'generated in %.0f s: %s\n' "$took" "$(tail -n 1 "$dir/demo.log")"
    echo "$took" >"$dir/demo-seconds"
else
    printf 'generated earlier in %.0f s (--fresh to generate again)\n' "$(cat "$dir/demo-seconds" 2>/dev/null || echo 0)"
fi
"${psql[@]}" -d "$db" -At -F ' ' -c "SELECT 'participants', COUNT(*) FROM participants" \
    -c "SELECT 'contribution rows', COUNT(*) FROM contributions" \
    -c "SELECT 'contribution partitions', COUNT(*) FROM pg_inherits WHERE inhparent = 'contributions'::regclass" \
    -c "SELECT 'database size', pg_size_pretty(pg_database_size(current_database()))"

kanwil=$("${psql[@]}" -d "$db" -At -c "SELECT code FROM offices WHERE kind = 'kanwil' ORDER BY code LIMIT 1")
branch=$("${psql[@]}" -d "$db" -At -c "SELECT code FROM offices WHERE kind = 'kc' ORDER BY code LIMIT 1")
# The branch's staff: imports and browses as a branch would, row-level security keeping it to the branch.
if [ "$("${psql[@]}" -d "$db" -At -c "SELECT COUNT(*) FROM perisai_logins WHERE role_name = 'staf_region'")" = 0 ]; then
    echo "region-bench-password" | "$desk" users --database "$url" add --name staf_region --role staff --office "$branch" >/dev/null
fi
staff="postgresql://staf_region@127.0.0.1:$port/$db"

echo
echo "=== 2. the kanwil's dashboard ($kanwil) against GROUP BY over the raw rows"
QT_QPA_PLATFORM=offscreen build/default/tests/benchmarks/performance/performance_benchmark --database "$url" --office "$kanwil" --runs 3 \
    | grep -E "database:|dashboard figures|GROUP BY|ratio|agree" || true

echo
echo "=== 3. one branch's month ($branch) imported into the province against psql \\copy, both as the branch's staff"
file=$dir/branch-month.csv
last=$("${psql[@]}" -d "$db" -At -c "SELECT MAX(period) FROM contributions")
# The branch's payers of the last month pay again the month after (KPJ, month, amount, date, channel).
"${psql[@]}" -d "$db" -c "\\copy (SELECT p.kpj AS kpj, to_char(to_date('$last', 'YYYYMM') + interval '1 month', 'YYYY-MM') AS periode, c.amount AS jumlah, to_char(to_date('$last', 'YYYYMM') + interval '1 month 9 days', 'YYYY-MM-DD') AS tanggal_bayar, CASE WHEN c.channel = 'agen' THEN 'AGEN' ELSE upper(c.channel) END AS kanal FROM contributions c JOIN participants p ON p.id = c.participant_id JOIN offices o ON o.id = p.office_id WHERE c.period = $last AND (o.code = '$branch' OR o.parent_id = (SELECT id FROM offices WHERE code = '$branch')) ORDER BY p.kpj) TO '$file' CSV HEADER"
rows=$(($(wc -l <"$file") - 1))
cat >"$dir/copy.sql" <<SQL
BEGIN;
CREATE TEMP TABLE staging (kpj TEXT, periode TEXT, jumlah BIGINT, tanggal_bayar DATE, kanal TEXT);
\\copy staging FROM '$file' CSV HEADER
INSERT INTO contributions (period, participant_id, amount, paid_on, channel)
    SELECT replace(s.periode, '-', '')::integer, p.id, s.jumlah, s.tanggal_bayar, lower(s.kanal)
    FROM staging s JOIN participants p ON p.kpj = s.kpj;
ROLLBACK;
SQL
ours=()
theirs=()
for i in 1 2 3; do
    start=$(now)
    "$desk" import --database "$staff" --kind contributions --dry-run "$file" >"$dir/import.log" 2>&1 || { cat "$dir/import.log"; exit 1; }
    ours+=("$(elapsed "$start" "$(now)")")
    start=$(now)
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U staf_region -d "$db" -f "$dir/copy.sql"
    theirs+=("$(elapsed "$start" "$(now)")")
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
o=$(median "${ours[@]}")
t=$(median "${theirs[@]}")
printf 'rows: %d; perisai-desk import (checks, batch, audit, summaries of the branch): %.2f s; psql \\copy + join: %.2f s\n' "$rows" "$o" "$t"
printf 'RATIO import / psql: %.2f (goal <= 1.25)\n' "$(echo "$o / $t" | bc -l)"
# What the import's refresh saves: the branch's offices against the whole province's month.
build/default/tests/benchmarks/region/region_refresh_benchmark --database "$url" --office "$branch" --runs 3

echo
echo "=== 4. the participants browser of $branch, logged in as its staff"
QT_QPA_PLATFORM=offscreen build/default/tests/benchmarks/roster/roster_participants_bench \
    --database "$staff" | grep -E "Participants browser|first page|keystroke median|index build"
