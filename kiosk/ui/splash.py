"""The first frame: the exhibition's name on screen before the database is even opened.

Importing SQLAlchemy and opening (on the first start, seeding) the database takes from one to
several seconds; the splash shows at once so an operator sees the kiosk starting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import resources
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QUrl
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.errors import KioskError
from kiosk.settings import Settings
from kiosk.ui.strings import splash_strings
from kiosk.ui.typeface import Typefaces, load_bundled_fonts

T = TypeVar("T")


class Splash:
    """A window showing the exhibition's name until `close()`; `typefaces` serve the kiosk next.

    Its words come from `kiosk.ui.strings.SPLASH`, not the database, which is not open yet."""

    def __init__(self, app: QGuiApplication, settings: Settings) -> None:
        self._app = app
        self.typefaces: Typefaces = load_bundled_fonts(app)
        self.engine = QQmlApplicationEngine()
        self.engine.setInitialProperties(
            {
                "zhFont": self.typefaces.font("zh"),
                "enFont": self.typefaces.font("en"),
                "minTouch": settings.min_touch_px,
                **splash_strings(),
            }
        )
        with resources.as_file(resources.files("kiosk.ui") / "qml" / "Splash.qml") as path:
            self.engine.load(QUrl.fromLocalFile(str(path)))
        if not self.engine.rootObjects():
            raise KioskError("the start-up screen failed to load")
        self.window: QWindow = self.engine.rootObjects()[0]
        if settings.fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 720)
            self.window.show()
        self._drawn = False
        self.window.frameSwapped.connect(self._on_frame)
        while not self._drawn and self.window.isExposed():
            app.processEvents()
        app.processEvents()

    def run_while_showing(self, work: Callable[[], T]) -> T:
        """`work()` on a worker thread while the splash stays responsive (seeding takes seconds);
        its result, or its exception raised here."""
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["result"] = work()
            except BaseException as exc:  # handed back to the GUI thread below
                outcome["error"] = exc

        worker = threading.Thread(target=run, name="splash-work", daemon=True)
        worker.start()
        while worker.is_alive():
            self._app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.02)
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]  # type: ignore[return-value]

    def _on_frame(self) -> None:
        self._drawn = True

    def close(self) -> None:
        self.window.close()
        self.engine.deleteLater()
