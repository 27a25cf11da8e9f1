"""A kiosk that ran the first schema (0001) keeps all its content when a newer kiosk upgrades
it: every story and photo is still there, for the editor and for visitors."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from kiosk.services.drafts import draft_exhibition
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

LATER_TABLES = (
    "version_parts", "version_media", "published_versions",
    "trash_media", "trash", "audit_log", "admin_secrets",
)
LATER_COLUMNS = (("bureaus", "hidden"), ("stories", "hidden"), ("exhibitions", "base_version_id"))


def _as_first_schema(database: Path) -> None:
    """Turn a seeded database back into what schema 0001 wrote (content rows untouched)."""
    with sqlite3.connect(database) as db:  # foreign keys off: nothing cascades here
        for table in LATER_TABLES:
            db.execute(f"DROP TABLE IF EXISTS {table}")
        for table, column in LATER_COLUMNS:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute("UPDATE alembic_version SET version_num = '0001'")


def _counts(database: Path) -> tuple[int, int, int]:
    with sqlite3.connect(database) as db:
        tables = ("bureaus", "stories", "photos")
        return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def test_upgrading_from_the_first_schema_loses_no_story_or_photo(
    seeded_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    database = folder / "exhibition.sqlite3"
    _as_first_schema(database)
    before = _counts(database)
    assert before[1] > 0 and before[2] > 0

    store = open_store(build_settings(data_dir=folder))
    try:
        assert _counts(database) == before
        for exhibition in (draft_exhibition(store.sessions), store.exhibition.exhibition()):
            assert sum(len(b.stories) for b in exhibition.bureaus) == before[1]
            assert len({p.key for b in exhibition.bureaus for p in b.every_photo()}) == before[2]
    finally:
        store.close()


def test_upgrading_from_whole_documents_splits_every_kept_version_for_visitors(
    seeded_template: Path, tmp_path: Path
) -> None:
    """A database from before version parts (0003) gets them for every version it keeps, so its
    visitors' Home reads the index and each panel comes whole."""
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    database = folder / "exhibition.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("DROP TABLE version_parts")
        db.execute("UPDATE alembic_version SET version_num = '0003'")

    store = open_store(build_settings(data_dir=folder))
    try:
        whole, home = store.exhibition.exhibition(), store.exhibition.home()
        assert home.is_index and not any(b.stories for b in home.bureaus)
        assert [b.slug for b in home.bureaus] == [b.slug for b in whole.bureaus]
        assert all(home.bureau(b.slug) == b for b in whole.bureaus)
    finally:
        store.close()
    with sqlite3.connect(database) as db:
        versions = db.execute("SELECT count(*) FROM published_versions").fetchone()[0]
        homes = db.execute("SELECT count(*) FROM version_parts WHERE part = 'home'").fetchone()[0]
    assert versions >= 1 and homes == versions
