"""The lists of the desk's audit, packages and backups sections: audit entries, .zip packages
found on the drives, backups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex

from kiosk.content.audit import AuditEntry
from kiosk.content.desk_rows import BackupRow, PackageFile
from kiosk.content.types import Language
from kiosk.ui.models import RowModel

CHANGE_ARROW = " → "


def local_time(moment: datetime, *, seconds: bool = False) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover - the loop always returns


class AuditEntryListModel(RowModel):
    """Audit entries, newest first; `append_rows` adds an older page below without a reset."""

    ROLES = ("entryId", "when", "origin", "action", "what", "target", "field", "change")

    def __init__(
        self, language: Callable[[], Language], action_label: Callable[[str], str], parent=None
    ) -> None:
        super().__init__(language, parent=parent)
        self._action_label = action_label  # "admin.enter" in the editor's words (or as it is)

    def append_rows(self, rows: Sequence[AuditEntry]) -> None:
        if not rows:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows += list(rows)
        self.endInsertRows()

    def value(self, row: AuditEntry, role: str, language: Language) -> Any:
        match role:
            case "entryId":
                return row.id
            case "when":
                return local_time(row.at, seconds=True)
            case "origin":
                return row.origin
            case "action":
                return row.action
            case "what":
                return self._action_label(row.action)
            case "target":
                return row.target
            case "field":
                return row.field
            case "change":  # old → new, as recorded (either may be empty)
                return f"{row.old}{CHANGE_ARROW}{row.new}" if row.old or row.new else ""
        return None


class PackageFileListModel(RowModel):
    ROLES = ("path", "name", "place", "size", "when")

    def value(self, row: PackageFile, role: str, language: Language) -> Any:
        match role:
            case "path":
                return row.path
            case "name":
                return row.name
            case "place":
                return row.place
            case "size":
                return human_size(row.size)
            case "when":
                return local_time(row.modified)
        return None


class BackupListModel(RowModel):
    ROLES = ("path", "name", "when", "reason", "size")

    def __init__(
        self, language: Callable[[], Language], reason_label: Callable[[str], str], parent=None
    ) -> None:
        super().__init__(language, parent=parent)
        self._reason_label = reason_label

    def value(self, row: BackupRow, role: str, language: Language) -> Any:
        match role:
            case "path":
                return row.path
            case "name":
                return row.name
            case "when":
                return local_time(row.taken_at, seconds=True)
            case "reason":
                return self._reason_label(row.reason)
            case "size":
                return human_size(row.size)
        return None
