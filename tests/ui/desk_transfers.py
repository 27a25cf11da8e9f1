"""A kiosk for the desk's audit, packages and backups tests: over the `pin_store` database
with settings that name that very database (backups and restores copy it), and a fake
removable drive — a folder under a drive root the real `ExportPlaces` is pointed at."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from helpers import PIN, enter_pin

from kiosk.app import admin_services
from kiosk.devtools import driving
from kiosk.services.export_places import ExportPlaces
from kiosk.services.package_desk import AuditLogService, PackageDeskService
from kiosk.settings import build_settings
from kiosk.ui.window import build_kiosk

DRIVE = "KIOSK-USB"


def fake_drive(tmp_path: Path) -> tuple[Path, Path]:
    """A drive root holding a user's folder with one drive in it (as /run/media/<user>/<label>);
    returns (root, drive). The drive holds a file, as a real stick does."""
    root = tmp_path / "run-media"
    drive = root / "editor" / DRIVE
    drive.mkdir(parents=True)
    (drive / "README.txt").write_text("a USB stick\n")
    return root, drive


class PausingPackageDesk(PackageDeskService):
    """The real package service, whose import stops at its first saved picture until the test
    lets it go: "mid-import", deterministically, while the screen keeps running."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.paused = threading.Event()
        self.go_on = threading.Event()

    def import_checked(self, summary, progress, cancel):
        def pausing(done: int, total: int, stage: str) -> None:
            progress(done, total, stage)
            if stage == "save" and done == 1 and not self.paused.is_set():
                self.paused.set()
                self.go_on.wait(30)

        return super().import_checked(summary, pausing, cancel)


def open_desk_kiosk(qapp, store, drive_root: Path, *, pausing: bool = False):
    """The kiosk over `store`, its admin services real, the drives looked for under `drive_root`."""
    folder = Path(store.database_path).parent
    settings = replace(build_settings(data_dir=folder, windowed=True), idle_enabled=False)
    places = ExportPlaces(folder, roots=[drive_root])
    services = admin_services(store, settings)
    package_desk = PausingPackageDesk if pausing else PackageDeskService
    services = replace(
        services,
        audit=AuditLogService(store.sessions, places),
        packages=package_desk(store.sessions, settings, places),
    )
    kiosk = build_kiosk(qapp, store.exhibition, settings, admin=services, animations=False)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    assert driving.wait_until(lambda: driving.find(kiosk.window, "overviewEntry") is not None)
    return kiosk


def into_admin(kiosk) -> None:
    kiosk.admin.requestEntry()
    enter_pin(kiosk.window, PIN)
    assert driving.wait_until(lambda: driving.find(kiosk.window, "adminDesk") is not None)


def shown_texts(window) -> list[str]:
    return [str(i.property("text")) for i in driving.items(window)
            if driving.is_shown(i) and isinstance(i.property("text"), str)]


def hide_keyboard(window) -> None:
    """Tap the on-screen keyboard's hide key (it covers the desk's lower half while up)."""
    board = driving.find(window, "keyboard")
    if board is None:
        return
    key = next(i for i in driving.walk(board)
               if "HideKeyboardKey" in i.metaObject().className() and driving.is_shown(i))
    driving.tap(window, key)
    assert driving.wait_until(lambda: driving.find(window, "keyboard") is None)
