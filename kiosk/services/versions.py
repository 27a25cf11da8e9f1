"""Published versions: publish a document, list the versions, restore one, read the live one.

A version is a whole exhibition document (`content.json` form, `kiosk.content.serialization`),
immutable, stored in one row; the newest is live and is what visitors see. Media stay in
`media_blobs`, shared by the versions, the draft and the trash. Every publish is one
transaction: a SIGKILL leaves the old live version or the new one, whole.

The draft (the exhibition's row tables, `kiosk.services.drafts`) follows a publish made
elsewhere (an import, a restore, `kiosk photos add`) when it holds no unpublished changes;
otherwise it keeps them, and publishing it later is refused as stale (`StaleDraftError`)
unless the editor confirms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.content.changes import ContentChanges, describe_changes
from kiosk.content.serialization import (
    ContentError,
    canonical_json,
    exhibition_from_dict,
    exhibition_to_dict,
    media_of,
)
from kiosk.content.types import Exhibition
from kiosk.errors import KioskError
from kiosk.services.validation import check_drawable
from kiosk.settings import VERSIONS_KEPT
from kiosk.store import audit, repository
from kiosk.store import versions as stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker



@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One published version, as the version list shows it."""

    id: int
    created_at: datetime  # UTC
    origin: str  # seed | kiosk | laptop | cli | import | restore …
    summary: str  # one line: what changed from the version before it
    restored_from: int | None = None


class InvalidContentError(KioskError):
    """A document that is not a valid exhibition; the message names the field."""


class StaleDraftError(KioskError):
    """The live exhibition changed since the draft (or the caller's view) was made.

    `live` is the version live now; `changes` what it changed from the one expected.
    Publishing anyway means passing `expected_live_id=live.id`.
    """

    def __init__(self, expected_id: int | None, live: VersionInfo, changes: ContentChanges) -> None:
        self.expected_id = expected_id
        self.live = live
        self.changes = changes
        what = changes.summary(120) if changes else "no visible change"
        super().__init__(
            f"the live exhibition changed since this draft was made (now version {live.id}, "
            f"{live.origin}: {what}); publish anyway to replace it, or discard the draft"
        )


def _info(record: stored.VersionRecord) -> VersionInfo:
    return VersionInfo(record.id, record.created_at, record.origin, record.summary, record.restored_from)


def parse_document(document: Any) -> Exhibition:
    """`exhibition_from_dict`, with a bad document as a one-line `InvalidContentError`."""
    try:
        return exhibition_from_dict(document)
    except ContentError as exc:
        raise InvalidContentError(f"the exhibition is not valid: {exc}") from None


def _document_of(session: Session, version_id: int | None) -> Exhibition | None:
    if version_id is None:
        return None
    text = stored.document_text(session, version_id)
    return exhibition_from_dict(json.loads(text)) if text is not None else None


def publish_in_session(
    session: Session,
    exhibition: Exhibition,
    *,
    origin: str,
    summary: str | None = None,
    expected_live_id: int | None = None,
    restored_from: int | None = None,
    keep: int = VERSIONS_KEPT,
    draft_follows: bool = True,
    check_glyphs: bool = True,
) -> VersionInfo:
    """Make `exhibition` the live version inside the caller's transaction (see `publish_document`).

    With `draft_follows`, a draft without unpublished changes becomes the new version too.
    Returns the live version unchanged when `exhibition` is already live. `check_glyphs=False`
    is for content that was already shown (a database upgraded to versions).
    """
    if check_glyphs:
        check_drawable(exhibition)
    stored.claim_write_lock(session)
    live = stored.live_version(session)
    old = _document_of(session, live.id if live else None)
    if expected_live_id is not None and live is not None and live.id != expected_live_id:
        expected = _document_of(session, expected_live_id)
        if expected is None:  # pruned since: say so rather than compare with nothing
            changes = ContentChanges()
            changes.note("exhibition", f"{live.id - expected_live_id} versions published since")
        else:
            changes = describe_changes(expected, old)
        raise StaleDraftError(expected_live_id, _info(live), changes)
    document = exhibition_to_dict(exhibition)
    text = canonical_json(document)
    if live is not None and old == exhibition:
        return _info(live)
    draft = repository.load_exhibition(session)
    draft_is_live = draft is None or draft == exhibition or (old is not None and draft == old)
    record = stored.add_version(
        session,
        document=text,
        media=media_of(document),
        origin=origin,
        summary=summary or describe_changes(old, exhibition).summary(),
        restored_from=restored_from,
    )
    garbage = stored.prune_versions(session, keep)
    if draft_follows and draft_is_live:
        if draft == exhibition:
            repository.set_draft_base_version(session, record.id)
        else:
            garbage |= repository.replace_exhibition(session, exhibition, base_version_id=record.id)
    stored.collect_garbage(session, garbage)
    audit.append(
        session, action="restore" if restored_from else "publish", target=f"version:{record.id}",
        old=str(restored_from or (live.id if live else "")), new=record.summary, origin=origin,
    )
    return _info(record)


def publish_document(
    sessions: sessionmaker[Session],
    document: dict[str, Any],
    *,
    origin: str,
    summary: str | None = None,
    expected_live_id: int | None = None,
    keep: int = VERSIONS_KEPT,
) -> VersionInfo:
    """Validate `document` and make it the live version, in one transaction.

    Every rendition it names must already be in the database (`repository.store_media`).
    With `expected_live_id`, refuses with `StaleDraftError` (saying what changed) when another
    version went live meanwhile. `summary` defaults to what changed from the live version.
    """
    exhibition = parse_document(document)
    with sessions.begin() as session:
        return publish_in_session(
            session, exhibition, origin=origin, summary=summary, expected_live_id=expected_live_id, keep=keep
        )


def live_version(sessions: sessionmaker[Session]) -> VersionInfo | None:
    with sessions() as session:
        record = stored.live_version(session)
    return _info(record) if record is not None else None


def list_versions(sessions: sessionmaker[Session]) -> list[VersionInfo]:
    """Every kept version, newest (live) first."""
    with sessions() as session:
        return [_info(r) for r in stored.versions(session)]


def version_document(sessions: sessionmaker[Session], version_id: int) -> dict[str, Any]:
    """The document of one kept version; `KioskError` if there is none by that id."""
    with sessions() as session:
        text = stored.document_text(session, version_id)
    if text is None:
        raise KioskError(f"there is no version {version_id} (kept versions: `list_versions`)")
    return json.loads(text)


def live_document(sessions: sessionmaker[Session]) -> dict[str, Any] | None:
    """The live version's document, or None before the first publish."""
    with sessions() as session:
        record = stored.live_version(session)
        text = stored.document_text(session, record.id) if record is not None else None
    return json.loads(text) if text is not None else None


def live_exhibition_in(session: Session) -> Exhibition:
    """The live exhibition (hidden parts included); `KioskError` before the first publish."""
    record = stored.live_version(session)
    if record is None:
        raise KioskError("nothing is published yet")
    return _document_of(session, record.id)


def live_exhibition(sessions: sessionmaker[Session]) -> tuple[VersionInfo, Exhibition] | None:
    with sessions() as session:
        record = stored.live_version(session)
        if record is None:
            return None
        return _info(record), _document_of(session, record.id)


def restore_version(
    sessions: sessionmaker[Session], version_id: int, *, origin: str, keep: int = VERSIONS_KEPT
) -> VersionInfo:
    """Publish an older version's document again, as a new version: nothing is ever lost."""
    exhibition = parse_document(version_document(sessions, version_id))
    with sessions.begin() as session:
        live = stored.live_version(session)
        changes = describe_changes(_document_of(session, live.id if live else None), exhibition)
        return publish_in_session(
            session, exhibition, origin=origin, restored_from=version_id, keep=keep,
            summary=f"restored version {version_id}: {changes.summary(120)}",
        )
