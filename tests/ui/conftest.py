"""Fixtures for the visitor screens: the real seeded reader, a built kiosk window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.services.startup import open_store
from kiosk.settings import Settings, build_settings

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def reader(seeded_template: Path):
    """The real store-backed reader over a database seeded with the default exhibition."""
    store = open_store(build_settings(data_dir=seeded_template))
    yield store.exhibition
    store.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'x.sqlite3'}",
        fullscreen=False,
        idle_enabled=False,
    )


@pytest.fixture
def make_kiosk(qapp, reader, settings: Settings):
    """Build (and afterwards close) a kiosk window at a given size; returns the KioskWindow."""
    from kiosk.devtools import driving
    from kiosk.ui.window import build_kiosk

    built = []

    def make(size=(1920, 1080), *, animations=False, **overrides):
        kiosk = build_kiosk(qapp, reader, replace(settings, **overrides), animations=animations)
        kiosk.window.resize(*size)
        kiosk.window.show()
        assert driving.wait_until(lambda: driving.find(kiosk.window, "overviewEntry") is not None)
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.close()
    built.clear()


@pytest.fixture
def kiosk(make_kiosk) -> Iterator:
    yield make_kiosk()
