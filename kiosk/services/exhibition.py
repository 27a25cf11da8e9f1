"""The store-backed exhibition the visitor screens read: plain types, and photo bytes."""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.types import Exhibition
from kiosk.services.reader import ExhibitionReader
from kiosk.store import repository

__all__ = ["EmptyExhibitionError", "ExhibitionReader", "ExhibitionService"]


class EmptyExhibitionError(RuntimeError):
    """The database holds no exhibition (seeding did not run)."""


class ExhibitionService:
    """The store-backed `ExhibitionReader`; safe to call from Qt's image-loading threads."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._lock = threading.Lock()
        self._cached: Exhibition | None = None

    def exhibition(self) -> Exhibition:
        with self._lock:
            if self._cached is None:
                with self._sessions() as session:
                    loaded = repository.load_exhibition(session)
                if loaded is None:
                    raise EmptyExhibitionError("the database holds no exhibition")
                self._cached = loaded
            return self._cached

    def invalidate(self) -> None:
        """Forget the cached exhibition after an edit, so the next read sees it."""
        with self._lock:
            self._cached = None

    def media_bytes(self, sha256: str) -> bytes | None:
        with self._sessions() as session:
            return repository.media_bytes(session, sha256)
