"""Fixtures for the visitor screens: the real seeded reader, a built kiosk window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from qt_lifetime import dispose_kiosk

from kiosk.services.startup import open_store
from kiosk.settings import Settings, build_settings

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def visitor_store(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """A store seeded with the default exhibition, shared by the tests that only read it."""
    folder = tmp_path_factory.mktemp("visitor-store")
    shutil.copytree(seeded_template, folder, dirs_exist_ok=True)
    store = open_store(build_settings(data_dir=folder))
    yield store
    store.close()


@pytest.fixture(scope="session")
def reader(visitor_store):
    """The real store-backed reader over a database seeded with the default exhibition."""
    return visitor_store.exhibition


@pytest.fixture(scope="session")
def admin(visitor_store):
    """Admin mode's real services over the shared store (no PIN set there)."""
    from kiosk.app import admin_services

    return admin_services(visitor_store, build_settings(data_dir=Path("."), windowed=True))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'x.sqlite3'}",
        fullscreen=False,
        idle_enabled=False,
    )


@pytest.fixture
def make_kiosk(qapp, reader, admin, settings: Settings):
    """Build a kiosk window at a given size (over the seeded exhibition, or `over=` another
    reader); returns the KioskWindow. Its engine and window are destroyed when the test ends."""
    from kiosk.devtools import driving
    from kiosk.ui.window import build_kiosk

    built = []

    def make(size=(1920, 1080), *, animations=False, over=None, **overrides):
        kiosk = build_kiosk(qapp, over or reader, replace(settings, **overrides), admin=admin,
                            animations=animations)
        kiosk.window.resize(*size)
        kiosk.window.show()
        assert driving.wait_until(lambda: driving.find(kiosk.window, "overviewEntry") is not None)
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        dispose_kiosk(kiosk)
    built.clear()


@pytest.fixture
def kiosk(make_kiosk) -> Iterator:
    yield make_kiosk()


@pytest.fixture
def pin_store(seeded_template: Path, tmp_path: Path):
    """A store of its own, with the admin PIN set (as `kiosk set-pin` does)."""
    from helpers import PIN

    from kiosk.services.security import set_pin

    folder = tmp_path / "pin-data"
    shutil.copytree(seeded_template, folder)
    store = open_store(build_settings(data_dir=folder))
    set_pin(store.sessions, PIN, origin="cli")
    yield store
    store.close()


@pytest.fixture
def open_kiosk(qapp, settings: Settings):
    """Build a kiosk over a given store, with its real admin services (destroyed when the test ends)."""
    from kiosk.app import admin_services
    from kiosk.devtools import driving
    from kiosk.ui.window import build_kiosk

    built = []

    def make(store, **overrides):
        # The settings name the store's own database, so backups and restores copy that one.
        database = Path(store.engine.url.database)
        quiet = replace(
            settings, data_dir=database.parent, database_url=f"sqlite:///{database}", **overrides
        )
        services = admin_services(store, quiet)
        kiosk = build_kiosk(qapp, store.exhibition, quiet, admin=services, animations=False)
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        assert driving.wait_until(lambda: driving.find(kiosk.window, "overviewEntry") is not None)
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        dispose_kiosk(kiosk)
    built.clear()
