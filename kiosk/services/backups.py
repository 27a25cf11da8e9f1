"""Backups of the whole database, taken with SQLite's online backup API while the kiosk runs.

Photos are blobs in the database, so one file holds everything: texts, versions, draft,
media, PIN hash and audit log. Backups go to `<data-dir>/backups/`, named by UTC time and
reason (`exhibition-20261204T120000Z-publish.sqlite3`); the newest `settings.backups_kept`
are kept. Each is a self-contained file (rollback journal, not WAL) checked right after it
is written, so a damaged database never pushes good backups out of the rotation.

When to take one: before every import and restore (those services call `take_backup`),
after every publish (`backup_after_publish`, for whoever publishes), and daily while the
kiosk runs (`take_daily_backup_if_due`, for a timer in the UI).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.services.integrity import connect_read_only, problems_of_backup, problems_of_file
from kiosk.settings import Settings

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
DAILY = timedelta(hours=24)
ABANDONED_AFTER_S = 3600.0
_NAME = re.compile(r"exhibition-(?P<when>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<reason>[a-z0-9-]+)\.sqlite3")
REASONS = ("manual", "publish", "import", "restore", "daily", "recovery")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int


def database_file(settings: Settings) -> Path:
    """The SQLite file behind `settings.database_url`; other databases have their own tools."""
    url = settings.database_url
    if not url.startswith("sqlite:///") or url in ("sqlite://", "sqlite:///:memory:"):
        raise KioskError("backups and checks work on the kiosk's SQLite database only "
                         f"(not {url.split(':')[0]}); use that database's own backup tools")
    return Path(url.removeprefix("sqlite:///").split("?")[0])


def backups_folder(settings: Settings) -> Path:
    return settings.data_dir / BACKUP_FOLDER


def _timestamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def list_backups(settings: Settings) -> list[BackupInfo]:
    """The backups in the data folder, newest first (files not named like one are ignored)."""
    folder = backups_folder(settings)
    found = []
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    for path in paths:
        match = _NAME.fullmatch(path.name)
        if not match:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        taken = datetime.strptime(match["when"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append((taken, int(match["n"] or 0), BackupInfo(path, taken, match["reason"], size)))
    return [info for *_, info in sorted(found, key=lambda t: (t[0], t[1]), reverse=True)]


def _new_backup_path(folder: Path, reason: str, now: datetime) -> Path:
    """A new name in `folder`; a second backup within the same second (an import right after
    a publish) gets the next sequence number, whatever its reason, so that `list_backups`
    orders them as they were taken."""
    stamp = _timestamp(now)
    taken_this_second = [m for p in folder.glob(f"exhibition-{stamp}-*.sqlite3")
                         if (m := _NAME.fullmatch(p.name))]
    if not taken_this_second:
        return folder / f"exhibition-{stamp}-{reason}.sqlite3"
    n = max(int(m["n"] or 1) for m in taken_this_second) + 1
    return folder / f"exhibition-{stamp}-{n}-{reason}.sqlite3"


def copy_database(source: Path, destination: Path) -> None:
    """Copy the database at `source` to `destination` through the online backup API, as one
    self-contained file (rollback journal), fsynced. The source may be in use meanwhile."""
    partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        src = connect_read_only(source)  # never writes the source, even on a read-only medium
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _remove_abandoned_partials(folder: Path) -> None:
    """Delete half-written backups left by a writer that was killed (none takes an hour)."""
    cutoff = time.time() - ABANDONED_AFTER_S
    for partial in folder.glob(".exhibition-*.partial-*"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def take_backup(
    settings: Settings, reason: str, *, dest: Path | None = None, now: datetime | None = None
) -> Path:
    """Back up the database now; returns the backup's path.

    Into the backups folder (rotated) unless `dest` names a file or folder of the operator's.
    Raises `KioskError` when the database is missing or damaged (no backup of damage is kept)
    or the backup cannot be written (full disk, read-only folder).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    source = database_file(settings)
    if not source.is_file():
        raise KioskError(f"there is no database to back up at {source}")
    now = now or datetime.now(UTC)
    if dest is None:
        folder = backups_folder(settings)
        target = _new_backup_path(folder, reason, now)
    elif dest.is_dir():
        folder, target = dest, _new_backup_path(dest, reason, now)
    else:
        folder, target = dest.parent, dest
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_partials(folder)
        copy_database(source, target)
    except sqlite3.Error as exc:
        raise KioskError(f"cannot back up the database ({exc})") from None
    except OSError as exc:
        raise KioskError(f"cannot write the backup {target} ({exc.strerror or exc})") from None
    problems = problems_of_file(target, quick=True)
    if problems:
        target.unlink(missing_ok=True)
        raise KioskError(f"the database is damaged, so no backup was kept ({problems[0]}); run `kiosk check`")
    log.info("backup taken (%s): %s", reason, target)
    if dest is None:
        rotate_backups(settings)
    return target


def rotate_backups(settings: Settings) -> list[Path]:
    """Delete all but the newest `settings.backups_kept` backups; returns what was deleted."""
    removed = []
    for info in list_backups(settings)[max(1, settings.backups_kept):]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", info.path, exc)
    return removed


def backup_after_publish(settings: Settings) -> Path | None:
    """Call after every publish. A backup that fails is logged, never raised: the publish
    itself succeeded and must not be reported as failed."""
    try:
        return take_backup(settings, "publish")
    except KioskError as exc:
        log.warning("no backup after the publish: %s", exc)
        return None


def publish_hook(settings: Settings) -> Callable[[], Path | None]:
    """`backup_after_publish` bound to `settings`, for code that takes a no-argument callback."""
    return lambda: backup_after_publish(settings)


def take_daily_backup_if_due(settings: Settings, *, now: datetime | None = None) -> Path | None:
    """Take a backup when none is younger than a day (call it from a timer, e.g. hourly).
    Failures are logged and return None: the kiosk keeps showing content."""
    now = now or datetime.now(UTC)
    newest = next(iter(list_backups(settings)), None)
    if newest is not None and now - newest.taken_at < DAILY:
        return None
    try:
        return take_backup(settings, "daily", now=now)
    except KioskError as exc:
        log.warning("no daily backup: %s", exc)
        return None


def newest_good_backup(settings: Settings) -> Path | None:
    """The newest backup that passes `integrity_check`, has a schema this kiosk knows and
    holds an exhibition; None when there is none."""
    for info in list_backups(settings):
        problems = problems_of_backup(info.path)
        if not problems:
            return info.path
        if log.hasHandlers():  # else Python prints it on stderr itself: the caller says what matters
            log.warning("backup %s is not usable: %s", info.path.name, problems[0])
    return None
