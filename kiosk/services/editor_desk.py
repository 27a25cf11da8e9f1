"""What admin mode's desk works through, for one editor at one screen (kiosk or laptop): the
draft's texts and arrangement, publishing, versions and the trash, each call one transaction.

A facade over `editing`, `arranging`, `drafts`, `versions` and the trash, shaped as the
screens' `DraftEditor` port (`kiosk/ui/admin/ports.py`) — plain types in, plain types out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.desk_rows import DraftState, PhotoBatchSummary, TrashRow, VersionRow
from kiosk.content.types import Exhibition, LocalizedText
from kiosk.errors import KioskError
from kiosk.services import arranging, drafts, editing, photo_import, trash, versions
from kiosk.services.validation import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def _year(path: str, typed: str) -> int | None:
    """A year as typed: four digits, or nothing for "no year"."""
    typed = typed.strip()
    if not typed:
        return None
    if not (typed.isdigit() and len(typed) == 4):
        raise ValidationError(path, f"a year is four digits (e.g. 2020), not {typed!r}")
    return int(typed)


def _one_line_errors(cls: type) -> type:
    """Every public method of `cls` turns a database failure (a full disk, a read-only data
    folder, a locked database) into one `KioskError` line the desk shows; nothing is half
    saved (each call is one transaction), and what was saved before stays."""

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def guarded(*args, **kwargs):
            from sqlalchemy.exc import OperationalError

            try:
                return method(*args, **kwargs)
            except OperationalError as exc:
                reason = str(exc.orig or exc).splitlines()[0]
                raise KioskError(f"nothing was saved: the database refused the change ({reason})") from exc

        return guarded

    for name, member in list(vars(cls).items()):
        if callable(member) and not name.startswith("_"):
            setattr(cls, name, wrap(member))
    return cls


@_one_line_errors
class DraftEditorService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        origin: str,
        after_publish: Callable[[], object] = lambda: None,
    ) -> None:
        self._sessions = sessions
        self.origin = origin
        self._after_publish = after_publish  # a backup of what just went live

    def draft(self) -> Exhibition:
        return drafts.draft_exhibition(self._sessions)

    def state(self) -> DraftState:
        status = drafts.draft_status(self._sessions)
        return DraftState(status.has_changes, status.is_stale, tuple(status.changes.descriptions()))

    def set_text(self, path: str, value: LocalizedText) -> None:
        kind, key, name = (path.split(".") + ["", ""])[:3]
        if kind == "figures" and name == "value":
            arranging.set_figure(self._sessions, key, value=value.zh.strip(), origin=self.origin)
        elif kind in ("figures", "timeline") and name == "year":
            year = _year(path, value.zh)
            change = arranging.set_figure if kind == "figures" else arranging.set_event
            change(self._sessions, key, year=year, origin=self.origin)
        else:
            editing.set_text(self._sessions, path, value.zh, value.en, origin=self.origin)

    def move_bureau(self, slug: str, index: int) -> None:
        arranging.move_bureau(self._sessions, slug, index, origin=self.origin)

    def set_bureau_hidden(self, slug: str, hidden: bool) -> None:
        arranging.set_bureau_hidden(self._sessions, slug, hidden, origin=self.origin)

    def remove_bureau(self, slug: str) -> None:
        trash.remove_bureau(self._sessions, slug, origin=self.origin)

    def add_bureau(self) -> str:
        """A new bureau at the end, named for the editor to rename; its slug."""
        taken = {b.slug for b in self.draft().bureaus}
        slug = next(f"new-{n}" for n in range(1, 10_000) if f"new-{n}" not in taken)
        arranging.add_bureau(
            self._sessions, slug=slug, name_zh="新的税务局", name_en="New bureau", origin=self.origin
        )
        return slug

    def add_story(self, bureau: str) -> None:
        arranging.add_story(
            self._sessions, bureau, title_zh="新的故事", title_en="New story", origin=self.origin
        )

    def move_story(self, key: str, index: int, to_bureau: str | None = None) -> None:
        arranging.move_story(self._sessions, key, index, to_bureau=to_bureau, origin=self.origin)

    def set_story_hidden(self, key: str, hidden: bool) -> None:
        arranging.set_story_hidden(self._sessions, key, hidden, origin=self.origin)

    def remove_story(self, key: str) -> None:
        trash.remove_story(self._sessions, key, origin=self.origin)

    def set_cover(self, key: str) -> None:
        arranging.set_cover(self._sessions, key, origin=self.origin)

    def move_photo(self, key: str, index: int) -> None:
        arranging.move_photo(self._sessions, key, index, origin=self.origin)

    def remove_photo(self, key: str) -> None:
        trash.remove_photo(self._sessions, key, origin=self.origin)

    def publish(self, *, replace_newer: bool = False) -> str:
        live = versions.live_version(self._sessions) if replace_newer else None
        info = drafts.publish_draft(
            self._sessions, origin=self.origin, expected_live_id=live.id if live is not None else None
        )
        self._after_publish()
        return info.summary

    def discard(self) -> None:
        drafts.discard_draft(self._sessions, origin=self.origin)

    def versions(self) -> list[VersionRow]:
        listed = versions.list_versions(self._sessions)
        live = listed[0].id if listed else None
        return [VersionRow(v.id, v.created_at, v.origin, v.summary, v.id == live) for v in listed]

    def restore_version(self, version_id: int) -> None:
        versions.restore_version(self._sessions, version_id, origin=self.origin)
        self._after_publish()

    def trash(self) -> list[TrashRow]:
        return [
            TrashRow(e.id, e.kind, f"{e.label} · {e.where}", e.removed_at)
            for e in trash.list_trash(self._sessions)
        ]

    def restore_from_trash(self, trash_id: int) -> None:
        trash.restore_from_trash(self._sessions, trash_id, origin=self.origin)

    def import_photos(
        self,
        files: Sequence[Path],
        *,
        bureau: str,
        progress: Callable[[int, int, str], None],
        cancelled: Callable[[], bool],
    ) -> PhotoBatchSummary:
        """Photos into the draft of `bureau`, through the pipeline; safe on a worker thread."""
        result = photo_import.import_photos(
            self._sessions, files, bureau=bureau, draft=True, origin=self.origin,
            progress=progress, cancelled=cancelled,
        )
        return PhotoBatchSummary(len(result.added), tuple(result.refused), result.cancelled)
