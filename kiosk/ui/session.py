"""The visitor's session: the language they read in, whether the kiosk is at rest, and the reset
for the next visitor.

QML reads `session.language` and calls `toggleLanguage()`; the idle monitor asks `at_rest()`
and, when a quiet spell runs out, calls `reset_for_next_visitor()`.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.types import Language
from kiosk.ui.navigator import Navigator

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("the kiosk window makes the one session")
class VisitorSession(QObject):
    """One visitor at a time: their language; Home in the default language is "at rest"."""

    languageChanged = Signal()

    def __init__(
        self,
        navigator: Navigator,
        *,
        default_language: Language = Language.ZH,
        animations: bool = True,
        min_touch_px: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._navigator = navigator
        self._default_language = Language(default_language)
        self._language = self._default_language
        self._animations = animations
        self._min_touch_px = min_touch_px

    def language_enum(self) -> Language:
        return self._language

    def _get_language(self) -> str:
        return self._language.value

    @Slot(str)
    def setLanguage(self, language: str) -> None:  # noqa: N802 - called from QML
        new = Language(language)
        if new is not self._language:
            self._language = new
            self.languageChanged.emit()

    @Slot()
    def toggleLanguage(self) -> None:  # noqa: N802 - called from QML
        self.setLanguage(Language.EN if self._language is Language.ZH else Language.ZH)

    language = Property(str, _get_language, notify=languageChanged)
    # Constants of the window: whether screens animate (off for screenshots and tests) and the
    # smallest touch target at 1080p (the theme scales it with the screen).
    animations = Property(bool, lambda self: self._animations, constant=True)
    minTouch = Property(int, lambda self: self._min_touch_px, constant=True)

    def at_rest(self) -> bool:
        """Home in the default language: nothing for the idle countdown to undo."""
        return self._navigator.at_home() and self._language is self._default_language

    def reset_for_next_visitor(self) -> None:
        """Idle expiry: back to the default language and Home."""
        self.setLanguage(self._default_language)
        self._navigator.home()
