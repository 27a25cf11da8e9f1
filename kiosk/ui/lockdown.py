"""The kiosk window locked down for an exhibition hall, and the operator's keys.

Locked (`kiosk` fullscreen): frameless and on top; the window manager's close, Alt+F4 and Escape
do nothing; the cursor is hidden (a touchscreen has none) unless asked for. The operator's keys
ask for the admin PIN first: Ctrl+Shift+Q quits, Ctrl+Shift+F12 leaves fullscreen. Unlocked
(`--windowed`, a laptop): an ordinary window, and the same keys act at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow

_OPERATOR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class KioskLock(QObject):
    """An event filter on the kiosk window: refuses closing while locked, and reads the
    operator's keys. `operator(action)` is called with "quit" or "windowed"."""

    def __init__(self, window: QWindow, *, locked: bool, operator: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._locked = locked
        self._operator = operator
        self._releasing = False
        self.refused_closes = 0  # close requests turned away (tests, logs)
        window.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._locked and not self._releasing

    def release(self) -> None:
        """Let the window close: the operator quit with the PIN, or the app is shutting down."""
        self._releasing = True

    def apply(self, app: QGuiApplication, *, show_cursor: bool) -> None:
        """Frameless and on top, and no cursor, when locked (call before the window shows)."""
        if not self._locked:
            return
        self._window.setFlags(
            self._window.flags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        if not show_cursor:
            self._window.setCursor(Qt.CursorShape.BlankCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Close and self.locked:
            self.refused_closes += 1
            event.ignore()
            return True
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        if self.locked and (
            key == Qt.Key.Key_Escape
            or (key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier)
        ):
            return True  # nothing to escape to
        if (mods & _OPERATOR) != _OPERATOR:
            return False
        if key == Qt.Key.Key_F12:
            self._operator("windowed")
            return True
        if key == Qt.Key.Key_Q:
            self._operator("quit")
            return True
        return False
