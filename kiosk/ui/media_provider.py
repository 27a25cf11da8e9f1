"""`image://media/<sha256>`: photo renditions from the reader, decoded once and cached.

Decoding the JPEG costs far more than reading its bytes, so what is cached is the decoded
QImage, keyed by (sha256, size asked for). The screens' Images load synchronously, so Qt calls
this in the GUI thread; the reader (`ExhibitionService`) is thread-safe all the same, so an
Image may be made `asynchronous` without touching this class.

Pictures are decoded at the size shown (the Image's `sourceSize`): libjpeg scales by 1/2, 1/4
or 1/8 while decoding, and Qt smooth-scales the rest. An Image not laid out yet asks for a box
of a pixel or two on a side (the screens' `Math.max(1, width)`), and asks again once it has its
size: such a box shows nothing, so it gets a blank pixel and nothing is decoded for it.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageReader
from PySide6.QtQuick import QQuickImageProvider

from kiosk.services.reader import ExhibitionReader

PROVIDER_ID = "media"
NOT_LAID_OUT_PX = 2  # a requested side this thin (but not 0, "any") is an Image without its size yet


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

    def clear(self) -> None:
        self._cache.clear()
        self._held = 0

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:  # noqa: N802
        if _not_laid_out(requested_size):
            size.setWidth(1)
            size.setHeight(1)
            return _blank()
        sha = image_id.split("?", 1)[0]
        key = (sha, requested_size.width(), requested_size.height())
        image = self._cache.get(key)
        if image is None:
            image = self._decode(sha, requested_size)
            self._cache[key] = image
            self._held += image.sizeInBytes()
            while self._held > self._cache_bytes and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._held -= dropped.sizeInBytes()
        else:
            self._cache.move_to_end(key)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image

    def _decode(self, sha: str, requested: QSize) -> QImage:
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
        missing = QImage(16, 16, QImage.Format.Format_RGB32)
        missing.fill(QColor("#d8cfc4"))  # an unknown photo shows as a quiet tile, not an error
        return missing
