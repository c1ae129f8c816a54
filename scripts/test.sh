#!/usr/bin/env bash
# Quick-start command 2: install what is missing, build, and run every test
# (SQLite and a throwaway PostgreSQL server; PostgreSQL tests must run, never skip).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export PERISAI_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen
scripts/with-postgres.sh ctest --preset default "$@"
