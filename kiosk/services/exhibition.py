"""What the visitor screens read: the exhibition as plain types, and photo bytes."""

from __future__ import annotations

import threading
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from kiosk.content.types import Exhibition
from kiosk.store import repository


class ExhibitionReader(Protocol):
    """The read side the screens depend on (a fake in tests, the store-backed service in the app)."""

    def exhibition(self) -> Exhibition:
        """The whole exhibition, bureaus in display order (hunan first)."""
        ...

    def media_bytes(self, sha256: str) -> bytes | None:
        """The encoded bytes (JPEG) of one rendition, or None if unknown."""
        ...


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
