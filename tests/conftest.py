"""Session set-up: every test runs offscreen with throw-away folders and only the bundled font.

The environment is set in `pytest_configure`, before any QApplication exists: Qt reads
QT_QPA_PLATFORM and fontconfig reads FONTCONFIG_FILE once, at start.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import qt_lifetime

from kiosk.services.startup import open_store
from kiosk.settings import build_settings
from kiosk.ui.input_method import use_virtual_keyboard

_EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def pytest_configure(config: pytest.Config) -> None:
    root = Path(tempfile.mkdtemp(prefix="kiosk-tests-"))
    for name in ("cache", "config", "data", "kiosk-data", "fontconfig-cache"):
        (root / name).mkdir()
    fonts_conf = root / "fonts.conf"
    # No <dir>: the system's Chinese fonts are hidden, so only the bundled font can render.
    fonts_conf.write_text(_EMPTY_FONTCONFIG.format(cache=root / "fontconfig-cache"), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CACHE_HOME"] = str(root / "cache")
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    os.environ["XDG_DATA_HOME"] = str(root / "data")
    os.environ["KIOSK_DATA_DIR"] = str(root / "kiosk-data")
    os.environ["FONTCONFIG_FILE"] = str(fonts_conf)
    os.environ.pop("QT_SCALE_FACTOR", None)
    use_virtual_keyboard()  # as the app does: Pinyin on the touchscreen in admin mode
    config.stash[_ROOT] = root
    # Windows and engines die with their test, and a warning while they go fails it.
    config.pluginmanager.register(qt_lifetime, "qt_lifetime")


_ROOT = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def session_tmp(pytestconfig: pytest.Config) -> Path:
    """The session's throw-away root (XDG folders and KIOSK_DATA_DIR live under it)."""
    return pytestconfig.stash[_ROOT]


# --- the real, seeded exhibition database ----------------------------------------------


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded-template")
    open_store(build_settings(data_dir=folder)).close()
    return folder


@pytest.fixture
def seeded_data_dir(seeded_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    return folder


@pytest.fixture
def seeded_store(seeded_data_dir: Path):
    store = open_store(build_settings(data_dir=seeded_data_dir))
    yield store
    store.close()


@pytest.fixture(scope="session")
def seeded_exhibition(seeded_template: Path):
    store = open_store(build_settings(data_dir=seeded_template))
    exhibition = store.exhibition.exhibition()
    store.close()
    return exhibition


@pytest.fixture(scope="session")
def qapp_cls():
    """The suite runs under a QGuiApplication, as the kiosk does (no widgets anywhere)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication
