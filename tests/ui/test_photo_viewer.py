"""The photo viewer zooms with two fingers and with a double tap, about the fingers, sharply, and
pans only as far as the picture's edges."""

from __future__ import annotations

import pytest
from helpers import double_tap, pinch, screen
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.devtools import driving


@pytest.fixture
def viewer(kiosk):
    win = kiosk.window
    driving.tap_named(win, "overviewEntry")
    driving.tap_named(win, "provinceBureauButton")
    driving.tap_named(win, "bureauHero")  # the cover: the viewer's first photo
    assert driving.wait_until(lambda: screen(win) == "photoScreen")
    driving.settle(win)
    return kiosk


def _image(win):
    return next(i for i in driving.find_all(win, "viewerImage") if driving.in_window(win, i))


def _frame(win):
    return next(f for f in driving.find_all(win, "photoFrame") if driving.in_window(win, f))


def _painted(image) -> QRectF:
    """The drawn picture (aspect fit inside the item), in window coordinates."""
    w, h = image.property("paintedWidth"), image.property("paintedHeight")
    x, y = (image.width() - w) / 2, (image.height() - h) / 2
    return image.mapRectToScene(QRectF(x, y, w, h))


def _rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _between_taps() -> None:
    """Paced input, not a wait for a result: two double-taps this close would read as more taps."""
    QTest.qWait(QGuiApplication.styleHints().mouseDoubleClickInterval() + 50)


def test_double_tap_toggles_zoom(viewer):
    win = viewer.window
    point = driving.centre(win, _frame(win))
    double_tap(win, point)
    assert driving.wait_until(lambda: abs(_image(win).scale() - 2.5) < 0.01)
    assert not driving.find(win, "photoList").property("interactive")  # drags pan, not swipe
    _between_taps()
    double_tap(win, point)
    assert driving.wait_until(lambda: abs(_image(win).scale() - 1.0) < 0.01)
    assert driving.find(win, "photoList").property("interactive")  # swipes go to the next photo again


def test_pinch_zooms_in(viewer):
    win = viewer.window
    device = QTest.createTouchDevice()
    pinch(win, device, driving.centre(win, _frame(win)), 200, 500)
    assert 1.5 < _image(win).scale() <= 4.0


def test_zoomed_picture_is_decoded_sharp(viewer):
    """Zoomed, the picture is decoded beyond the frame's size (not a frame-sized image blown up)."""
    win = viewer.window
    image = _image(win)
    frame_width = _frame(win).width()
    assert image.property("sourceSize").width() <= frame_width + 1
    double_tap(win, driving.centre(win, _frame(win)))
    assert driving.wait_until(lambda: image.scale() > 2)
    driving.settle(win)
    assert image.property("sourceSize").width() >= 2 * frame_width
    assert image.property("implicitWidth") > 1.5 * image.property("paintedWidth")  # the pixels arrived


def test_double_tap_zooms_about_the_tapped_point(viewer):
    win = viewer.window
    image = _image(win)
    painted = _painted(image)
    # Off-centre, well inside the picture: a third across, two fifths down.
    point = QPoint(round(painted.left() + painted.width() / 3), round(painted.top() + painted.height() * 0.4))
    under_before = image.mapFromScene(QPointF(point))
    double_tap(win, point)
    assert driving.wait_until(lambda: image.scale() > 2)
    under_after = image.mapFromScene(QPointF(point))
    tolerance = 0.01 * image.width()
    assert abs(under_after.x() - under_before.x()) < tolerance, (under_before, under_after)
    assert abs(under_after.y() - under_before.y()) < tolerance, (under_before, under_after)


def test_pinch_zooms_about_the_fingers(viewer):
    win = viewer.window
    image = _image(win)
    painted = _painted(image)
    centre = QPoint(round(painted.left() + painted.width() * 0.3), round(painted.center().y()))
    under_before = image.mapFromScene(QPointF(centre))
    pinch(win, QTest.createTouchDevice(), centre, 100, 300)
    assert image.scale() > 1.5
    under_after = image.mapFromScene(QPointF(centre))
    assert abs(under_after.x() - under_before.x()) < 0.03 * image.width(), (under_before, under_after)


@pytest.mark.parametrize("direction", [(1, 0), (-1, 0), (0, 1), (0, -1)])
def test_a_zoomed_picture_pans_only_to_its_edges(viewer, direction):
    win = viewer.window
    frame, image = _frame(win), _image(win)
    double_tap(win, driving.centre(win, frame))
    assert driving.wait_until(lambda: image.scale() > 2)
    box = _rect(frame)

    # Across 90 % of the frame, further than the picture overhangs it (1.5 frames at 2.5×, split
    # over two sides).
    def along(fraction_x: float, fraction_y: float) -> QPoint:
        return QPoint(
            round(box.left() + box.width() * fraction_x), round(box.top() + box.height() * fraction_y)
        )

    dx, dy = direction
    start = along(0.5 - 0.45 * dx, 0.5 - 0.45 * dy)
    end = along(0.5 + 0.45 * dx, 0.5 + 0.45 * dy)
    driving.swipe(win, start, end, steps=20, delay_ms=16)
    painted = _painted(image)
    # The picture is larger than the frame when zoomed 2.5×: it still covers it, edge to edge
    # along an axis where it is larger, centred where it is not.
    if painted.width() >= box.width():
        assert painted.left() <= box.left() + 1 and painted.right() >= box.right() - 1, (painted, box)
    else:
        assert abs(painted.center().x() - box.center().x()) <= 1, (painted, box)
    if painted.height() >= box.height():
        assert painted.top() <= box.top() + 1 and painted.bottom() >= box.bottom() - 1, (painted, box)
    else:
        assert abs(painted.center().y() - box.center().y()) <= 1, (painted, box)
    # and it did pan: the edge it was dragged towards now meets the frame's
    if direction[0] > 0:
        assert painted.left() == pytest.approx(box.left(), abs=1)
    elif direction[0] < 0:
        assert painted.right() == pytest.approx(box.right(), abs=1)
    elif direction[1] > 0 and painted.height() >= box.height():
        assert painted.top() == pytest.approx(box.top(), abs=1)
    elif direction[1] < 0 and painted.height() >= box.height():
        assert painted.bottom() == pytest.approx(box.bottom(), abs=1)
    assert driving.find(win, "photoList").property("currentIndex") == 0  # a pan, not a swipe
