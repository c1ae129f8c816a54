#!/usr/bin/env bash
# Builds and runs the demo data benchmark (size m unless given): ours vs sqlite3 .import of the same rows.
set -euo pipefail
cd "$(dirname "$0")/../../.."
cmake --build --preset default --target demo_benchmark >/dev/null
exec build/default/tests/benchmarks/demo/demo_benchmark "${@:-m}"
