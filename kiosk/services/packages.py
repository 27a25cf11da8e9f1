"""Content packages: export the live exhibition, preview and import one as a new version.

What the admin screens and `kiosk export` / `kiosk import` call. Reading and checking a
package is `package_reader` (it trusts nothing); writing one is `package_writer`.

An import is checked in full (`stage_import`, which `preview_import` also returns, so the
confirm screen can say what will change) before anything is written; then a backup is taken,
and one transaction stores the pictures and publishes the document as a new version
(origin "import"), which the version list can undo. A failure, a cancel or a SIGKILL before
that transaction commits leaves the previous content as it was.

Progress: `progress(done, total, stage)` with stage "check", "backup", "save" or "write";
`cancel()` returning True stops at the next file with `Cancelled` (nothing changed).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from kiosk.content.changes import ContentChanges, Counts, describe_changes
from kiosk.content.types import Exhibition
from kiosk.errors import KioskError
from kiosk.services import versions
from kiosk.services.backups import backup_after_publish, take_backup
from kiosk.services.package_format import Manifest, PackageError
from kiosk.services.package_reader import (
    CancelCheck,
    Cancelled,
    Progress,
    StagedPackage,
    iter_media,
    never_cancel,
    no_progress,
    read_package,
)
from kiosk.services.package_writer import write_package
from kiosk.settings import Settings
from kiosk.store import repository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "Cancelled",
    "ExportResult",
    "ImportPreview",
    "PackageError",
    "export_package",
    "import_package",
    "import_staged",
    "preview_import",
    "stage_import",
]

STAGE_BACKUP = "backup"
STAGE_SAVE = "save"


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    version_id: int
    manifest: Manifest

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass(frozen=True)
class ImportPreview:
    """What importing `staged` would change, for the editor to confirm."""

    staged: StagedPackage
    live_version_id: int | None  # pass it back to `import_staged`: a publish meanwhile is refused
    changes: ContentChanges
    bureaus: Counts = field(init=False)
    stories: Counts = field(init=False)
    photos: Counts = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bureaus", self.changes.bureaus)
        object.__setattr__(self, "stories", self.changes.stories)
        object.__setattr__(self, "photos", self.changes.photos)

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)

    def lines(self) -> list[str]:
        """One line per place that changes ("怀化: slogan changed; 2 photos added")."""
        return self.changes.descriptions()


def _write_failure(exc: BaseException) -> KioskError:
    """A database error while saving, as the one line an editor can act on."""
    reason = (str(getattr(exc, "orig", None) or exc).splitlines() or ["unknown error"])[0]
    if "full" in reason:
        return KioskError("the disk is full, so nothing was imported; the exhibition is unchanged")
    if "readonly" in reason or "read-only" in reason:
        return KioskError("the data folder is read-only, so nothing was imported; "
                          "the exhibition is unchanged")
    return KioskError(f"the import could not be saved ({reason}); the exhibition is unchanged")


# --- export ----------------------------------------------------------------------------


def export_package(
    sessions: sessionmaker[Session],
    path: Path,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> ExportResult:
    """Write the live exhibition and its pictures to the package `path` (replaced when complete)."""
    live = versions.live_version(sessions)
    document = versions.live_document(sessions)
    if live is None or document is None:
        raise KioskError("there is no published exhibition to export")

    def read_media(sha256: str) -> bytes | None:
        with sessions() as session:
            return repository.media_bytes(session, sha256)

    try:
        manifest = write_package(Path(path), document, read_media, progress=progress, cancel=cancel)
    except KioskError as exc:
        now = versions.live_version(sessions)
        if not isinstance(exc, Cancelled) and now is not None and now.id != live.id:
            raise KioskError("the exhibition changed while it was exported; export again") from None
        raise
    except OSError as exc:
        raise KioskError(f"cannot write {path} ({exc.strerror or exc})") from None
    return ExportResult(Path(path), live.id, manifest)


# --- import ----------------------------------------------------------------------------


def stage_import(
    path: Path, *, progress: Progress = no_progress, cancel: CancelCheck = never_cancel
) -> StagedPackage:
    """Check the package at `path` in full; nothing is written. Raises `PackageError`."""
    return read_package(Path(path), progress=progress, cancel=cancel)


def preview_import(
    sessions: sessionmaker[Session],
    path: Path | StagedPackage,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> ImportPreview:
    """Check the package and say what importing it would change (bureaus, stories, photos
    added / changed / removed, one line per place). Nothing is written."""
    staged = path if isinstance(path, StagedPackage) else stage_import(path, progress=progress, cancel=cancel)
    live = versions.live_exhibition(sessions)
    old = live[1] if live is not None else None
    return ImportPreview(staged, live[0].id if live else None, describe_changes(old, staged.exhibition))


def import_package(
    sessions: sessionmaker[Session],
    settings: Settings,
    path: Path,
    *,
    origin: str = "import",
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> versions.VersionInfo:
    """Check the package at `path`, back up, and publish it as a new version (see the module)."""
    staged = stage_import(path, progress=progress, cancel=cancel)
    return import_staged(sessions, settings, staged, origin=origin, progress=progress, cancel=cancel)


def import_staged(
    sessions: sessionmaker[Session],
    settings: Settings,
    staged: StagedPackage | ImportPreview,
    *,
    origin: str = "import",
    expected_live_id: int | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> versions.VersionInfo:
    """Publish a checked package (or the one an `ImportPreview` shows) as a new version.

    From a preview, a version published since the preview was made is refused
    (`versions.StaleDraftError`, saying what changed) unless `expected_live_id` is given.
    Each picture is read from the package again and checked against its SHA-256 while saved.
    """
    if isinstance(staged, ImportPreview):
        if expected_live_id is None:
            expected_live_id = staged.live_version_id
        staged = staged.staged
    media = staged.media
    photos = (p for b in staged.exhibition.bureaus for p in b.every_photo())
    mime = {r.sha256: r.mime for p in photos for r in p.renditions}

    return publish_with_media(
        sessions, settings, staged.exhibition,
        ((entry.sha256, mime[entry.sha256], data) for entry, data in iter_media(staged, cancel=cancel)),
        count=len(media), origin=origin, summary_prefix=f"imported {staged.path.name}",
        expected_live_id=expected_live_id, backup_reason="import", progress=progress, cancel=cancel,
    )


def publish_with_media(
    sessions: sessionmaker[Session],
    settings: Settings,
    exhibition: Exhibition,
    media: Iterable[tuple[str, str, bytes]],
    *,
    count: int,
    origin: str,
    summary_prefix: str,
    backup_reason: str,
    expected_live_id: int | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> versions.VersionInfo:
    """Back up, then store `media` (sha256, mime, bytes) and publish `exhibition` in ONE
    transaction; a backup after it. Shared by import and restore."""
    if cancel():
        raise Cancelled()
    progress(0, 1, STAGE_BACKUP)
    try:
        take_backup(settings, backup_reason)
    except KioskError as exc:
        raise KioskError(f"no backup could be taken first, so nothing was changed ({exc})") from None
    progress(1, 1, STAGE_BACKUP)
    total = count + 1
    live = versions.live_exhibition(sessions)
    summary = f"{summary_prefix}: {describe_changes(live[1] if live else None, exhibition).summary(120)}"
    try:
        with sessions.begin() as session:
            progress(0, total, STAGE_SAVE)
            for done, (sha256, mime, data) in enumerate(media, start=1):
                repository.store_media(session, [repository.MediaBlob(sha256=sha256, mime=mime, data=data)])
                progress(done, total, STAGE_SAVE)
            if cancel():
                raise Cancelled()
            info = versions.publish_in_session(
                session, exhibition, origin=origin, summary=summary,
                expected_live_id=expected_live_id,
            )
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise _write_failure(exc) from None
    progress(total, total, STAGE_SAVE)
    backup_after_publish(settings)
    return info

