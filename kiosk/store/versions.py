"""Published versions in the database: whole documents, the blobs they pin, pruning, garbage.

Every function works inside the caller's transaction. A writer that reads the live version
and then publishes must first `claim_write_lock`, so no other process can publish in between.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, text, union
from sqlalchemy.orm import Session

from kiosk.content.home_index import HOME_PART, bureau_part, split_document
from kiosk.errors import KioskError
from kiosk.store.audit import as_utc
from kiosk.store.models import (
    MediaBlobRow,
    PublishedVersionRow,
    RenditionRow,
    TrashMediaRow,
    VersionMediaRow,
    VersionPartRow,
)


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """A published version without its document."""

    id: int
    created_at: datetime  # UTC
    origin: str
    summary: str
    restored_from: int | None


class MissingMediaError(KioskError):
    """A document names media the database does not hold."""


def claim_write_lock(session: Session) -> None:
    """Take the database's write lock now, for the rest of the transaction.

    SQLite's Python driver only begins a transaction at the first write, so reads before it
    could see a state another process is about to change; a no-op UPDATE begins it at once.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE published_versions SET id = id WHERE 0"))
    else:
        session.execute(text("LOCK TABLE published_versions IN SHARE ROW EXCLUSIVE MODE"))


_RECORD_COLUMNS = (
    PublishedVersionRow.id,
    PublishedVersionRow.created_at,
    PublishedVersionRow.origin,
    PublishedVersionRow.summary,
    PublishedVersionRow.restored_from,
)


def _record(row) -> VersionRecord:  # noqa: ANN001 - a Row of _RECORD_COLUMNS
    return VersionRecord(row.id, as_utc(row.created_at), row.origin, row.summary, row.restored_from)


def live_version(session: Session) -> VersionRecord | None:
    """The newest version (the one visitors see), or None before the first publish."""
    row = session.execute(select(*_RECORD_COLUMNS).order_by(PublishedVersionRow.id.desc()).limit(1)).first()
    return _record(row) if row is not None else None


def versions(session: Session) -> list[VersionRecord]:
    """Every kept version, newest first."""
    rows = session.execute(select(*_RECORD_COLUMNS).order_by(PublishedVersionRow.id.desc()))
    return [_record(row) for row in rows]


def version(session: Session, version_id: int) -> VersionRecord | None:
    row = session.execute(select(*_RECORD_COLUMNS).where(PublishedVersionRow.id == version_id)).first()
    return _record(row) if row is not None else None


def document_text(session: Session, version_id: int) -> str | None:
    """The canonical JSON text of one version."""
    return session.scalar(select(PublishedVersionRow.document).where(PublishedVersionRow.id == version_id))


def add_version(
    session: Session,
    *,
    document: str,
    media: Iterable[str],
    origin: str,
    summary: str,
    restored_from: int | None = None,
) -> VersionRecord:
    """Store `document` (canonical JSON text) as the new live version, pinning its `media`.

    Raises `MissingMediaError` if a named blob is not in `media_blobs`.
    """
    shas = sorted(set(media))
    present: set[str] = set()
    for start in range(0, len(shas), 500):  # SQLite's limit on bound parameters
        chunk = shas[start:start + 500]
        present |= set(session.scalars(select(MediaBlobRow.sha256).where(MediaBlobRow.sha256.in_(chunk))))
    missing = [sha for sha in shas if sha not in present]
    if missing:
        raise MissingMediaError(
            f"the exhibition names {len(missing)} picture(s) the database does not hold "
            f"(first: {missing[0][:12]}…)"
        )
    row = PublishedVersionRow(
        origin=origin, summary=summary, document=document, restored_from=restored_from
    )
    session.add(row)
    session.flush()
    if shas:
        session.execute(insert(VersionMediaRow), [{"version_id": row.id, "sha256": sha} for sha in shas])
    parts = split_document(document)  # what a visitor's kiosk reads of it
    rows = [{"version_id": row.id, "part": name, "document": text} for name, text in parts.items()]
    session.execute(insert(VersionPartRow), rows)
    return VersionRecord(row.id, as_utc(row.created_at), origin, summary, restored_from)


def prune_versions(session: Session, keep: int) -> set[str]:
    """Delete all but the newest `keep` versions (at least one is always kept).

    Returns the blobs the deleted versions pinned: candidates for `collect_garbage`.
    """
    keep = max(1, keep)
    cutoff = session.scalar(
        select(PublishedVersionRow.id).order_by(PublishedVersionRow.id.desc()).offset(keep - 1).limit(1)
    )
    if cutoff is None:
        return set()
    old = select(PublishedVersionRow.id).where(PublishedVersionRow.id < cutoff)
    pinned = select(VersionMediaRow.sha256).where(VersionMediaRow.version_id.in_(old))
    candidates = set(session.scalars(pinned))
    session.execute(delete(VersionMediaRow).where(VersionMediaRow.version_id.in_(old)))
    session.execute(delete(VersionPartRow).where(VersionPartRow.version_id.in_(old)))
    session.execute(delete(PublishedVersionRow).where(PublishedVersionRow.id < cutoff))
    return candidates


def collect_garbage(session: Session, candidates: Iterable[str]) -> int:
    """Delete those `candidates` blobs that neither the draft, nor a kept version, nor the trash
    still names; returns how many were deleted. Blobs outside `candidates` are never touched
    (an import in another process may have stored them a moment ago)."""
    shas = sorted(set(candidates))
    if not shas:
        return 0
    used = union(
        select(RenditionRow.sha256), select(VersionMediaRow.sha256), select(TrashMediaRow.sha256)
    ).subquery()
    deleted = 0
    for start in range(0, len(shas), 500):
        chunk = shas[start:start + 500]
        result = session.execute(
            delete(MediaBlobRow)
            .where(MediaBlobRow.sha256.in_(chunk))
            .where(MediaBlobRow.sha256.not_in(select(used.c.sha256)))
        )
        deleted += result.rowcount or 0
    return deleted


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(PublishedVersionRow)) or 0


class EngineLiveReader:
    """The visitor's reads (see `kiosk.store.live`) through SQLAlchemy, for databases other than
    an SQLite file (an in-memory one, PostgreSQL)."""

    def __init__(self, engine) -> None:  # noqa: ANN001 - an Engine
        self._engine = engine

    def live_version_id(self) -> int | None:
        with self._engine.connect() as connection:
            return connection.scalar(select(func.max(PublishedVersionRow.id)))

    def live_document(self) -> tuple[int, str] | None:
        query = select(PublishedVersionRow.id, PublishedVersionRow.document)
        with self._engine.connect() as connection:
            row = connection.execute(query.order_by(PublishedVersionRow.id.desc()).limit(1)).first()
        return (row.id, row.document) if row is not None else None

    def live_home(self) -> tuple[int, str | None] | None:
        query = (
            select(PublishedVersionRow.id, VersionPartRow.document)
            .outerjoin(
                VersionPartRow,
                (VersionPartRow.version_id == PublishedVersionRow.id) & (VersionPartRow.part == HOME_PART),
            )
            .order_by(PublishedVersionRow.id.desc())
            .limit(1)
        )
        with self._engine.connect() as connection:
            row = connection.execute(query).first()
        return (row[0], row[1]) if row is not None else None

    def version_bureau(self, version_id: int, slug: str) -> str | None:
        query = select(VersionPartRow.document).where(
            VersionPartRow.version_id == version_id, VersionPartRow.part == bureau_part(slug)
        )
        with self._engine.connect() as connection:
            return connection.scalar(query)

    def version_document(self, version_id: int) -> str | None:
        query = select(PublishedVersionRow.document).where(PublishedVersionRow.id == version_id)
        with self._engine.connect() as connection:
            return connection.scalar(query)

    def media_bytes(self, sha256: str) -> bytes | None:
        with self._engine.connect() as connection:
            return connection.scalar(select(MediaBlobRow.data).where(MediaBlobRow.sha256 == sha256))

    def close(self) -> None:
        pass
