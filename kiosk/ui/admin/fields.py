"""A list of text fields an editor changes: Chinese and English side by side, each saved as it
is typed (one transaction a save), with its marker (quoted from the article, English missing)
and the service's refusal at the field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import LocalizedText, TextOrigin
from kiosk.errors import KioskError

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_FIRST_ROLE = Qt.ItemDataRole.UserRole + 1
ROLES = ("path", "label", "zh", "en", "quoted", "englishMissing", "error", "multiline", "single")
# Fields that are one value in both languages (a figure as printed, a year): one box, no English.
SINGLE = ("value", "year")
MULTILINE = ("introduction", "body", "summary", "concept", "lead", "reprint_statement")


@dataclass(frozen=True, slots=True)
class Field:
    path: str  # "bureaus.huaihua.brand.slogan"
    label: str  # what the editor reads beside it
    value: LocalizedText
    error: str = ""

    @property
    def multiline(self) -> bool:
        return self.path.rsplit(".", 1)[-1] in MULTILINE

    @property
    def single(self) -> bool:
        return self.path.rsplit(".", 1)[-1] in SINGLE


@QmlElement
@QmlUncreatable("made by the admin desk")
class FieldListModel(QAbstractListModel):
    """Rows of fields; `setText(row, "zh" | "en", text)` saves one language of one field."""

    def __init__(self, save: Callable[[str, LocalizedText], None], parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self._rows: list[Field] = []

    def set_fields(self, rows: Sequence[Field]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def fields(self) -> list[Field]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        return {_FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(ROLES)}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        offset = (role if role != Qt.ItemDataRole.DisplayRole else _FIRST_ROLE) - _FIRST_ROLE
        if not 0 <= offset < len(ROLES):
            return None
        field = self._rows[index.row()]
        match ROLES[offset]:
            case "path":
                return field.path
            case "label":
                return field.label
            case "zh":
                return field.value.zh
            case "en":
                return field.value.en
            case "quoted":
                return field.value.origin is TextOrigin.ARTICLE
            case "englishMissing":
                return not field.single and not field.value.en.strip()
            case "error":
                return field.error
            case "multiline":
                return field.multiline
            case "single":
                return field.single
        return None

    @Slot(int, str, str)
    def setText(self, row: int, language: str, text: str) -> None:  # noqa: N802 - called from QML
        if not 0 <= row < len(self._rows):
            return
        field = self._rows[row]
        if getattr(field.value, language) == text:
            return
        changed = replace(field.value, **{language: text})
        if field.single:  # one value: the same in both languages
            changed = replace(changed, zh=text, en=text)
        if field.value.origin is TextOrigin.ARTICLE:  # an edited quotation is no longer the article's
            changed = replace(changed, origin=TextOrigin.EXHIBITION)
        try:
            self._save(field.path, changed)
        except KioskError as exc:
            self._rows[row] = replace(field, error=str(exc))
        else:
            self._rows[row] = replace(field, value=changed, error="")
        # The typed text is already in the editor's box: tell only the markers and the error, so
        # the box is never reset under the editor's fingers (a refused text stays to be fixed).
        index = self.index(row, 0)
        roles = [_FIRST_ROLE + ROLES.index(name) for name in ("quoted", "englishMissing", "error")]
        self.dataChanged.emit(index, index, roles)
