"""Driving the kiosk window as a visitor would: find items by objectName, touch them.

The screenshot tool and the tests use these. Taps and swipes are touch events from a touch
screen device (QTest's), paced as a finger moves (16 ms between points), so what they reach
is what a finger reaches. `mouse_tap` and `mouse_swipe` are for what a laptop user does.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

FRAME_MS = 16  # between a finger's touch points: what a touch screen reports at 60 Hz


@functools.cache
def touch_screen() -> QPointingDevice:
    """The touch screen the fingers are on (Qt registers a device once per process)."""
    return QTest.createTouchDevice()


def walk(item: QQuickItem) -> Iterator[QQuickItem]:
    """`item` and every visual descendant (delegates have no QObject parent: follow childItems)."""
    yield item
    for child in item.childItems():
        yield from walk(child)


def items(window: QQuickWindow) -> Iterator[QQuickItem]:
    return walk(window.contentItem())


def is_shown(item: QQuickItem) -> bool:
    """Visible and effectively opaque all the way up (StackView hides pages it is not showing)."""
    node: QQuickItem | None = item
    while node is not None:
        if not node.isVisible() or node.opacity() <= 0.01:
            return False
        node = node.parentItem()
    return True


def in_window(window: QQuickWindow, item: QQuickItem) -> bool:
    """Whether the item's centre lies inside the window (a list's other delegates do not)."""
    p = centre(window, item)
    return 0 <= p.x() < window.width() and 0 <= p.y() < window.height()


def find(window: QQuickWindow, name: str, *, shown: bool = True) -> QQuickItem | None:
    """The first item called `name` (only ones on screen, unless `shown` is False)."""
    for item in items(window):
        if item.objectName() == name and (not shown or is_shown(item)):
            return item
    return None


def find_all(window: QQuickWindow, prefix: str, *, shown: bool = True) -> list[QQuickItem]:
    return [i for i in items(window) if i.objectName().startswith(prefix) and (not shown or is_shown(i))]


def centre(window: QQuickWindow, item: QQuickItem) -> QPoint:
    p = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return QPoint(round(p.x()), round(p.y()))


def wait_until(predicate: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    """Process events until `predicate()` holds or the time is up; returns whether it held."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(10)
    return True


def tap(window: QQuickWindow, item: QQuickItem, *, hold_ms: int = FRAME_MS) -> None:
    """A finger's tap at the item's centre (held `hold_ms`)."""
    touch_at(window, centre(window, item), hold_ms=hold_ms)


def touch_at(window: QQuickWindow, point: QPoint, *, hold_ms: int = FRAME_MS) -> None:
    """A finger down at `point`, held `hold_ms`, lifted."""
    QTest.touchEvent(window, touch_screen()).press(0, point, window).commit()
    QTest.qWait(hold_ms)
    QTest.touchEvent(window, touch_screen()).release(0, point, window).commit()
    QTest.qWait(1)


def mouse_tap(window: QQuickWindow, item: QQuickItem) -> None:
    """A click at the item's centre, as on a laptop."""
    point = centre(window, item)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def _flickable_of(item: QQuickItem, axis: str) -> QQuickItem | None:
    """The nearest enclosing Flickable that scrolls along `axis` ("x" or "y")."""
    content, size = ("contentWidth", "width") if axis == "x" else ("contentHeight", "height")
    node = item.parentItem()
    while node is not None:
        if node.inherits("QQuickFlickable") and node.property(content) > node.property(size) + 1:
            return node
        node = node.parentItem()
    return None


def _scroll_axis(window: QQuickWindow, item: QQuickItem, axis: str, attempts: int) -> None:
    flick = _flickable_of(item, axis)
    if flick is None:
        return
    horizontal = axis == "x"
    position = "contentX" if horizontal else "contentY"
    gain = 1.0  # how far the content moved per pixel dragged last time (a release flings it on)
    for _ in range(attempts):
        origin = flick.mapToScene(QPointF(0, 0))
        low = origin.x() if horizontal else origin.y()
        extent = flick.width() if horizontal else flick.height()
        middle = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        at = middle.x() if horizontal else middle.y()
        window_extent = window.width() if horizontal else window.height()
        if max(low, 0) + 8 <= at <= min(low + extent, window_extent) - 8:
            return
        needed = at - (low + extent / 2)
        step = max(-0.6 * extent, min(0.6 * extent, needed / gain))
        c = centre(window, flick)
        if horizontal:
            c.setX(min(max(c.x(), 1), window.width() - 1))
            start, end = QPoint(round(c.x() + step / 2), c.y()), QPoint(round(c.x() - step / 2), c.y())
        else:
            start, end = QPoint(c.x(), round(c.y() + step / 2)), QPoint(c.x(), round(c.y() - step / 2))
        before = flick.property(position)
        swipe(window, start, end, steps=8, settle_ms=40)
        wait_until(lambda: not flick.property("moving"), 3.0)
        moved = flick.property(position) - before
        if abs(step) >= 1 and moved * step > 0:
            gain = max(1.0, min(4.0, moved / step))


def scroll_into_view(window: QQuickWindow, item: QQuickItem, attempts: int = 30) -> None:
    """Drag the enclosing Flickables (slowly, so they do not fling) until `item`'s centre is in view."""
    _scroll_axis(window, item, "y", attempts)
    _scroll_axis(window, item, "x", attempts)


def bring_into_list(window: QQuickWindow, list_name: str, name: str, *, swipes: int = 40) -> None:
    """Swipe the list called `list_name` up, a finger's drag at a time, until a row called
    `name` exists (a list makes only the rows near its view) or the list ends."""
    if not wait_until(lambda: find(window, list_name) is not None):
        return
    view = find(window, list_name)
    if wait_until(lambda: find(window, name) is not None, 1.0):  # among the rows made first
        return
    for _ in range(swipes):
        if find(window, name) is not None or view.property("atYEnd"):
            return
        c = centre(window, view)
        span = round(view.height() * 0.3)
        swipe(window, QPoint(c.x(), c.y() + span), QPoint(c.x(), c.y() - span), steps=8, settle_ms=40)
        wait_until(lambda: not view.property("moving"), 3.0)


def tap_named(window: QQuickWindow, name: str, timeout_s: float = 5.0) -> QQuickItem:
    """Wait for the item called `name` to be on screen, then tap it."""
    found: list[QQuickItem] = []

    def ready() -> bool:
        item = find(window, name)
        if item is None:
            return False
        found[:] = [item]
        return True

    if not wait_until(ready, timeout_s):
        raise LookupError(f"nothing called {name!r} on screen")
    scroll_into_view(window, found[0])
    _hold_still(window, found[0])
    tap(window, found[0])
    return found[0]


def _hold_still(window: QQuickWindow, item: QQuickItem, timeout_s: float = 1.0) -> None:
    """Wait, a frame at a time, until `item` stays where it is (a layout still settling after
    something appeared would move it under the finger)."""
    last = [centre(window, item)]

    def still() -> bool:
        QTest.qWait(FRAME_MS)
        now = centre(window, item)
        if now == last[0]:
            return True
        last[0] = now
        return False

    wait_until(still, timeout_s)


def _path(start: QPoint, end: QPoint, steps: int) -> list[QPoint]:
    return [
        QPoint(round(start.x() + (end.x() - start.x()) * i / steps),
               round(start.y() + (end.y() - start.y()) * i / steps))
        for i in range(1, steps + 1)
    ]


def swipe(
    window: QQuickWindow,
    start: QPoint,
    end: QPoint,
    *,
    steps: int = 10,
    delay_ms: int = FRAME_MS,
    settle_ms: int = 0,
) -> None:
    """A finger drag from `start` to `end` through `steps` touch points `delay_ms` apart;
    `settle_ms` > 0 holds the finger still before lifting it, so the drag does not fling."""
    device = touch_screen()
    QTest.touchEvent(window, device).press(0, start, window).commit()
    QTest.qWait(delay_ms)
    for point in _path(start, end, steps):
        QTest.touchEvent(window, device).move(0, point, window).commit()
        QTest.qWait(delay_ms)
    for _ in range(3 if settle_ms else 0):
        QTest.touchEvent(window, device).move(0, end, window).commit()
        QTest.qWait(settle_ms)
    QTest.touchEvent(window, device).release(0, end, window).commit()
    QTest.qWait(1)


def mouse_swipe(
    window: QQuickWindow, start: QPoint, end: QPoint, *, steps: int = 10, delay_ms: int = 16
) -> None:
    """A mouse drag, as on a laptop."""
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for point in _path(start, end, steps):
        QTest.mouseMove(window, point, delay_ms)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end, delay_ms)


def images_loading(window: QQuickWindow) -> int:
    """How many shown Images are still loading."""
    # progress, not status: PySide cannot convert the Status enum
    return sum(
        1
        for item in items(window)
        if item.metaObject().className().startswith("QQuickImage")
        and is_shown(item)
        and item.property("source").toString()
        and item.property("progress") < 1.0
    )


def settle(window: QQuickWindow, timeout_s: float = 10.0) -> None:
    """Wait for images to load and a frame to be drawn; TimeoutError if they never do."""
    if not wait_until(lambda: images_loading(window) == 0, timeout_s):
        raise TimeoutError(f"{images_loading(window)} images still loading after {timeout_s} s")
    QTest.qWait(50)


def tap_first(window: QQuickWindow, prefix: str, timeout_s: float = 5.0) -> QQuickItem:
    """Tap the first shown item whose objectName starts with `prefix` (scrolling it into view)."""
    if not wait_until(lambda: bool(find_all(window, prefix)), timeout_s):
        raise LookupError(f"nothing called {prefix}… on screen")
    item = find_all(window, prefix)[0]
    scroll_into_view(window, item)
    tap(window, item)
    return item
