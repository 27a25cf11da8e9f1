"""Composition root: settings → store → services → window. No logic of its own."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.deferred import OnFirstUse
from kiosk.diagnostics import Diagnostics, install_diagnostics
from kiosk.services.watchdog import SystemdNotifier
from kiosk.settings import Settings
from kiosk.ui.after_first_frame import AfterFirstFrame, once_after_first_frame
from kiosk.ui.display import check_display
from kiosk.ui.input_method import use_virtual_keyboard
from kiosk.ui.liveness import Heartbeat
from kiosk.ui.shutdown import TerminationWatch
from kiosk.ui.splash import run_with_splash_if_slow
from kiosk.ui.strings import SPLASH
from kiosk.ui.window import build_kiosk, show_kiosk

if TYPE_CHECKING:
    from kiosk.services.startup import OpenedStore
    from kiosk.ui.admin.ports import AdminServices
    from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


def _announce_first_start() -> None:
    print("Preparing the default exhibition (first start only, a few seconds)…", file=sys.stderr)


def open_exhibition_store(settings: Settings, *, whole_check: bool = True) -> OpenedStore:
    """The store for `settings` (checked, recovered, migrated, seeded on first start); raises
    only `KioskError`. `whole_check=False`: no page check before Home, whose index is read at
    open (the caller checks every page after Home's first frame: `ui.after_first_frame`).
    Imported here, not at the top: the usual start never loads SQLAlchemy (see
    `kiosk.services.startup`), and Qt's start runs meanwhile."""
    from kiosk.services.startup import open_store

    return open_store(settings, on_first_start=_announce_first_start, whole_check=whole_check)


def admin_services(store: OpenedStore, settings: Settings) -> AdminServices:
    """What admin mode works through, over the open store; changes are recorded as made on the
    kiosk (fullscreen) or on a laptop (windowed). Each service is built when admin mode first
    uses it (the PIN pad opening), so a visitor's kiosk never loads SQLAlchemy, Alembic or
    Pillow for it."""
    from kiosk.ui.admin.ports import AdminServices

    services = OnFirstUse(lambda: _build_admin_services(store, settings))

    def part(name: str) -> OnFirstUse:
        return OnFirstUse(lambda: getattr(services.resolve(), name))

    return AdminServices(
        gate=part("gate"), editor=part("editor"), preview=part("preview"), photos=part("photos"),
        audit=part("audit"), packages=part("packages"), backups=part("backups"),
        # Removable drives; on a laptop also the editor's own folders.
        photo_roots=settings.photo_roots + (() if settings.fullscreen else (Path.home(),)),
    )


def _build_admin_services(store: OpenedStore, settings: Settings) -> AdminServices:
    from kiosk.services.backups import publish_hook
    from kiosk.services.drafts import DraftPreview
    from kiosk.services.editor_desk import DraftEditorService
    from kiosk.services.export_places import ExportPlaces
    from kiosk.services.package_desk import AuditLogService, BackupDeskService, PackageDeskService
    from kiosk.services.security import AdminGate
    from kiosk.ui.admin.ports import AdminServices

    origin = "kiosk" if settings.fullscreen else "laptop"
    places = ExportPlaces(settings.data_dir)
    editor = DraftEditorService(store.sessions, origin=origin, after_publish=publish_hook(settings))
    return AdminServices(
        gate=AdminGate(store.sessions, origin=origin),
        editor=editor,
        preview=DraftPreview(store.sessions),
        photos=editor,
        audit=AuditLogService(store.sessions, places),
        packages=PackageDeskService(store.sessions, settings, places),
        backups=BackupDeskService(store.sessions, settings),
    )


CRASH_EXIT = 70  # an unhandled error: the report is written, the service manager starts afresh


def _diagnostics(settings: Settings, *, on_crash: Callable[[Path], None]) -> Diagnostics | None:
    """The rotating log and crash reports in the data folder; none where it is read-only (the
    kiosk still shows its content)."""
    try:
        return install_diagnostics(settings.data_dir, on_crash=on_crash, log_now=False)
    except OSError as exc:
        reason = exc.strerror or exc
        print(f"warning: no log or crash reports in {settings.data_dir} ({reason})", file=sys.stderr)
        return None


def _check_whole_file_after_home(
    store: OpenedStore, kiosk: KioskWindow, app: QGuiApplication
) -> AfterFirstFrame | None:
    """The start read only what Home shows: the whole file is checked once Home is up, and
    damage found then ends the kiosk (exit 1), so its next start recovers from a backup."""
    database = store.database_path
    if database is None or store.read_only:
        return None
    from kiosk.services.recovery import mark_for_whole_check, whole_file_damage

    def damaged(reason: str) -> None:
        mark_for_whole_check(database)
        message = f"the exhibition database {reason}; the next start recovers it from the newest backup"
        log.error("%s", message)
        print(f"error: {message}", file=sys.stderr)
        app.exit(1)

    return AfterFirstFrame(
        kiosk.window, lambda stop: whole_file_damage(database, stop), damaged, parent=kiosk.engine
    )


def _collect_as_usual_from_now(usual_gc: tuple[int, ...]) -> None:
    """Once Home is up: the start's garbage is collected (the collector was held off), and what
    is left (modules, classes, Home's index, the screens' Python side) lives as long as the
    kiosk, so it is moved out of the collector's sight (`gc.freeze`): each full collection of
    the days ahead walks only what was made since (~12 ms less each, a dropped frame under a
    visitor's finger). Then the usual thresholds."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*usual_gc)


def _take_daily_backup_if_due(settings: Settings) -> None:
    from kiosk.services.backups import take_daily_backup_if_due  # hashing, zip: not before Home

    take_daily_backup_if_due(settings)


def run_kiosk(
    settings: Settings, *, open_admin: bool = False, usual_gc: tuple[int, ...] | None = None
) -> int:
    """Open the exhibition and run until the window closes; returns the exit code. `usual_gc`:
    the collector's thresholds to put back once Home's first frame is out."""
    if QGuiApplication.instance() is None:
        check_display()  # one line instead of Qt's abort
        use_virtual_keyboard()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("hunan-tax-kiosk")
    app.setApplicationDisplayName(SPLASH["splashTitle"]["zh"])
    store, typefaces, splash = run_with_splash_if_slow(
        app, settings, lambda: open_exhibition_store(settings, whole_check=False)
    )
    notifier = SystemdNotifier.from_environment()
    diagnostics = _diagnostics(settings, on_crash=lambda _report: app.exit(CRASH_EXIT))
    whole_check = None
    try:
        kiosk = build_kiosk(
            app, store.exhibition, settings, admin=admin_services(store, settings), typefaces=typefaces
        )
        if usual_gc is not None:  # the CLI held the collector off while the kiosk started
            once_after_first_frame(kiosk.window, lambda: _collect_as_usual_from_now(usual_gc))
        if diagnostics is not None:  # the log file opens once Home is on screen
            once_after_first_frame(kiosk.window, diagnostics.open_log)
        show_kiosk(kiosk)
        whole_check = _check_whole_file_after_home(store, kiosk, app)
        if open_admin:
            kiosk.admin.requestEntry()
        if splash is not None:
            splash.close()  # after the kiosk is up: no flash of the desktop in between
        termination = TerminationWatch(kiosk.quit)
        once_after_first_frame(kiosk.window, termination.wake_loop_on_signal)
        heartbeat = Heartbeat(notifier.feed, notifier.feed_interval_s or 10.0)
        daily_backup = Heartbeat(lambda: _take_daily_backup_if_due(settings), 3600.0)  # checks hourly
        # The first check a minute after start, not before Home's first frame.
        QTimer.singleShot(60_000, lambda: _take_daily_backup_if_due(settings))
        notifier.notify_ready()
        code = app.exec()
        heartbeat.stop()
        daily_backup.stop()
        termination.close()
        notifier.notify_stopping()
        return code
    finally:
        if whole_check is not None:
            whole_check.finish()  # its connection closes before the store's last one
        store.close()
        notifier.close()
        if diagnostics is not None:
            diagnostics.close()
