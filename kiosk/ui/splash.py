"""The exhibition's name on screen while the database takes its time.

Usually the database opens in milliseconds and Home is the first frame: no splash. A first
start (seeding, a few seconds), a schema upgrade, a recovery from a backup or a slow disk
takes longer; `run_with_splash_if_slow` then shows the splash after a blink, so an operator
sees the kiosk starting — never as a cover for work the start could avoid.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QUrl
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.errors import KioskError
from kiosk.settings import Settings
from kiosk.ui import QML_DIR
from kiosk.ui.strings import splash_strings
from kiosk.ui.typeface import Typefaces, load_bundled_fonts

SPLASH_AFTER_S = 0.25  # work done sooner shows no splash: Home is the first frame


class Splash:
    """A window showing the exhibition's name until `close()`; `typefaces` serve the kiosk next.

    Its words come from `kiosk.ui.strings.SPLASH`, not the database, which is not open yet."""

    def __init__(self, app: QGuiApplication, settings: Settings, typefaces: Typefaces | None = None) -> None:
        self._app = app
        self.typefaces: Typefaces = typefaces or load_bundled_fonts(app)
        self.engine = QQmlApplicationEngine()
        self.engine.setInitialProperties(
            {
                "zhFont": self.typefaces.font("zh"),
                "enFont": self.typefaces.font("en"),
                "minTouch": settings.min_touch_px,
                **splash_strings(),
            }
        )
        self.engine.load(QUrl.fromLocalFile(str(QML_DIR / "Splash.qml")))
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

    def run_while_showing[T](self, work: Callable[[], T]) -> T:
        """`work()` on a worker thread while the splash stays responsive (seeding takes seconds);
        its result, or its exception raised here."""
        return self.wait_for(_Work.start(work))

    def wait_for[T](self, work: _Work[T]) -> T:
        """Keep the splash responsive until `work` is done; its result, or its exception."""
        while not work.done(0.02):
            self._app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return work.outcome()

    def _on_frame(self) -> None:
        self._drawn = True

    def close(self) -> None:
        self.window.close()
        self.engine.deleteLater()


class _Work[R]:
    """A call running on a worker thread; its result or exception is handed to the GUI thread."""

    def __init__(self, thread: threading.Thread, box: dict[str, object]) -> None:
        self._thread = thread
        self._box = box

    @classmethod
    def start(cls, work: Callable[[], R]) -> _Work[R]:
        box: dict[str, object] = {}

        def run() -> None:
            try:
                box["result"] = work()
            except BaseException as exc:  # handed back to the GUI thread
                box["error"] = exc

        thread = threading.Thread(target=run, name="start-work", daemon=True)
        thread.start()
        return cls(thread, box)

    def done(self, wait_s: float) -> bool:
        self._thread.join(wait_s)
        return not self._thread.is_alive()

    def outcome(self) -> R:
        if "error" in self._box:
            raise self._box["error"]  # type: ignore[misc]
        return self._box["result"]  # type: ignore[return-value]


def run_with_splash_if_slow[T](
    app: QGuiApplication, settings: Settings, work: Callable[[], T], *, after_s: float = SPLASH_AFTER_S,
) -> tuple[T, Typefaces, Splash | None]:
    """`work()` on a worker thread while the bundled fonts load here; the splash shows only if
    `work` is not done within `after_s`. Returns the result, the fonts, and the splash still on
    screen (close it once the kiosk is up, so the desktop never shows in between) or None when
    none was needed; raises `work`'s exception (with the splash closed)."""
    running = _Work.start(work)
    typefaces = load_bundled_fonts(app)
    if running.done(after_s):
        return running.outcome(), typefaces, None
    splash = Splash(app, settings, typefaces)
    try:
        return splash.wait_for(running), typefaces, splash
    except BaseException:
        splash.close()
        raise
