"""A locked kiosk (fullscreen, the exhibition PC): nothing a visitor or the window manager does
closes it; the operator's keys ask for the PIN."""

from __future__ import annotations

from helpers import PIN, enter_pin
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from kiosk.devtools import driving

OPERATOR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_close_requests_alt_f4_and_escape_are_ignored(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store, fullscreen=True)
    win = kiosk.window
    assert win.flags() & Qt.WindowType.FramelessWindowHint
    assert win.flags() & Qt.WindowType.WindowStaysOnTopHint
    # Hidden as its first frame is up.
    assert driving.wait_until(lambda: win.cursor().shape() == Qt.CursorShape.BlankCursor)
    assert not win.close()  # what the window manager's close button asks: refused
    assert kiosk.lock.refused_closes == 1
    QTest.keyClick(win, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(win, Qt.Key.Key_Escape)
    QCoreApplication.processEvents()  # anything the keys queued happens now
    assert win.isVisible()
    assert kiosk.lock.refused_closes == 1  # the keys never asked for a close: they were swallowed


def test_ctrl_shift_q_asks_for_the_pin_then_quits(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store, fullscreen=True)
    win = kiosk.window
    QTest.keyClick(win, Qt.Key.Key_Q, OPERATOR)
    assert driving.wait_until(lambda: driving.find(win, "pinPad") is not None)
    assert win.isVisible()
    enter_pin(win, "000000")
    assert win.isVisible() and driving.find(win, "pinPad") is not None
    enter_pin(win, PIN)
    assert driving.wait_until(lambda: not win.isVisible())


def test_a_windowed_kiosk_is_an_ordinary_window(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store, fullscreen=False)
    win = kiosk.window
    assert not win.flags() & Qt.WindowType.FramelessWindowHint
    assert not win.flags() & Qt.WindowType.WindowStaysOnTopHint
    frames: list[int] = []
    win.frameSwapped.connect(lambda: frames.append(1))
    win.update()
    assert driving.wait_until(lambda: bool(frames))  # a frame is up: a locked kiosk's cursor is hidden by now
    assert win.cursor().shape() != Qt.CursorShape.BlankCursor
    QTest.keyClick(win, Qt.Key.Key_Q, OPERATOR)  # a laptop's operator key acts at once
    assert driving.wait_until(lambda: not win.isVisible())


def test_visitor_screens_offer_no_text_to_select_or_edit(kiosk) -> None:
    """No selectable or editable text, so no context menu or keyboard reaches a visitor."""
    win = kiosk.window
    for name in ("bureauTile_huaihua", "homeButton", "overviewEntry"):
        driving.tap_named(win, name)
        for item in driving.items(win):
            assert not item.inherits("QQuickTextEdit") and not item.inherits("QQuickTextInput"), item
