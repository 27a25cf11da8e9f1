"""`image://files/<path>`: thumbnails of pictures on a drive, for the admin photo browser.

Pillow decodes them (`kiosk.media.browser_thumbnail`, imported when first asked: visitors never
load it); a file it cannot read shows as a quiet tile. QML asks with `asynchronous: true`, so
this runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

PROVIDER_ID = "files"


class FileThumbnailProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:  # noqa: N802
        from kiosk.media.browser_thumbnail import browser_thumbnail

        box = (max(64, requested_size.width()), max(64, requested_size.height()))
        data = browser_thumbnail(Path(unquote(image_id)), box)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            image = QImage(16, 16, QImage.Format.Format_RGB32)
            image.fill(QColor("#d8cfc4"))  # unreadable: the import will say why
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
