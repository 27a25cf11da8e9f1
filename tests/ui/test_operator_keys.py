"""The operator's key combinations on the exhibition PC: leave fullscreen, quit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest

OPERATOR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# The offscreen platform cannot pass a minimum size on to a window manager; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_ctrl_shift_f12_leaves_fullscreen(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    kiosk.show(fullscreen=True)
    win = kiosk.window
    qtbot.waitUntil(lambda: win.visibility() == QWindow.Visibility.FullScreen)
    QTest.keyClick(win, Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier)  # not the combination
    assert win.visibility() == QWindow.Visibility.FullScreen
    QTest.keyClick(win, Qt.Key.Key_F12, OPERATOR)
    qtbot.waitUntil(lambda: win.visibility() == QWindow.Visibility.Windowed)
    # A laptop's window: landscape (the offscreen screen is), no smaller than the layouts allow.
    assert (win.minimumWidth(), win.minimumHeight()) == (1280, 720)
    assert win.width() >= 1280 and win.height() >= 720


def test_ctrl_shift_q_closes_the_kiosk(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    QTest.keyClick(kiosk.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)  # not the combination
    assert kiosk.window.isVisible()
    QTest.keyClick(kiosk.window, Qt.Key.Key_Q, OPERATOR)
    qtbot.waitUntil(lambda: not kiosk.window.isVisible())
