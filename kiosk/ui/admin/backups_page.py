"""The desk's backups section: the backups in the data folder (newest first, with why each was
taken), "Back up now", and restoring one — after a confirm step — as a new version, checked
like an import. Backing up and restoring run off the GUI thread with progress and Cancel.

Phases: "list", "confirm" (restore this backup?), "working"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.desk_rows import BackupRow
from kiosk.content.types import Language
from kiosk.ui.admin.audit_page import labelled
from kiosk.ui.admin.ports import BackupDesk
from kiosk.ui.admin.transfer_rows import BackupListModel, local_time
from kiosk.ui.admin.worker import BackgroundWork

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("the editor's desk makes its backups section")
class BackupsPage(QObject):
    changed = Signal()

    def __init__(
        self,
        desk: BackupDesk,
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
        self._phase = "list"
        self._message = ""
        self._failed = False
        self._chosen: BackupRow | None = None
        self._rows = BackupListModel(
            language, lambda reason: labelled(label, "backupReason_" + reason, reason), parent=self
        )
        self.work = BackgroundWork(lambda stage: labelled(label, "stage_" + stage, stage), parent=self)

    def _say(self, message: str, *, failed: bool, phase: str = "list") -> None:
        self._message, self._failed, self._phase = message, failed, phase
        self.changed.emit()

    def _refused(self, message: str) -> None:
        self._chosen = None
        self._say(message, failed=True)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._rows.set_rows(self._desk.backups())
        self.changed.emit()

    @Slot()
    def backUpNow(self) -> None:  # noqa: N802 - called from QML
        if self.work.start(lambda progress, cancel: self._desk.back_up_now(progress, cancel),
                           self._backed_up, self._refused):
            self._say("", failed=False, phase="working")

    def _backed_up(self, path: str) -> None:
        self._say(self._label("backupWritten").format(path=path), failed=False)
        self.refresh()

    @Slot(str)
    def askRestore(self, path: str) -> None:  # noqa: N802 - called from QML
        self._chosen = next((r for r in self._rows.rows() if r.path == path), None)
        if self._chosen is not None:
            self._say("", failed=False, phase="confirm")

    @Slot()
    def cancelRestore(self) -> None:  # noqa: N802 - called from QML
        self._chosen = None
        self._say("", failed=False)

    @Slot()
    def confirmRestore(self) -> None:  # noqa: N802 - called from QML
        chosen = self._chosen
        if chosen is None or self._phase != "confirm":
            return
        if self.work.start(lambda progress, cancel: self._desk.restore(chosen.path, progress, cancel),
                           self._restored, self._refused):
            self._say("", failed=False, phase="working")

    def _restored(self, version_summary: str) -> None:
        self._chosen = None
        self._say(self._label("backupRestored").format(summary=version_summary), failed=False)
        self._on_published()
        self.refresh()

    phase = Property(str, lambda self: self._phase, notify=changed)
    rows = Property(QObject, lambda self: self._rows, constant=True)
    worker = Property(BackgroundWork, lambda self: self.work, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)
    failed = Property(bool, lambda self: self._failed, notify=changed)
    chosenName = Property(str, lambda self: self._chosen.name if self._chosen else "", notify=changed)
    chosenWhen = Property(
        str, lambda self: local_time(self._chosen.taken_at, seconds=True) if self._chosen else "",
        notify=changed,
    )
