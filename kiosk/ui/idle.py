"""Idle detection: after a quiet spell, count down, then hand the kiosk to the next visitor.

`IdleMonitor` watches the input events reaching the kiosk window (an event filter on that one
window, the kiosk's only one), so no screen has to report activity. Not an application-wide
filter: that would route every event of every object (timers, paints) through Python.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
_TICK_MS = 100


@QmlElement
@QmlUncreatable("the kiosk window makes the idle monitor")
class IdleMonitor(QObject):
    """Counts input; after `timeout_s` of none, shows a `countdown_s` countdown, then `expired`.

    Any input during the countdown cancels it (as does the overlay's continue button).
    `at_rest()` says when there is nothing to undo (Home, default language): then the
    countdown is skipped.
    """

    activeChanged = Signal()
    remainingChanged = Signal()
    expired = Signal()

    def __init__(
        self,
        *,
        timeout_s: float,
        countdown_s: float,
        enabled: bool = True,
        at_rest: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watched: QObject | None = None
        self._countdown_s = max(0.1, countdown_s)
        self._enabled = enabled
        self._paused = False
        self._at_rest = at_rest
        self._active = False
        self._remaining = 0
        self._deadline = 0.0
        self._events = 0
        self._skipped = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, int(timeout_s * 1000)))
        self._idle.timeout.connect(self._begin_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        if enabled:
            self._idle.start()

    def watch(self, window: QObject) -> None:
        """Count the input reaching `window` (the kiosk window; input goes to it before its items)."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if self._enabled:
            window.installEventFilter(self)

    def stop(self) -> None:
        """Stop watching (window closing)."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._idle.stop()
        self._tick.stop()
        self._enabled = False

    def pause(self) -> None:
        """No countdown while an editor works (admin mode); `resume()` starts the quiet spell afresh."""
        self._paused = True
        self._idle.stop()
        self._tick.stop()
        self._set_active(False)

    def resume(self) -> None:
        self._paused = False
        if self._enabled:
            self._idle.start()

    def events_seen(self) -> int:
        return self._events

    def countdowns_skipped(self) -> int:
        """Quiet spells that ended at rest (Home, default language), so showed no countdown."""
        return self._skipped

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY_EVENTS:
            self._events += 1
            self.activity()
        return False

    @Slot()
    def activity(self) -> None:
        """Someone is here: cancel any countdown and start the quiet spell afresh."""
        if not self._enabled or self._paused:
            return
        if self._active:
            self._set_active(False)
            self._tick.stop()
        self._idle.start()

    @Slot()
    def cancel(self) -> None:
        """The countdown's continue button."""
        self.activity()

    def _begin_countdown(self) -> None:
        if self._paused:
            return
        if self._at_rest():
            self._skipped += 1
            self._idle.start()
            return
        self._deadline = time.monotonic() + self._countdown_s
        self._set_remaining(math.ceil(self._countdown_s))
        self._set_active(True)
        self._tick.start()

    def _on_tick(self) -> None:
        left = self._deadline - time.monotonic()
        if left > 0:
            self._set_remaining(math.ceil(left))
            return
        self._tick.stop()
        self._set_remaining(0)
        self._set_active(False)
        self.expired.emit()
        self._idle.start()

    def _set_active(self, value: bool) -> None:
        if value != self._active:
            self._active = value
            self.activeChanged.emit()

    def _set_remaining(self, value: int) -> None:
        if value != self._remaining:
            self._remaining = value
            self.remainingChanged.emit()

    active = Property(bool, lambda self: self._active, notify=activeChanged)
    remaining = Property(int, lambda self: self._remaining, notify=remainingChanged)

    def show_countdown_now(self) -> None:
        """Start the countdown at once (the screenshot tool's idle.png)."""
        self._idle.stop()
        self._deadline = time.monotonic() + self._countdown_s
        self._set_remaining(math.ceil(self._countdown_s))
        self._set_active(True)
        self._tick.start()
