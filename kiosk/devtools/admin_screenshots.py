"""`kiosk screenshot`'s admin screens: the PIN pad, the lock-out, the desk and its sections,
a bureau's editor with the on-screen keyboard up, the preview — reached by taps, as an editor.

They are rendered from a scratch copy of the database with a throw-away PIN, so taking them
changes nothing in the real data folder (its PIN, audit log and draft are left alone)."""

from __future__ import annotations

import shutil
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.app import admin_services
from kiosk.devtools import driving
from kiosk.services.security import set_pin
from kiosk.services.startup import OpenedStore, open_store
from kiosk.settings import Settings
from kiosk.ui.window import KioskWindow, build_kiosk

SCRATCH_PIN = "583920"


def _scratch_copy(store: OpenedStore, folder: Path) -> Settings:
    """A copy of the store's SQLite database in `folder` (the online backup API, WAL included)."""
    from kiosk.services.backups import copy_database  # read-only safe: a read-only data folder too

    if store.database_path is None:
        raise ValueError("admin screenshots need an SQLite database")
    copy_database(store.database_path, folder / "exhibition.sqlite3")
    return Settings(data_dir=folder, database_url=f"sqlite:///{folder / 'exhibition.sqlite3'}")


def _enter(win, digits: str) -> None:
    for digit in digits:
        driving.tap_named(win, f"pinKey_{digit}")
    driving.tap_named(win, "pinKey_ok")


def render_admin_screenshots(
    store: OpenedStore, settings: Settings, outdir: Path, *, size: tuple[int, int], language: str
) -> list[Path]:
    """Render the admin screens to `outdir` as admin-*.png."""
    app = QGuiApplication.instance() or QGuiApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-admin-shots-"))
    written: list[Path] = []
    try:
        copy_settings = _scratch_copy(store, scratch)
        copy = open_store(copy_settings, seed=False)
        try:
            set_pin(copy.sessions, SCRATCH_PIN, origin="cli")
            drive = _sample_drive(scratch / "media")
            quiet = replace(settings, data_dir=scratch, database_url=copy_settings.database_url,
                            idle_enabled=False, fullscreen=False, photo_roots=(drive.parent,))
            services = admin_services(copy, quiet)
            services = replace(services, photos=_PausingImporter(services.photos))
            kiosk = build_kiosk(app, copy.exhibition, quiet, admin=services, animations=False)
            try:
                kiosk.session.setLanguage(language)
                kiosk.window.resize(*size)
                kiosk.window.show()
                written = _walk(kiosk, outdir)
            finally:
                kiosk.dispose()
                del kiosk
        finally:
            copy.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def _sample_drive(root: Path) -> Path:
    """A "USB stick" with a few pictures, for the photo browser's screenshot."""
    drive = root / "USB"
    drive.mkdir(parents=True)
    (drive / "活动照片").mkdir()
    for i, colour in enumerate([(155, 28, 28), (200, 164, 92), (46, 94, 62), (40, 70, 140), (120, 60, 110)]):
        Image.new("RGB", (1200, 800), colour).save(drive / f"IMG_{2400 + i}.jpg", "JPEG")
    return drive


class _PausingImporter:
    """The real photo importer, held at its first picture until the screenshot is taken, so the
    progress bar is caught half way."""

    def __init__(self, importer) -> None:
        self._importer = importer
        self.reached = threading.Event()
        self.go_on = threading.Event()

    def import_photos(self, files, *, bureau, progress, cancelled):
        def held(done: int, total: int, name: str) -> None:
            progress(done, total, name)
            if done >= 1 and not self.reached.is_set():
                self.reached.set()
                self.go_on.wait(30)

        return self._importer.import_photos(files, bureau=bureau, progress=held, cancelled=cancelled)


def _walk(kiosk: KioskWindow, outdir: Path) -> list[Path]:
    win = kiosk.window
    written: list[Path] = []

    def shot(name: str) -> None:
        driving.settle(win)
        path = outdir / f"admin-{name}.png"
        if not win.grabWindow().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    driving.wait_until(lambda: driving.find(win, "overviewEntry") is not None)
    kiosk.admin.requestEntry()
    driving.wait_until(lambda: driving.find(win, "pinPad") is not None)
    for digit in "583":  # half typed: the dots show
        driving.tap_named(win, f"pinKey_{digit}")
    shot("pin")
    for digit in "920":
        driving.tap_named(win, f"pinKey_{digit}")
    driving.tap_named(win, "pinKey_ok")
    driving.wait_until(lambda: driving.find(win, "adminDesk") is not None)
    shot("dashboard")

    draft = kiosk.admin_services.editor.draft()
    bureau = max(draft.bureaus, key=lambda b: len(b.stories)).slug  # one with stories to show
    driving.tap_named(win, f"edit_{bureau}")
    driving.wait_until(lambda: driving.find(win, "fieldList") is not None)
    # A scratch copy: what is typed here goes nowhere.
    driving.tap_named(win, f"fieldText_bureaus.{bureau}.brand.slogan_zh")
    driving.wait_until(lambda: driving.find(win, "keyboard") is not None)
    for letter in "huai":  # Pinyin typed, its candidates offered
        board = driving.find(win, "keyboard")
        driving.tap(win, next(i for i in driving.walk(board) if i.property("text") == letter))
    QTest.qWait(400)  # the keyboard style's own animation: its candidates slide in over 200 ms
    shot("bureau-editor")
    fields = kiosk.desk.bureau_fields()
    first_story = next((i for i, f in enumerate(fields) if f.path.startswith("stories.")), None)
    if first_story is not None:
        QGuiApplication.inputMethod().hide()  # the keyboard is in bureau-editor.png already
        driving.find(win, "fieldList").positionViewAtIndex(first_story, 1)  # ListView.Beginning
        shot("story-editor")
    driving.tap_named(win, "addPhotos")  # the photo browser on the USB stick
    driving.tap_named(win, "folder_USB")
    for name in ("IMG_2400.jpg", "IMG_2401.jpg", "IMG_2402.jpg"):
        driving.tap_named(win, f"picture_{name}")
    shot("photo-browser")
    importer = kiosk.admin_services.photos
    driving.tap_named(win, "importSelected")
    driving.wait_until(importer.reached.is_set, 30.0)
    driving.wait_until(lambda: kiosk.desk.photo_browser().property("progress") > 0)
    shot("import-progress")
    importer.go_on.set()
    driving.wait_until(lambda: not kiosk.desk.photo_browser().property("busy"), 30.0)
    driving.tap_named(win, "nav_versions")
    shot("versions")
    driving.tap_named(win, "nav_trash")
    shot("trash")
    driving.tap_named(win, "nav_audit")
    shot("audit")
    driving.tap_named(win, "publishButton")  # a published change: the package below differs
    driving.tap_named(win, "nav_packages")
    driving.tap_named(win, "exportPackage")
    driving.wait_until(lambda: driving.find(win, "packagesMessage") is not None, 30.0)
    shot("export")
    editor = kiosk.admin_services.editor  # a photo goes after the export: importing brings it back
    gone = next(p.key for b in editor.draft().bureaus for p in b.photos)
    editor.remove_photo(gone)
    editor.publish()
    driving.tap_named(win, "lookForPackages")
    if driving.wait_until(lambda: bool(driving.find_all(win, "importPackage_")), 10.0):
        driving.tap(win, driving.find_all(win, "importPackage_")[0])
        if driving.wait_until(lambda: driving.find(win, "importSummary") is not None, 30.0):
            shot("import-summary")
            driving.tap_named(win, "cancelPackageImport")
    driving.tap_named(win, "nav_backups")
    driving.tap_named(win, "backUpNow")
    driving.wait_until(lambda: driving.find(win, "backupsMessage") is not None, 30.0)
    shot("backups")
    driving.tap_named(win, "previewButton")
    driving.wait_until(lambda: driving.find(win, "previewBand") is not None)
    city = next(b.slug for b in draft.bureaus if b.kind.value != "province" and not b.hidden)
    driving.tap_named(win, f"bureauTile_{city}")
    driving.wait_until(lambda: driving.find(win, "previewBureau") is not None)
    shot("preview")
    driving.tap_named(win, "backToEditing")
    driving.tap_named(win, "adminLeave")
    driving.wait_until(lambda: driving.find(win, "adminDesk") is None)

    kiosk.admin.requestEntry()  # five wrong PINs: the lock-out
    for _ in range(5):
        _enter(win, "000000")
    driving.wait_until(lambda: kiosk.admin.property("lockedSeconds") > 0)
    shot("lockout")
    return written
