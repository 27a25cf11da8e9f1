"""What every page has: its kind (which QML screen shows it), its title, its language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal  # noqa: F401 - Signal: see `changed`
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import Language
from kiosk.ui.models import RowModel
from kiosk.ui.strings import chrome_strings

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

LanguageSource = Callable[[], Language]


@QmlElement
@QmlUncreatable("pages are made by the navigator")
class Page(QObject):
    """A screen's content. Each kind of page declares `changed` (Qt wants a property's notify
    signal in the class that declares the property), covering every text property it has: a
    language switch re-reads them all."""

    KIND = ""
    changed: Signal

    def __init__(self, language: LanguageSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    @property
    def language(self) -> Language:
        return self._language()

    def chrome(self, key: str) -> str:
        return chrome_strings(self.language)[key]

    def models(self) -> dict[str, RowModel]:
        """The page's list models by name (tests run qtmodeltester over them)."""
        return {}

    def language_changed(self) -> None:
        for model in self.models().values():
            model.language_changed()
        self.changed.emit()

    def _title(self) -> str:
        return ""

    kind = Property(str, lambda self: self.KIND, constant=True)
