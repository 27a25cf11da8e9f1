"""Finger-level helpers for the visitor-screen tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.devtools import driving

# The smallest touch target at 1080p, as the requirement states it (not read from the product's
# settings, so a lowered setting fails the tests); the screens scale it with the window.
MIN_TOUCH_PX = 64

PIN = "739164"  # the admin PIN the tests set; digits that appear nowhere in the exhibition

SCREENS = ("homeScreen", "bureauScreen", "storyScreen", "photoScreen", "overviewScreen")


def screen(window: QQuickWindow) -> str:
    """The objectName of the screen on top of the stack."""
    shown = [name for name in SCREENS if driving.find(window, name) is not None]
    return shown[-1] if shown else ""


def text(window: QQuickWindow, name: str) -> str:
    item = driving.find(window, name)
    assert item is not None, f"no {name} on screen"
    return item.property("text")


def touch_target(window: QQuickWindow, min_touch: int = MIN_TOUCH_PX) -> float:
    """The smallest touch target the theme allows at this window's size."""
    return max(min_touch, round(min_touch * min(window.width(), window.height()) / 1080))


def tappables(window: QQuickWindow) -> list[QQuickItem]:
    """Every shown button-like item (tiles, cards, thumbs, buttons), found by walking the items."""
    return [
        i
        for i in driving.items(window)
        if (i.inherits("QQuickAbstractButton") or i.inherits("QQuickMouseArea")) and driving.is_shown(i)
    ]


def double_tap(window: QQuickWindow, point: QPoint) -> None:
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def pinch(window: QQuickWindow, device, centre: QPoint, start: int, end: int, steps: int = 8) -> None:
    """Two fingers on either side of `centre`, from `start` to `end` pixels apart."""

    def points(gap: float) -> tuple[QPoint, QPoint]:
        return QPoint(round(centre.x() - gap / 2), centre.y()), QPoint(
            round(centre.x() + gap / 2), centre.y()
        )

    a, b = points(start)
    QTest.touchEvent(window, device).press(0, a, window).press(1, b, window).commit()
    QTest.qWait(16)
    for i in range(1, steps + 1):
        a, b = points(start + (end - start) * i / steps)
        QTest.touchEvent(window, device).move(0, a, window).move(1, b, window).commit()
        QTest.qWait(16)
    QTest.touchEvent(window, device).release(0, a, window).release(1, b, window).commit()
    QTest.qWait(16)


def horizontal_swipe(
    window: QQuickWindow, item: QQuickItem, direction: int, steps: int = 10, delay: int = 16
) -> None:
    """Swipe across `item`: direction -1 drags leftwards (next photo), +1 rightwards."""
    c = driving.centre(window, item)
    span = round(min(item.width(), window.width()) * 0.35)
    # An item still sliding in (a StackView transition) may stick out of the window: stay inside.
    c.setX(min(max(c.x(), span + 1), window.width() - span - 1))
    driving.swipe(
        window,
        QPoint(c.x() - direction * span, c.y()),
        QPoint(c.x() + direction * span, c.y()),
        steps=steps,
        delay_ms=delay,
    )


def vertical_swipe(
    window: QQuickWindow, item: QQuickItem, direction: int, steps: int = 8, delay: int = 8
) -> None:
    c = driving.centre(window, item)
    span = round(item.height() * 0.3)
    driving.swipe(
        window,
        QPoint(c.x(), c.y() - direction * span),
        QPoint(c.x(), c.y() + direction * span),
        steps=steps,
        delay_ms=delay,
    )


def enter_pin(window: QQuickWindow, digits: str) -> None:
    """Tap the digits on the PIN pad, then its enter key."""
    for digit in digits:
        driving.tap_named(window, f"pinKey_{digit}")
    driving.tap_named(window, "pinKey_ok")


def first_city(kiosk) -> str:
    """The city bureau listed first (at the top of the admin list, first on Home)."""
    return next(b.slug for b in kiosk.reader.exhibition().bureaus if b.kind.value != "province")


class ReaderWith:
    """The real reader with another exhibition swapped in (`current`, as an editor's change or an
    imported package would give): Home and every panel read it whole."""

    def __init__(self, reader, exhibition=None) -> None:  # noqa: ANN001 - an ExhibitionReader
        self._reader = reader
        self.current = exhibition if exhibition is not None else reader.exhibition()

    def exhibition(self):
        return self.current

    def home(self):
        return self.current

    def media_bytes(self, sha256: str) -> bytes | None:
        return self._reader.media_bytes(sha256)

    def live_version_id(self) -> int | None:
        return self._reader.live_version_id()
