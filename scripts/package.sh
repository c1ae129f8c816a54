#!/usr/bin/env bash
# Builds the Debian package: a Release build without tests (preset "package", prefix /usr) and cpack -G DEB.
# Prints the path of the .deb. Needs dpkg-dev (dpkg-shlibdeps reads the library dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset package >/dev/null
cmake --build --preset package
cd build/package
rm -f perisai-desk_*.deb
cpack -G DEB >/dev/null
deb=$(ls "$PWD"/perisai-desk_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
echo "$deb"
