"""Build the kiosk's bundled fonts: Simplified Chinese from Debian's fonts-noto-cjk, Latin from
fonts-noto-core.

Extracts the "Noto Sans CJK SC" face from the Noto Sans CJK collections (.ttc) and cuts
it down to what an exhibition needs:

- Regular: every character GBK can encode (so whatever an editor types renders), plus
  Latin, punctuation, CJK symbols, full-width forms, UI arrows and shapes, and every
  character of the default exhibition (db/exhibition/*.json, source-article.zh.txt).
- Bold: GB2312 plus the same Latin, punctuation and exhibition characters (titles only).

English screens are set in "Noto Sans" (proportional Latin punctuation: the CJK face's
“ ” ’ : are full-width), cut to Basic Latin, Latin-1, Latin Extended-A, pinyin tone letters,
General Punctuation and whatever arrows and shapes the face has; kerning and ligatures are
kept. Chinese characters in English screens fall back to the CJK face (kiosk/ui/typeface.py).

Writes kiosk/assets/fonts/NotoSansSC-Regular.otf, NotoSansSC-Bold.otf, NotoSans-Regular.ttf,
NotoSans-Bold.ttf and OFL.txt. The family names stay "Noto Sans CJK SC" and "Noto Sans" (the
CJK face's reserved font name is "Source"; Noto Sans reserves none), so Qt can ask for them by
name. Output is reproducible: the same inputs give the same bytes.

Usage (from anywhere; needs fontTools):
    python assets/fonts/make_font_subset.py [--source-dir /usr/share/fonts/opentype/noto]
                                            [--latin-dir /usr/share/fonts/truetype/noto]
                                            [--only cjk|latin]
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
OUT_DIR = REPO / "kiosk" / "assets" / "fonts"
EXHIBITION_DIR = REPO / "db" / "exhibition"
DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_LATIN_DIR = Path("/usr/share/fonts/truetype/noto")
LICENCE_SOURCES = (
    Path("/usr/share/doc/fonts-noto-cjk/copyright"),
    Path("/usr/share/doc/fonts-noto-cjk/LICENSE"),
    Path("/usr/share/doc/fonts-noto-core/copyright"),  # the same OFL 1.1 text
)
LICENCE_STANZAS = ("License: SIL-1.1", "License: OFL-1.1")
FAMILY = "Noto Sans CJK SC"
LATIN_FAMILY = "Noto Sans"

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
# The Latin face: what English text and the UI chrome set (arrows and shapes the face lacks
# fall back to the CJK face).
LATIN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x01CD, 0x01DC),  # pinyin tone letters (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ)
    (0x0300, 0x036F),  # combining diacritics (decomposed accents)
    (0x2000, 0x206F),  # General Punctuation (“ ” ‘ ’ – — … • ‰)
    (0x20A0, 0x20CF),  # currency (€)
    (0x2100, 0x214F),  # letterlike symbols (№ ™ ℃)
    (0x2190, 0x21FF),  # arrows (where the face has them)
    (0x2200, 0x22FF),  # mathematical operators (− ≤ ≥)
    (0x25A0, 0x25FF),  # geometric shapes (where the face has them)
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
    names = [font["name"].getDebugName(1) for font in TTCollection(str(collection), lazy=True).fonts]
    if FAMILY not in names:
        raise SystemExit(f"error: {collection} has no {FAMILY!r} face (found {names})")
    return TTFont(str(collection), fontNumber=names.index(FAMILY), recalcTimestamp=False, lazy=False)


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


def latin_options() -> Options:
    """Noto Sans keeps its default layout features (kern, liga, calt, mark …) and its hints."""
    options = Options()
    options.name_IDs = ["*"]
    options.name_legacy = True
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]  # a subset's signature would be invalid anyway
    options.recalc_timestamp = False
    return options


def make_latin_subset(source: Path, out: Path) -> int:
    """Cut a static Noto Sans face down to LATIN_RANGES plus the exhibition's Latin characters."""
    font = TTFont(str(source), recalcTimestamp=False, lazy=False)
    family = font["name"].getDebugName(1)
    if family != LATIN_FAMILY:
        raise SystemExit(f"error: {source} is {family!r}, not {LATIN_FAMILY!r}")
    present = set(font.getBestCmap())
    wanted = _ranges(LATIN_RANGES) | {cp for cp in exhibition_codepoints() if cp < 0x2E80}
    subsetter = Subsetter(options=latin_options())
    subsetter.populate(unicodes=sorted(wanted & present))
    subsetter.subset(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return len(font.getBestCmap())


def licence_text() -> str:
    for path in LICENCE_SOURCES:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "LICENSE":
            return LICENCE_HEADER + text
        return _licence_from_debian_copyright(text)
    raise SystemExit("error: no licence text found; is fonts-noto-cjk installed?")


LICENCE_HEADER = (
    "Fonts bundled with the kiosk in kiosk/assets/fonts/ (subsets, made by\n"
    "assets/fonts/make_font_subset.py):\n"
    "\n"
    "Noto Sans CJK SC — NotoSansSC-Regular.otf, NotoSansSC-Bold.otf\n"
    "Copyright © 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name "
    "'Source'.\n"
    "Noto is a trademark of Google Inc. Upstream: https://github.com/googlefonts/noto-cjk\n"
    "\n"
    "Noto Sans — NotoSans-Regular.ttf, NotoSans-Bold.ttf\n"
    "Copyright 2010, 2012-2020 Google Inc.; 2015-2020 Google LLC. No Reserved Font Name.\n"
    "Upstream: https://github.com/notofonts/latin-greek-cyrillic\n"
    "\n"
    "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
    "This license is copied below, and is also available with a FAQ at:\n"
    "https://openfontlicense.org\n"
    "\n"
)


def _licence_from_debian_copyright(text: str) -> str:
    """The SIL-1.1 stanza of a Debian copyright file, unfolded into plain text."""
    lines = text.splitlines()
    start = next(
        i
        for i, line in enumerate(lines)
        if line.strip() in LICENCE_STANZAS and i + 1 < len(lines) and lines[i + 1].startswith(" ")
    )
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    return LICENCE_HEADER + "\n".join(body).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source-dir",
        type=Path,
        default=DEFAULT_SOURCE_DIR,
        help="folder of NotoSansCJK-*.ttc (fonts-noto-cjk)",
    )
    parser.add_argument(
        "--latin-dir", type=Path, default=DEFAULT_LATIN_DIR, help="folder of NotoSans-*.ttf (fonts-noto-core)"
    )
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--only", choices=("cjk", "latin"), help="build one set (the CJK cut takes minutes)")
    args = parser.parse_args(argv)

    cjk_jobs = (
        ("NotoSansCJK-Regular.ttc", "gbk", "NotoSansSC-Regular.otf"),
        ("NotoSansCJK-Bold.ttc", "gb2312", "NotoSansSC-Bold.otf"),
    )
    latin_jobs = (
        ("NotoSans-Regular.ttf", "NotoSans-Regular.ttf"),
        ("NotoSans-Bold.ttf", "NotoSans-Bold.ttf"),
    )
    if args.only != "latin":
        for source, encoding, target in cjk_jobs:
            collection = args.source_dir / source
            if not collection.exists():
                print(f"error: {collection} not found (apt install fonts-noto-cjk)", file=sys.stderr)
                return 1
            out = args.out_dir / target
            _report(out, make_subset(collection, wanted_codepoints(encoding), out))
    if args.only != "cjk":
        for source, target in latin_jobs:
            face = args.latin_dir / source
            if not face.exists():
                print(f"error: {face} not found (apt install fonts-noto-core)", file=sys.stderr)
                return 1
            out = args.out_dir / target
            _report(out, make_latin_subset(face, out))
    (args.out_dir / "OFL.txt").write_text(licence_text(), encoding="utf-8")
    return 0


def _report(out: Path, count: int) -> None:
    size = out.stat().st_size / 1e6
    shown = out.relative_to(REPO) if out.is_relative_to(REPO) else out
    print(f"{shown}: {count} characters, {size:.2f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
