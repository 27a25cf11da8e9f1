"""The exhibition visitors see: the newest published version, and photo bytes.

The visitor path reads one row with the standard library's `sqlite3` (`kiosk.store.live`) and
parses it with `json.loads`: no ORM between the database and Home. The parsed exhibition is
cached until the live version's id changes, which `live_version_id()` checks cheaply
(`SELECT max(id)`) so the screens can poll it and reload after a publish — one made by another
process included.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.content.serialization import exhibition_from_dict
from kiosk.content.types import Exhibition
from kiosk.content.visibility import as_visitors_see_it
from kiosk.services.reader import ExhibitionReader
from kiosk.store.live import SqliteLiveReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["EmptyExhibitionError", "ExhibitionReader", "ExhibitionService"]


class EmptyExhibitionError(RuntimeError):
    """The database holds no published exhibition (seeding did not run)."""


class LiveSource(Protocol):
    def live_version_id(self) -> int | None: ...
    def live_document(self) -> tuple[int, str] | None: ...
    def media_bytes(self, sha256: str) -> bytes | None: ...
    def close(self) -> None: ...


class ExhibitionService:
    """The live exhibition as an `ExhibitionReader`; safe to call from Qt's image-loading threads."""

    def __init__(
        self, sessions: sessionmaker[Session] | None = None, *, source: LiveSource | None = None
    ) -> None:
        if source is None:
            if sessions is None:
                raise TypeError("ExhibitionService needs sessions or a source")
            source = _source_for(sessions)
        self._source = source
        self._lock = threading.Lock()
        self._cached: tuple[int, Exhibition] | None = None

    @classmethod
    def for_sqlite_file(cls, database: Path) -> ExhibitionService:
        """A service reading `database` with `sqlite3` alone (SQLAlchemy never imported)."""
        return cls(source=SqliteLiveReader(database))

    def live_version_id(self) -> int | None:
        return self._source.live_version_id()

    def exhibition(self) -> Exhibition:
        """The live version as visitors see it, parsed once per version."""
        with self._lock:
            live_id = self._source.live_version_id()
            if live_id is None:
                raise EmptyExhibitionError("the database holds no published exhibition")
            if self._cached is None or self._cached[0] != live_id:
                found = self._source.live_document()
                if found is None:
                    raise EmptyExhibitionError("the database holds no published exhibition")
                version_id, text = found
                self._cached = (version_id, as_visitors_see_it(exhibition_from_dict(json.loads(text))))
            return self._cached[1]

    def invalidate(self) -> None:
        """Forget the parsed exhibition, so the next read parses the live version again."""
        with self._lock:
            self._cached = None

    def media_bytes(self, sha256: str) -> bytes | None:
        return self._source.media_bytes(sha256)

    def close(self) -> None:
        self._source.close()


def _source_for(sessions: sessionmaker[Session]) -> LiveSource:
    engine = sessions.kw["bind"]
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return SqliteLiveReader(Path(url.database))
    from kiosk.store.versions import EngineLiveReader  # another database: through SQLAlchemy

    return EngineLiveReader(engine)
