"""List models the screens bind to: plain exhibition types adapted to Qt's model/view.

Every text role is resolved in the current language at `data()` time; a language switch
calls `language_changed()`, which emits `dataChanged` over every row so the visible
text updates in place (no reset, no scroll jump).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex

from kiosk.content.placeholder_mark import MARK
from kiosk.content.presentation import figure_decimals, joined, paragraphs, repeats
from kiosk.content.types import (
    Bureau,
    BureauKind,
    Figure,
    Language,
    Photo,
    RenditionKind,
    Section,
    Story,
    text_in,
)
from kiosk.ui.strings import chrome_strings

LanguageSource = Callable[[], Language]
# Qt.ItemDataRole's DisplayRole and UserRole, spelled out: the first use of PySide6's `Qt`
# namespace creates its ~100 Python enum classes (~10 ms), which Home's first frame need not
# wait for (tests/ui/test_models_and_overview.py holds them to Qt's).
DISPLAY_ROLE = 0
USER_ROLE = 0x0100
_FIRST_ROLE = USER_ROLE + 1


def media_url(photo: Photo | None, kind: RenditionKind) -> str:
    """`image://media/<sha256>` for the rendition (falling back to the other size), or ""."""
    if photo is None:
        return ""
    other = RenditionKind.THUMB if kind is RenditionKind.DISPLAY else RenditionKind.DISPLAY
    rendition = photo.rendition(kind) or photo.rendition(other)
    return f"image://media/{rendition.sha256}" if rendition is not None else ""


def photo_aspect(photo: Photo | None) -> float:
    """Width / height of a photo's renditions (so layouts size before the pixels arrive); 1.6 if unknown."""
    if photo is None:
        return 1.6
    r = photo.rendition(RenditionKind.THUMB) or photo.rendition(RenditionKind.DISPLAY)
    return r.width / r.height if r is not None and r.height else 1.6


class RowModel(QAbstractListModel):
    """A read-only list of plain rows; subclasses name their roles and compute values."""

    ROLES: tuple[str, ...] = ()

    def __init__(self, language: LanguageSource, rows: Sequence[Any] = (), parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[Any] = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def language_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), [])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {_FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            role = _FIRST_ROLE
        offset = role - _FIRST_ROLE
        if not 0 <= offset < len(self.ROLES):
            return None
        return self.value(row, self.ROLES[offset], self._language())

    def value(self, row: Any, role: str, language: Language) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


class BureauListModel(RowModel):
    """Home tiles: one per city/prefecture bureau (the province has its own entry)."""

    ROLES = ("slug", "headline", "city", "name", "colour", "cover", "coverPlaceholder", "placeholderMark")

    @staticmethod
    def _cover(row: Bureau) -> Photo | None:
        return row.cover or (row.photos[0] if row.photos else None)

    def cover_ids(self) -> list[str]:
        """The media provider's ids of the tiles' pictures, in tile order."""
        urls = (media_url(self._cover(row), RenditionKind.THUMB) for row in self._rows)
        return [url.removeprefix("image://media/") for url in urls if url]

    def value(self, row: Bureau, role: str, language: Language) -> Any:
        match role:
            case "slug":
                return row.slug
            case "headline":  # the brand, or what the bureau focuses on where it has none
                return text_in(row.brand.name, language) or row.focus.text(language)
            case "city":
                return row.city.text(language)
            case "name":
                return row.name.text(language)
            case "colour":
                return row.colour
            case "cover":
                return media_url(self._cover(row), RenditionKind.THUMB)
            case "coverPlaceholder":  # the tile labels placeholder art legibly over the art's own mark
                cover = self._cover(row)
                return cover is not None and cover.is_placeholder
            case "placeholderMark":  # where the art draws its mark: [left, top, width, height, max width]
                return MARK.as_list()
        return None


class StoryListModel(RowModel):
    ROLES = ("key", "title", "summary", "thumb")

    def value(self, row: Story, role: str, language: Language) -> Any:
        match role:
            case "key":
                return row.key
            case "title":
                return row.title.text(language)
            case "summary":
                return row.summary.text(language)
            case "thumb":
                return media_url(row.photos[0] if row.photos else None, RenditionKind.THUMB)
        return None


class PhotoListModel(RowModel):
    ROLES = ("key", "caption", "credit", "thumb", "picture", "placeholder", "placeholderNote", "aspect")

    def value(self, row: Photo, role: str, language: Language) -> Any:
        match role:
            case "key":
                return row.key
            case "caption":
                return row.caption.text(language)
            case "credit":
                return text_in(row.credit, language)
            case "thumb":
                return media_url(row, RenditionKind.THUMB)
            case "picture":
                return media_url(row, RenditionKind.DISPLAY)
            case "placeholder":
                return row.is_placeholder
            case "placeholderNote":  # beside the credit in the viewer, unless the credit says so already
                if not row.is_placeholder:
                    return ""
                strings = chrome_strings(language)
                return (
                    ""
                    if repeats(text_in(row.credit, language), strings["placeholder"])
                    else strings["placeholderArtwork"]
                )
            case "aspect":  # width / height, so strips lay out before the pixels arrive
                return photo_aspect(row)
        return None


class FigureListModel(RowModel):
    """Headline figures; `value` is the text exactly as printed, `target` the number to count to,
    `note` the qualifier and year joined."""

    ROLES = ("key", "label", "value", "target", "decimals", "unit", "note")

    def value(self, row: Figure, role: str, language: Language) -> Any:
        match role:
            case "key":
                return row.key
            case "label":
                return row.label.text(language)
            case "value":
                return str(row.value)
            case "target":
                return float(row.value)
            case "decimals":
                return figure_decimals(row.value)
            case "unit":
                return row.unit.text(language)
            case "note":  # the qualifier and the year, finished: "国税地税征管体制改革以来　2020"
                year = str(row.year) if row.year is not None else ""
                return joined(chrome_strings(language)["separator"], text_in(row.qualifier, language), year)
        return None


class SectionListModel(RowModel):
    """The article's sections; `bureaus` lists the bureaus a section tells of, to tap through."""

    ROLES = ("key", "title", "lead", "paragraphs", "bureaus")

    def __init__(self, language: LanguageSource, rows: Sequence[Any] = (), parent=None) -> None:
        super().__init__(language, rows, parent)
        self._bureaus: dict[str, Bureau] = {}

    def set_sections(self, sections: Sequence[Section], bureaus: Sequence[Bureau]) -> None:
        self._bureaus = {b.slug: b for b in bureaus}
        self.set_rows(sections)

    def value(self, row: Section, role: str, language: Language) -> Any:
        match role:
            case "bureaus":
                mentioned = (self._bureaus.get(slug) for slug in row.bureau_slugs)
                return [
                    {
                        "slug": b.slug,
                        "name": (b.name if b.kind is BureauKind.PROVINCE else b.city).text(language),
                        "colour": b.colour,
                    }
                    for b in mentioned
                    if b is not None
                ]
            case "key":
                return row.key
            case "title":
                return row.title.text(language)
            case "lead":
                return row.lead.text(language)
            case "paragraphs":
                return paragraphs(row.body.text(language))
        return None
