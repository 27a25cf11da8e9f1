"""Long work (an export, checking or importing a package, a backup, a restore) run off the GUI
thread, so the screen keeps answering touches; its progress comes back as signals, which Qt
delivers on the GUI thread.

One job at a time: `start(work, done)` runs `work(progress, cancel)` on a thread; `done(result)`
is called on the GUI thread when it returns; a `KioskError` becomes `failure` (one line).
`cancel()` (the Cancel button) makes `cancel()` inside the work return True: the services stop
at their next step and change nothing."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.errors import KioskError
from kiosk.ui.admin.ports import CancelCheck, Progress

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

Work = Callable[[Progress, CancelCheck], Any]


@QmlElement
@QmlUncreatable("an admin section makes its worker")
class BackgroundWork(QObject):
    changed = Signal()
    _progressed = Signal(int, int, str)  # from the worker thread
    _ended = Signal(int, bool, str)  # job, ok, failure

    def __init__(self, stage_label: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage_label = stage_label  # a stage ("check", "save" …) in the editor's words
        self._job = 0
        self._running = False
        self._cancelling = False
        self._cancel = threading.Event()
        self._done_count, self._total, self._stage = 0, 0, ""
        self._result: Any = None
        self._on_done: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[str], None] = lambda _message: None
        self._thread: threading.Thread | None = None
        self._progressed.connect(self._show_progress)
        self._ended.connect(self._finish)

    def start(self, work: Work, done: Callable[[Any], None], failed: Callable[[str], None]) -> bool:
        """Run `work` on a thread; False (and nothing started) while another job runs."""
        if self._running:
            return False
        self._job += 1
        job = self._job
        self._cancel = threading.Event()
        cancel = self._cancel
        self._running, self._cancelling = True, False
        self._done_count, self._total, self._stage = 0, 0, ""
        self._on_done, self._on_failure = done, failed
        self.changed.emit()

        def progress(done_count: int, total: int, stage: str) -> None:
            self._progressed.emit(done_count, total, stage)

        def run() -> None:
            try:
                self._result = work(progress, cancel.is_set)
            except KioskError as exc:
                self._ended.emit(job, False, str(exc))
            except Exception as exc:  # noqa: BLE001 - shown as one line; the details go to the log
                log.exception("admin work failed")
                self._ended.emit(job, False, f"{type(exc).__name__}: {exc}")
            else:
                self._ended.emit(job, True, "")

        self._thread = threading.Thread(target=run, name="admin-work", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout_s: float | None = None) -> None:
        """Block until the thread ends (closing the window; tests never need it)."""
        if self._thread is not None:
            self._thread.join(timeout_s)

    @Slot()
    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self._cancelling = True
            self.changed.emit()

    def _show_progress(self, done_count: int, total: int, stage: str) -> None:
        if self._running:
            self._done_count, self._total, self._stage = done_count, total, stage
            self.changed.emit()

    def _finish(self, job: int, ok: bool, failure: str) -> None:
        if job != self._job:
            return
        self._running, self._cancelling = False, False
        self._thread = None
        result, self._result = self._result, None
        self.changed.emit()
        if ok:
            self._on_done(result)
        else:
            self._on_failure(failure)

    def _fraction(self) -> float:
        return min(1.0, self._done_count / self._total) if self._total > 0 else 0.0

    running = Property(bool, lambda self: self._running, notify=changed)
    cancelling = Property(bool, lambda self: self._cancelling, notify=changed)
    fraction = Property(float, _fraction, notify=changed)
    done = Property(int, lambda self: self._done_count, notify=changed)
    total = Property(int, lambda self: self._total, notify=changed)
    stage = Property(str, lambda self: self._stage_label(self._stage) if self._stage else "", notify=changed)
