#!/usr/bin/env bash
# Installs what Perisai Desk needs to build, run and test on Debian 12. Safe to run again: installs only what is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libboost-dev libgtest-dev libgmock-dev
    libsqlite3-dev sqlite3 libpq-dev postgresql
    libminizip-dev libxlsxwriter-dev qtkeychain-qt6-dev
    xvfb xauth poppler-utils fonts-dejavu-core
)
# scripts/install-deps.sh fuzz: also clang and its libFuzzer and sanitizer runtimes (scripts/fuzz.sh).
if [ "${1:-}" = fuzz ]; then
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All build and test dependencies are installed."
    exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "Installing: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
