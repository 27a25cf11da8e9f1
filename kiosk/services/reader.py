"""The read side the screens depend on; no database import, so the UI loads without SQLAlchemy."""

from __future__ import annotations

from typing import Protocol

from kiosk.content.types import Exhibition


class ExhibitionReader(Protocol):
    """What the visitor screens read: `ExhibitionService` in the app and in the tests."""

    def exhibition(self) -> Exhibition:
        """The whole exhibition, bureaus in display order (hunan first)."""
        ...

    def media_bytes(self, sha256: str) -> bytes | None:
        """The encoded bytes (JPEG) of one rendition, or None if unknown."""
        ...
