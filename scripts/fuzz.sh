#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang with AddressSanitizer and UndefinedBehaviorSanitizer) and
# runs each for a bounded time, from its seed corpus (tests/data/imports, tests/fuzz/corpus) and the inputs
# that crashed it before (tests/fuzz/crashes). A new crash is written to tests/fuzz/crashes/<target>/: keep it
# there (the default build replays it as a test) and fix the cause.
#   scripts/fuzz.sh            # 60 s per target
#   scripts/fuzz.sh 600 xlsx   # 10 minutes, the XLSX reader only
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx values mapping)

scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

seeds() {
    local d
    for d in $(all_seeds "$1"); do [ -d "$d" ] && echo "$d"; done # libFuzzer stops on a missing folder
}
all_seeds() {
    case $1 in
        csv) echo tests/data/imports tests/fuzz/corpus/csv ;;
        xlsx) echo tests/data/imports/damaged tests/fuzz/corpus/xlsx ;;
        values) echo tests/fuzz/corpus/values ;;
        mapping) echo tests/fuzz/corpus/mapping ;;
    esac
}

status=0
for t in "${targets[@]}"; do
    work=build/fuzz/corpus/$t
    mkdir -p "$work" "tests/fuzz/crashes/$t"
    log=build/fuzz/fuzz_$t.log
    # -rss_limit_mb: a reader that holds a zip bomb in memory is a finding, not a machine that swaps.
    # shellcheck disable=SC2046
    if ! build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
            -artifact_prefix="tests/fuzz/crashes/$t/" "$work" $(seeds "$t") "tests/fuzz/crashes/$t" >"$log" 2>&1; then
        echo "fuzz_$t: FOUND A CRASH (see $log and tests/fuzz/crashes/$t/)"
        status=1
    fi
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -n 1)
    echo "fuzz_$t: ${runs:-?} executions in ${seconds} s"
done
exit $status
