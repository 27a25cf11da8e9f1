"""The editor's desk: what admin mode shows once the PIN is right.

Sections: "exhibition" (its texts), "bureaus" (order, hidden, removed), "bureau" (one bureau's
texts), "versions" (restore any), "trash" (restore), and the preview of the draft through the
real visitor screens. Every change goes straight to the draft; visitors see it after Publish.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.desk_rows import DraftState
from kiosk.content.types import Exhibition, Language, LocalizedText
from kiosk.errors import KioskError
from kiosk.services.validation import exhibition_texts
from kiosk.ui.admin.audit_page import AuditLogPage
from kiosk.ui.admin.backups_page import BackupsPage
from kiosk.ui.admin.fields import Field, FieldListModel
from kiosk.ui.admin.lists import (
    AdminBureauListModel,
    PhotoRowModel,
    StoryRowModel,
    TrashListModel,
    VersionListModel,
)
from kiosk.ui.admin.packages_page import PackagesPage
from kiosk.ui.admin.photo_browser import PhotoBrowser
from kiosk.ui.admin.ports import AuditLog, BackupDesk, DraftEditor, PackageDesk, PhotoImporter, PreviewSource
from kiosk.ui.navigator import Navigator

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

LATER_FIELDS = ("sections.", "figures.", "timeline.")


def _single(value: str) -> LocalizedText:
    """A value that reads the same in both languages (a figure, a year), as a field shows it."""
    return LocalizedText(zh=value, en=value)
EXHIBITION_FIELDS = (
    "exhibition.title", "exhibition.programme", "exhibition.theme", "exhibition.introduction",
    "credits.reporter", "credits.source", "credits.editor", "credits.reprint_statement",
)


@QmlElement
@QmlUncreatable("made by the kiosk window for admin mode")
class EditorDesk(QObject):
    changed = Signal()  # section, state, message
    previewChanged = Signal()

    def __init__(
        self,
        editor: DraftEditor,
        preview: PreviewSource,
        *,
        audit: AuditLog,
        packages: PackageDesk,
        backups: BackupDesk,
        photos: PhotoImporter,
        photo_roots: Sequence[Path],
        language: Callable[[], Language],
        label: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._preview_source = preview
        self._language = language
        self._label = label  # a chrome string by key
        self._section = "bureaus"
        self._bureau = ""
        self._message = ""
        self._state = DraftState(False, False)
        self._preview: Navigator | None = None
        self._exhibition_fields = FieldListModel(self._save, parent=self)
        self._bureau_fields = FieldListModel(self._save, parent=self)
        self._stories = StoryRowModel(language, parent=self)
        self._bureau_photos = PhotoRowModel(language, parent=self)
        self._photos = PhotoBrowser(photos, photo_roots, language=language, label=label, parent=self)
        self._photos.finished.connect(self.refresh)
        self._bureaus = AdminBureauListModel(language, parent=self)
        self._versions = VersionListModel(language, parent=self)
        self._trash = TrashListModel(language, parent=self)
        # The audit log, packages and backups sections (an import or restore is a new version).
        self.audit_page = AuditLogPage(audit, lambda: packages.places(), language=language, label=label,
                                       parent=self)
        self.packages_page = PackagesPage(packages, language=language, label=label,
                                          on_published=self.refresh, parent=self)
        self.backups_page = BackupsPage(backups, language=language, label=label,
                                        on_published=self.refresh, parent=self)

    # -- reading the draft ---------------------------------------------------------------
    def _draft(self) -> Exhibition:
        return self._editor.draft()

    def _fields(self, exhibition: Exhibition, wanted: list[str]) -> list[Field]:
        texts = dict(exhibition_texts(exhibition))
        for figure in exhibition.figures:  # numbers as printed, and years: one box each
            texts[f"figures.{figure.key}.value"] = _single(str(figure.value))
            texts[f"figures.{figure.key}.year"] = _single(str(figure.year or ""))
        for event in exhibition.timeline:
            texts[f"timeline.{event.key}.year"] = _single(str(event.year or ""))
        return [Field(path, self._field_label(path), texts[path]) for path in wanted if path in texts]

    def _field_label(self, path: str) -> str:
        parts = path.split(".")
        key = "field_" + (parts[-2] + "_" + parts[-1] if parts[-2] == "brand" else parts[-1])
        try:
            label = self._label(key)
        except KeyError:
            label = parts[-1]
        if parts[0] in ("sections", "figures", "timeline", "stories", "photos") and len(parts) == 3:
            return f"{self._label('kind_' + parts[0])} {parts[1]} · {label}"  # which one, then what
        return label

    @Slot()
    def refresh(self) -> None:
        """Re-read the draft, its state against the live version, the versions and the trash."""
        exhibition = self._draft()
        # The exhibition's own texts, then its sections, headline figures and milestones.
        later = [path for path, _ in exhibition_texts(exhibition) if path.startswith(LATER_FIELDS)]
        later += [f"figures.{f.key}.{name}" for f in exhibition.figures for name in ("value", "year")]
        later += [f"timeline.{e.key}.year" for e in exhibition.timeline]
        self._exhibition_fields.set_fields(self._fields(exhibition, [*EXHIBITION_FIELDS, *later]))
        self._bureaus.set_rows(exhibition.bureaus)
        if self._bureau:
            self._load_bureau(exhibition, self._bureau)
        self._versions.set_rows(self._editor.versions())
        self._trash.set_rows(self._editor.trash())
        self._state = self._editor.state()
        self.changed.emit()

    def _load_bureau(self, exhibition: Exhibition, slug: str) -> None:
        bureau = exhibition.bureau(slug)
        if bureau is None:
            self._bureau = ""
            return
        prefix = f"bureaus.{slug}."
        wanted = [prefix + name for name in ("name", "city", "brand.name", "brand.slogan", "brand.concept",
                                             "focus", "summary")]
        for story in bureau.stories:
            wanted += [f"stories.{story.key}.{name}" for name in ("title", "summary", "body")]
        for photo in bureau.every_photo():
            wanted += [f"photos.{photo.key}.caption", f"photos.{photo.key}.credit"]
        self._bureau_fields.set_fields(self._fields(exhibition, wanted))
        self._stories.set_rows(bureau.stories)
        self._bureau_photos.cover_key = bureau.cover.key if bureau.cover is not None else ""
        self._bureau_photos.set_rows(((bureau.cover,) if bureau.cover is not None else ()) + bureau.photos)

    # -- saving -----------------------------------------------------------------------------
    def _save(self, path: str, value) -> None:
        self._editor.set_text(path, value)
        self._state = self._editor.state()
        self._message = ""
        self.changed.emit()

    def _attempt(self, work: Callable[[], object], done: str = "") -> bool:
        try:
            work()
        except KioskError as exc:
            self._message = str(exc)
            self.changed.emit()
            return False
        self._message = done
        self.refresh()
        return True

    # -- what the editor taps -------------------------------------------------------------
    @Slot(str)
    def show(self, section: str) -> None:
        self._section = section
        self._message = ""
        self.changed.emit()

    @Slot(str)
    def openBureau(self, slug: str) -> None:  # noqa: N802 - called from QML
        self._bureau = slug
        self._load_bureau(self._draft(), slug)
        self.show("bureau")

    @Slot()
    def addBureau(self) -> None:  # noqa: N802 - called from QML
        """A new bureau at the end of Home, opened for the editor to name."""
        added: list[str] = []
        if self._attempt(lambda: added.append(self._editor.add_bureau())):
            self.openBureau(added[0])

    @Slot()
    def addStory(self) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.add_story(self._bureau))

    @Slot(str, int)
    def moveStory(self, key: str, step: int) -> None:  # noqa: N802 - called from QML
        keys = [s.key for s in self._stories.rows()]
        if key in keys and 0 <= keys.index(key) + step < len(keys):
            self._attempt(lambda: self._editor.move_story(key, keys.index(key) + step))

    @Slot(str, str)
    def moveStoryTo(self, key: str, bureau: str) -> None:  # noqa: N802 - called from QML
        """Move a story to the end of another bureau's stories."""
        self._attempt(lambda: self._editor.move_story(key, -1, to_bureau=bureau), self._label("storyMoved"))

    @Slot(str, bool)
    def setStoryHidden(self, key: str, hidden: bool) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.set_story_hidden(key, hidden))

    @Slot(str)
    def removeStory(self, key: str) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.remove_story(key), self._label("movedToTrash"))

    @Slot(str)
    def setCover(self, key: str) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.set_cover(key))

    @Slot(str, int)
    def movePhoto(self, key: str, step: int) -> None:  # noqa: N802 - called from QML
        keys = [p.key for p in self._bureau_photos.rows() if p.key != self._bureau_photos.cover_key]
        if key in keys and 0 <= keys.index(key) + step < len(keys):  # within the gallery
            self._attempt(lambda: self._editor.move_photo(key, keys.index(key) + step))

    @Slot(str)
    def removePhoto(self, key: str) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.remove_photo(key), self._label("movedToTrash"))

    @Slot()
    def addPhotos(self) -> None:  # noqa: N802 - called from QML
        """The photo browser, adding to the bureau being edited."""
        if self._bureau:
            self._photos.start(self._bureau)
            self.show("photos")

    def photo_browser(self) -> PhotoBrowser:
        return self._photos

    @Slot(int, int)
    def moveBureau(self, row: int, to: int) -> None:  # noqa: N802 - called from QML
        bureaus = self._bureaus.rows()
        if 0 <= row < len(bureaus) and 0 <= to < len(bureaus) and row != to:
            self._attempt(lambda: self._editor.move_bureau(bureaus[row].slug, to))

    @Slot(str, bool)
    def setBureauHidden(self, slug: str, hidden: bool) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.set_bureau_hidden(slug, hidden))

    @Slot(str)
    def removeBureau(self, slug: str) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.remove_bureau(slug), self._label("movedToTrash"))

    @Slot()
    def publish(self) -> None:
        self._attempt(lambda: self._editor.publish(), self._label("published"))

    @Slot()
    def publishAnyway(self) -> None:  # noqa: N802 - called from QML
        """Publish over a newer live version, after the editor read what it changed."""
        self._attempt(lambda: self._editor.publish(replace_newer=True), self._label("published"))

    @Slot()
    def discard(self) -> None:
        self._attempt(self._editor.discard, self._label("discarded"))

    @Slot(int)
    def restoreVersion(self, version_id: int) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.restore_version(version_id), self._label("restored"))

    @Slot(int)
    def restoreFromTrash(self, trash_id: int) -> None:  # noqa: N802 - called from QML
        self._attempt(lambda: self._editor.restore_from_trash(trash_id), self._label("restoredFromTrash"))

    @Slot()
    def openPreview(self) -> None:  # noqa: N802 - called from QML
        """The draft through the real visitor screens (its own navigator, over the draft)."""
        self._preview = Navigator(self._preview_source.exhibition(), language=self._language(), parent=self)
        self.previewChanged.emit()

    @Slot()
    def closePreview(self) -> None:  # noqa: N802 - called from QML
        preview, self._preview = self._preview, None
        self.previewChanged.emit()
        if preview is not None:
            preview.deleteLater()

    def bureau_fields(self) -> list[Field]:
        """The open bureau's fields, in the order its editor lists them."""
        return self._bureau_fields.fields()

    def state(self) -> DraftState:
        return self._state

    def stop_work(self) -> None:
        """Cancel an export, import, backup or restore still running, and wait for it to stop."""
        for page in (self.audit_page, self.packages_page, self.backups_page):
            page.work.cancel()
            page.work.wait(30.0)

    def _status(self) -> str:
        if self._state.is_stale:
            return self._label("stateStale")
        return self._label("stateChanged") if self._state.has_changes else self._label("stateSame")

    section = Property(str, lambda self: self._section, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    status = Property(str, _status, notify=changed)
    hasChanges = Property(bool, lambda self: self._state.has_changes, notify=changed)
    stale = Property(bool, lambda self: self._state.is_stale, notify=changed)
    changeLines = Property(list, lambda self: list(self._state.changes), notify=changed)
    bureauSlug = Property(str, lambda self: self._bureau, notify=changed)
    exhibitionFields = Property(FieldListModel, lambda self: self._exhibition_fields, constant=True)
    bureauFields = Property(FieldListModel, lambda self: self._bureau_fields, constant=True)
    photos = Property(PhotoBrowser, lambda self: self._photos, constant=True)
    stories = Property(QObject, lambda self: self._stories, constant=True)
    bureauPhotos = Property(QObject, lambda self: self._bureau_photos, constant=True)
    bureaus = Property(QObject, lambda self: self._bureaus, constant=True)
    versions = Property(QObject, lambda self: self._versions, constant=True)
    trash = Property(QObject, lambda self: self._trash, constant=True)
    preview = Property(Navigator, lambda self: self._preview, notify=previewChanged)
    auditLog = Property(AuditLogPage, lambda self: self.audit_page, constant=True)
    packages = Property(PackagesPage, lambda self: self.packages_page, constant=True)
    backups = Property(BackupsPage, lambda self: self.backups_page, constant=True)
