#!/usr/bin/env python3
"""Packs the hicolor PNGs of the application icon into one Windows .ico (PNG-compressed entries, Vista and later).
   python3 installer/windows/make-ico.py   (run from the source root; rewrites installer/windows/perisai-desk.ico)"""
import struct
from pathlib import Path

sizes = [16, 32, 48, 64, 128, 256]
images = [Path(f"resources/icons/app/hicolor/{s}x{s}/apps/perisai-desk.png").read_bytes() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
Path("installer/windows/perisai-desk.ico").write_bytes(header + entries + b"".join(images))
