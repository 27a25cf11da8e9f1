"""`kiosk restore SRC`: publish a backup's live exhibition again, as a new version.

The backup is checked like an import (`integrity_check`, a schema revision this kiosk knows,
an exhibition in it), copied to a temporary folder and brought up to this kiosk's schema
there — the file itself is never changed —, then its live document is checked again and each
of its pictures decoded through the media pipeline. Then, like an import: a backup of the
current database, one transaction that stores the pictures and publishes (origin "restore"),
a backup after. The version list can undo it.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.serialization import exhibition_to_dict, media_of
from kiosk.content.types import Rendition
from kiosk.errors import KioskError
from kiosk.services import versions
from kiosk.services.backups import copy_database
from kiosk.services.integrity import problems_of_backup
from kiosk.services.package_format import ManifestEntry, media_name
from kiosk.services.package_reader import (
    CancelCheck,
    Cancelled,
    Progress,
    check_picture,
    never_cancel,
    no_progress,
)
from kiosk.services.packages import publish_with_media
from kiosk.settings import Settings
from kiosk.store import repository
from kiosk.store.engine import create_store_engine, session_factory
from kiosk.store.migrations import upgrade_to_head

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

STAGE_CHECK = "check"


def restore_backup(
    sessions: sessionmaker[Session],
    settings: Settings,
    source: Path,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> versions.VersionInfo:
    """Publish the live exhibition of the backup at `source` as a new version (see the module)."""
    source = Path(source)
    if not source.is_file():
        raise KioskError(f"{source} is not a file" if source.exists() else f"{source} does not exist")
    problems = problems_of_backup(source)
    if problems:
        raise KioskError(f"{source.name} cannot be restored: {problems[0]}")
    with tempfile.TemporaryDirectory(prefix="kiosk-restore-") as folder:
        copy = Path(folder) / "backup.sqlite3"
        copy_database(source, copy)
        engine = create_store_engine(f"sqlite:///{copy}")
        try:
            upgrade_to_head(engine)
            backup_sessions = session_factory(engine)
            document = versions.live_document(backup_sessions)
            if document is None:  # a backup from before published versions: its draft was live
                with backup_sessions() as session:
                    draft = repository.load_exhibition(session)
                if draft is None:
                    raise KioskError(f"{source.name} cannot be restored: it holds no exhibition")
                document = exhibition_to_dict(draft)
            exhibition = versions.parse_document(document)
            photos = (p for b in exhibition.bureaus for p in b.every_photo())
            renditions = {r.sha256: r for p in photos for r in p.renditions}
            shas = sorted(media_of(document))
            total = len(shas)
            for done, sha256 in enumerate(shas, start=1):  # check all before anything changes
                _checked_blob(backup_sessions, sha256, renditions[sha256], source.name, cancel)
                progress(done, total, STAGE_CHECK)

            def media() -> Iterator[tuple[str, str, bytes]]:
                for sha256 in shas:
                    data = _checked_blob(backup_sessions, sha256, renditions[sha256], source.name, cancel)
                    yield sha256, renditions[sha256].mime, data

            return publish_with_media(
                sessions, settings, exhibition, media(), count=total, origin="restore",
                summary_prefix=f"restored the backup {source.name}", backup_reason="restore",
                progress=progress, cancel=cancel,
            )
        finally:
            engine.dispose()


def _checked_blob(
    sessions: sessionmaker[Session], sha256: str, rendition: Rendition, name: str, cancel: CancelCheck
) -> bytes:
    """The backup's bytes of one picture, checked: its SHA-256, and decoded by the pipeline."""
    if cancel():
        raise Cancelled()
    with sessions() as session:
        data = repository.media_bytes(session, sha256)
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        state = "missing" if data is None else "damaged"
        raise KioskError(f"{name} cannot be restored: its picture {sha256[:12]}… is {state}")
    entry = ManifestEntry(media_name(sha256, rendition.mime), sha256, len(data))
    check_picture(data, entry, rendition, f"the picture {sha256[:12]}…")
    return data
