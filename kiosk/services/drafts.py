"""The editor's draft: the exhibition's row tables, edited field by field, then published whole.

Visitors never see the draft; they see the newest published version (`kiosk.services.versions`).
`publish_draft` makes the draft a version (refusing, with what changed, when another version
went live since the draft was made, unless the editor confirms); `discard_draft` resets it to
the live version; `draft_status` tells whether there is anything to publish. The editing
operations themselves are in `kiosk.services.editing` (texts) and `kiosk.services.arranging`
(bureaus, stories, photos, figures, milestones, the trash).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.content.changes import ContentChanges, describe_changes
from kiosk.content.serialization import exhibition_from_dict
from kiosk.content.types import Exhibition
from kiosk.content.visibility import as_visitors_see_it
from kiosk.errors import KioskError
from kiosk.services.versions import VERSIONS_KEPT, VersionInfo, publish_in_session
from kiosk.store import audit, repository
from kiosk.store import versions as stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


@dataclass(frozen=True, slots=True)
class DraftStatus:
    """Where the draft stands against the live version."""

    live_id: int | None  # the version visitors see
    base_id: int | None  # the version the draft was made from
    changes: ContentChanges  # from the live version to the draft

    @property
    def has_changes(self) -> bool:
        """Whether publishing would change what visitors see."""
        return bool(self.changes)

    @property
    def is_stale(self) -> bool:
        """Another version went live since the draft was made (a publish would replace it)."""
        return self.live_id is not None and self.base_id != self.live_id


def load_draft(session: Session) -> Exhibition:
    draft = repository.load_exhibition(session)
    if draft is None:
        raise KioskError("there is no exhibition to edit yet")
    return draft


def _live(session: Session) -> tuple[stored.VersionRecord | None, Exhibition | None]:
    record = stored.live_version(session)
    if record is None:
        return None, None
    return record, exhibition_from_dict(json.loads(stored.document_text(session, record.id)))


def draft_exhibition(sessions: sessionmaker[Session]) -> Exhibition:
    """The whole draft, hidden bureaus and stories included (what the editor works on)."""
    with sessions() as session:
        return load_draft(session)


def draft_status(sessions: sessionmaker[Session]) -> DraftStatus:
    with sessions() as session:
        draft = load_draft(session)
        record, live = _live(session)
        base = repository.draft_base_version(session)
    changes = describe_changes(live, draft) if live != draft else ContentChanges()
    return DraftStatus(live_id=record.id if record else None, base_id=base, changes=changes)


def publish_draft(
    sessions: sessionmaker[Session],
    *,
    origin: str,
    expected_live_id: int | None = None,
    keep: int = VERSIONS_KEPT,
) -> VersionInfo:
    """Make the whole draft live as a new version, in one transaction.

    Refused with `StaleDraftError` (saying what changed) when the live version is no longer the
    one the draft was made from — or, given `expected_live_id`, no longer that one: pass the
    live id the editor was shown to publish anyway. Refused when there is nothing to publish.
    """
    with sessions.begin() as session:
        stored.claim_write_lock(session)
        draft = load_draft(session)
        record, live = _live(session)
        if live == draft:
            raise KioskError("nothing to publish: the draft is what visitors see")
        expected = expected_live_id
        if expected is None:
            expected = repository.draft_base_version(session)
        if record is not None and expected is None:
            expected = record.id  # a draft from before versions existed: nothing to be stale against
        return publish_in_session(
            session, draft, origin=origin, expected_live_id=expected, keep=keep, draft_follows=True
        )


def discard_draft(sessions: sessionmaker[Session], *, origin: str) -> ContentChanges:
    """Reset the draft to the live version; returns what was dropped. The trash is kept."""
    with sessions.begin() as session:
        stored.claim_write_lock(session)
        draft = load_draft(session)
        record, live = _live(session)
        if record is None or live is None:
            raise KioskError("nothing is published yet: there is no version to go back to")
        dropped = describe_changes(live, draft)
        garbage = repository.replace_exhibition(session, live, base_version_id=record.id)
        stored.collect_garbage(session, garbage)
        audit.append(
            session, action="discard", target="draft", old=dropped.summary(), new=f"version:{record.id}",
            origin=origin,
        )
    return dropped


class DraftPreview:
    """The draft as visitors would see it, as an `ExhibitionReader`: the preview behind the
    "预览 / Preview" band runs the real visitor screens on it."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._revision = 0

    def exhibition(self) -> Exhibition:
        return as_visitors_see_it(draft_exhibition(self._sessions))

    def home(self) -> Exhibition:
        return self.exhibition()

    def media_bytes(self, sha256: str) -> bytes | None:
        with self._sessions() as session:
            return repository.media_bytes(session, sha256)

    def live_version_id(self) -> int | None:
        """Changes at every `refresh()` (the preview shows the draft as it is when opened)."""
        return self._revision

    def refresh(self) -> None:
        self._revision += 1
