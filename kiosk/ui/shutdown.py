"""A clean exit on SIGTERM (systemd stopping the kiosk, an operator's `kill`).

Python runs signal handlers only between bytecodes, and Qt's event loop runs in C++: the
signal's wake-up byte goes to a socket that Qt watches, so the loop hands control back to
Python at once, the handler runs, and the kiosk quits as its own quit key would (exit 0,
database closed by the caller).

The handlers are installed at once; the socket (the `socket` module costs ~4 ms to import)
once Home is on screen (`wake_loop_on_signal`). Until then Python code runs often enough —
the start itself, then the first frame's own callbacks — for a signal's handler to run soon."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

if TYPE_CHECKING:
    import socket


class TerminationWatch(QObject):
    """Calls `on_term()` when the process gets SIGTERM (or SIGINT); `close()` undoes it."""

    def __init__(self, on_term: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The handler only queues the quit: a signal that lands before the event loop runs (right
        # after READY, say) must not quit a loop that has not started — the quit would be lost.
        self._previous = {
            sig: signal.signal(sig, lambda *_: QTimer.singleShot(0, on_term))
            for sig in (signal.SIGTERM, signal.SIGINT)
        }
        self._wakeup: tuple[socket.socket, socket.socket, int, QSocketNotifier] | None = None

    def wake_loop_on_signal(self) -> None:
        """From now on a signal wakes Qt's event loop at once (once; idempotent)."""
        if self._wakeup is not None:
            return
        import socket

        reader, writer = socket.socketpair()
        writer.setblocking(False)
        reader.setblocking(False)
        previous_fd = signal.set_wakeup_fd(writer.fileno())
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda: self._drain(reader))
        self._wakeup = (reader, writer, previous_fd, notifier)

    @staticmethod
    def _drain(reader: socket.socket) -> None:
        with contextlib.suppress(BlockingIOError):
            reader.recv(64)  # the handler itself runs as Python gets control back

    def close(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        if self._wakeup is not None:
            reader, writer, previous_fd, notifier = self._wakeup
            notifier.setEnabled(False)
            signal.set_wakeup_fd(previous_fd)
            reader.close()
            writer.close()
            self._wakeup = None
