"""Getting into admin mode and out of it: the hidden gesture, the PIN pad, the lock-out, Leave,
and the admin idle timeout.

Stages: "closed" (visitors), "pin" (the PIN pad, or the lock-out), "editing" (the admin screens).
While admin mode is open the visitor idle reset is paused; after `timeout_s` without input it
closes by itself, back to visitors — what was typed is already saved in the draft.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.idle import ACTIVITY_EVENTS

if TYPE_CHECKING:
    from kiosk.ui.admin.ports import PinGate  # the admin services load when first used

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

MIN_PIN_DIGITS = 6


@QmlElement
@QmlUncreatable("the kiosk window makes the admin controller")
class AdminController(QObject):
    stageChanged = Signal()
    pinChanged = Signal()  # message, lock-out, whether a PIN exists
    opened = Signal()  # the editor is in: admin screens should show their start
    closed = Signal()
    unlocked = Signal(str, arguments=["purpose"])  # the right PIN for an operator's "quit" or "windowed"

    def __init__(
        self,
        gate: PinGate,
        *,
        timeout_s: float,
        on_open: Callable[[], None] = lambda: None,
        on_close: Callable[[], None] = lambda: None,
        message: Callable[[str], str] = lambda key: key,
        desk: Callable[[], QObject] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._gate = gate
        self._make_desk = desk  # the editor's desk, made when the admin screens first load
        self._on_open, self._on_close = on_open, on_close
        self._message = message  # a chrome string by key, in the visitor's language
        self._stage = "closed"
        self._purpose = "edit"  # what the PIN pad is for: "edit", or an operator's "quit" / "windowed"
        self._note = ""
        self._locked_s = 0
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(max(1, int(timeout_s * 1000)))
        self._timeout.timeout.connect(self.timeOut)
        self._lock_tick = QTimer(self)
        self._lock_tick.setInterval(1000)
        self._lock_tick.timeout.connect(self._refresh_lock)
        self._watched: QObject | None = None
        self.timeouts = 0  # how many times admin mode closed by itself (tests, logs)

    # -- input -------------------------------------------------------------------------
    def watch(self, window: QObject) -> None:
        """Count input reaching `window` as the editor's activity while admin mode is open."""
        self._watched = window
        window.installEventFilter(self)

    def stop(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._timeout.stop()
        self._lock_tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._stage != "closed" and event.type() in ACTIVITY_EVENTS:
            self._timeout.start()
        return False

    # -- stages ------------------------------------------------------------------------
    def _set_stage(self, stage: str) -> None:
        if stage == self._stage:
            return
        was_closed = self._stage == "closed"
        self._stage = stage
        if was_closed:
            self._on_open()
        if stage == "closed":
            self._timeout.stop()
            self._lock_tick.stop()
            self._on_close()
            self.closed.emit()
        else:
            self._timeout.start()
        if stage == "editing":
            self.opened.emit()
        self.stageChanged.emit()

    @Slot()
    def requestEntry(self) -> None:  # noqa: N802 - called from QML
        """The hidden gesture (or `kiosk --admin`): show the PIN pad."""
        self.request("edit")

    def request(self, purpose: str) -> None:
        """The PIN pad for `purpose`: "edit" (admin mode), or on a locked kiosk an operator's
        "quit" or "windowed" (Ctrl+Shift+Q, Ctrl+Shift+F12)."""
        if self._stage == "closed":
            self._purpose = purpose
            self._note = ""
            self._refresh_lock()
            self._set_stage("pin")
            self.pinChanged.emit()

    @Slot(str)
    def submitPin(self, pin: str) -> None:  # noqa: N802 - called from QML
        if self._stage != "pin" or not self._gate.has_pin():
            return
        if self._refresh_lock():
            return
        if len(pin) < MIN_PIN_DIGITS or not pin.isdigit():
            self._note = self._message("pinTooShort")
            self.pinChanged.emit()
            return
        outcome = self._gate.check(pin)
        if outcome.ok and self._purpose != "edit":
            self._note = ""
            self._set_stage("closed")
            self.unlocked.emit(self._purpose)
        elif outcome.ok:
            self._note = ""
            self._set_stage("editing")
        elif outcome.locked_for_s > 0:
            self._note = ""
            self._refresh_lock()
        else:
            left = outcome.attempts_left
            self._note = self._message("pinWrong") + (
                self._message("pinAttemptsLeft").format(n=left) if left is not None else ""
            )
        self.pinChanged.emit()

    @Slot()
    def leave(self) -> None:
        """"Leave" (or cancelling the PIN pad): back to visitors."""
        if self._stage == "editing":
            self._gate.left()
        self._set_stage("closed")

    @Slot()
    def timeOut(self) -> None:  # noqa: N802 - a slot, named as Qt names them
        """No input for the admin timeout: close admin mode, as Leave would."""
        if self._stage == "editing":
            self.timeouts += 1
            self._gate.timed_out()
        self._set_stage("closed")

    def _refresh_lock(self) -> bool:
        """Re-read the lock-out; whether entry is locked now."""
        seconds = math.ceil(self._gate.locked_for_s())
        if seconds != self._locked_s:
            self._locked_s = seconds
            self.pinChanged.emit()
        if seconds > 0 and self._stage != "closed":
            self._lock_tick.start()
        else:
            self._lock_tick.stop()
        return seconds > 0

    stage = Property(str, lambda self: self._stage, notify=stageChanged)
    purpose = Property(str, lambda self: self._purpose, notify=stageChanged)
    hasPin = Property(bool, lambda self: self._gate.has_pin(), notify=pinChanged)
    lockedSeconds = Property(int, lambda self: self._locked_s, notify=pinChanged)
    note = Property(str, lambda self: self._note, notify=pinChanged)
    minDigits = Property(int, lambda self: MIN_PIN_DIGITS, constant=True)

    def _desk(self) -> QObject | None:
        return self._make_desk() if self._make_desk is not None else None

    # The editor's desk (an `EditorDesk`), made on first read: visitors never load it.
    desk = Property(QObject, _desk, constant=True)
