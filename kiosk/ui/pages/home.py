"""Home: the exhibition's title line and a tile per city and prefecture bureau."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import BureauKind, Exhibition
from kiosk.ui.models import BureauListModel, FigureListModel
from kiosk.ui.pages.base import LanguageSource, Page

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("pages are made by the navigator")
class HomePage(Page):
    """The root of the navigator's stack; the only page that follows a newly published exhibition
    while it is shown (`show_exhibition`)."""

    KIND = "home"
    changed = Signal()

    def __init__(
        self, exhibition: Exhibition, language: LanguageSource, parent: QObject | None = None
    ) -> None:
        super().__init__(language, parent)
        self._bureaus = BureauListModel(language, parent=self)
        self._figures = FigureListModel(language, parent=self)
        self._exhibition = exhibition
        self.show_exhibition(exhibition)

    def show_exhibition(self, exhibition: Exhibition) -> None:
        self._exhibition = exhibition
        self._bureaus.set_rows([b for b in exhibition.bureaus if b.kind is not BureauKind.PROVINCE])
        self._figures.set_rows(exhibition.figures[:1])  # Home gives a taste: the first one
        self.changed.emit()

    def models(self):
        return {"bureaus": self._bureaus, "figures": self._figures}

    def tile_pictures(self) -> list[str]:
        """The media ids of the tiles' pictures, in tile order."""
        return self._bureaus.cover_ids()

    def _title(self) -> str:
        return self._exhibition.title.text(self.language)

    # The title line under the title is styled text (the programme set off from the theme): its
    # content parts arrive escaped, so an editor's "<" or "&" is shown, never read as markup.
    programmeMarkup = Property(
        str, lambda self: escape(self._exhibition.programme.text(self.language)), notify=changed
    )
    themeMarkup = Property(
        str, lambda self: escape(self._exhibition.theme.text(self.language)), notify=changed
    )
    separatorMarkup = Property(str, lambda self: escape(self.chrome("separator")), notify=changed)
    bureaus = Property(QObject, lambda self: self._bureaus, constant=True)
    figures = Property(QObject, lambda self: self._figures, constant=True)
    title = Property(str, lambda self: self._title(), notify=changed)
