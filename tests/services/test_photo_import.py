"""Adding photos: batches through the real pipeline into the draft or live; `kiosk photos add`."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content.types import RenditionKind
from kiosk.errors import KioskError
from kiosk.services.drafts import draft_exhibition, draft_status, publish_draft
from kiosk.services.editing import set_text
from kiosk.services.photo_import import import_photos
from kiosk.services.versions import list_versions
from services import images


def _gallery(reader, slug: str = "huaihua") -> list:
    return list(reader.exhibition().bureau(slug).photos)


def test_a_batch_keeps_the_good_files_and_lists_the_bad_ones(seeded_store, visitor, tmp_path) -> None:
    files = [
        images.write_jpeg(tmp_path / "one.jpg", images.photo()),
        images.truncated_jpeg(tmp_path / "cut.jpg"),
        images.html_named_jpg(tmp_path / "page.jpg"),
        images.empty(tmp_path / "empty.png"),
        tmp_path / "missing.jpg",
        images.write_jpeg(tmp_path / "two.jpg", images.photo(colour=(200, 60, 20))),
    ]
    seen: list[tuple[int, int, str]] = []
    result = import_photos(
        seeded_store.sessions, files, bureau="huaihua", caption_zh="种子精神", draft=True, origin="kiosk",
        progress=lambda done, total, name: seen.append((done, total, name)),
    )
    assert [p.caption.zh for p in result.added] == ["种子精神", "种子精神"]
    assert [(Path(f).name, reason) for f, reason in result.refused] == [
        ("cut.jpg", "is not a picture the kiosk can read (truncated JPEG)"),
        ("page.jpg", "is not a picture the kiosk can read (an HTML page, not an image)"),
        ("empty.png", "is empty"),
        ("missing.jpg", "cannot be read (No such file or directory)"),
    ]
    assert seen == [(n + 1, 6, f.name) for n, f in enumerate(files)]
    # In the draft (with app-made names), not yet for visitors.
    keys = [p.key for p in draft_exhibition(seeded_store.sessions).bureau("huaihua").photos]
    assert keys == [p.key for p in result.added] and all(k.startswith("huaihua-photo-") for k in keys)
    assert _gallery(visitor) == []
    publish_draft(seeded_store.sessions, origin="kiosk")
    assert [p.key for p in _gallery(visitor)] == keys


def test_cancelling_mid_batch_adds_nothing(seeded_store, tmp_path) -> None:
    files = [
        images.write_jpeg(tmp_path / f"{n}.jpg", images.photo(colour=(n * 40, 80, 90))) for n in range(4)
    ]
    before = draft_exhibition(seeded_store.sessions)
    done: list[int] = []
    result = import_photos(
        seeded_store.sessions, files, bureau="huaihua", draft=True, origin="kiosk",
        progress=lambda n, total, name: done.append(n), cancelled=lambda: len(done) >= 2,
    )
    assert result.cancelled and result.added == ()
    assert done == [1, 2]
    assert draft_exhibition(seeded_store.sessions) == before
    with seeded_store.engine.connect() as connection:  # the two rendered pictures were dropped again
        orphans = connection.exec_driver_sql(
            "SELECT count(*) FROM media_blobs WHERE sha256 NOT IN (SELECT sha256 FROM renditions)"
            " AND sha256 NOT IN (SELECT sha256 FROM version_media)"
        ).scalar()
    assert orphans == 0


def test_the_same_picture_is_not_added_twice(seeded_store, tmp_path) -> None:
    first = images.write_jpeg(tmp_path / "a.jpg", images.photo())
    copy = tmp_path / "copy-of-a.jpg"
    copy.write_bytes(first.read_bytes())
    result = import_photos(seeded_store.sessions, [first, copy], bureau="huaihua", origin="kiosk")
    assert len(result.added) == 1
    assert result.duplicates == ((str(copy), result.added[0].key),)
    again = import_photos(seeded_store.sessions, [first], bureau="huaihua", origin="kiosk")
    assert again.added == () and again.duplicates == ((str(first), result.added[0].key),)


def test_photos_go_into_a_story(seeded_store, tmp_path) -> None:
    file = images.write_jpeg(tmp_path / "a.jpg", images.photo())
    import_photos(
        seeded_store.sessions, [file], bureau="loudi", story="loudi-xiao-guangsheng", origin="kiosk"
    )
    story = draft_exhibition(seeded_store.sessions).bureau("loudi").stories[0]
    assert len(story.photos) == 2
    with pytest.raises(KioskError, match="bureau 'loudi' has no story 'nope'"):
        import_photos(seeded_store.sessions, [file], bureau="loudi", story="nope", origin="kiosk")
    with pytest.raises(KioskError, match="there is no bureau 'nowhere'"):
        import_photos(seeded_store.sessions, [file], bureau="nowhere", origin="kiosk")


def test_adding_live_publishes_the_photos_but_not_the_editors_pending_changes(
    seeded_store, visitor, tmp_path
) -> None:
    sessions = seeded_store.sessions
    set_text(sessions, "bureaus.huaihua.brand.slogan", "编辑还没发布的口号", origin="kiosk")
    file = images.write_jpeg(tmp_path / "a.jpg", images.photo())
    result = import_photos(sessions, [file], bureau="huaihua", draft=False, origin="cli")

    version = result.version
    assert (version.id, version.origin, version.summary) == (2, "cli", "怀化: 1 photo added")
    huaihua = visitor.exhibition().bureau("huaihua")
    assert [p.key for p in huaihua.photos] == [result.added[0].key]
    assert huaihua.brand.slogan.zh == "做一粒好种子"  # the pending edit stayed in the draft
    draft = draft_exhibition(sessions).bureau("huaihua")
    assert draft.brand.slogan.zh == "编辑还没发布的口号"
    assert [p.key for p in draft.photos] == [result.added[0].key]
    status = draft_status(sessions)
    assert not status.is_stale and status.changes.summary() == "怀化: slogan changed"


# --- the command line -----------------------------------------------------------------------


def kiosk(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args, "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def test_photos_add_puts_an_upright_photo_without_gps_into_the_live_exhibition(
    seeded_store, visitor, seeded_data_dir, tmp_path
) -> None:
    assert visitor.live_version_id() == 1  # a kiosk reading while the command runs
    sideways = images.sideways_with_gps(tmp_path / "IMG_0001.JPG")
    result = kiosk(
        "photos", "add", "--bureau", "huaihua", "--caption-zh", "种子精神", "--caption-en", "The seed",
        "--credit", "摄影：张三", str(sideways), data_dir=seeded_data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(
        "added 1 photo(s) to huaihua in the live exhibition (version 2): huaihua-photo-"
    )

    assert visitor.live_version_id() == 2  # another process published: the kiosk sees it
    [added] = _gallery(visitor)
    assert (added.caption.zh, added.caption.en, added.credit.zh) == ("种子精神", "The seed", "摄影：张三")
    assert "IMG_0001" not in added.key
    display = Image.open(io.BytesIO(visitor.media_bytes(added.rendition(RenditionKind.DISPLAY).sha256)))
    assert display.size == (600, 1200)  # upright: portrait
    top, bottom = display.getpixel((300, 150)), display.getpixel((300, 1050))
    assert top[0] > 180 > top[2] and bottom[2] > 180 > bottom[0]  # red above blue
    assert not display.getexif()  # no EXIF at all, so no GPS position
    assert list_versions(seeded_store.sessions)[0].origin == "cli"


def test_photos_add_reports_each_refused_file_keeps_the_good_and_exits_1(
    seeded_data_dir, visitor, tmp_path
) -> None:
    good = images.write_jpeg(tmp_path / "good.jpg", images.photo())
    cut = images.truncated_jpeg(tmp_path / "cut.jpg")
    page = images.html_named_jpg(tmp_path / "page.jpg")
    result = kiosk(
        "photos", "add", "--bureau", "huaihua", str(cut), str(good), str(page), data_dir=seeded_data_dir
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {cut}: is not a picture the kiosk can read (truncated JPEG)",
        f"error: {page}: is not a picture the kiosk can read (an HTML page, not an image)",
    ]
    assert len(_gallery(visitor)) == 1


def test_photos_add_draft_only_and_usage_errors(seeded_data_dir, visitor, tmp_path) -> None:
    good = images.write_jpeg(tmp_path / "good.jpg", images.photo())
    result = kiosk("photos", "add", "--bureau", "huaihua", "--draft", str(good), data_dir=seeded_data_dir)
    assert result.returncode == 0, result.stderr
    assert "in the draft" in result.stdout
    assert visitor.live_version_id() == 1 and _gallery(visitor) == []

    unknown = kiosk("photos", "add", "--bureau", "nowhere", str(good), data_dir=seeded_data_dir)
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("error: there is no bureau 'nowhere' (bureaus: hunan, ")
    assert "huaihua" in unknown.stderr
    assert len(unknown.stderr.splitlines()) == 1
    usage = kiosk("photos", "add", str(good), data_dir=seeded_data_dir)
    assert usage.returncode == 2 and "--bureau" in usage.stderr
