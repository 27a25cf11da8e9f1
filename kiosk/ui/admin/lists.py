"""The admin desk's lists: bureaus (order, hidden), versions, the trash."""

from __future__ import annotations

from typing import Any

from kiosk.content.desk_rows import TrashRow, VersionRow
from kiosk.content.types import Bureau, Language, Photo, RenditionKind, Story
from kiosk.ui.admin.transfer_rows import local_time
from kiosk.ui.models import RowModel, media_url


class AdminBureauListModel(RowModel):
    """Every bureau of the draft, hidden ones included, in display order."""

    ROLES = ("slug", "name", "city", "colour", "hidden")

    def value(self, row: Bureau, role: str, language: Language) -> Any:
        match role:
            case "slug":
                return row.slug
            case "name":
                return row.name.text(language)
            case "city":
                return row.city.text(language)
            case "colour":
                return row.colour
            case "hidden":
                return row.hidden
        return None


class VersionListModel(RowModel):
    ROLES = ("versionId", "when", "origin", "summary", "live")

    def value(self, row: VersionRow, role: str, language: Language) -> Any:
        match role:
            case "versionId":
                return row.id
            case "when":
                return local_time(row.created_at)
            case "origin":
                return row.origin
            case "summary":
                return row.summary
            case "live":
                return row.live
        return None


class TrashListModel(RowModel):
    ROLES = ("trashId", "kind", "title", "when")

    def value(self, row: TrashRow, role: str, language: Language) -> Any:
        match role:
            case "trashId":
                return row.id
            case "kind":
                return row.kind
            case "title":
                return row.title
            case "when":
                return local_time(row.removed_at)
        return None


class StoryRowModel(RowModel):
    """The open bureau's stories, in order, hidden ones included."""

    ROLES = ("key", "title", "hidden")

    def value(self, row: Story, role: str, language: Language) -> Any:
        match role:
            case "key":
                return row.key
            case "title":
                return row.title.text(language)
            case "hidden":
                return row.hidden
        return None


class PhotoRowModel(RowModel):
    """The open bureau's own pictures: its cover first, then its gallery."""

    ROLES = ("key", "caption", "thumb", "cover")

    def __init__(self, language, parent=None) -> None:
        super().__init__(language, parent=parent)
        self.cover_key = ""

    def value(self, row: Photo, role: str, language: Language) -> Any:
        match role:
            case "key":
                return row.key
            case "caption":
                return row.caption.text(language)
            case "thumb":
                return media_url(row, RenditionKind.THUMB)
            case "cover":
                return row.key == self.cover_key
        return None
