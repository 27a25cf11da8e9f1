"""The audit log as the admin screen and an export see it: pages of entries, newest first, and
a CSV file that a spreadsheet opens safely (no cell can run as a formula)."""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.audit import AuditEntry
from kiosk.store import audit

CSV_HEADER = ("at_utc", "origin", "action", "target", "field", "old", "new")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may read as a formula
_EXPORT_BATCH = 500


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of the log for the admin screen."""

    entries: tuple[AuditEntry, ...]  # newest first
    total: int  # entries matching, on every page
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.entries) < self.total


def list_entries(
    sessions: sessionmaker[Session], *, limit: int = 100, offset: int = 0, action_prefix: str = ""
) -> AuditPage:
    """Entries `offset`… newest first; `action_prefix` ("admin.") filters by action."""
    with sessions() as session:
        found = audit.entries(session, limit=limit, offset=offset, action_prefix=action_prefix)
        total = audit.count(session, action_prefix=action_prefix)
    return AuditPage(tuple(found), total, offset, limit)


def csv_cell(value: str) -> str:
    """`value` as a cell no spreadsheet evaluates: a leading = + - @ (or tab/CR) gets a quote."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def csv_row(entry: AuditEntry) -> list[str]:
    cells = (entry.origin, entry.action, entry.target, entry.field, entry.old, entry.new)
    return [entry.at.isoformat(timespec="seconds"), *(csv_cell(cell) for cell in cells)]


def export_csv(sessions: sessionmaker[Session], destination: str | os.PathLike[str] | TextIO) -> int:
    """Write the whole log, oldest first, with a header row; returns the number of entries.

    A path is written whole or not at all (a temporary file renamed into place), in UTF-8 with
    a byte-order mark so spreadsheets read the Chinese right; a stream is written as it is."""
    if not isinstance(destination, (str, os.PathLike)):
        return _write(sessions, destination)
    target = Path(destination)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with open(handle, "w", encoding="utf-8-sig", newline="") as stream:
            written = _write(sessions, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _write(sessions: sessionmaker[Session], stream: TextIO) -> int:
    writer = csv.writer(stream)
    writer.writerow(CSV_HEADER)
    written, last_id = 0, 0
    with sessions() as session:
        while page := audit.entries_after(session, after_id=last_id, limit=_EXPORT_BATCH):
            writer.writerows(csv_row(entry) for entry in page)
            written, last_id = written + len(page), page[-1].id
    return written
