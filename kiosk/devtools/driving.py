"""Driving the visitor window as a visitor would: find items by objectName, tap them.

The screenshot tool and the tests use these; they send real window events (QTest), so what
they reach is what a finger reaches.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


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


def tap(window: QQuickWindow, item: QQuickItem, *, hold_ms: int = 0) -> None:
    """A press and release at the item's centre."""
    point = centre(window, item)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point, hold_ms)


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
        step = max(-0.6 * extent, min(0.6 * extent, needed))
        c = centre(window, flick)
        if horizontal:
            c.setX(min(max(c.x(), 1), window.width() - 1))
            start, end = QPoint(round(c.x() + step / 2), c.y()), QPoint(round(c.x() - step / 2), c.y())
        else:
            start, end = QPoint(c.x(), round(c.y() + step / 2)), QPoint(c.x(), round(c.y() - step / 2))
        swipe(window, start, end, steps=8, delay_ms=8, settle_ms=40)
        wait_until(lambda: not flick.property("moving"), 3.0)


def scroll_into_view(window: QQuickWindow, item: QQuickItem, attempts: int = 30) -> None:
    """Drag the enclosing Flickables (slowly, so they do not fling) until `item`'s centre is in view."""
    _scroll_axis(window, item, "y", attempts)
    _scroll_axis(window, item, "x", attempts)


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
    tap(window, found[0])
    return found[0]


def swipe(
    window: QQuickWindow,
    start: QPoint,
    end: QPoint,
    *,
    steps: int = 10,
    delay_ms: int = 16,
    settle_ms: int = 0,
) -> None:
    """A finger drag from `start` to `end` with intermediate moves; `settle_ms` > 0 holds the
    finger still before lifting it, so the drag does not fling."""
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = QPoint(
            round(start.x() + (end.x() - start.x()) * i / steps),
            round(start.y() + (end.y() - start.y()) * i / steps),
        )
        QTest.mouseMove(window, point, delay_ms)
    for _ in range(3 if settle_ms else 0):
        QTest.mouseMove(window, end, settle_ms)
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


def settle(window: QQuickWindow, timeout_s: float = 5.0) -> None:
    """Wait for images to load and a frame to be drawn."""
    wait_until(lambda: images_loading(window) == 0, timeout_s)
    QTest.qWait(50)


def tap_first(window: QQuickWindow, prefix: str, timeout_s: float = 5.0) -> QQuickItem:
    """Tap the first shown item whose objectName starts with `prefix` (scrolling it into view)."""
    if not wait_until(lambda: bool(find_all(window, prefix)), timeout_s):
        raise LookupError(f"nothing called {prefix}… on screen")
    item = find_all(window, prefix)[0]
    scroll_into_view(window, item)
    tap(window, item)
    return item
