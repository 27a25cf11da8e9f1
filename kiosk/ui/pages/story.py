"""A story in the reader: its title, attribution and text, its photos, its bureau's colour."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.presentation import joined, paragraphs
from kiosk.content.types import Bureau, Photo, Story, text_in
from kiosk.ui.models import PhotoListModel
from kiosk.ui.pages.base import LanguageSource, Page

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("pages are made by the navigator")
class StoryPage(Page):
    """One story of one bureau (the bar shows the bureau's name, the attribution its colour)."""

    KIND = "story"
    changed = Signal()

    def __init__(
        self, bureau: Bureau, story: Story, language: LanguageSource, parent: QObject | None = None
    ) -> None:
        super().__init__(language, parent)
        self.bureau = bureau
        self.story = story
        self._photos = PhotoListModel(language, story.photos, parent=self)

    def models(self):
        return {"photos": self._photos}

    def photos(self) -> list[Photo]:
        return self._photos.rows()

    def _title(self) -> str:
        return self.bureau.name.text(self.language)

    def _attribution(self) -> str:
        """"来源：红网 · 丁斯斯　…": the source, then the credit where there is one."""
        lang = self.language
        source = self.chrome("sourceLabel") + self.story.source.text(lang)
        return joined(self.chrome("separator"), source, text_in(self.story.credit, lang))

    key = Property(str, lambda self: self.story.key, constant=True)
    colour = Property(str, lambda self: self.bureau.colour, constant=True)
    heading = Property(str, lambda self: self.story.title.text(self.language), notify=changed)
    summary = Property(str, lambda self: self.story.summary.text(self.language), notify=changed)
    attribution = Property(str, _attribution, notify=changed)
    paragraphs = Property(list, lambda self: paragraphs(self.story.body.text(self.language)), notify=changed)
    storyPhotos = Property(QObject, lambda self: self._photos, constant=True)
    title = Property(str, lambda self: self._title(), notify=changed)
