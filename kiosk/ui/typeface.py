"""The bundled Simplified Chinese font: loaded by name so Qt never picks a Japanese face."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FAMILY = "Noto Sans CJK SC"
FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")

log = logging.getLogger(__name__)


def load_bundled_fonts(app: QGuiApplication, *, point_size: int | None = None) -> str:
    """Register the fonts shipped in `kiosk/assets/fonts/` and make their family the app default.

    Returns the family name in use. Loading twice is harmless (Qt dedupes by file data).
    """
    folder = resources.files("kiosk.assets.fonts")
    families: list[str] = []
    for name in FONT_FILES:
        entry = folder / name
        if not entry.is_file():
            log.warning("bundled font missing: %s", name)
            continue
        font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
        if font_id < 0:
            log.warning("bundled font unreadable: %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families or not families else families[0]
    font = QFont(family)
    font.setFamilies([family])
    if point_size is not None:
        font.setPointSize(point_size)
    app.setFont(font)
    return family
