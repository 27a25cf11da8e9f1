"""Timers of a kiosk that runs for days: the watchdog's heartbeat and the watch for newly
published content.

Both tick on the GUI thread on purpose: a heartbeat proves the event loop is alive (a hung GUI
stops it, and systemd restarts the kiosk), and a publish is applied where the screens live.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Heartbeat(QObject):
    """Calls `beat()` every `interval_s` from the event loop."""

    def __init__(self, beat: Callable[[], object], interval_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(max(100, int(interval_s * 1000)))
        self._timer.timeout.connect(beat)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


class PublishWatch(QObject):
    """Polls `live_version()` every `interval_s`; when it changes (a publish here, or by another
    process on the same database: `kiosk photos add` from a terminal, an import), `on_publish()`."""

    def __init__(
        self,
        live_version: Callable[[], int | None],
        on_publish: Callable[[], None],
        *,
        interval_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._live_version = live_version
        self._on_publish = on_publish
        self._seen = live_version()
        self._timer = QTimer(self)
        self._timer.setInterval(max(50, int(interval_s * 1000)))
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        current = self._live_version()
        if current != self._seen:
            self._seen = current
            self._on_publish()

    def stop(self) -> None:
        self._timer.stop()
