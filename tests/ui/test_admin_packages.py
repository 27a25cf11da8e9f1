"""Export / Import and backups in admin mode, driven by touch through the real services and
database: export to a USB drive and import it back through the summary (a new version in
Versions); a hostile package refused in one line, content unchanged; Cancel in the middle of an
import leaves the content whole; Back up now lists the backup, restoring it makes a version."""

from __future__ import annotations

from desk_transfers import DRIVE, fake_drive, into_admin, open_desk_kiosk
from qt_lifetime import dispose_kiosk

from kiosk.content.types import LocalizedText
from kiosk.devtools import driving
from kiosk.services import packages


def _first_bureau(kiosk) -> str:
    return kiosk.admin_services.editor.draft().bureaus[0].slug


def _live_name(store, slug: str) -> str:
    return store.exhibition.exhibition().bureau(slug).name.en


def _publish_renamed(kiosk, slug: str, english: str) -> None:
    """Another edit goes live meanwhile (as from the desk's Publish; its own tests tap it)."""
    editor = kiosk.admin_services.editor
    name = editor.draft().bureau(slug).name
    editor.set_text(f"bureaus.{slug}.name", LocalizedText(name.zh, english))
    editor.publish()


def _versions(kiosk):
    kiosk.desk.refresh()
    return kiosk.desk.property("versions").rows()


def test_export_then_import_it_back_through_the_summary(qapp, pin_store, tmp_path) -> None:
    root, drive = fake_drive(tmp_path)
    kiosk = open_desk_kiosk(qapp, pin_store, root)
    win = kiosk.window
    page = kiosk.desk.packages_page
    try:
        into_admin(kiosk)
        slug = _first_bureau(kiosk)
        exported_name = _live_name(pin_store, slug)
        driving.tap_named(win, "nav_packages")
        assert driving.find(win, f"place_{DRIVE}").property("variant") == "primary"
        driving.tap_named(win, "exportPackage")
        assert driving.wait_until(lambda: page.property("message") != "", 30.0)
        assert not page.property("failed"), page.property("message")
        written = list(drive.glob("exhibition-*.zip"))
        assert len(written) == 1
        assert str(written[0]) in driving.find(win, "packagesMessage").property("text")

        _publish_renamed(kiosk, slug, "Renamed after the export")
        before = _versions(kiosk)[0].id
        driving.tap_named(win, "lookForPackages")
        driving.tap_named(win, f"importPackage_{written[0].name}")
        assert driving.wait_until(lambda: driving.find(win, "importSummary") is not None, 30.0)
        assert driving.find(win, "summaryPackage").property("text") == written[0].name
        assert driving.find(win, "summaryCount_summaryBureaus_2").property("text") == "1"  # changed
        assert driving.find(win, "summaryCount_summaryPhotos_1").property("text") == "0"  # added
        assert _live_name(pin_store, slug) == "Renamed after the export"  # nothing yet

        driving.tap_named(win, "confirmImport")
        assert driving.wait_until(lambda: page.property("phase") == "start" and page.property("message"),
                                  30.0)
        assert not page.property("failed"), page.property("message")
        assert _live_name(pin_store, slug) == exported_name
        driving.tap_named(win, "nav_versions")
        newest = kiosk.desk.property("versions").rows()[0]
        assert newest.id > before and newest.origin == "import" and newest.live
        row = driving.find(win, f"version_{newest.id}")
        assert row is not None
    finally:
        dispose_kiosk(kiosk)


def test_a_hostile_package_is_refused_in_one_line(qapp, pin_store, tmp_path) -> None:
    root, drive = fake_drive(tmp_path)
    (drive / "holiday-photos.zip").write_text("this is not a zip file\n")
    kiosk = open_desk_kiosk(qapp, pin_store, root)
    win = kiosk.window
    page = kiosk.desk.packages_page
    try:
        into_admin(kiosk)
        live = pin_store.exhibition.exhibition()
        versions = _versions(kiosk)
        driving.tap_named(win, "nav_packages")
        driving.tap_named(win, "importPackage_holiday-photos.zip")
        assert driving.wait_until(lambda: page.property("message") != "", 30.0)
        message = driving.find(win, "packagesMessage").property("text")
        assert page.property("failed") and "\n" not in message and "zip" in message
        assert driving.find(win, "importSummary") is None
        assert pin_store.exhibition.exhibition() == live
        assert _versions(kiosk) == versions
    finally:
        dispose_kiosk(kiosk)


def test_cancel_in_the_middle_of_an_import_leaves_content_whole(qapp, pin_store, tmp_path) -> None:
    root, drive = fake_drive(tmp_path)
    packages.export_package(pin_store.sessions, drive / "exhibition.zip")
    kiosk = open_desk_kiosk(qapp, pin_store, root, pausing=True)
    win = kiosk.window
    page = kiosk.desk.packages_page
    service = kiosk.admin_services.packages
    try:
        into_admin(kiosk)
        slug = _first_bureau(kiosk)
        _publish_renamed(kiosk, slug, "Live before the import")
        live, versions = pin_store.exhibition.exhibition(), _versions(kiosk)
        driving.tap_named(win, "nav_packages")
        driving.tap_named(win, "importPackage_exhibition.zip")
        assert driving.wait_until(lambda: driving.find(win, "importSummary") is not None, 30.0)
        driving.tap_named(win, "confirmImport")
        assert driving.wait_until(service.paused.is_set, 30.0)  # a picture saved, not committed
        assert driving.find(win, "progressPanel") is not None  # the screen answers meanwhile
        driving.tap_named(win, "progressCancel")
        assert driving.wait_until(lambda: driving.find(win, "progressStage").property("text") == "正在取消…")
        service.go_on.set()
        assert driving.wait_until(lambda: page.property("message") != "", 30.0)
        assert page.property("failed") and "cancelled" in page.property("message")
        assert pin_store.exhibition.exhibition() == live
        assert _live_name(pin_store, slug) == "Live before the import"
        assert _versions(kiosk) == versions
    finally:
        service.go_on.set()
        dispose_kiosk(kiosk)


def test_back_up_now_then_restore_it_as_a_new_version(qapp, pin_store, tmp_path) -> None:
    root, _drive = fake_drive(tmp_path)
    kiosk = open_desk_kiosk(qapp, pin_store, root)
    win = kiosk.window
    page = kiosk.desk.backups_page
    try:
        into_admin(kiosk)
        slug = _first_bureau(kiosk)
        original = _live_name(pin_store, slug)
        driving.tap_named(win, "nav_backups")
        driving.tap_named(win, "backUpNow")
        assert driving.wait_until(lambda: page.property("message") != "", 30.0)
        assert not page.property("failed"), page.property("message")
        rows = page.property("rows").rows()
        assert [r.reason for r in rows] == ["manual"]
        assert rows[0].path in driving.find(win, "backupsMessage").property("text")
        assert driving.wait_until(lambda: driving.find(win, "backup_0") is not None)
        shown = [str(i.property("text")) for i in driving.walk(driving.find(win, "backup_0"))]
        assert any(text.endswith("· 手动") for text in shown)  # when, and why: taken by hand

        _publish_renamed(kiosk, slug, "Renamed after the backup")  # a publish backs up too
        driving.tap_named(win, "nav_versions")
        driving.tap_named(win, "nav_backups")
        rows = page.property("rows").rows()
        manual = next(i for i, r in enumerate(rows) if r.reason == "manual")
        before = _versions(kiosk)[0].id
        driving.tap_named(win, f"restoreBackup_{manual}")
        assert driving.wait_until(lambda: driving.find(win, "restoreConfirm") is not None)
        assert rows[manual].name in driving.find(win, "restoreChosen").property("text")
        assert _live_name(pin_store, slug) == "Renamed after the backup"  # not before Confirm
        driving.tap_named(win, "confirmRestore")
        assert driving.wait_until(lambda: page.property("phase") == "list" and page.property("message"), 30.0)
        assert not page.property("failed"), page.property("message")
        assert _live_name(pin_store, slug) == original
        newest = _versions(kiosk)[0]
        assert newest.id > before and newest.origin == "restore" and newest.live
        driving.tap_named(win, "nav_versions")
        assert driving.find(win, f"version_{newest.id}") is not None
    finally:
        dispose_kiosk(kiosk)
