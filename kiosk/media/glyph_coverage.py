"""Which characters a font file can draw: the code points of its `cmap` table.

A tiny reader of the OpenType/TrueType `cmap` (subtable formats 4 and 12, the ones every
Unicode font carries), so the kiosk can refuse text its bundled fonts would draw as boxes
without depending on fontTools at run time. Checked against Pillow's rendering of the same
fonts in tests/test_glyph_coverage.py.
"""

from __future__ import annotations

import struct
from pathlib import Path

from kiosk.media.errors import MediaError


def _ranges_format4(data: bytes, offset: int) -> list[tuple[int, int]]:
    seg_count = struct.unpack_from(">H", data, offset + 6)[0] // 2
    ends = offset + 14
    starts = ends + 2 * seg_count + 2
    deltas = starts + 2 * seg_count
    range_offsets = deltas + 2 * seg_count
    ranges = []
    for i in range(seg_count):
        end = struct.unpack_from(">H", data, ends + 2 * i)[0]
        start = struct.unpack_from(">H", data, starts + 2 * i)[0]
        delta = struct.unpack_from(">h", data, deltas + 2 * i)[0]
        ro_at = range_offsets + 2 * i
        range_offset = struct.unpack_from(">H", data, ro_at)[0]
        if start == 0xFFFF:
            continue
        if range_offset == 0:
            # glyph = (c + delta) mod 65536; glyph 0 is .notdef (a box): not drawable.
            ranges.extend(_runs(c for c in range(start, end + 1) if (c + delta) & 0xFFFF))
        else:
            covered = []
            for c in range(start, end + 1):
                glyph = struct.unpack_from(">H", data, ro_at + range_offset + 2 * (c - start))[0]
                if glyph and (glyph + delta) & 0xFFFF:
                    covered.append(c)
            ranges.extend(_runs(covered))
    return ranges


def _ranges_format12(data: bytes, offset: int) -> list[tuple[int, int]]:
    groups = struct.unpack_from(">I", data, offset + 12)[0]
    ranges = []
    for i in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, offset + 16 + 12 * i)
        if glyph == 0:
            start += 1  # the first code point maps to .notdef
        if start <= end:
            ranges.append((start, end))
    return ranges


def _runs(codes) -> list[tuple[int, int]]:  # noqa: ANN001 - an iterable of sorted ints
    runs: list[tuple[int, int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1] = (runs[-1][0], c)
        else:
            runs.append((c, c))
    return runs


def font_code_points(path: Path) -> frozenset[int]:
    """Every code point `path` (an .otf or .ttf file) maps to a real glyph."""
    data = Path(path).read_bytes()
    try:
        num_tables = struct.unpack_from(">H", data, 4)[0]
        cmap = None
        for i in range(num_tables):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            if tag == b"cmap":
                cmap = offset
        if cmap is None:
            raise MediaError(f"{path.name}: no cmap table")
        subtables = {}
        for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
            fmt = struct.unpack_from(">H", data, cmap + offset)[0]
            if platform in (0, 3) and fmt in (4, 12):
                subtables.setdefault(fmt, cmap + offset)
        if 12 in subtables:  # full Unicode, beyond the BMP
            ranges = _ranges_format12(data, subtables[12])
        elif 4 in subtables:
            ranges = _ranges_format4(data, subtables[4])
        else:
            raise MediaError(f"{path.name}: no Unicode cmap subtable")
    except struct.error as exc:
        raise MediaError(f"{path.name}: damaged font ({exc})") from None
    return frozenset(c for start, end in ranges for c in range(start, end + 1))
