"""The bundled fonts' character coverage, read from their `cmap` tables, agrees with what
FreeType (through Pillow) actually draws: a covered character has a glyph of its own, an
uncovered one is drawn as the font's .notdef box."""

from __future__ import annotations

import random
import unicodedata
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from PIL import ImageFont

from kiosk.media.glyph_coverage import font_code_points
from kiosk.services.validation import bundled_glyph_coverage

FONTS = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
UNCOVERED_PROBE = 0xE000  # private use: in no bundled font


def _path(name: str) -> Path:
    with as_file(files("kiosk.assets.fonts") / name) as path:
        return Path(path)


def _visible(code: int) -> bool:
    return unicodedata.category(chr(code))[0] in "LNPS"


def _bitmap(font: ImageFont.FreeTypeFont, code: int) -> tuple[tuple[int, int], bytes]:
    mask = font.getmask(chr(code))
    return mask.size, bytes(mask)


@pytest.mark.parametrize("name", FONTS)
def test_cmap_coverage_matches_what_freetype_draws(name: str) -> None:
    path = _path(name)
    covered = font_code_points(path)
    font = ImageFont.truetype(str(path), 40, layout_engine=ImageFont.Layout.BASIC)
    notdef = _bitmap(font, UNCOVERED_PROBE)
    assert UNCOVERED_PROBE not in covered and notdef[0] != (0, 0)

    rng = random.Random(name)
    drawn = rng.sample(sorted(c for c in covered if _visible(c)), 150)
    others = {c for fn in FONTS for c in font_code_points(_path(fn))} - covered  # other fonts have these
    others |= {0x1F600, 0x20000, 0x0378, 0xFFFD}  # an emoji, CJK extension B, unassigned, replacement
    missing = rng.sample(sorted(c for c in others if _visible(c) or c == 0x0378), min(150, len(others)))
    for code in drawn:
        assert _bitmap(font, code) != notdef, f"{name}: U+{code:04X} is in the cmap but draws .notdef"
    for code in missing:
        assert _bitmap(font, code) == notdef, f"{name}: U+{code:04X} is not in the cmap but draws a glyph"


def test_what_an_editor_may_type_is_drawn_by_both_weights() -> None:
    coverage = bundled_glyph_coverage()
    assert coverage.missing("湖南税务“一局一品”党建品牌展 · 怀化：做一粒好种子！（2020年）") == []
    assert coverage.missing("One Bureau, One Brand — 91.3 % “seed”", english=True) == []
    assert coverage.missing("张喆") == ["喆"], "in the regular face only: a bold heading would show a box"
    assert coverage.missing("Café Zürich Łódź", english=True) == []  # Latin faces cover these
    assert coverage.missing("Łódź") == ["Ł", "ź"]  # the Chinese face alone (pinyin ó, not Ł ź)
