"""The kiosk window locked down for an exhibition hall, and the operator's keys.

Locked (`kiosk` fullscreen): frameless and on top; the window manager's close, Alt+F4 and Escape
do nothing; the cursor is hidden (a touchscreen has none) unless asked for. The operator's keys
ask for the admin PIN first: Ctrl+Shift+Q quits, Ctrl+Shift+F12 leaves fullscreen. Unlocked
(`--windowed`, a laptop): an ordinary window, and the same keys act at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickWindow

# PySide6's `Qt` namespace (keys, modifiers, cursor shapes) is imported where it is used, after
# Home's first frame: its first use creates ~100 Python enum classes (~10 ms).


class KioskLock(QObject):
    """An event filter on the kiosk window: refuses closing while locked, and reads the
    operator's keys. `operator(action)` is called with "quit" or "windowed"."""

    def __init__(self, window: QQuickWindow, *, locked: bool, operator: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._locked = locked
        self._operator = operator
        self._releasing = False
        self._cursor_hidden = False
        self.refused_closes = 0  # close requests turned away (tests, logs)
        window.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._locked and not self._releasing

    def release(self) -> None:
        """Let the window close: the operator quit with the PIN, or the app is shutting down."""
        self._releasing = True

    def apply(self, app: QGuiApplication, *, show_cursor: bool) -> None:
        """Frameless and on top, and no cursor, when locked (call before the window shows).

        The window's `locked` property makes it frameless and on top (Main.qml: set before it
        shows, a window's frame cannot change without the platform window being made again);
        the cursor is hidden as its first frame is up."""
        if not self._locked:
            return
        self._window.setProperty("locked", True)
        if not show_cursor:
            self._window.frameSwapped.connect(self._hide_cursor)

    def _hide_cursor(self) -> None:
        """The first frame is up: hide the cursor once the frame's own handlers have run."""
        if self._cursor_hidden:
            return
        self._cursor_hidden = True
        self._window.frameSwapped.disconnect(self._hide_cursor)
        QTimer.singleShot(0, self, self._blank_cursor)

    def _blank_cursor(self) -> None:
        from PySide6.QtCore import Qt

        self._window.setCursor(Qt.CursorShape.BlankCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Close and self.locked:
            self.refused_closes += 1
            event.ignore()
            return True
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        from PySide6.QtCore import Qt

        key, mods = event.key(), event.modifiers()
        if self.locked and (
            key == Qt.Key.Key_Escape
            or (key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier)
        ):
            return True  # nothing to escape to
        operator = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if (mods & operator) != operator:
            return False
        if key == Qt.Key.Key_F12:
            self._operator("windowed")
            return True
        if key == Qt.Key.Key_Q:
            self._operator("quit")
            return True
        return False
