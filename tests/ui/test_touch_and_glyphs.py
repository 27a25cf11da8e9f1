"""Touch targets are big enough at every size; every exhibition text renders with the bundled font."""

from __future__ import annotations

import pytest
from helpers import tappables, touch_target
from PySide6.QtGui import QFont, QTextLayout

from kiosk.content.types import LocalizedText
from kiosk.ui import driving
from kiosk.ui.strings import CHROME, LANGUAGE_NAMES
from kiosk.ui.typeface import FAMILY


def _visit_every_screen(kiosk):
    """Yield once per screen: home, bureau (hunan: photos and stories), story, photo, overview, idle."""
    win = kiosk.window
    yield "home"
    driving.tap_named(win, "overviewEntry")
    yield "overview"
    driving.tap_named(win, "provinceBureauButton")
    yield "bureau"
    driving.tap_first(win, "photoThumb_")
    driving.wait_until(lambda: driving.find(win, "photoList") is not None)
    yield "photo"
    driving.tap_named(win, "backButton")
    driving.tap_first(win, "storyItem_")
    driving.wait_until(lambda: driving.find(win, "storyScreen") is not None)
    yield "story"
    kiosk.idle.show_countdown_now()
    yield "idle"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (3840, 2160)])
def test_every_tappable_item_is_big_enough(make_kiosk, size):
    kiosk = make_kiosk(size)
    win = kiosk.window
    target = touch_target(win) - 0.5
    checked = 0
    for where in _visit_every_screen(kiosk):
        driving.settle(win)
        for item in tappables(win):
            if item.objectName() == "" and item.inherits("QQuickMouseArea"):
                continue  # the idle overlay's full-window catcher
            assert item.width() >= target and item.height() >= target, (
                f"{where}: {item.objectName() or item.metaObject().className()} is "
                f"{item.width():.0f}×{item.height():.0f}, needs {target:.0f}"
            )
            assert item.objectName(), f"{where}: a tappable {item.metaObject().className()} has no objectName"
            checked += 1
    assert checked > 20


def _texts(reader):
    ex = reader.exhibition()
    seen = []

    def add(value):
        if isinstance(value, LocalizedText):
            seen.extend(t for t in (value.zh, value.en) if t)

    def walk(obj):
        if isinstance(obj, LocalizedText):
            add(obj)
        elif isinstance(obj, tuple):
            for o in obj:
                walk(o)
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                walk(getattr(obj, name))

    walk(ex)
    for texts in CHROME.values():
        seen.extend(texts.values())
    seen.extend(LANGUAGE_NAMES.values())
    return seen


def test_bundled_font_has_every_glyph(kiosk, reader):
    assert kiosk.font_family == FAMILY
    missing = set()
    for bold in (False, True):
        font = QFont(FAMILY)
        font.setPixelSize(30)
        font.setBold(bold)
        for text in _texts(reader):
            layout = QTextLayout(text.replace("\n", " "), font)
            layout.beginLayout()
            while layout.createLine().isValid():
                pass
            layout.endLayout()
            for run in layout.glyphRuns():
                assert run.rawFont().familyName() == FAMILY, run.rawFont().familyName()
                if 0 in run.glyphIndexes():
                    missing.update(ch for ch in text if ch.strip())
    assert not missing, f"characters without a glyph in {FAMILY} (sample): {sorted(missing)[:40]}"
