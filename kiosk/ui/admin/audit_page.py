"""The desk's audit section: every admin entry, failure, lock-out and change (what, field,
old → new, when, from where), newest first, a page at a time, filtered by kind; and the whole
log exported as CSV to a removable drive (or the data folder's exports/ folder)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.desk_rows import Place
from kiosk.content.types import Language
from kiosk.ui.admin.ports import AuditLog
from kiosk.ui.admin.transfer_rows import AuditEntryListModel
from kiosk.ui.admin.worker import BackgroundWork

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

PAGE_SIZE = 50
# The kinds the editor can filter by: (action prefix, chrome key of its button).
KINDS = (("", "auditAll"), ("admin.", "auditEntry"), ("edit", "auditEdits"), ("publish", "auditPublishes"))


def labelled(label: Callable[[str], str], key: str, fallback: str) -> str:
    try:
        return label(key)
    except KeyError:
        return fallback


def places_list(places: list[Place]) -> list[dict[str, object]]:
    """Places as QML reads them (a list of maps)."""
    return [{"path": p.path, "label": p.label, "removable": p.removable} for p in places]


@QmlElement
@QmlUncreatable("the editor's desk makes its audit section")
class AuditLogPage(QObject):
    changed = Signal()

    def __init__(
        self,
        log: AuditLog,
        places: Callable[[], list[Place]],
        *,
        language: Callable[[], Language],
        label: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._places_of = places
        self._label = label
        self._prefix = ""
        self._total = 0
        self._places: list[Place] = []
        self._destination = ""
        self._message = ""
        self._failed = False
        self._entries = AuditEntryListModel(
            language, lambda action: labelled(label, "audit_" + action.replace(".", "_"), action), parent=self
        )
        self.work = BackgroundWork(lambda stage: labelled(label, "stage_" + stage, stage), parent=self)

    @Slot()
    def reload(self) -> None:
        """The newest page again (the section opened, or the filter changed), and the places."""
        found = self._log.page(limit=PAGE_SIZE, offset=0, action_prefix=self._prefix)
        self._entries.set_rows(found.entries)
        self._total = found.total
        self._places = self._places_of()
        if self._destination not in {p.path for p in self._places}:
            self._destination = self._places[0].path if self._places else ""
        self.changed.emit()

    @Slot()
    def loadMore(self) -> None:  # noqa: N802 - called from QML
        found = self._log.page(limit=PAGE_SIZE, offset=self._entries.rowCount(), action_prefix=self._prefix)
        self._entries.append_rows(found.entries)
        self._total = found.total
        self.changed.emit()

    @Slot(str)
    def setKind(self, prefix: str) -> None:  # noqa: N802 - called from QML
        self._prefix = prefix
        self.reload()

    @Slot(str)
    def chooseDestination(self, path: str) -> None:  # noqa: N802 - called from QML
        self._destination = path
        self.changed.emit()

    @Slot()
    def exportCsv(self) -> None:  # noqa: N802 - called from QML
        folder = self._destination
        self._message, self._failed = "", False
        self.work.start(lambda _progress, _cancel: self._log.export_csv(folder),
                        self._exported, self._refused)
        self.changed.emit()

    def _exported(self, path: str) -> None:
        self._message, self._failed = self._label("csvWritten").format(path=path), False
        self.changed.emit()

    def _refused(self, message: str) -> None:
        self._message, self._failed = message, True
        self.changed.emit()

    entries = Property(QObject, lambda self: self._entries, constant=True)
    worker = Property(BackgroundWork, lambda self: self.work, constant=True)
    kinds = Property(list, lambda self: [list(kind) for kind in KINDS], constant=True)  # [prefix, chrome key]
    kind = Property(str, lambda self: self._prefix, notify=changed)
    total = Property(int, lambda self: self._total, notify=changed)
    hasMore = Property(bool, lambda self: self._entries.rowCount() < self._total, notify=changed)
    places = Property(list, lambda self: places_list(self._places), notify=changed)
    destination = Property(str, lambda self: self._destination, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    failed = Property(bool, lambda self: self._failed, notify=changed)
