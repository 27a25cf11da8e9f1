"""Self-recovery at start: a damaged or missing database is replaced by the newest good backup.

`prepare_database` runs before SQLAlchemy touches the file: `PRAGMA quick_check` through
`sqlite3` (milliseconds on the kiosk's database). Damage — SQLite's own "corrupt" and "not a
database" answers, or a quick check that finds anything — moves the file and its `-wal` and
`-shm` aside under a name that says so (`exhibition.sqlite3.damaged-20261204T120000Z`; never
deleted), then copies the newest backup that passes `integrity_check` into place. With no
good backup the folder is left without a database, and the start seeds the default exhibition.
Busy, locked or unreadable files are not damage: those are refused, never moved.

A data folder the kiosk cannot write to (read-only medium, or permissions) is opened
read-only (`mode=ro`, or `immutable=1` when SQLite cannot even make its `-shm` file), so the
exhibition still shows; a damaged database there is replaced by reading the newest good
backup in place, else the default exhibition in a temporary folder.

A kiosk's start does not read the whole file before Home (`whole=False`): a quick check reads
every page, ~65 ms for a 225 MB database of 20,000 photos (seconds from a cold disk). It reads
and parses what Home shows instead (`services.startup`), and damage found there is recovered
from at once (`force_damaged`). The whole file is checked right after Home's first frame
(`whole_file_damage`, on a worker thread); damage found there leaves a mark beside the file
(`mark_for_whole_check`) and the kiosk restarts: a start that finds the mark checks the whole
file first, and recovers as above.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.services.integrity import sqlite_uri
from kiosk.settings import Settings

log = logging.getLogger(__name__)

DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
WHOLE_CHECK_MARK = ".check-whole"  # beside the database: its next start checks every page
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Recovery:
    """What the start did about a damaged or missing database (for logs and admin)."""

    reason: str  # why the database was not used as it was
    damaged_kept_as: Path | None  # where the damaged file now is (None: there was no file)
    restored_from: Path | None  # the backup now in use (None: the default exhibition)

    def message(self) -> str:
        kept = f"; the damaged file is kept as {self.damaged_kept_as.name}" if self.damaged_kept_as else ""
        source = (f"restored from the backup {self.restored_from.name}" if self.restored_from
                  else "no good backup, so the default exhibition is shown")
        return f"the exhibition database {self.reason}: {source}{kept}"


@dataclass(frozen=True, slots=True)
class PreparedDatabase:
    """Which file to open, and how."""

    path: Path
    read_only: bool = False
    immutable: bool = False  # read-only and SQLite cannot keep a -shm file beside it
    recovery: Recovery | None = None

    def sqlite_uri(self) -> str:
        if self.immutable:
            return sqlite_uri(self.path, "immutable=1")
        return sqlite_uri(self.path, "mode=ro") if self.read_only else sqlite_uri(self.path)


def folder_is_writable(folder: Path) -> bool:
    """Whether files can be made in `folder` (created if missing): a real attempt, not just
    the permission bits, so a read-only medium counts as read-only even for root."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            return False
        with tempfile.TemporaryFile(dir=folder, prefix=".write-probe-"):
            return True
    except OSError:
        return False


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file is damaged (not locked, busy or unreadable)."""
    return getattr(exc, "sqlite_errorname", "") in DAMAGE_CODES


def damage_of(path: Path, *, read_only: bool = False, stop: threading.Event | None = None) -> str | None:
    """Why the database at `path` is damaged, or None when `PRAGMA quick_check` finds it whole.

    `stop`: set from another thread, it interrupts the check (`sqlite3.OperationalError`).
    Always through a read-only connection: it never checkpoints or deletes the `-wal` of what
    may be evidence. Errors that are not damage (locked, busy, no permission) raise `sqlite3.Error`.
    """
    uris = [sqlite_uri(path, "mode=ro")] + ([sqlite_uri(path, "immutable=1")] if read_only else [])
    for i, uri in enumerate(uris):
        try:
            connection = sqlite3.connect(uri, uri=True, timeout=5)
            if stop is not None:
                connection.set_progress_handler(stop.is_set, 10_000)  # true: interrupted
            try:
                rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
            finally:
                connection.close()
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                return f"is damaged ({str(exc).splitlines()[0]})"
            if i + 1 < len(uris) and getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN":
                continue
            raise
        if rows == ["ok"]:
            return None
        lines = [line for row in rows for line in str(row).splitlines() if not line.startswith("***")]
        return f"is damaged (quick_check: {(lines or ['not ok'])[0][:200]})"
    return None


def whole_check_mark(path: Path) -> Path:
    return Path(f"{path}{WHOLE_CHECK_MARK}")


def mark_for_whole_check(path: Path) -> None:
    """Make the next start check every page of `path` before it opens it."""
    whole_check_mark(path).touch()


def whole_file_damage(path: Path, stop: threading.Event | None = None) -> str | None:
    """What a kiosk's start left unchecked (`whole=False`): the whole file, read-only,
    as a worker thread runs it right after Home's first frame. None when whole, when `stop` was
    set (the kiosk is quitting: its last connection must close the database cleanly), or when
    unreadable for a reason that is not damage (the next start says that)."""
    try:
        return damage_of(path, read_only=not os.access(path, os.W_OK), stop=stop)
    except sqlite3.Error as exc:
        if stop is None or not stop.is_set():
            log.warning("the whole-file check of %s did not run (%s)", path.name, exc)
        return None


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def set_aside(path: Path, now: datetime) -> Path | None:
    """Rename the damaged database and its side files; returns the new name of the main file."""
    present = [suffix for suffix in ("", *SIDE_FILES) if Path(f"{path}{suffix}").exists()]
    if not present:
        return None
    base = Path(f"{path}.damaged-{_stamp(now)}")
    n = 1
    while any(Path(f"{base}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        n += 1
        base = Path(f"{path}.damaged-{_stamp(now)}-{n}")
    for suffix in present:
        os.replace(f"{path}{suffix}", f"{base}{suffix}")
    return base if "" in present else None


def _announce(recovery: Recovery) -> None:
    """One line on stderr, and the log (where one is set up: else Python would print it twice)."""
    if log.hasHandlers():
        log.warning("%s", recovery.message())
    print(f"warning: {recovery.message()}", file=sys.stderr)


def prepare_database(
    settings: Settings,
    path: Path,
    *,
    now: datetime | None = None,
    force_damaged: str | None = None,
    whole: bool = True,
) -> PreparedDatabase:
    """Check the database file before it is opened and recover it when it is damaged or missing.

    `force_damaged`: damage found another way (SQLite said "malformed" while migrating).
    `whole=False`: no check now (unless an earlier check left its mark, or the folder is
    read-only): the caller reads what it shows first, recovers through `force_damaged` when that
    fails, and checks the whole file later (`whole_file_damage`)."""
    now = now or datetime.now(UTC)
    writable = folder_is_writable(path.parent) and (not path.exists() or os.access(path, os.W_OK))
    exists = path.is_file() and path.stat().st_size > 0
    marked = whole_check_mark(path).exists()
    check_now = whole or marked or not writable
    try:
        if force_damaged is not None:
            reason: str | None = f"is damaged ({force_damaged})"
        elif not exists:
            reason = "is missing"
        else:
            reason = damage_of(path, read_only=not writable) if check_now else None
    except sqlite3.Error as exc:
        raise KioskError(f"cannot open the exhibition database ({str(exc).splitlines()[0]})") from None
    if marked and writable:
        whole_check_mark(path).unlink(missing_ok=True)  # checked whole now (and recovered below)
    if reason is None:
        return _as_found(path, writable)
    from kiosk.services.backups import copy_database, newest_good_backup  # not at every start

    backup = newest_good_backup(settings)
    if reason == "is missing" and backup is None:
        if not writable:
            return _default_elsewhere(Recovery("is missing", None, None))
        set_aside(path, now)  # an empty file, or a -wal without its database
        return PreparedDatabase(path)  # a first start: the default exhibition is seeded
    if not writable:
        recovery = Recovery(f"{reason}, and the data folder is read-only", None, backup)
        _announce(recovery)
        if backup is None:
            return _default_elsewhere(recovery)
        return PreparedDatabase(backup, read_only=True, immutable=True, recovery=recovery)
    kept = set_aside(path, now)
    if backup is not None:
        copy_database(backup, path)
    recovery = Recovery(reason, kept, backup)
    _announce(recovery)
    return PreparedDatabase(path, recovery=recovery)


def _as_found(path: Path, writable: bool) -> PreparedDatabase:
    if writable:
        return PreparedDatabase(path)
    if log.hasHandlers():  # the kiosk's log; a command says it when it refuses to save
        log.warning("the data folder %s is read-only: showing the exhibition, saving nothing", path.parent)
    shm_ok = Path(f"{path}-shm").exists() and Path(f"{path}-wal").exists()
    return PreparedDatabase(path, read_only=True, immutable=not shm_ok)


def _default_elsewhere(recovery: Recovery) -> PreparedDatabase:
    """The default exhibition, seeded into a temporary folder (the data folder is read-only)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-default-"))
    return PreparedDatabase(folder / "exhibition.sqlite3", recovery=recovery)
