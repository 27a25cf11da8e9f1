"""What admin mode's audit, packages and backups sections work through — plain types in and
out, shaped as the screens' ports (`kiosk/ui/admin/ports.py`): the audit log (pages, CSV),
content packages (export, check and summarise an import, import what was checked) and backups
(list, back up now, restore). The long ones take `progress(done, total, stage)` and `cancel()`
and are called off the GUI thread; each refusal is a `KioskError` with one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.changes import Counts
from kiosk.content.desk_rows import AuditRows, BackupRow, ImportSummary, PackageFile, Place
from kiosk.errors import KioskError
from kiosk.services import audit, backups, packages, restore
from kiosk.services.export_places import ExportPlaces, timestamped
from kiosk.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


def _counts(counts: Counts) -> tuple[int, int, int]:
    return len(counts.added), len(counts.changed), len(counts.removed)


class AuditLogService:
    """The audit log, newest first, a page at a time; and all of it as CSV."""

    def __init__(self, sessions: sessionmaker[Session], places: ExportPlaces) -> None:
        self._sessions = sessions
        self._places = places

    def page(self, *, limit: int, offset: int, action_prefix: str = "") -> AuditRows:
        found = audit.list_entries(self._sessions, limit=limit, offset=offset, action_prefix=action_prefix)
        return AuditRows(found.entries, found.total)

    def export_csv(self, folder: str) -> str:
        """Write the whole log to a new CSV file in `folder`; returns its path."""
        try:
            target = timestamped(self._places.ensure(folder), "audit-log", ".csv")
            audit.export_csv(self._sessions, target)
        except OSError as exc:
            raise KioskError(f"cannot write the audit log to {folder} ({exc.strerror or exc})") from None
        return str(target)


class PackageDeskService:
    """Export the live exhibition; check a package and say what importing it changes; import
    exactly what was checked, as a new version (undoable from the version list)."""

    def __init__(self, sessions: sessionmaker[Session], settings: Settings, places: ExportPlaces) -> None:
        self._sessions = sessions
        self._settings = settings
        self._places = places

    def places(self) -> list[Place]:
        return self._places.places()

    def package_files(self) -> list[PackageFile]:
        return self._places.packages()

    def export(self, folder: str, progress: Progress, cancel: CancelCheck) -> str:
        try:
            target = timestamped(self._places.ensure(folder), "exhibition", ".zip")
        except OSError as exc:
            raise KioskError(f"cannot write to {folder} ({exc.strerror or exc})") from None
        result = packages.export_package(self._sessions, target, progress=progress, cancel=cancel)
        return str(result.path)

    def preview(self, path: str, progress: Progress, cancel: CancelCheck) -> ImportSummary:
        preview = packages.preview_import(self._sessions, Path(path), progress=progress, cancel=cancel)
        return ImportSummary(
            Path(path).name, _counts(preview.bureaus), _counts(preview.stories), _counts(preview.photos),
            tuple(preview.lines()), ticket=preview,
        )

    def import_checked(self, summary: ImportSummary, progress: Progress, cancel: CancelCheck) -> str:
        if not isinstance(summary.ticket, packages.ImportPreview):
            raise KioskError("check the package again before importing it")
        info = packages.import_staged(
            self._sessions, self._settings, summary.ticket, progress=progress, cancel=cancel
        )
        return info.summary


class BackupDeskService:
    """The backups in the data folder, a backup now, and restoring one as a new version."""

    def __init__(self, sessions: sessionmaker[Session], settings: Settings) -> None:
        self._sessions = sessions
        self._settings = settings

    def backups(self) -> list[BackupRow]:
        return [BackupRow(str(b.path), b.path.name, b.taken_at, b.reason, b.size)
                for b in backups.list_backups(self._settings)]

    def back_up_now(self, progress: Progress, cancel: CancelCheck) -> str:
        progress(0, 1, "backup")
        path = backups.take_backup(self._settings, "manual")
        progress(1, 1, "backup")
        return str(path)

    def restore(self, path: str, progress: Progress, cancel: CancelCheck) -> str:
        info = restore.restore_backup(
            self._sessions, self._settings, Path(path), progress=progress, cancel=cancel
        )
        return info.summary
