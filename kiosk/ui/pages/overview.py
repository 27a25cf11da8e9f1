"""The province overview: the article's sections, the headline figures, the credits."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.presentation import joined, paragraphs
from kiosk.content.types import Bureau, BureauKind, Exhibition
from kiosk.ui.models import FigureListModel, SectionListModel
from kiosk.ui.pages.base import LanguageSource, Page

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("pages are made by the navigator")
class OverviewPage(Page):
    """Texts arrive finished: `headline` joins the programme and theme, `sourceLine` the source
    and the editor."""

    KIND = "overview"
    changed = Signal()

    def __init__(
        self, exhibition: Exhibition, language: LanguageSource, parent: QObject | None = None
    ) -> None:
        super().__init__(language, parent)
        self.exhibition = exhibition
        self._province: Bureau | None = next(
            (b for b in exhibition.bureaus if b.kind is BureauKind.PROVINCE), None
        )
        self._figures = FigureListModel(language, exhibition.figures, parent=self)
        self._sections = SectionListModel(language, parent=self)
        self._sections.set_sections(exhibition.sections, exhibition.bureaus)

    def models(self):
        return {"figures": self._figures, "sections": self._sections}

    def _title(self) -> str:
        return self.chrome("overview")

    def _text(self, pick) -> str:
        return pick(self.exhibition).text(self.language)

    def _headline(self) -> str:
        programme, theme = self._text(lambda e: e.programme), self._text(lambda e: e.theme)
        return joined(self.chrome("separator"), programme, theme)

    def _source_line(self) -> str:
        return joined(
            self.chrome("separator"),
            self.chrome("sourceLabel") + self._text(lambda e: e.credits.source),
            self.chrome("editorLabel") + self._text(lambda e: e.credits.editor),
        )

    headline = Property(str, _headline, notify=changed)
    heading = Property(str, lambda self: self._text(lambda e: e.title), notify=changed)
    introduction = Property(
        list, lambda self: paragraphs(self._text(lambda e: e.introduction)), notify=changed
    )
    reporter = Property(str, lambda self: self._text(lambda e: e.credits.reporter), notify=changed)
    sourceLine = Property(str, _source_line, notify=changed)
    reprint = Property(str, lambda self: self._text(lambda e: e.credits.reprint_statement), notify=changed)
    provinceSlug = Property(str, lambda self: self._province.slug if self._province else "", constant=True)
    figures = Property(QObject, lambda self: self._figures, constant=True)
    sections = Property(QObject, lambda self: self._sections, constant=True)
    title = Property(str, lambda self: self._title(), notify=changed)
