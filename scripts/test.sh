#!/usr/bin/env bash
# Quick-start command 2: install what is missing, build, and run every test:
#   1. the whole suite in the default build, on SQLite and a throwaway PostgreSQL server (PostgreSQL tests must
#      run, never skip), crash tests and fuzz-crash replays included;
#   2. each libFuzzer target for PERISAI_FUZZ_SECONDS (60 by default) from its seed corpus (scripts/fuzz.sh);
#   3. the suite again built with AddressSanitizer + UndefinedBehaviorSanitizer (preset asan, clang), all but the
#      tests labelled `volume` (demo provinces, million-row imports and their kills, report goldens), which ran in
#      step 1 and would take an hour more under ASan on CI's two cores;
#   4. the tests with background threads built with ThreadSanitizer (preset tsan, gcc; see tests/tsan.supp).
# `scripts/test.sh --plain [ctest options]` runs step 1 only; `scripts/test.sh --sanitize [ctest options]` runs
# steps 3 and 4 only, with the volume tests. The ctest options apply to step 1 (or to the sanitized suites with
# --sanitize).
set -euo pipefail
cd "$(dirname "$0")/.."

export PERISAI_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen
started=$SECONDS
phase() { echo "== $1 ($(( (SECONDS - started) / 60 )) min so far)"; }

mode=all
case "${1:-}" in
    --plain) mode=plain; shift ;;
    --sanitize) mode=sanitize; shift ;;
esac

sanitized() { # preset, ctest options...
    local preset=$1
    shift
    phase "$preset: build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
    phase "$preset: tests"
    scripts/with-postgres.sh ctest --preset "$preset" "$@"
}

if [ "$mode" = sanitize ]; then
    scripts/install-deps.sh fuzz
    sanitized asan "$@"
    sanitized tsan "$@"
    phase "Sanitized tests passed"
    exit 0
fi

scripts/install-deps.sh fuzz
phase "Build"
scripts/build.sh
phase "Every test, SQLite and PostgreSQL"
scripts/with-postgres.sh ctest --preset default "$@"
[ "$mode" = plain ] && exit 0

phase "Fuzzing: ${PERISAI_FUZZ_SECONDS:-60} s per target"
scripts/fuzz.sh "${PERISAI_FUZZ_SECONDS:-60}"
sanitized asan --label-exclude volume
sanitized tsan
phase "All tests passed"
