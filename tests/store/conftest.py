"""A seeded database, made once per session and copied for each test that changes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.services.startup import open_store
from kiosk.settings import build_settings


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
