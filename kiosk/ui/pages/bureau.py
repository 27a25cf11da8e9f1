"""A bureau's panel: its brand, slogan, concept and summary, its pictures, its stories."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.presentation import bureau_gallery, concept_shown, paragraphs
from kiosk.content.types import Bureau, BureauKind, Photo, RenditionKind, text_in
from kiosk.ui.models import PhotoListModel, StoryListModel, media_url, photo_aspect
from kiosk.ui.pages.base import LanguageSource, Page

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("pages are made by the navigator")
class BureauPage(Page):
    """One bureau, fixed for the page's life. `photos` is every picture (the hero first): the
    viewer's list; `stripPhotos` the ones after the hero, for the strip."""

    KIND = "bureau"
    changed = Signal()

    def __init__(self, bureau: Bureau, language: LanguageSource, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self.bureau = bureau
        gallery = bureau_gallery(bureau)
        self._hero: Photo | None = gallery[0] if gallery else None
        self._photos = PhotoListModel(language, gallery, parent=self)
        self._strip = PhotoListModel(language, gallery[1:], parent=self)
        self._stories = StoryListModel(language, bureau.stories, parent=self)

    def models(self):
        return {"photos": self._photos, "stripPhotos": self._strip, "stories": self._stories}

    def photos(self) -> list[Photo]:
        return self._photos.rows()

    def _title(self) -> str:
        return self.bureau.name.text(self.language)

    slug = Property(str, lambda self: self.bureau.slug, constant=True)
    colour = Property(str, lambda self: self.bureau.colour, constant=True)
    isProvince = Property(bool, lambda self: self.bureau.kind is BureauKind.PROVINCE, constant=True)
    city = Property(str, lambda self: self.bureau.city.text(self.language), notify=changed)
    brand = Property(str, lambda self: text_in(self.bureau.brand.name, self.language), notify=changed)
    slogan = Property(str, lambda self: text_in(self.bureau.brand.slogan, self.language), notify=changed)
    # "" where the summary already says it.
    concept = Property(str, lambda self: concept_shown(self.bureau, self.language), notify=changed)
    focus = Property(str, lambda self: self.bureau.focus.text(self.language), notify=changed)
    summary = Property(list, lambda self: paragraphs(self.bureau.summary.text(self.language)), notify=changed)
    hero = Property(str, lambda self: media_url(self._hero, RenditionKind.DISPLAY), constant=True)
    heroAspect = Property(float, lambda self: photo_aspect(self._hero), constant=True)
    stories = Property(QObject, lambda self: self._stories, constant=True)
    stripPhotos = Property(QObject, lambda self: self._strip, constant=True)
    title = Property(str, lambda self: self._title(), notify=changed)
