"""A clean exit on SIGTERM (systemd stopping the kiosk, an operator's `kill`).

Python runs signal handlers only between bytecodes, and Qt's event loop runs in C++: the
signal's wake-up byte goes to a socket that Qt watches, so the loop hands control back to
Python at once, the handler runs, and the kiosk quits as its own quit key would (exit 0,
database closed by the caller)."""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer


class TerminationWatch(QObject):
    """Calls `on_term()` when the process gets SIGTERM (or SIGINT); `close()` undoes it."""

    def __init__(self, on_term: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        self._reader.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        # The handler only queues the quit: a signal that lands before the event loop runs (right
        # after READY, say) must not quit a loop that has not started — the quit would be lost.
        self._previous = {
            sig: signal.signal(sig, lambda *_: QTimer.singleShot(0, on_term))
            for sig in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)  # the handler itself runs as Python gets control back

    def close(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
