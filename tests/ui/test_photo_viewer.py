"""The photo viewer zooms with two fingers and with a double tap."""

from __future__ import annotations

import pytest
from helpers import double_tap, pinch, screen
from PySide6.QtTest import QTest

from kiosk.ui import driving


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
    return driving.find(win, "viewerImage")


def test_double_tap_toggles_zoom(viewer):
    win = viewer.window
    frame = driving.find(win, "photoFrame")
    point = driving.centre(win, frame)
    double_tap(win, point)
    assert driving.wait_until(lambda: abs(_image(win).scale() - 2.5) < 0.01)
    assert not driving.find(win, "photoList").property("interactive")  # drags pan, not swipe
    QTest.qWait(500)  # not a triple tap
    double_tap(win, point)
    assert driving.wait_until(lambda: abs(_image(win).scale() - 1.0) < 0.01)


def test_pinch_zooms_in(viewer):
    win = viewer.window
    device = QTest.createTouchDevice()
    frame = driving.find(win, "photoFrame")
    pinch(win, device, driving.centre(win, frame), 200, 500)
    assert 1.5 < _image(win).scale() <= 4.0
