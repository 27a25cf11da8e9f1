"""`image://media/<sha256>`: what the screens get for a photo, from the seeded store's real
renditions. Decoded pictures are kept within a byte budget (the least recently shown go first),
and a photo the store does not have shows as a quiet tile, with no warning, however often asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlApplicationEngine
from qt_lifetime import delete_deferred

from kiosk.content.types import RenditionKind
from kiosk.devtools import driving
from kiosk.ui.media_provider import DECODE_AHEAD, PROVIDER_ID, MediaImageProvider

SHOWN = QSize(320, 200)  # a tile's size: what a screen asks for
MISSING = "0" * 64


class CountingReader:
    """The real store-backed reader, counting how often each picture's bytes are read."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self.reads: list[str] = []

    def exhibition(self):
        return self._reader.exhibition()

    def home(self):
        return self._reader.home()

    def live_version_id(self):
        return self._reader.live_version_id()

    def media_bytes(self, sha256: str) -> bytes | None:
        self.reads.append(sha256)
        return self._reader.media_bytes(sha256)


def display_hashes(reader) -> list[str]:
    """Every display rendition the exhibition shows, once each, in the order they appear."""
    found: list[str] = []
    for bureau in reader.exhibition().bureaus:
        photos = [bureau.cover, *bureau.photos, *(p for s in bureau.stories for p in s.photos)]
        for photo in photos:
            rendition = photo.rendition(RenditionKind.DISPLAY) if photo is not None else None
            if rendition is not None and rendition.sha256 not in found:
                found.append(rendition.sha256)
    return found


def request(provider: MediaImageProvider, sha: str, wanted: QSize = SHOWN):
    size = QSize()
    image = provider.requestImage(sha, size, wanted)
    assert (size.width(), size.height()) == (image.width(), image.height())  # what Qt is told
    return image


def test_a_photo_arrives_whole_at_the_size_it_is_shown(reader):
    sha = display_hashes(reader)[0]
    image = request(MediaImageProvider(reader), sha)
    assert not image.isNull()
    # Covers the box asked for, keeps the 16:10 art's shape, and is not the full 2560 px rendition.
    assert image.width() >= SHOWN.width() and image.height() >= SHOWN.height()
    assert image.width() / image.height() == pytest.approx(1.6, abs=0.02)
    assert image.width() < 2560


def test_decoded_photos_stay_within_the_byte_budget_least_recently_shown_first(reader):
    hashes = display_hashes(reader)
    counting = CountingReader(reader)
    one = request(MediaImageProvider(reader), hashes[0]).sizeInBytes()
    fits = 4
    provider = MediaImageProvider(counting, cache_bytes=fits * one + one // 2)
    assert len(hashes) > 3 * fits, "the exhibition has too few photos to overflow the budget"
    for sha in hashes:
        request(provider, sha)
    assert counting.reads == hashes  # each read once
    counting.reads.clear()

    for sha in hashes[-fits:]:  # the ones shown last are still decoded: nothing is read again
        request(provider, sha)
    assert counting.reads == []
    for sha in hashes[: len(hashes) - fits]:  # every earlier one was let go: read again
        request(provider, sha)
    assert counting.reads == hashes[: len(hashes) - fits]


def test_a_photo_shown_again_is_kept_over_ones_shown_once(reader):
    first, *others = display_hashes(reader)
    counting = CountingReader(reader)
    one = request(MediaImageProvider(reader), first).sizeInBytes()
    provider = MediaImageProvider(counting, cache_bytes=3 * one + one // 2)
    for sha in others[:8]:
        request(provider, first)  # the visitor keeps coming back to this one
        request(provider, sha)
    assert counting.reads.count(first) == 1


def test_a_picture_not_laid_out_yet_costs_no_decode(reader):
    """Before layout a screen's Image asks for a box a pixel or two thin (`Math.max(1, width)`),
    then again at its size: the first ask reads and decodes nothing, the second gets the photo."""
    sha = display_hashes(reader)[0]
    counting = CountingReader(reader)
    provider = MediaImageProvider(counting)
    for thin in (QSize(1, 1), QSize(2, 1), QSize(868, 1)):
        assert request(provider, sha, thin).size() == QSize(1, 1)
    assert counting.reads == [] and provider.decodes == 0
    image = request(provider, sha, SHOWN)
    assert counting.reads == [sha] and image.width() >= SHOWN.width()


def tile_pictures(reader) -> list[str]:
    from kiosk.ui.models import BureauListModel

    model = BureauListModel(lambda: None)
    model.set_rows([b for b in reader.home().bureaus if b.kind.value != "province"])
    return model.cover_ids()


def test_home_tiles_asked_one_after_another_get_their_own_pictures_each_decoded_once(reader):
    """Home's tiles ask for their pictures in turn at one size (the first one on its way to
    being laid out first): each gets its own picture, and no picture is decoded twice — the
    ones decoded ahead on the worker thread are the ones the tiles then ask for."""
    pictures = tile_pictures(reader)
    assert len(pictures) >= 10
    counting = CountingReader(reader)
    provider = MediaImageProvider(counting)
    provider.expect_together(pictures)
    on_its_way = request(provider, pictures[0], QSize(72, 45))
    first, second = request(provider, pictures[0]), request(provider, pictures[1])
    # Two asked at one size: the next ones are read and decoded with no tile asking yet.
    assert driving.wait_until(lambda: len(counting.reads) == 3 + DECODE_AHEAD)
    shown = [first, second, *(request(provider, sha) for sha in pictures[2:])]
    assert on_its_way.size() != shown[0].size()
    assert sorted(counting.reads) == sorted([pictures[0], *pictures])  # the first twice, at two sizes
    assert provider.decodes == len(pictures) + 1
    plain = MediaImageProvider(reader)  # nothing decoded ahead
    assert [image.size() for image in shown] == [request(plain, sha).size() for sha in pictures]
    assert all(image == request(plain, sha) for image, sha in zip(shown, pictures, strict=True))


def test_decoding_ahead_stops_when_the_tiles_stop_asking(reader):
    """A grid makes the tiles in view (15 of a large exhibition's 200): pictures are decoded only
    a few tiles past the last one that asked."""
    import threading

    pictures = tile_pictures(reader)
    assert len(pictures) > 2 + DECODE_AHEAD
    counting = CountingReader(reader)
    provider = MediaImageProvider(counting)
    provider.expect_together(pictures)
    request(provider, pictures[0]), request(provider, pictures[1])
    assert driving.wait_until(lambda: not any(t.name == "media-ahead" for t in threading.enumerate()))
    assert sorted(counting.reads) == sorted(pictures[: 2 + DECODE_AHEAD])


class FailingAheadReader(CountingReader):
    """A store that cannot be read from the worker thread (closing under it, say)."""

    failed = 0

    def media_bytes(self, sha256: str) -> bytes | None:
        import threading

        if threading.current_thread() is not threading.main_thread():
            self.failed += 1
            raise OSError("the store is closed")
        return super().media_bytes(sha256)


def test_a_failure_decoding_ahead_leaves_each_tile_to_decode_its_own_picture(reader):
    import threading

    crashes: list[object] = []
    hook, threading.excepthook = threading.excepthook, crashes.append  # a crash report otherwise
    try:
        pictures = tile_pictures(reader)
        counting = FailingAheadReader(reader)
        provider = MediaImageProvider(counting)
        provider.expect_together(pictures)
        shown = [request(provider, sha) for sha in pictures[:2]]
        assert driving.wait_until(lambda: counting.failed == 1)  # and the worker gave up
        shown += [request(provider, sha) for sha in pictures[2:]]
    finally:
        threading.excepthook = hook
    assert crashes == []
    assert all(not image.isNull() and image.width() >= SHOWN.width() for image in shown)
    assert sorted(counting.reads) == sorted(pictures)


def test_a_missing_photo_is_a_quiet_tile_read_once(reader):
    counting = CountingReader(reader)
    provider = MediaImageProvider(counting)
    tiles = [request(provider, MISSING) for _ in range(50)]
    assert counting.reads.count(MISSING) <= 1
    tile = tiles[0]
    assert not tile.isNull() and tile.width() > 0
    colours = {tile.pixelColor(x, y).name() for x in range(tile.width()) for y in range(tile.height())}
    assert len(colours) == 1  # one flat colour: no error glyph, no broken-picture icon
    assert QColor(colours.pop()).lightness() > 150  # light, like paper: not a black hole


QML = b"""
import QtQuick
Window {
    width: 640; height: 400; visible: true
    property var sources: []
    Grid {
        columns: 10
        Repeater {
            model: sources
            Image { objectName: "shown"; width: 64; height: 40; source: modelData; sourceSize.width: 64 }
        }
    }
}
"""


def test_screens_showing_missing_photos_load_them_all_without_a_warning(qapp, reader):
    """Fifty pictures the store no longer has, on one screen: each one loads (the quiet tile), and
    Qt logs nothing (a warning here would fail the test)."""
    engine = QQmlApplicationEngine()
    try:
        engine.addImageProvider(PROVIDER_ID, MediaImageProvider(reader))
        engine.setInitialProperties(
            {"sources": [f"image://media/{MISSING[:-2]}{i:02d}" for i in range(50)]}
        )
        engine.loadData(QML)
        (window,) = engine.rootObjects()
        assert driving.wait_until(lambda: len(driving.find_all(window, "shown")) == 50)
        driving.settle(window)
        shown = driving.find_all(window, "shown")
        assert all(i.property("progress") == 1.0 for i in shown)
        assert all(i.property("paintedWidth") > 0 for i in shown)
        window.close()
    finally:
        engine.deleteLater()
        delete_deferred()
