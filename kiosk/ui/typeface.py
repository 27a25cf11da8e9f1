"""The bundled fonts, loaded by name so Qt never picks a Japanese face or full-width Latin punctuation.

Chinese screens are set in "Noto Sans CJK SC" (its full-width “ ” ： are right in Chinese).
English screens are set in "Noto Sans", with "Noto Sans CJK SC" second in the font's family
list: Qt tries the listed families, in order, for any character the first one lacks, so
Chinese names and fallback texts in English mode, and the arrows Noto Sans has no glyph for,
render with the bundled Simplified Chinese face and never with a system's Japanese one.
(`QFontDatabase.addApplicationFallbackFontFamily` would do the same per script, but PySide6
6.12 does not bind it: it takes a `QChar.Script`, and QChar is not exposed.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.assets.fonts import FONTS_DIR
from kiosk.content.types import Language

FAMILY = "Noto Sans CJK SC"  # the Chinese face, and the default everywhere
LATIN_FAMILY = "Noto Sans"
FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")
LATIN_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Typefaces:
    """The family list each language's screens are set in (first family first)."""

    zh: tuple[str, ...]
    en: tuple[str, ...]

    def families(self, language: Language | str) -> tuple[str, ...]:
        return self.en if Language(language) is Language.EN else self.zh

    def family(self, language: Language | str) -> str:
        """The primary family for `language`."""
        return self.families(language)[0]

    def font(self, language: Language | str, *, pixel_size: int | None = None, bold: bool = False) -> QFont:
        """A QFont set up as `language`'s screens set text (tests lay text out with it)."""
        font = QFont()
        font.setFamilies(list(self.families(language)))
        if pixel_size is not None:
            font.setPixelSize(pixel_size)
        font.setBold(bold)
        return font


def _register(names: tuple[str, ...]) -> list[str]:
    """Add the bundled files `names` to the application's fonts; their family names.

    Added by path: Qt then reads a face's tables and glyphs as it needs them, where from bytes
    it parses the whole of the 5 MB Chinese face at start (~3× slower) and holds a copy of it."""
    families: list[str] = []
    for name in names:
        path = FONTS_DIR / name
        if not path.is_file():
            log.warning("bundled font missing: %s", name)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("bundled font unreadable: %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def load_bundled_fonts(app: QGuiApplication, *, point_size: int | None = None) -> Typefaces:
    """Register the fonts shipped in `kiosk/assets/fonts/`; make the Chinese family the app default.

    Returns the family lists for each language. Loading twice is harmless (Qt dedupes by file
    data). Without the Latin files, English falls back to the Chinese face alone.
    """
    cjk = _register(FONT_FILES)
    latin = _register(LATIN_FONT_FILES)
    zh = FAMILY if FAMILY in cjk or not cjk else cjk[0]
    en = (LATIN_FAMILY, zh) if LATIN_FAMILY in latin else (zh,)
    font = QFont(zh)
    font.setFamilies([zh])
    if point_size is not None:
        font.setPointSize(point_size)
    app.setFont(font)
    return Typefaces(zh=(zh,), en=en)
