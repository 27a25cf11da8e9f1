"""The read side the screens depend on; no database import, so the UI loads without SQLAlchemy."""

from __future__ import annotations

from typing import Protocol

from kiosk.content.types import Exhibition


class ExhibitionReader(Protocol):
    """What the visitor screens read: `ExhibitionService` (the live version) in the app and in
    the tests, `DraftPreview` (the editor's draft) behind the preview band."""

    def exhibition(self) -> Exhibition:
        """The whole exhibition as visitors see it (nothing hidden), bureaus in display order
        (hunan first)."""
        ...

    def home(self) -> Exhibition:
        """What Home shows, as `exhibition()` but where the reader can, an index
        (`Exhibition.is_index`): bureaus as tiles, each panel read whole by `bureau(slug)`."""
        ...

    def media_bytes(self, sha256: str) -> bytes | None:
        """The encoded bytes (JPEG) of one rendition, or None if unknown."""
        ...

    def live_version_id(self) -> int | None:
        """A number that changes whenever `exhibition()` would return something new (the live
        version's id): cheap, for polling every few seconds — publishes by other processes
        (`kiosk photos add` from a terminal) included."""
        ...
