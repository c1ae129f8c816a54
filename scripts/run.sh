#!/usr/bin/env bash
# Quick-start command 1: install what is missing, build, and start Perisai Desk on its embedded
# SQLite database in the user's data folder (filled with demo data on the first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/default/app/perisai-desk "$@"
