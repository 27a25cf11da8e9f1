"""The suite's own guard (tests/qt_lifetime.py) fails a test whose window outlives it or whose
teardown warns, and passes one that destroys its engine: run on probe tests in a pytest of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBES = '''
from PySide6.QtQml import QQmlApplicationEngine
import pytest
from qt_lifetime import delete_deferred

WINDOW = b"import QtQuick\\nWindow { objectName: %s; width: 100; height: 80; visible: true }"
kept = []


def load(name, extra=b""):
    engine = QQmlApplicationEngine()
    engine.loadData(WINDOW.replace(b"}", extra + b" }") % repr(name).encode())
    assert engine.rootObjects()
    return engine


def test_leaves_its_engine_alive(qapp):
    kept.append(load("leaked"))  # closed, but its engine lives on: so does its window
    kept[-1].rootObjects()[0].close()


def test_destroys_its_engine(qapp):
    engine = load("disposed")
    engine.rootObjects()[0].close()
    engine.deleteLater()


@pytest.fixture
def noisy(qapp):
    engine = load("noisy", b'; Component.onDestruction: console.warn("still bound while going")')
    yield engine
    engine.deleteLater()
    delete_deferred()


def test_warns_while_torn_down(noisy):
    assert noisy.rootObjects()
'''


@pytest.fixture(scope="module")
def probe_run(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("lifetime-probe")
    (folder / "test_probes.py").write_text(PROBES, encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parent)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "qt_lifetime", "-p", "no:cacheprovider", "-rA", "-q"],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120,
    )
    return result.stdout + result.stderr


def test_a_window_that_outlives_its_test_fails_it(probe_run: str) -> None:
    assert "ERROR test_probes.py::test_leaves_its_engine_alive" in probe_run, probe_run
    assert "1 Qt window(s) made by this test outlived it" in probe_run
    assert "'leaked' (hidden)" in probe_run


def test_a_test_that_destroys_its_engine_passes(probe_run: str) -> None:
    assert "PASSED test_probes.py::test_destroys_its_engine" in probe_run, probe_run
    assert "ERROR test_probes.py::test_destroys_its_engine" not in probe_run
    assert "'disposed'" not in probe_run


def test_a_qml_warning_during_teardown_fails_the_test(probe_run: str) -> None:
    assert "ERROR test_probes.py::test_warns_while_torn_down" in probe_run, probe_run
    assert "Qt warnings during teardown" in probe_run and "still bound while going" in probe_run
