"""Where the editor exports to and imports from on a touchscreen with no file dialog: the
removable drives mounted under /media and /run/media, and the data folder's exports/ folder.

A drive is a directory right under a root (`/media/USB`), or one level deeper under a user's
folder (`/media/alice/USB`, `/run/media/alice/USB`): a mount point, or a folder with something
in it (an empty folder is a stale mount point, not a drive)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from kiosk.content.desk_rows import PackageFile, Place

DRIVE_ROOTS = (Path("/media"), Path("/run/media"))
EXPORTS_FOLDER = "exports"
ZIP_SEARCH_DEPTH = 2  # a package in a drive's top folder or one or two folders down
MAX_PACKAGES_LISTED = 200


def _folders(path: Path) -> list[Path]:
    try:
        return sorted((p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")),
                      key=lambda p: p.name.lower())
    except OSError:
        return []


def _holds_files(path: Path) -> bool:
    try:
        return any(p.is_file() for p in path.iterdir())
    except OSError:
        return False


def _has_anything(path: Path) -> bool:
    try:
        return next(path.iterdir(), None) is not None
    except OSError:
        return False


def mounted_drives(roots: Iterable[Path] = DRIVE_ROOTS) -> list[Path]:
    """The removable drives under `roots` (see the module), in name order."""
    drives: list[Path] = []
    for root in roots:
        for child in _folders(root):
            if os.path.ismount(child) or _holds_files(child):
                drives.append(child)
                continue
            drives += [sub for sub in _folders(child) if os.path.ismount(sub) or _has_anything(sub)]
    return drives


class ExportPlaces:
    """The drives under `roots` and `<data_dir>/exports`, as the desk lists them."""

    def __init__(self, data_dir: Path, *, roots: Sequence[Path] = DRIVE_ROOTS) -> None:
        self._exports = Path(data_dir) / EXPORTS_FOLDER
        self._roots = tuple(Path(r) for r in roots)

    def places(self) -> list[Place]:
        """Every drive mounted now, then the exports folder: the first is where exports go
        unless the editor picks another."""
        drives = [Place(str(d), d.name, True) for d in mounted_drives(self._roots)]
        return [*drives, Place(str(self._exports), EXPORTS_FOLDER, False)]

    def ensure(self, place: str) -> Path:
        """The folder `place` (made when it is the exports folder), ready to be written to."""
        folder = Path(place)
        if folder == self._exports:
            folder.mkdir(parents=True, exist_ok=True)
        return folder

    def packages(self) -> list[PackageFile]:
        """Every .zip on the drives and in the exports folder, newest first."""
        found: list[PackageFile] = []
        for place in self.places():
            found += _zips(Path(place.path), place.label)
        found.sort(key=lambda f: f.modified, reverse=True)
        return found[:MAX_PACKAGES_LISTED]


def _zips(folder: Path, label: str, depth: int = 0) -> list[PackageFile]:
    found: list[PackageFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_symlink():
                continue
            if entry.is_file() and entry.suffix.lower() == ".zip":
                stat = entry.stat()
                found.append(PackageFile(str(entry), entry.name, label, stat.st_size,
                                         datetime.fromtimestamp(stat.st_mtime, UTC)))
            elif entry.is_dir() and depth < ZIP_SEARCH_DEPTH:
                found += _zips(entry, label, depth + 1)
        except OSError:
            continue
    return found


def timestamped(folder: Path, stem: str, suffix: str, now: datetime | None = None) -> Path:
    """`folder/<stem>-YYYYMMDD-HHMMSS<suffix>` in local time, numbered if it exists."""
    stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}-{stamp}{suffix}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{stamp}-{n}{suffix}"
    return path
