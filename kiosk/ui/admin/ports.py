"""What admin mode needs from the services, as small protocols: the composition root
(`kiosk/app.py`) hands it the real services; the screens never see the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # annotations only: a visitor's kiosk builds AdminServices without them
    from kiosk.content.desk_rows import (
        AuditRows,
        BackupRow,
        DraftState,
        ImportSummary,
        PackageFile,
        Place,
        TrashRow,
        VersionRow,
    )
    from kiosk.content.types import Exhibition, LocalizedText


class PinCheck(Protocol):
    """The outcome of one PIN entry: let in, or not and why."""

    @property
    def ok(self) -> bool: ...

    @property
    def attempts_left(self) -> int | None:
        """Wrong PINs still allowed before entry locks (None: not counted)."""
        ...

    @property
    def locked_for_s(self) -> float:
        """> 0: entry is locked for this long."""
        ...


class PinGate(Protocol):
    def has_pin(self) -> bool:
        """Whether an admin PIN has been set (`kiosk set-pin`)."""
        ...

    def check(self, pin: str) -> PinCheck:
        """Check a PIN; counts failures and locks entry after too many (audited)."""
        ...

    def locked_for_s(self) -> float:
        """Seconds entry stays locked (0 when it is not)."""
        ...

    def left(self) -> None:
        """The editor pressed Leave (audited)."""
        ...

    def timed_out(self) -> None:
        """Admin mode closed by itself after the idle timeout (audited)."""
        ...


class DraftEditor(Protocol):
    """The editor's draft: texts, order and visibility, the trash, publishing and versions.
    Text fields are named by path as `kiosk.services.validation.exhibition_texts` names them
    ("exhibition.title", "bureaus.huaihua.brand.slogan", "stories.<key>.body" …). Refused
    edits raise `KioskError` with a one-line message; nothing is saved then."""

    def draft(self) -> Exhibition: ...
    def state(self) -> DraftState: ...
    def set_text(self, path: str, value: LocalizedText) -> None: ...
    def move_bureau(self, slug: str, index: int) -> None: ...
    def set_bureau_hidden(self, slug: str, hidden: bool) -> None: ...
    def remove_bureau(self, slug: str) -> None: ...
    def add_bureau(self) -> str: ...
    def add_story(self, bureau: str) -> None: ...
    def move_story(self, key: str, index: int, to_bureau: str | None = None) -> None: ...
    def set_story_hidden(self, key: str, hidden: bool) -> None: ...
    def remove_story(self, key: str) -> None: ...
    def set_cover(self, key: str) -> None: ...
    def move_photo(self, key: str, index: int) -> None: ...
    def remove_photo(self, key: str) -> None: ...
    def publish(self, *, replace_newer: bool = False) -> str: ...
    def discard(self) -> None: ...
    def versions(self) -> list[VersionRow]: ...
    def restore_version(self, version_id: int) -> None: ...
    def trash(self) -> list[TrashRow]: ...
    def restore_from_trash(self, trash_id: int) -> None: ...


class ImportOutcome(Protocol):
    @property
    def added(self) -> int: ...
    @property
    def refused(self) -> Sequence[tuple[str, str]]:
        """(file, reason) for every file refused."""
        ...
    @property
    def cancelled(self) -> bool: ...


class PhotoImporter(Protocol):
    def import_photos(
        self,
        files: Sequence[Path],
        *,
        bureau: str,
        progress: Callable[[int, int, str], None],
        cancelled: Callable[[], bool],
    ) -> ImportOutcome:
        """Add `files` to `bureau` in the draft through the photo pipeline; bad files refused
        and listed, good ones kept; safe to call from a worker thread."""
        ...


class PreviewSource(Protocol):
    """The draft as visitors would see it (hidden parts left out), for the preview."""

    def exhibition(self) -> Exhibition: ...
    def media_bytes(self, sha256: str) -> bytes | None: ...


Progress = Callable[[int, int, str], None]  # (done, total, stage), called from the worker thread
CancelCheck = Callable[[], bool]  # True: stop at the next step, change nothing


class AuditLog(Protocol):
    """Every admin entry, failure, lock-out and change, newest first."""

    def page(self, *, limit: int, offset: int, action_prefix: str = "") -> AuditRows: ...

    def export_csv(self, folder: str) -> str:
        """Write the whole log as CSV to a new file in `folder` (a `Place`); returns its path."""
        ...


class PackageDesk(Protocol):
    """Content packages. `export`, `preview` and `import_checked` run off the GUI thread."""

    def places(self) -> list[Place]:
        """Where to export to: the removable drives mounted now, then the exports folder."""
        ...

    def package_files(self) -> list[PackageFile]:
        """The .zip files on those drives and in the exports folder, newest first."""
        ...

    def export(self, folder: str, progress: Progress, cancel: CancelCheck) -> str: ...

    def preview(self, path: str, progress: Progress, cancel: CancelCheck) -> ImportSummary:
        """Check the package in full (nothing is written) and say what importing it changes."""
        ...

    def import_checked(self, summary: ImportSummary, progress: Progress, cancel: CancelCheck) -> str:
        """Import what `preview` checked as a new version; returns the version's summary."""
        ...


class BackupDesk(Protocol):
    def backups(self) -> list[BackupRow]: ...
    def back_up_now(self, progress: Progress, cancel: CancelCheck) -> str: ...

    def restore(self, path: str, progress: Progress, cancel: CancelCheck) -> str:
        """Check the backup like an import and publish its exhibition as a new version."""
        ...


@dataclass(frozen=True)
class AdminServices:
    """Everything admin mode works through, built by the composition root from the open store."""

    gate: PinGate
    editor: DraftEditor
    preview: PreviewSource
    photos: PhotoImporter
    audit: AuditLog
    packages: PackageDesk
    backups: BackupDesk
    photo_roots: tuple[Path, ...] = (Path("/media"), Path("/run/media"))
