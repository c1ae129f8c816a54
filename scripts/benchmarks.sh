#!/usr/bin/env bash
# Builds and runs every benchmark under tests/benchmarks/. Each prints its figure as a ratio against a peer
# run side by side (sqlite3 .import, psql \copy, QSortFilterProxyModel, a plain GROUP BY scan, the same
# figures without row-level security), so the numbers survive a shared, noisy machine. The PostgreSQL parts
# run against a throwaway server.
#   scripts/benchmarks.sh            all of them
#   scripts/benchmarks.sh imports    one of them
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
targets=(demo_benchmark imports_benchmark performance_benchmark roster_participants_bench report_benchmark projector_benchmark incentives_benchmark security_benchmark signals_benchmark)
region=0
if [ $# -gt 0 ]; then
    targets=()
    for name in "$@"; do
        case $name in
            demo) targets+=(demo_benchmark) ;;
            imports) targets+=(imports_benchmark) ;;
            performance) targets+=(performance_benchmark) ;;
            roster) targets+=(roster_participants_bench) ;;
            reports) targets+=(report_benchmark) ;;
            incentives) targets+=(incentives_benchmark) ;;
            projector) targets+=(projector_benchmark) ;;
            security) targets+=(security_benchmark) ;;
            signals) targets+=(signals_benchmark) ;;
            region) region=1 ;; # size l on a server of its own: tests/benchmarks/region/run.sh (not in the default run)
            *) echo "unknown benchmark: $name (demo, imports, performance, roster, reports, projector, incentives, security, signals, region)" >&2; exit 2 ;;
        esac
    done
fi
if [ ${#targets[@]} -eq 0 ]; then
    [ $region -eq 1 ] && exec tests/benchmarks/region/run.sh
    exit 0
fi
cmake --build --preset default --target "${targets[@]}"
export QT_QPA_PLATFORM=offscreen
for t in "${targets[@]}"; do
    bin=$(find build/default/tests/benchmarks -type f -name "$t" -perm -u+x | head -n 1)
    echo "=== $t"
    scripts/with-postgres.sh "$bin"
done
if [ $region -eq 1 ]; then
    echo "=== region"
    tests/benchmarks/region/run.sh
fi
