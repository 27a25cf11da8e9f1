"""Plain rows admin mode's desk lists: where the draft stands, versions, the trash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class DraftState:
    """Where the draft stands: whether publishing would change what visitors see, whether
    another version went live since it was made, and what changed, a line per place."""

    has_changes: bool
    is_stale: bool
    changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: int
    created_at: datetime  # UTC
    origin: str  # seed | kiosk | laptop | cli | import | restore
    summary: str
    live: bool


@dataclass(frozen=True, slots=True)
class PhotoBatchSummary:
    """What a batch of photos did: how many were added, which files were refused and why."""

    added: int
    refused: tuple[tuple[str, str], ...] = ()
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class TrashRow:
    id: int
    kind: str  # bureau | story | photo | figure | timeline
    title: str  # what it was called
    removed_at: datetime  # UTC


# --- the audit log, packages and backups (the desk's "audit", "packages" and "backups") ------


@dataclass(frozen=True, slots=True)
class AuditRows:
    """One page of the audit log, newest first, and how many entries match in all."""

    entries: tuple  # of kiosk.content.audit.AuditEntry
    total: int


@dataclass(frozen=True, slots=True)
class Place:
    """A folder the editor can export to or import from: a removable drive, or the data
    folder's exports/ folder."""

    path: str
    label: str  # the drive's name, or "exports"
    removable: bool


@dataclass(frozen=True, slots=True)
class PackageFile:
    """A .zip found on a drive or in the exports folder, that the editor may import."""

    path: str
    name: str
    place: str  # the label of the Place it is in
    size: int
    modified: datetime  # UTC


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What importing a checked package would change, for the editor to confirm. `ticket` is
    what the service needs to import exactly what was checked (opaque to the screens)."""

    package: str  # the file's name
    bureaus: tuple[int, int, int]  # added, changed, removed
    stories: tuple[int, int, int]
    photos: tuple[int, int, int]
    lines: tuple[str, ...]  # one line per place that changes
    ticket: object = None

    @property
    def changes_anything(self) -> bool:
        return bool(self.lines)


@dataclass(frozen=True, slots=True)
class BackupRow:
    path: str
    name: str
    taken_at: datetime  # UTC
    reason: str  # manual | publish | import | restore | daily | recovery
    size: int
