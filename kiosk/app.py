"""Composition root: settings → store → services → window. No logic of its own."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from kiosk.errors import KioskError
from kiosk.settings import Settings
from kiosk.ui.display import check_display
from kiosk.ui.splash import Splash
from kiosk.ui.strings import SPLASH
from kiosk.ui.window import build_kiosk, show_kiosk

if TYPE_CHECKING:
    from kiosk.services.startup import OpenedStore


def _announce_first_start() -> None:
    print("Preparing the default exhibition (first start only, a few seconds)…", file=sys.stderr)


def open_exhibition_store(settings: Settings) -> OpenedStore:
    # Imported here, not at the top: SQLAlchemy costs more start-up time than Qt itself,
    # and the splash is on screen first.
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.services.startup import open_store

    if settings.data_dir.exists() and not settings.data_dir.is_dir():
        raise KioskError(f"the data folder {settings.data_dir} is a file, not a folder")
    try:
        return open_store(settings, on_first_start=_announce_first_start)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise KioskError(f"cannot open the exhibition database ({reason})") from exc
    except ModuleNotFoundError as exc:  # e.g. --database-url postgresql://… without its driver
        raise KioskError(f"no database driver for {settings.database_url.split(':')[0]} "
                         f"(the Python package {exc.name!r} is not installed)") from exc


def run_kiosk(settings: Settings) -> int:
    """Open the exhibition and run until the window closes; returns the exit code."""
    if QGuiApplication.instance() is None:
        check_display()  # one line instead of Qt's abort
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("hunan-tax-kiosk")
    app.setApplicationDisplayName(SPLASH["splashTitle"]["zh"])
    splash = Splash(app, settings)
    try:
        store = splash.run_while_showing(lambda: open_exhibition_store(settings))
    except BaseException:
        splash.close()
        raise
    try:
        kiosk = build_kiosk(app, store.exhibition, settings, typefaces=splash.typefaces)
        show_kiosk(kiosk)
        splash.close()  # after the kiosk is up: no flash of the desktop in between
        return app.exec()
    finally:
        store.close()
