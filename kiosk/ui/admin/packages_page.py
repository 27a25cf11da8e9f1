"""The desk's packages section: Export the live exhibition to a package file; Import one —
pick a .zip found on a removable drive (or in the exports folder), read what it will change
(bureaus, stories, photos added / changed / removed), then Confirm or Cancel. Exporting,
checking and importing run off the GUI thread with a progress bar and Cancel.

Phases: "start" (export, the packages found), "exporting", "checking", "summary" (confirm),
"importing". An import becomes a new version; `on_published` refreshes the desk's lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.desk_rows import ImportSummary, Place
from kiosk.content.types import Language
from kiosk.ui.admin.audit_page import labelled, places_list
from kiosk.ui.admin.ports import PackageDesk
from kiosk.ui.admin.transfer_rows import PackageFileListModel
from kiosk.ui.admin.worker import BackgroundWork

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("the editor's desk makes its packages section")
class PackagesPage(QObject):
    changed = Signal()

    def __init__(
        self,
        desk: PackageDesk,
        *,
        language: Callable[[], Language],
        label: Callable[[str], str],
        on_published: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._label = label
        self._on_published = on_published
        self._phase = "start"
        self._places: list[Place] = []
        self._destination = ""
        self._message = ""
        self._failed = False
        self._summary: ImportSummary | None = None
        self._files = PackageFileListModel(language, parent=self)
        self.work = BackgroundWork(lambda stage: labelled(label, "stage_" + stage, stage), parent=self)

    def _say(self, message: str, *, failed: bool, phase: str = "start") -> None:
        self._message, self._failed, self._phase = message, failed, phase
        self.changed.emit()

    def _refused(self, message: str) -> None:
        self._summary = None
        self._say(message, failed=True)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Look again for drives and the packages on them."""
        self._places = self._desk.places()
        if self._destination not in {p.path for p in self._places}:
            self._destination = self._places[0].path if self._places else ""
        self._files.set_rows(self._desk.package_files())
        self.changed.emit()

    @Slot(str)
    def chooseDestination(self, path: str) -> None:  # noqa: N802 - called from QML
        self._destination = path
        self.changed.emit()

    # -- export ---------------------------------------------------------------------------
    @Slot()
    def exportPackage(self) -> None:  # noqa: N802 - called from QML
        folder = self._destination
        if self.work.start(lambda progress, cancel: self._desk.export(folder, progress, cancel),
                           self._exported, self._refused):
            self._say("", failed=False, phase="exporting")

    def _exported(self, path: str) -> None:
        self._say(self._label("packageWritten").format(path=path), failed=False)
        self.refresh()

    # -- import ---------------------------------------------------------------------------
    @Slot(str)
    def checkPackage(self, path: str) -> None:  # noqa: N802 - called from QML
        """Check the package at `path` in full, then show what importing it changes."""
        if self.work.start(lambda progress, cancel: self._desk.preview(path, progress, cancel),
                           self._checked, self._refused):
            self._summary = None
            self._say("", failed=False, phase="checking")

    def _checked(self, summary: ImportSummary) -> None:
        self._summary = summary
        self._say("", failed=False, phase="summary")

    @Slot()
    def confirmImport(self) -> None:  # noqa: N802 - called from QML
        summary = self._summary
        if summary is None or self._phase != "summary":
            return
        if self.work.start(lambda progress, cancel: self._desk.import_checked(summary, progress, cancel),
                           self._imported, self._refused):
            self._say("", failed=False, phase="importing")

    def _imported(self, version_summary: str) -> None:
        self._summary = None
        self._say(self._label("imported").format(summary=version_summary), failed=False)
        self._on_published()
        self.refresh()

    @Slot()
    def dismissSummary(self) -> None:  # noqa: N802 - called from QML
        """Cancel on the summary: nothing was imported."""
        self._summary = None
        self._say(self._label("packageImportCancelled"), failed=False)

    # -- what the summary shows -------------------------------------------------------------
    def _counts(self) -> list[list]:
        """[label key, added, changed, removed] for bureaus, stories, photos."""
        s = self._summary
        if s is None:
            return []
        return [["summaryBureaus", *s.bureaus], ["summaryStories", *s.stories], ["summaryPhotos", *s.photos]]

    phase = Property(str, lambda self: self._phase, notify=changed)
    files = Property(QObject, lambda self: self._files, constant=True)
    worker = Property(BackgroundWork, lambda self: self.work, constant=True)
    places = Property(list, lambda self: places_list(self._places), notify=changed)
    destination = Property(str, lambda self: self._destination, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    failed = Property(bool, lambda self: self._failed, notify=changed)
    summaryPackage = Property(
        str, lambda self: self._summary.package if self._summary else "", notify=changed
    )
    summaryCounts = Property(list, _counts, notify=changed)
    summaryLines = Property(
        list, lambda self: list(self._summary.lines) if self._summary else [], notify=changed
    )
    summaryChangesNothing = Property(
        bool, lambda self: self._summary is not None and not self._summary.changes_anything, notify=changed
    )
