"""The audit log in the database: append an entry inside the caller's transaction, read pages."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.content.audit import AuditEntry
from kiosk.store.models import AuditLogRow


def as_utc(moment: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def append(
    session: Session,
    *,
    action: str,
    target: str = "",
    field: str = "",
    old: str = "",
    new: str = "",
    origin: str,
    at: datetime | None = None,
) -> None:
    """Add one entry to `session`; it is written when the caller commits, with the change it
    describes (so an edit and its audit row land together or not at all)."""
    session.add(
        AuditLogRow(
            at=as_utc(at) if at is not None else datetime.now(UTC),
            origin=origin,
            action=action,
            target=target,
            field=field,
            old=old,
            new=new,
        )
    )


def entries(
    session: Session, *, limit: int = 200, offset: int = 0, action_prefix: str = ""
) -> list[AuditEntry]:
    """The newest entries first; `action_prefix` ("admin.") keeps only matching actions."""
    query = select(AuditLogRow).order_by(AuditLogRow.id.desc())
    if action_prefix:
        query = query.where(AuditLogRow.action.startswith(action_prefix, autoescape=True))
    rows = session.scalars(query.limit(limit).offset(offset))
    return [_entry(row) for row in rows]


def entries_after(session: Session, *, after_id: int = 0, limit: int = 500) -> list[AuditEntry]:
    """Oldest first, the entries after `after_id`: an export reads the log in pages this way."""
    query = select(AuditLogRow).where(AuditLogRow.id > after_id).order_by(AuditLogRow.id)
    return [_entry(row) for row in session.scalars(query.limit(limit))]


def count(session: Session, *, action_prefix: str = "") -> int:
    query = select(func.count()).select_from(AuditLogRow)
    if action_prefix:
        query = query.where(AuditLogRow.action.startswith(action_prefix, autoescape=True))
    return session.scalar(query) or 0


def _entry(row: AuditLogRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=as_utc(row.at),
        origin=row.origin,
        action=row.action,
        target=row.target,
        field=row.field,
        old=row.old,
        new=row.new,
    )
