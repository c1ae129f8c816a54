#!/usr/bin/env bash
# Installs the .deb into a fresh, minimal Debian 12 (debootstrap) and runs the installed program there:
#   sudo scripts/check-deb.sh build/package/perisai-desk_0.1.0_amd64.deb [CHROOT_DIR]
# Needs root, debootstrap and the Debian mirror. The chroot is kept for a look afterwards; delete it by hand.
set -euo pipefail
deb=$(realpath "${1:?usage: scripts/check-deb.sh PACKAGE.deb [CHROOT_DIR]}")
root=${2:-/var/tmp/perisai-deb-check}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" "$mirror"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
mkdir -p "$root/tmp/deb"
rm -f "$root"/tmp/deb/*.deb
cp "$deb" "$root/tmp/deb/"
chroot "$root" env DEBIAN_FRONTEND=noninteractive bash -c 'apt-get update -qq && cd /tmp/deb && apt-get install -y -qq ./perisai-desk_*.deb >/dev/null'
chroot "$root" env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg bash -c '
    mkdir -p -m 700 /tmp/xdg
    set -e
    perisai-desk --help >/dev/null; echo "perisai-desk --help: ok"
    # The window on an offscreen display: opens a new SQLite file (driver, icons, translations load), then is stopped.
    rc=0; timeout 5 perisai-desk --database /tmp/window.db || rc=$?
    [ "$rc" -eq 124 ]; [ -s /tmp/window.db ]; echo "perisai-desk window: ok"
    rm -f /tmp/check.db
    perisai-desk demo --database /tmp/check.db; echo "perisai-desk demo: ok"
    perisai-desk check --database /tmp/check.db >/dev/null; echo "perisai-desk check: ok"'
