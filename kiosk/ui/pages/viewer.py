"""The full-screen photo viewer: a list of photos and the one to open at."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import Photo
from kiosk.ui.models import PhotoListModel
from kiosk.ui.pages.base import LanguageSource, Page

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("pages are made by the navigator")
class ViewerPage(Page):
    """`photos` swiped through, opened at `startIndex` (clamped to the list)."""

    KIND = "viewer"
    changed = Signal()

    def __init__(
        self, photos: Sequence[Photo], index: int, language: LanguageSource, parent: QObject | None = None
    ) -> None:
        super().__init__(language, parent)
        self._photos = PhotoListModel(language, photos, parent=self)
        self._index = max(0, min(index, len(photos) - 1))

    def models(self):
        return {"photos": self._photos}

    startIndex = Property(int, lambda self: self._index, constant=True)
    photos = Property(QObject, lambda self: self._photos, constant=True)
