"""Plain rows admin mode's desk lists: where the draft stands, versions, the trash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class DraftState:
    """Where the draft stands: whether publishing would change what visitors see, whether
    another version went live since it was made, and what changed, a line per place."""

    has_changes: bool
    is_stale: bool
    changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: int
    created_at: datetime  # UTC
    origin: str  # seed | kiosk | laptop | cli | import | restore
    summary: str
    live: bool


@dataclass(frozen=True, slots=True)
class TrashRow:
    id: int
    kind: str  # bureau | story | photo | figure | timeline
    title: str  # what it was called
    removed_at: datetime  # UTC
