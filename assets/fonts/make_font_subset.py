"""Build the kiosk's bundled Simplified Chinese fonts from Debian's fonts-noto-cjk.

Extracts the "Noto Sans CJK SC" face from the Noto Sans CJK collections (.ttc) and cuts
it down to what an exhibition needs:

- Regular: every character GBK can encode (so whatever an editor types renders), plus
  Latin, punctuation, CJK symbols, full-width forms, UI arrows and shapes, and every
  character of the default exhibition (db/exhibition/*.json, source-article.zh.txt).
- Bold: GB2312 plus the same Latin, punctuation and exhibition characters (titles only).

Writes kiosk/assets/fonts/NotoSansSC-Regular.otf, NotoSansSC-Bold.otf and OFL.txt. The family
name stays "Noto Sans CJK SC" (the OFL's reserved font name is "Source", not "Noto"), so
Qt can ask for it by name. Output is reproducible: the same inputs give the same bytes.

Usage (from anywhere; needs fontTools):
    python assets/fonts/make_font_subset.py [--source-dir /usr/share/fonts/opentype/noto]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "kiosk" / "ui" / "fonts"
EXHIBITION_DIR = REPO / "db" / "exhibition"
DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
LICENCE_SOURCES = (
    Path("/usr/share/doc/fonts-noto-cjk/copyright"),
    Path("/usr/share/doc/fonts-noto-cjk/LICENSE"),
)
FAMILY = "Noto Sans CJK SC"

# Ranges both weights carry, beyond the Chinese cut.
COMMON_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (· U+00B7, × U+00D7, é …)
    (0x2000, 0x206F),  # General Punctuation (“ ” ‘ ’ — … • ‰)
    (0x2100, 0x214F),  # Letterlike symbols (℃ №)
    (0x2150, 0x218F),  # Number forms (Ⅰ Ⅱ Ⅲ)
    (0x2190, 0x21FF),  # Arrows (← → ↑ ↓)
    (0x2460, 0x24FF),  # Enclosed alphanumerics (① ②)
    (0x25A0, 0x25FF),  # Geometric shapes (▶ ◀ ● ○ ■ □)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。《》「」【】)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (，：！（）)
)
DROPPED_FEATURES = frozenset({"locl", "vert", "vrt2", "vkrn", "vpal", "vhal", "valt", "vchw"})
EXTRA_CHARS = "×÷±°·•※√✓✔✕✗☆★♪"


def _codepoints_in(encoding: str) -> set[int]:
    """Every non-ASCII BMP code point `encoding` can encode."""
    found = set()
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode(encoding)
        except UnicodeEncodeError:
            continue
        found.add(cp)
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def exhibition_codepoints(directory: Path = EXHIBITION_DIR) -> set[int]:
    """Every character of the default exhibition's JSON and the source article."""
    texts: list[str] = []
    for path in sorted(directory.glob("*.json")):
        raw = path.read_text(encoding="utf-8")
        texts.append(raw)
        texts.extend(_strings(json.loads(raw)))  # \\u escapes, decoded
    for path in sorted(directory.glob("source-article*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    return {ord(ch) for text in texts for ch in text if ord(ch) >= 0x20}


def _ranges(ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {cp for lo, hi in ranges for cp in range(lo, hi + 1)}


def wanted_codepoints(encoding: str) -> set[int]:
    return (
        _codepoints_in(encoding)
        | _ranges(COMMON_RANGES)
        | {ord(c) for c in EXTRA_CHARS}
        | exhibition_codepoints()
    )


def load_sc_face(collection: Path) -> TTFont:
    """The "Noto Sans CJK SC" face of a Noto Sans CJK .ttc (found by name, not index)."""
    names = [
        font["name"].getDebugName(1)
        for font in TTCollection(str(collection), lazy=True).fonts
    ]
    if FAMILY not in names:
        raise SystemExit(f"error: {collection} has no {FAMILY!r} face (found {names})")
    return TTFont(
        str(collection), fontNumber=names.index(FAMILY), recalcTimestamp=False, lazy=False
    )


def subset_options() -> Options:
    options = Options()
    options.name_IDs = ["*"]  # keep copyright, licence and URL records
    options.name_legacy = True
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints: smaller, and Qt renders anti-aliased anyway
    options.desubroutinize = False  # subroutines keep the uncompressed file smaller
    # fontTools' default features (kern, palt, halt, chws, ccmp …) minus "locl", whose
    # closure would drag in the Japanese/Korean/Traditional glyph variants (9 MB → 5 MB),
    # and minus vertical-writing features: the kiosk sets no vertical text.
    options.layout_features = [
        feature for feature in Options().layout_features if feature not in DROPPED_FEATURES
    ]
    options.drop_tables += ["VORG", "vhea", "vmtx"]  # no vertical text in the kiosk
    options.recalc_timestamp = False
    return options


def make_subset(collection: Path, codepoints: set[int], out: Path) -> int:
    font = load_sc_face(collection)
    present = set(font.getBestCmap())
    subsetter = Subsetter(options=subset_options())
    subsetter.populate(unicodes=sorted(codepoints & present))
    subsetter.subset(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    missing = sorted(cp for cp in exhibition_codepoints() if cp not in present)
    if missing:
        listed = " ".join(f"U+{cp:04X}" for cp in missing[:20])
        print(f"warning: {out.name}: the font has no glyph for {listed}", file=sys.stderr)
    return len(font.getBestCmap())


def licence_text() -> str:
    for path in LICENCE_SOURCES:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "LICENSE":
            return text
        return _licence_from_debian_copyright(text)
    raise SystemExit("error: no licence text found; is fonts-noto-cjk installed?")


def _licence_from_debian_copyright(text: str) -> str:
    """The SIL-1.1 stanza of a Debian copyright file, unfolded into plain text."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "License: SIL-1.1"
                 and i + 1 < len(lines) and lines[i + 1].startswith(" "))
    body = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    header = (
        "Noto Sans CJK SC (subset) — bundled with the kiosk in kiosk/assets/fonts/\n"
        "Copyright © 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name "
        "'Source'.\n"
        "Noto is a trademark of Google Inc. Upstream: https://github.com/googlefonts/noto-cjk\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
    )
    return header + "\n".join(body).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=DEFAULT_SOURCE_DIR)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)

    jobs = (
        ("NotoSansCJK-Regular.ttc", "gbk", "NotoSansSC-Regular.otf"),
        ("NotoSansCJK-Bold.ttc", "gb2312", "NotoSansSC-Bold.otf"),
    )
    for source, encoding, target in jobs:
        collection = args.source_dir / source
        if not collection.exists():
            print(f"error: {collection} not found (apt install fonts-noto-cjk)", file=sys.stderr)
            return 1
        out = args.out_dir / target
        count = make_subset(collection, wanted_codepoints(encoding), out)
        size = out.stat().st_size / 1e6
        print(f"{out.relative_to(REPO) if out.is_relative_to(REPO) else out}: "
              f"{count} characters, {size:.2f} MB")
    (args.out_dir / "OFL.txt").write_text(licence_text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
