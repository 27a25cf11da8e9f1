"""Where the visitor is: a stack of pages, Home at the bottom. QML asks; the navigator decides.

QML calls `openBureau`, `openStory`, `openPhotos`, `openOverview`, `back`, `home`. The navigator
makes the page for the route and tells QML through `pushed(page)` or `poppedTo(depth)`; QML's
StackView shows what it is told, and never writes the navigation state back. "At Home" is
derived from the stack.

A popped page is not deleted at once: its screen may still be fading out and binds to it. It is
retired, and deleted once two further navigations have passed (screens fade in ~0.2 s).
"""

from __future__ import annotations

from itertools import chain

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import BureauKind, Exhibition, Language
from kiosk.ui.pages import BureauPage, HomePage, OverviewPage, Page, StoryPage, ViewerPage

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_RETIRE_AFTER = 2  # navigations a popped page outlives (its screen's exit transition)


@QmlElement
@QmlUncreatable("the kiosk window makes the navigator")
class Navigator(QObject):
    pushed = Signal(QObject, arguments=["page"])  # a page to show on top
    poppedTo = Signal(int, arguments=["depth"])  # pop the screens above this depth (1: Home)
    depthChanged = Signal()
    exhibitionChanged = Signal()

    def __init__(self, exhibition: Exhibition, *, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        self._pending: Exhibition | None = None  # published while the visitor was away from Home
        self._language = Language(language)
        self._home = HomePage(exhibition, self.language, parent=self)
        self._stack: list[Page] = [self._home]
        self._retired: list[tuple[int, Page]] = []
        self._navigations = 0

    # -- what the pages read -----------------------------------------------------------
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        """Every live page re-reads its texts in `language`."""
        self._language = Language(language)
        for page in self._stack + [page for _, page in self._retired]:
            page.language_changed()

    def exhibition(self) -> Exhibition:
        return self._exhibition

    def show_exhibition(self, exhibition: Exhibition) -> None:
        """A newly published exhibition: shown now if the visitor is at Home, else when they next are."""
        if self.at_home():
            self._apply(exhibition)
        else:
            self._pending = exhibition

    def _apply(self, exhibition: Exhibition) -> None:
        self._pending = None
        self._exhibition = exhibition
        self._home.show_exhibition(exhibition)
        self.exhibitionChanged.emit()

    # -- the stack ---------------------------------------------------------------------
    def pages(self) -> list[Page]:
        return list(self._stack)

    def current(self) -> Page:
        return self._stack[-1]

    def at_home(self) -> bool:
        return len(self._stack) == 1

    def _push(self, page: Page) -> None:
        self._navigated()
        self._stack.append(page)
        self.pushed.emit(page)
        self.depthChanged.emit()

    def _pop_to(self, depth: int) -> None:
        if depth >= len(self._stack):
            return
        self._navigated()
        popped, self._stack = self._stack[depth:], self._stack[:depth]
        self._retired.extend((self._navigations, page) for page in popped)
        self.poppedTo.emit(depth)
        self.depthChanged.emit()
        if depth == 1 and self._pending is not None:
            self._apply(self._pending)

    def _navigated(self) -> None:
        self._navigations += 1
        keep = []
        for when, page in self._retired:
            if self._navigations - when > _RETIRE_AFTER:
                page.deleteLater()
            else:
                keep.append((when, page))
        self._retired = keep

    # -- what QML asks -----------------------------------------------------------------
    @Slot(str)
    def openBureau(self, slug: str) -> None:  # noqa: N802 - called from QML
        bureau = self._exhibition.bureau(slug)
        if bureau is not None:
            self._push(BureauPage(bureau, self.language, parent=self))

    @Slot(QObject, str)
    def openStory(self, source: QObject, key: str) -> None:  # noqa: N802 - called from QML
        """A story tapped on `source` (a bureau page); found in any bureau where `source` has none."""
        first = source.bureau if isinstance(source, BureauPage) else None
        others = (  # each read whole (Home's index has no stories) only if it comes to that
            self._exhibition.bureau(b.slug)
            for b in self._exhibition.bureaus
            if first is None or b.slug != first.slug
        )
        for bureau in chain([first], others):
            if bureau is None:
                continue
            story = next((s for s in bureau.stories if s.key == key), None)
            if story is not None:
                self._push(StoryPage(bureau, story, self.language, parent=self))
                return

    @Slot(QObject, int)
    def openPhotos(self, source: QObject, index: int) -> None:  # noqa: N802 - called from QML
        """The viewer over `source`'s photos (a bureau's gallery or a story's), opened at `index`."""
        if isinstance(source, BureauPage | StoryPage) and source.photos():
            self._push(ViewerPage(source.photos(), index, self.language, parent=self))

    @Slot()
    def openOverview(self) -> None:  # noqa: N802 - called from QML
        self._push(OverviewPage(self._exhibition, self.language, parent=self))

    @Slot()
    def back(self) -> None:
        if len(self._stack) > 1:
            self._pop_to(len(self._stack) - 1)

    @Slot()
    def home(self) -> None:
        self._pop_to(1)

    depth = Property(int, lambda self: len(self._stack), notify=depthChanged)
    atHome = Property(bool, lambda self: self.at_home(), notify=depthChanged)
    homePage = Property(HomePage, lambda self: self._home, constant=True)
    provinceSlug = Property(
        str,
        lambda self: next((b.slug for b in self._exhibition.bureaus if b.kind is BureauKind.PROVINCE), ""),
        notify=exhibitionChanged,
    )
