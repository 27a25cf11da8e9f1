"""Adding photos from a USB stick (or any folder on a laptop): browse, pick several, import.

The browser lists folders and pictures under its roots (removable drives: /media, /run/media;
on a laptop also the home folder); the editor taps pictures to select them, then imports them
into the draft of the bureau being edited. The import runs on a worker thread through the real
photo pipeline, with progress and Cancel; the interface never waits for it. Bad files are
listed with their reasons, the good ones kept."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import Language
from kiosk.ui.admin.ports import PhotoImporter
from kiosk.ui.models import RowModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

PICTURES = {".jpg", ".jpeg", ".png", ".webp"}


@dataclass(frozen=True, slots=True)
class Entry:
    path: Path
    is_folder: bool


class EntryListModel(RowModel):
    ROLES = ("name", "path", "url", "isFolder", "selected")

    def __init__(self, language: Callable[[], Language], selected: set[Path], parent=None) -> None:
        super().__init__(language, parent=parent)
        self._selected = selected

    def value(self, row: Entry, role: str, language: Language) -> Any:
        match role:
            case "name":
                return row.path.name or str(row.path)
            case "path":
                return str(row.path)
            case "url":  # decoded by Pillow through the files provider, never by Qt
                return "" if row.is_folder else "image://files/" + quote(str(row.path))
            case "isFolder":
                return row.is_folder
            case "selected":
                return row.path in self._selected
        return None

    def refresh_selection(self) -> None:
        self.language_changed()  # every row re-reads its roles


def list_folder(folder: Path) -> list[Entry]:
    """Sub-folders, then pictures, each by name; hidden entries and unreadable ones left out."""
    try:
        children = [c for c in folder.iterdir() if not c.name.startswith(".")]
    except OSError:
        return []
    folders = sorted((c for c in children if c.is_dir()), key=lambda c: c.name.lower())
    pictures = sorted(
        (c for c in children if c.is_file() and c.suffix.lower() in PICTURES), key=lambda c: c.name.lower()
    )
    return [Entry(f, True) for f in folders] + [Entry(p, False) for p in pictures]


@QmlElement
@QmlUncreatable("made by the admin desk")
class PhotoBrowser(QObject):
    changed = Signal()  # folder, selection, progress, outcome
    finished = Signal()  # an import ended (added, refused or cancelled): the desk re-reads the draft
    _progressed = Signal(int, int, str)  # from the worker thread, queued to the GUI thread
    _done = Signal(object)

    def __init__(
        self,
        importer: PhotoImporter,
        roots: Sequence[Path],
        *,
        language: Callable[[], Language],
        label: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._roots = [Path(r) for r in roots]
        self._label = label
        self._selected: set[Path] = set()
        self._entries = EntryListModel(language, self._selected, parent=self)
        self._folder: Path | None = None
        self._bureau = ""
        self._busy = False
        self._done_count = 0
        self._total = 0
        self._current = ""
        self._outcome = ""
        self._refused: list[str] = []
        self._cancel = threading.Event()
        self._worker: threading.Thread | None = None
        self._progressed.connect(self._on_progress)
        self._done.connect(self._on_done)

    def start(self, bureau: str) -> None:
        """Open the browser for adding photos to `bureau`, at the first root that exists."""
        self._bureau = bureau
        self._selected.clear()
        self._outcome, self._refused = "", []
        existing = [r for r in self._roots if r.is_dir()]
        self._show(existing[0] if existing else None)

    def _show(self, folder: Path | None) -> None:
        self._folder = folder
        self._entries.set_rows(list_folder(folder) if folder is not None else [])
        self.changed.emit()

    @Slot(str)
    def open(self, path: str) -> None:
        target = Path(path)
        if target.is_dir():
            self._show(target)

    @Slot()
    def up(self) -> None:
        if self._folder is not None and self._folder not in self._roots:
            self._show(self._folder.parent)

    @Slot(str)
    def toggle(self, path: str) -> None:
        picked = Path(path)
        if picked in self._selected:
            self._selected.remove(picked)
        else:
            self._selected.add(picked)
        self._entries.refresh_selection()
        self.changed.emit()

    @Slot()
    def importSelected(self) -> None:  # noqa: N802 - called from QML
        if self._busy or not self._selected or not self._bureau:
            return
        files = sorted(self._selected)
        self._busy, self._done_count, self._total, self._current = True, 0, len(files), ""
        self._outcome, self._refused = "", []
        self._cancel.clear()
        self.changed.emit()
        self._worker = threading.Thread(target=self._run, args=(files, self._bureau), name="photo-import")
        self._worker.start()

    def _run(self, files: list[Path], bureau: str) -> None:
        try:
            outcome: object = self._importer.import_photos(
                files, bureau=bureau, progress=self._progressed.emit, cancelled=self._cancel.is_set
            )
        except Exception as exc:  # a refusal up front (KioskError) or a failure: said in one line
            outcome = exc
        self._done.emit(outcome)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self._done_count, self._total, self._current = done, total, name
        self.changed.emit()

    def _on_done(self, outcome: object) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        self._busy = False
        if isinstance(outcome, Exception):
            self._outcome = str(outcome)
        else:
            added, refused, cancelled = outcome.added, outcome.refused, outcome.cancelled  # type: ignore[attr-defined]
            self._refused = [f"{Path(name).name}: {reason}" for name, reason in refused]
            self._outcome = self._label("photosAdded").format(n=added) + (
                self._label("photoImportCancelled") if cancelled else ""
            )
            self._selected.clear()
            self._entries.refresh_selection()
        self.changed.emit()
        self.finished.emit()

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Let a running import end (the window closing)."""
        self._cancel.set()
        if self._worker is not None:
            self._worker.join()

    folder = Property(str, lambda self: str(self._folder) if self._folder else "", notify=changed)
    roots = Property(list, lambda self: [str(r) for r in self._roots if r.is_dir()], notify=changed)
    entries = Property(QObject, lambda self: self._entries, constant=True)
    selectedCount = Property(int, lambda self: len(self._selected), notify=changed)
    busy = Property(bool, lambda self: self._busy, notify=changed)
    progress = Property(
        float, lambda self: self._done_count / self._total if self._total else 0.0, notify=changed
    )
    current = Property(str, lambda self: self._current, notify=changed)
    outcome = Property(str, lambda self: self._outcome, notify=changed)
    refused = Property(list, lambda self: list(self._refused), notify=changed)
