"""An editor adds photos from a USB stick on the touchscreen: browse, tap several, import; the
good ones land in the draft upright and without their location, bad files are listed with the
reason; Cancel stops a batch and leaves the content whole."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from helpers import PIN, enter_pin, first_city, screen
from PIL import Image

from kiosk.devtools import driving


def _photo_with_gps_turned(path: Path) -> None:
    """A landscape picture stored sideways with EXIF "rotate 90°" and a GPS position."""
    image = Image.new("RGB", (600, 400), (200, 40, 40))
    image.paste((20, 120, 200), (0, 0, 300, 400))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    exif.get_ifd(0x8825)[2] = (28.0, 12.0, 0.0)  # GPSLatitude
    exif.get_ifd(0x8825)[1] = "N"
    image.save(path, "JPEG", exif=exif.tobytes(), quality=90)


def _drive(tmp_path: Path) -> Path:
    drive = tmp_path / "media" / "USB"
    drive.mkdir(parents=True)
    _photo_with_gps_turned(drive / "a-visit.jpg")
    good = io.BytesIO()
    Image.new("RGB", (800, 600), (10, 90, 30)).save(good, "JPEG")
    (drive / "b-truncated.jpg").write_bytes(good.getvalue()[: len(good.getvalue()) // 3])
    (drive / "c-notes.jpg").write_text("<html>not a picture</html>", encoding="utf-8")
    return drive


def _open_browser(kiosk, slug: str) -> None:
    kiosk.admin.requestEntry()
    enter_pin(kiosk.window, PIN)
    driving.tap_named(kiosk.window, f"edit_{slug}")
    driving.tap_named(kiosk.window, "addPhotos")
    assert driving.wait_until(lambda: driving.find(kiosk.window, "photoGrid") is not None)


def test_photos_from_a_usb_stick_reach_the_draft_and_bad_files_are_listed(open_kiosk, pin_store, tmp_path):
    drive = _drive(tmp_path)
    kiosk = open_kiosk(pin_store, photo_roots=(drive.parent,))
    win = kiosk.window
    slug = first_city(kiosk)
    before = {p.key for p in kiosk.admin_services.editor.draft().bureau(slug).every_photo()}
    _open_browser(kiosk, slug)
    driving.tap_named(win, "folder_USB")
    for name in ("a-visit.jpg", "b-truncated.jpg", "c-notes.jpg"):
        driving.tap_named(win, f"picture_{name}")
    driving.tap_named(win, "importSelected")
    assert driving.wait_until(lambda: driving.find(win, "importOutcome") is not None, 30.0)
    outcome = driving.find(win, "importOutcome").property("text")
    assert outcome == "已添加 1 张图片", outcome
    refused = [driving.find(win, f"refused_{i}").property("text") for i in range(2)]
    for name in ("b-truncated.jpg", "c-notes.jpg"):
        assert any(name in line for line in refused), refused

    bureau = kiosk.admin_services.editor.draft().bureau(slug)
    (added,) = [p for p in bureau.every_photo() if p.key not in before]
    display = added.rendition(added.renditions[0].kind)
    assert display.height > display.width  # stored sideways, shown upright
    with sqlite3.connect(pin_store.engine.url.database) as db:
        (data,) = db.execute("SELECT data FROM media_blobs WHERE sha256 = ?", (display.sha256,)).fetchone()
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.size == (display.width, display.height)
        assert not stored.getexif().get_ifd(0x8825) and 0x0112 not in stored.getexif()

    driving.tap_named(win, "photosBack")
    driving.tap_named(win, "publishButton")
    assert driving.wait_until(lambda: not kiosk.desk.property("hasChanges"))
    driving.tap_named(win, "adminLeave")
    driving.tap_named(win, f"bureauTile_{slug}")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    assert driving.wait_until(lambda: driving.find(win, f"photoThumb_{added.key}", shown=False) is not None)


def test_cancel_stops_a_batch_and_leaves_the_content_whole(open_kiosk, pin_store, tmp_path):
    drive = tmp_path / "media" / "USB"
    drive.mkdir(parents=True)
    for i in range(8):  # big enough that the batch is still running when Cancel is tapped
        Image.effect_noise((3000, 2000), 60 + i).convert("RGB").save(drive / f"p{i}.jpg", "JPEG", quality=95)
    kiosk = open_kiosk(pin_store, photo_roots=(drive.parent,))
    win = kiosk.window
    slug = first_city(kiosk)
    before = len(kiosk.admin_services.editor.draft().bureau(slug).every_photo())
    _open_browser(kiosk, slug)
    driving.tap_named(win, "folder_USB")
    for i in range(8):
        driving.tap_named(win, f"picture_p{i}.jpg")
    driving.tap_named(win, "importSelected")
    browser = kiosk.desk.photo_browser()
    assert driving.wait_until(lambda: browser.property("progress") > 0, 60.0)
    driving.tap_named(win, "cancelImport")
    assert driving.wait_until(lambda: not browser.property("busy"), 60.0)
    added = len(kiosk.admin_services.editor.draft().bureau(slug).every_photo()) - before
    assert added < 8  # stopped: what was not yet imported stays out
    assert "取消" in driving.find(win, "importOutcome").property("text")
    with sqlite3.connect(pin_store.engine.url.database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
