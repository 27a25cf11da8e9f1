"""Content is shown as written, never read as markup: an editor's "<b>", "&" or an imported
"<img src=…>" appears as those characters on every screen."""

from __future__ import annotations

from dataclasses import replace

from helpers import ReaderWith
from PySide6.QtGui import QFontMetricsF
from PySide6.QtQuick import QQuickItem
from qt_lifetime import dispose_kiosk

from kiosk.content.types import LocalizedText
from kiosk.devtools import driving
from kiosk.ui.window import build_kiosk

HOSTILE = '<b>粗</b> & <img src="file:///etc/hostname"> <a href="http://x">链接</a>'


def _texts_with_markup(win) -> list[QQuickItem]:
    return [
        i for i in driving.items(win)
        if i.inherits("QQuickText") and driving.is_shown(i) and "<" in (i.property("text") or "")
    ]


def _shows_every_character(item: QQuickItem) -> bool:
    """Whether the item lays out all of its text's characters (tags included): read as markup,
    "<b>粗</b> & <img …> <a …>链接</a>" would take the room of "粗 & 链接" and a picture."""
    text = item.property("text")
    full = QFontMetricsF(item.property("font")).horizontalAdvance(text)
    laid_out = item.property("contentWidth") * item.property("lineCount")
    return laid_out >= 0.8 * full


def test_markup_in_content_is_shown_as_characters(qapp, reader, admin, settings):
    ex = reader.exhibition()
    hostile = LocalizedText(zh=HOSTILE, en=HOSTILE)
    huaihua = ex.bureau("huaihua")
    edited = replace(huaihua, brand=replace(huaihua.brand, name=hostile, slogan=hostile), summary=hostile)
    exhibition = replace(
        ex,
        title=hostile,
        programme=hostile,
        bureaus=tuple(edited if b.slug == "huaihua" else b for b in ex.bureaus),
    )
    kiosk = build_kiosk(qapp, ReaderWith(reader, exhibition), settings, admin=admin, animations=False)
    try:
        win = kiosk.window
        win.resize(1920, 1080)
        win.show()
        assert driving.wait_until(lambda: driving.find(win, "exhibitionTitle") is not None)
        title = driving.find(win, "exhibitionTitle")
        assert title.property("text") == HOSTILE and _shows_every_character(title)
        # The styled title line (programme in red) gets its content escaped: the characters show.
        line = driving.find(win, "programmeLine").property("text")
        assert "&lt;img src=&quot;file:///etc/hostname&quot;&gt;" in line and "<img" not in line

        driving.tap_named(win, "bureauTile_huaihua")
        assert driving.wait_until(lambda: driving.find(win, "bureauBrand") is not None)
        shown = _texts_with_markup(win)
        assert {i.objectName() for i in shown} >= {"bureauBrand"}
        for item in shown:
            assert _shows_every_character(item), (item.objectName(), item.property("text"))
    finally:
        dispose_kiosk(kiosk)
