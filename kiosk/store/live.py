"""The visitor's way into the database: the live version's document and media bytes, through
the standard library's `sqlite3` alone — no SQLAlchemy (its ORM costs ~0.6 s to import), no
rows to assemble: one indexed read and `json.loads`.

Safe to share between threads (Qt's image-loading threads read media through it): one
connection, one lock, every read in autocommit mode so it sees other processes' commits.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from kiosk.content.home_index import bureau_part

LIVE_DOCUMENT = "SELECT id, document FROM published_versions ORDER BY id DESC LIMIT 1"
LIVE_ID = "SELECT max(id) FROM published_versions"
# Home's index of the live version (`kiosk.content.home_index`); its document is NULL where the
# version has no parts (written by hand, or by a kiosk older than them).
LIVE_HOME = (
    "SELECT v.id, p.document FROM published_versions v LEFT JOIN version_parts p"
    " ON p.version_id = v.id AND p.part = 'home' ORDER BY v.id DESC LIMIT 1"
)
VERSION_PART = "SELECT document FROM version_parts WHERE version_id = ? AND part = ?"
VERSION_DOCUMENT = "SELECT document FROM published_versions WHERE id = ?"
MEDIA = "SELECT data FROM media_blobs WHERE sha256 = ?"
SCHEMA_REVISION = "SELECT version_num FROM alembic_version"
# The newest migration in db/migrations/versions: a database at this revision needs no upgrade,
# so the kiosk opens it without importing Alembic. tests/store/test_store.py holds it to
# Alembic's own head; a new migration changes it.
SCHEMA_HEAD = "0004"


class SqliteLiveReader:
    """Reads the newest published version and media from one SQLite file."""

    def __init__(self, database: Path) -> None:
        self._database = Path(database)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(
                self._database, check_same_thread=False, isolation_level=None, timeout=5.0
            )
            connection.execute("PRAGMA query_only=ON")
            self._connection = connection
        return self._connection

    def live_version_id(self) -> int | None:
        with self._lock:
            return self._connect().execute(LIVE_ID).fetchone()[0]

    def schema_revision(self) -> str | None:
        """The Alembic revision the database's schema is at (raises `sqlite3.Error` when the
        file has no schema yet)."""
        with self._lock:
            row = self._connect().execute(SCHEMA_REVISION).fetchone()
        return row[0] if row is not None else None

    def live_document(self) -> tuple[int, str] | None:
        """(id, canonical JSON text) of the live version, or None before the first publish."""
        with self._lock:
            row = self._connect().execute(LIVE_DOCUMENT).fetchone()
        return (row[0], row[1]) if row is not None else None

    def live_home(self) -> tuple[int, str | None] | None:
        """(id, Home's index) of the live version; the index None where the version has no
        parts; None before the first publish."""
        with self._lock:
            row = self._connect().execute(LIVE_HOME).fetchone()
        return (row[0], row[1]) if row is not None else None

    def version_bureau(self, version_id: int, slug: str) -> str | None:
        """One bureau of a version, whole (JSON text), or None where it has no such part."""
        with self._lock:
            row = self._connect().execute(VERSION_PART, (version_id, bureau_part(slug))).fetchone()
        return row[0] if row is not None else None

    def version_document(self, version_id: int) -> str | None:
        """A version's whole document, or None where it is gone (pruned)."""
        with self._lock:
            row = self._connect().execute(VERSION_DOCUMENT, (version_id,)).fetchone()
        return row[0] if row is not None else None

    def media_bytes(self, sha256: str) -> bytes | None:
        with self._lock:
            row = self._connect().execute(MEDIA, (sha256,)).fetchone()
        return bytes(row[0]) if row is not None else None

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
