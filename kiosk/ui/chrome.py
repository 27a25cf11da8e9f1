"""The screens' own words (buttons, headings) in the visitor's language, as one QML property.

`chrome.t.home` in QML; the map is built once per language switch, not per binding.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.session import VisitorSession
from kiosk.ui.strings import chrome_strings

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("the kiosk window makes the chrome strings")
class ChromeStrings(QObject):
    """Every chrome string of `kiosk/ui/strings.py` in the session's language."""

    changed = Signal()

    def __init__(self, session: VisitorSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._strings = chrome_strings(session.language_enum())
        session.languageChanged.connect(self._follow_language)

    def _follow_language(self) -> None:
        self._strings = chrome_strings(self._session.language_enum())
        self.changed.emit()

    def get(self, key: str) -> str:
        return self._strings[key]

    t = Property("QVariantMap", lambda self: self._strings, notify=changed)
