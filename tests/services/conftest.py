"""Fixtures for the services: the real seeded database, and a visitor reading it as the kiosk does."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.services.exhibition import ExhibitionService


@pytest.fixture
def database(seeded_data_dir: Path) -> Path:
    return seeded_data_dir / "exhibition.sqlite3"


@pytest.fixture
def visitor(seeded_store, database: Path):
    """What a running kiosk shows: the real `ExhibitionService`, on its own connection."""
    service = ExhibitionService.for_sqlite_file(database)
    yield service
    service.close()
