"""`image://media/<sha256>`: photo renditions from the reader, decoded once and cached.

Decoding the JPEG costs far more than reading its bytes, so what is cached is the decoded
QImage, keyed by (sha256, size asked for). The screens' Images load synchronously, so Qt calls
this in the GUI thread; the reader (`ExhibitionService`) is thread-safe all the same, so an
Image may be made `asynchronous` without touching this class.

Pictures are decoded at the size shown (the Image's `sourceSize`): libjpeg scales by 1/2, 1/4
or 1/8 while decoding, and Qt smooth-scales the rest. An Image not laid out yet asks for a box
of a pixel or two on a side (the screens' `Math.max(1, width)`), and asks again once it has its
size: such a box shows nothing, so it gets a blank pixel and nothing is decoded for it.

Home's tiles ask for their pictures one after another, all at one size, while the screen builds
them: told which pictures those are, in tile order (`expect_together`), the provider decodes
the next ones on a worker thread as soon as two of them have been asked at one size, a few
tiles ahead of the last one asked (Home's grid makes the tiles in view, not all 200 of a large
exhibition), so a picture is ready when its tile asks: libjpeg and Qt's scaling let go of the
GIL, and Home's first frame, which shows every tile in view with its picture, waits for the
decoding on the other core instead of for all of it in turn.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageReader
from PySide6.QtQuick import QQuickImageProvider

from kiosk.services.reader import ExhibitionReader

log = logging.getLogger(__name__)

PROVIDER_ID = "media"
NOT_LAID_OUT_PX = 2  # a requested side this thin (but not 0, "any") is an Image without its size yet
DECODE_AHEAD = 6  # tiles' pictures decoded ahead of the furthest tile that has asked
WAIT_FOR_TILES_S = 1.0  # no tile asking for this long: the grid has made the tiles in view


def _scaled_size(original: QSize, requested: QSize) -> QSize:
    """The size to decode to: cover the requested box, keep the aspect ratio, never upscale."""
    w, h = original.width(), original.height()
    rw, rh = requested.width(), requested.height()
    if w <= 0 or h <= 0 or (rw <= 0 and rh <= 0):
        return original
    factors = [f for f in (rw / w if rw > 0 else 0, rh / h if rh > 0 else 0) if f > 0]
    factor = min(1.0, max(factors))
    return QSize(max(1, round(w * factor)), max(1, round(h * factor)))


def _not_laid_out(requested: QSize) -> bool:
    return any(0 < side <= NOT_LAID_OUT_PX for side in (requested.width(), requested.height()))


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    return image


class MediaImageProvider(QQuickImageProvider):
    """Serves the reader's renditions to QML with a small LRU cache of decoded images."""

    def __init__(self, reader: ExhibitionReader, *, cache_bytes: int = 32 * 1024 * 1024) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._reader = reader
        self._cache: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self._cache_bytes = cache_bytes  # a budget, not a count: a 4K photo is 30 MB decoded
        self._held = 0
        self.decodes = 0  # how many times bytes were decoded (cache misses), for tests
        # The cache, `decodes` and the decoding ahead (see expect_together), between threads.
        self._lock = threading.Condition()
        self._together: dict[str, int] = {}  # picture: its tile's place
        self._first_at: dict[tuple[int, int], str] | None = {}  # a size: the first asked at it
        self._furthest = -1  # the furthest tile that has asked
        self._ahead: dict[tuple[str, int, int], threading.Event] = {}  # to decode ahead: set when done
        self._begun: set[tuple[str, int, int]] = set()  # of those, the one the worker is decoding

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()
            self._held = 0

    def expect_together(self, image_ids: Sequence[str]) -> None:
        """`image_ids` (Home's tile pictures, in tile order) are about to be asked for one after
        another at one size: once two of them have been, the next ones are decoded at that size
        on a worker thread, up to `DECODE_AHEAD` tiles past the last one asked."""
        with self._lock:
            self._together = {image_id.split("?", 1)[0]: place for place, image_id in enumerate(image_ids)}
            self._first_at = {}
            self._furthest = -1

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:  # noqa: N802
        if _not_laid_out(requested_size):
            size.setWidth(1)
            size.setHeight(1)
            return _blank()
        sha = image_id.split("?", 1)[0]
        self._asked(sha, requested_size)
        key = (sha, requested_size.width(), requested_size.height())
        image = self._cached(key)
        if image is None:
            being_decoded = self._decoded_ahead_or_mine(key)
            if being_decoded is not None:
                being_decoded.wait()
            image = self._cached(key)
        if image is None:
            try:
                image = self._decode(sha, requested_size)
                self._keep(key, image)
            except Exception as exc:  # a damaged page of the database: the whole-file check sees to it
                log.warning("picture %s cannot be read (%s)", sha[:12], exc)
                image = _quiet_tile()  # not kept: the next request reads it again
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image

    def _cached(self, key: tuple[str, int, int]) -> QImage | None:
        with self._lock:
            image = self._cache.get(key)
            if image is not None:
                self._cache.move_to_end(key)
            return image

    def _keep(self, key: tuple[str, int, int], image: QImage) -> None:
        with self._lock:
            if key in self._cache:
                return
            self._cache[key] = image
            self._held += image.sizeInBytes()
            while self._held > self._cache_bytes and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._held -= dropped.sizeInBytes()

    # -- decoding Home's tile pictures ahead of their tiles ------------------------------------

    def _asked(self, sha: str, requested: QSize) -> None:
        """Note how far the tiles have got; the second of them asked at the size the first was
        starts the worker (a tile asks at other sizes on its way to being laid out)."""
        at = (requested.width(), requested.height())
        with self._lock:
            place = self._together.get(sha)
            if place is None:
                return
            self._furthest = max(self._furthest, place)
            self._lock.notify_all()
            if self._first_at is None:  # the worker has been started
                return
            first = self._first_at.setdefault(at, sha)
            if first == sha:
                return
            self._first_at = None
            taken = {first, sha}
            order = sorted(
                (p, s) for s, p in self._together.items() if s not in taken and (s, *at) not in self._cache
            )
            for _, other in order:
                self._ahead[(other, *at)] = threading.Event()
        threading.Thread(
            target=self._decode_ahead, args=(order, QSize(requested)), name="media-ahead", daemon=True
        ).start()

    def _decoded_ahead_or_mine(self, key: tuple[str, int, int]) -> threading.Event | None:
        """The event the worker sets when it has decoded `key`; None if it is not on its list or
        not begun on yet: then it is taken off the list, and the caller decodes it."""
        with self._lock:
            if key in self._ahead and key not in self._begun:
                self._ahead.pop(key).set()
            return self._ahead.get(key)

    def _decode_ahead(self, order: list[tuple[int, str]], requested: QSize) -> None:
        keys = [(place, (sha, requested.width(), requested.height())) for place, sha in order]
        for place, key in keys:
            with self._lock:
                # Only while tiles keep asking: a grid makes the tiles in view, then stops.
                while place > self._furthest + DECODE_AHEAD:
                    if not self._lock.wait(timeout=WAIT_FOR_TILES_S):
                        self._drop_ahead()
                        return
                if key not in self._ahead:  # its tile asked first, and decodes it itself
                    continue
                self._begun.add(key)
            try:
                self._keep(key, self._decode(key[0], requested))
            except Exception:  # the store closing under it, say: each tile decodes its own
                log.debug("decoding ahead stopped", exc_info=True)
                with self._lock:
                    self._drop_ahead()
                return
            finally:
                with self._lock:
                    self._begun.discard(key)
                    if key in self._ahead:
                        self._ahead.pop(key).set()

    def _drop_ahead(self) -> None:
        """(Holding the lock.) Nothing more is decoded ahead: whoever waits decodes its own."""
        for event in self._ahead.values():
            event.set()
        self._ahead.clear()

    def _decode(self, sha: str, requested: QSize) -> QImage:
        with self._lock:
            self.decodes += 1
        data = self._reader.media_bytes(sha)
        if data:
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer)
            reader.setAutoTransform(True)
            original = reader.size()
            if original.isValid() and (requested.width() > 0 or requested.height() > 0):
                reader.setScaledSize(_scaled_size(original, requested))
            image = reader.read()
            if not image.isNull():
                return image
        return _quiet_tile()


def _quiet_tile() -> QImage:
    """What an unknown or unreadable photo shows as: a quiet tile, not an error."""
    missing = QImage(16, 16, QImage.Format.Format_RGB32)
    missing.fill(QColor("#d8cfc4"))
    return missing
