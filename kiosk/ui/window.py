"""The kiosk window: QML engine, fonts, media provider, navigator, session, idle monitor, admin
controller and lock-down wired together.

`build_kiosk()` is what `app.py` and the screenshot tool call; `show_kiosk()` puts it on
screen. Operator keys (documented in the README; on a locked kiosk they ask for the PIN):
Ctrl+Shift+F12 leaves fullscreen, Ctrl+Shift+Q quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow  # noqa: F401 - makes rootObjects()[0] a QQuickWindow

from kiosk.errors import KioskError
from kiosk.services.reader import ExhibitionReader
from kiosk.settings import Settings
from kiosk.ui import QML_DIR
from kiosk.ui.admin.controller import AdminController
from kiosk.ui.chrome import ChromeStrings
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.liveness import PublishWatch
from kiosk.ui.lockdown import KioskLock
from kiosk.ui.media_provider import PROVIDER_ID, MediaImageProvider
from kiosk.ui.navigator import Navigator
from kiosk.ui.session import VisitorSession
from kiosk.ui.typeface import Typefaces, load_bundled_fonts

if TYPE_CHECKING:
    from kiosk.ui.admin.desk import EditorDesk
    from kiosk.ui.admin.ports import AdminServices

MIN_LANDSCAPE = (1280, 720)


class KioskWindow:
    """One visitor window. Attributes: `engine`, `window` (the QQuickWindow), `navigator` (where
    the visitor is), `session` (their language), `chrome` (the screens' own words), `idle`,
    `images` (the media provider), `typefaces` (each language's font families)."""

    def __init__(
        self,
        app: QGuiApplication,
        reader: ExhibitionReader,
        settings: Settings,
        *,
        admin: AdminServices,
        animations: bool = True,
        typefaces: Typefaces | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.typefaces = typefaces or load_bundled_fonts(app)
        # The engine owns the bridge: its QML goes first when it is destroyed, then these.
        self.engine = QQmlApplicationEngine()
        self.reader = reader
        self.navigator = Navigator(
            reader.home(), language=settings.default_language, parent=self.engine
        )
        self.session = VisitorSession(
            self.navigator,
            default_language=settings.default_language,
            animations=animations,
            min_touch_px=settings.min_touch_px,
            parent=self.engine,
        )
        self.session.languageChanged.connect(
            lambda: self.navigator.set_language(self.session.language_enum())
        )
        self.chrome = ChromeStrings(self.session, parent=self.engine)
        self.idle = IdleMonitor(
            timeout_s=settings.idle_timeout_s,
            countdown_s=settings.idle_countdown_s,
            enabled=settings.idle_enabled,
            at_rest=self.session.at_rest,
            parent=self.engine,
        )
        self.idle.expired.connect(self.session.reset_for_next_visitor)
        self.admin_services = admin
        self._desk: EditorDesk | None = None
        self.admin = AdminController(
            admin.gate,
            timeout_s=settings.admin_idle_timeout_s,
            on_open=self.idle.pause,
            on_close=self.idle.resume,
            message=self.chrome.get,
            desk=lambda: self.desk,
            parent=self.engine,
        )
        self.images = MediaImageProvider(reader)
        self.images.expect_together(self.navigator.homePage.tile_pictures())  # Home, shown first
        self.engine.addImageProvider(PROVIDER_ID, self.images)
        self.engine.setInitialProperties(
            {
                "navigator": self.navigator,
                "session": self.session,
                "chrome": self.chrome,
                "idle": self.idle,
                "admin": self.admin,
                "zhFont": self.typefaces.font("zh"),
                "enFont": self.typefaces.font("en"),
            }
        )
        # Warnings are collected while loading only (to explain a failed load); later runtime
        # warnings go to Qt's log, not into a list that would grow for the window's whole life.
        errors: list[str] = []

        def collect(warnings) -> None:
            errors.extend(w.toString() for w in warnings)

        self.engine.warnings.connect(collect)
        try:
            self.engine.load(QUrl.fromLocalFile(str(QML_DIR / "Main.qml")))
        finally:
            self.engine.warnings.disconnect(collect)
        roots = self.engine.rootObjects()
        if not roots:
            raise KioskError("the visitor screens failed to load: " + "; ".join(errors or ["no root object"]))
        self.window: QQuickWindow = roots[0]  # kept here: QQuickItem.window() crashes at exit in 6.12
        self.lock = KioskLock(self.window, locked=settings.fullscreen, operator=self._operator)
        self.lock.apply(app, show_cursor=settings.show_cursor)
        self.admin.unlocked.connect(self._act)
        # A publish from the desk shows to visitors as soon as they are Home (and the watch below
        # catches publishes from elsewhere).
        self.admin.closed.connect(self.refresh)
        # A publish shows within seconds at Home (the navigator keeps it for the visitor's return
        # Home otherwise), including one made by another process on the same database.
        self.publishes = PublishWatch(
            reader.live_version_id, self.refresh, interval_s=settings.publish_poll_s, parent=self.engine
        )
        self.idle.watch(self.window)
        self.admin.watch(self.window)

    @property
    def desk(self) -> EditorDesk:
        """The editor's desk behind the admin screens, made the first time they load (its
        modules, and the admin services under it, are not loaded for visitors)."""
        if self._desk is None:
            from kiosk.ui.admin.desk import EditorDesk
            from kiosk.ui.file_thumbnails import PROVIDER_ID as FILES_PROVIDER_ID
            from kiosk.ui.file_thumbnails import FileThumbnailProvider

            self.engine.addImageProvider(FILES_PROVIDER_ID, FileThumbnailProvider())  # USB photos
            admin = self.admin_services
            self._desk = EditorDesk(
                admin.editor, admin.preview, audit=admin.audit, packages=admin.packages,
                backups=admin.backups, photos=admin.photos, photo_roots=admin.photo_roots,
                language=self.session.language_enum, label=self.chrome.get, parent=self.engine,
            )
        return self._desk

    def refresh(self) -> None:
        """Re-read the exhibition (after a publish): Home shows it at once; a visitor elsewhere
        keeps the screen they are reading and sees it when they return Home."""
        self.navigator.show_exhibition(self.reader.home())

    @property
    def font_family(self) -> str:
        """The primary font family the screens are set in now (it follows the language)."""
        return self.typefaces.family(self.session.language_enum())

    def show(self, *, fullscreen: bool | None = None) -> None:
        """Fullscreen per settings (or `fullscreen`), else windowed at a resizable minimum size."""
        if self.settings.fullscreen if fullscreen is None else fullscreen:
            self.window.showFullScreen()
        else:
            self.show_windowed()

    def show_windowed(self) -> None:
        screen = self.window.screen()
        portrait = screen is not None and screen.size().height() > screen.size().width()
        w, h = MIN_LANDSCAPE[::-1] if portrait else MIN_LANDSCAPE
        self.window.setMinimumWidth(w)
        self.window.setMinimumHeight(h)
        if self.window.width() < w or self.window.height() < h:
            self.window.resize(w, h)
        self.window.showNormal()

    def _operator(self, action: str) -> None:
        """An operator's key: at once on a laptop; on a locked kiosk, after the PIN."""
        if self.lock.locked:
            self.admin.request(action)
        else:
            self._act(action)

    def _act(self, action: str) -> None:
        if action == "quit":
            self.quit()
        elif action == "windowed":
            self.lock.release()
            self.show_windowed()

    def quit(self) -> None:
        self.close()
        self.app.quit()

    def dispose(self) -> None:
        """Close, then destroy the QML engine — with it the window and every object the screens
        bind to — now, not whenever Python's collector gets round to it (it cannot see through
        Qt's connections, so a kiosk left to it would live on). For a process that goes on after
        its kiosk: the screenshot tools, the self-test, tests. Idempotent."""
        if shiboken6.isValid(self.engine):
            if shiboken6.isValid(self.window):
                self.close()
            self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # The last references back to this object from what the engine owned.
        self.lock = None  # type: ignore[assignment]
        self.publishes = None  # type: ignore[assignment]

    def close(self) -> None:
        """Stop the idle monitor and close the window (the engine is dropped with this object)."""
        self.lock.release()
        if self._desk is not None:
            self._desk.photo_browser().wait()  # a photo import running on its thread ends first
        self.publishes.stop()
        self.idle.stop()
        self.admin.stop()
        if self._desk is not None:
            self._desk.stop_work()
        self.window.close()


def build_kiosk(
    app: QGuiApplication,
    reader: ExhibitionReader,
    settings: Settings,
    *,
    admin: AdminServices,
    animations: bool = True,
    typefaces: Typefaces | None = None,
) -> KioskWindow:
    """Build the visitor window (not yet shown). Raises `KioskError` if the QML does not load."""
    return KioskWindow(app, reader, settings, admin=admin, animations=animations, typefaces=typefaces)


def show_kiosk(kiosk: KioskWindow, *, fullscreen: bool | None = None) -> None:
    """Show `kiosk` fullscreen or windowed as its settings say (or as `fullscreen` overrides)."""
    kiosk.show(fullscreen=fullscreen)
