"""Work that should not delay Home: run on a worker thread once the window's first frame is out,
its answer handed back on the GUI thread.

The kiosk's start uses it for the database's whole-file check (`services.recovery`): the start
checks only what Home reads, and every page is checked here, so a large database (or a cold
disk) no longer holds Home back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtQuick import QQuickWindow


def once_after_first_frame(window: QQuickWindow, do: Callable[[], None]) -> None:
    """`do()` from the event loop once `window`'s first frame is out (not from inside the frame's
    own signal, which then lets go: nothing runs at every later frame)."""
    done: list[bool] = []

    def first_frame() -> None:
        if not done:
            done.append(True)
            window.frameSwapped.disconnect(first_frame)
            QTimer.singleShot(0, window, do)

    window.frameSwapped.connect(first_frame)


class AfterFirstFrame(QObject):
    """Runs `work(stop)` on a worker thread after `window`'s first frame; `on_answer(result)` then
    runs on the GUI thread where `work` returned a non-empty string. `finish()` sets `stop` and
    waits for the work to end (before the process closes what the work uses)."""

    answered = Signal(str)

    def __init__(
        self,
        window: QQuickWindow,
        work: Callable[[threading.Event], str | None],
        on_answer: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_answer = on_answer
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.answered.connect(self._deliver)  # queued: emitted on the worker thread
        once_after_first_frame(window, self._start)

    def _start(self) -> None:
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._run, name="after-first-frame", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        answer = self._work(self._stop) or ""
        if not self._stop.is_set():
            self.answered.emit(answer)

    def _deliver(self, answer: str) -> None:
        if answer and not self._stop.is_set():
            self._on_answer(answer)

    def finish(self) -> None:
        """Stop the work (it is asked to, through `stop`) and wait for its thread to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
