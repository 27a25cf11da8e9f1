"""Every Qt window and QML engine a test makes is gone when its test ends, and its teardown is
quiet: a pytest plugin (loaded by tests/conftest.py) plus `dispose_kiosk`, how tests end a kiosk.

pytest-qt fails a test on a Qt warning during its body only; its message handler is removed
before fixtures tear down. Here a handler of our own is installed around each test's teardown,
and a Qt or QML warning there (a binding that breaks while an engine goes, a destroyed object
still used) fails the test. After the teardown, posted deferred deletions are carried out and
any window still alive that was not alive before the test fails it: an engine left to the
garbage collector keeps its window, and the ones made here are held by connections Python's
collector cannot see through, so they would live for the rest of the session.
"""

from __future__ import annotations

import re
import sys

import pytest

_BEFORE = pytest.StashKey[set[int]]()


def _app():
    """The running QGuiApplication, or None (a test that never touched Qt has nothing to check)."""
    if "PySide6.QtGui" not in sys.modules:
        return None
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance()


def _address(obj) -> int:
    import shiboken6

    return shiboken6.getCppPointer(obj)[0]


def live_windows() -> list:
    """Every QWindow that exists now (shown or not)."""
    from PySide6.QtGui import QGuiApplication

    return list(QGuiApplication.allWindows())


def delete_deferred() -> None:
    """Carry out every `deleteLater` posted so far (a test's code runs outside any event loop)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def dispose_kiosk(kiosk) -> None:
    """End a KioskWindow as a process that goes on must (`KioskWindow.dispose`), and check that
    its QML engine and window are really gone."""
    import shiboken6

    engine, window = kiosk.engine, kiosk.window
    kiosk.dispose()
    assert not shiboken6.isValid(engine), "the kiosk's QML engine outlived its disposal"
    assert not shiboken6.isValid(window), "the kiosk's window outlived its engine"


def _describe(window) -> str:
    name = window.objectName() or window.title() or "untitled"
    return f"{window.metaObject().className()} {name!r} ({'shown' if window.isVisible() else 'hidden'})"


class TeardownWarnings:
    """Qt messages of warning level and above while installed, minus the ignored patterns."""

    _LEVELS = ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")

    def __init__(self, ignore: list[str]) -> None:
        self._ignore = [re.compile(p) for p in ignore]
        self.messages: list[str] = []
        self._previous = None

    def __enter__(self) -> TeardownWarnings:
        from PySide6.QtCore import qInstallMessageHandler

        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *exc) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self._previous)

    def _handle(self, kind, context, message: str) -> None:
        if kind.name in self._LEVELS and not any(p.search(message) for p in self._ignore):
            self.messages.append(f"{kind.name}: {message}")


def _ignored(item: pytest.Item) -> list[str]:
    patterns = list(item.config.getini("qt_log_ignore"))
    for mark in item.iter_markers("qt_log_ignore"):
        patterns.extend(mark.args)
    return patterns


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    app = _app()
    item.stash[_BEFORE] = {_address(w) for w in live_windows()} if app is not None else set()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem):
    if _app() is None:
        return (yield)
    with TeardownWarnings(_ignored(item)) as warnings:
        result = yield
        delete_deferred()
    before = item.stash.get(_BEFORE, set())
    survivors = [w for w in live_windows() if _address(w) not in before]
    problems = []
    if survivors:
        problems.append(
            f"{len(survivors)} Qt window(s) made by this test outlived it: "
            + "; ".join(_describe(w) for w in survivors)
            + " (destroy the QML engine at the end of the test: qt_lifetime.dispose_kiosk)"
        )
    if warnings.messages:
        problems.append("Qt warnings during teardown:\n  " + "\n  ".join(warnings.messages))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
    return result
