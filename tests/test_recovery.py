"""Self-recovery at start: a database with damaged pages, or none at all, and the kiosk still shows
content; the damaged file is always kept. Real files, real commands."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.services import versions
from kiosk.services.backups import list_backups, take_backup
from kiosk.services.packages import import_package
from kiosk.services.seeding import default_exhibition_data
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

DEFAULT_HUAIHUA = next(b for b in default_exhibition_data()["bureaus"] if b["slug"] == "huaihua")


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=240,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def publish_slogan(data_dir: Path, zh: str) -> None:
    store = open_store(build_settings(data_dir=data_dir))
    try:
        document = versions.live_document(store.sessions)
        huaihua = next(b for b in document["bureaus"] if b["slug"] == "huaihua")
        huaihua["brand"]["slogan"] = {"zh": zh, "en": "", "origin": "exhibition"}
        versions.publish_document(store.sessions, document, origin="cli")
    finally:
        store.close()  # the last connection: SQLite checkpoints the WAL into the file


def shown_slogan(data_dir: Path) -> str:
    store = open_store(build_settings(data_dir=data_dir))
    try:
        return store.exhibition.exhibition().bureau("huaihua").brand.slogan.zh
    finally:
        store.close()


def damage_pages(database: Path, *, seed: int = 6) -> bytes:
    """Overwrite 64 KB of pages in the middle of the file; the 100-byte header stays intact."""
    wal = Path(f"{database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "everything is in the main file"
    data = bytearray(database.read_bytes())
    header = bytes(data[:100])
    noise = random.Random(seed).randbytes(64 * 1024)
    middle = len(data) // 2
    data[middle:middle + len(noise)] = noise
    assert bytes(data[:100]) == header
    database.write_bytes(bytes(data))
    return bytes(data)


def damaged_files(data_dir: Path) -> list[Path]:
    """The damaged databases set aside (their -wal and -shm files beside them not counted)."""
    found = data_dir.glob("exhibition.sqlite3.damaged-*")
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def test_damaged_pages_are_replaced_by_the_newest_good_backup_and_kept(
    seeded_data_dir: Path, tmp_path: Path
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    publish_slogan(seeded_data_dir, "第二版")
    good = take_backup(settings, "manual")
    publish_slogan(seeded_data_dir, "第三版")
    newest = take_backup(settings, "publish")
    damage_pages(newest, seed=1)  # the newest backup is damaged too: it must be passed over
    publish_slogan(seeded_data_dir, "第四版")
    database = seeded_data_dir / "exhibition.sqlite3"
    damaged = damage_pages(database)

    check = kiosk("check", "--data-dir", str(seeded_data_dir))
    assert check.returncode == 1
    first, *problems = check.stderr.splitlines()
    assert first.startswith("error: ") and first.endswith(("has 1 problem:", "problems:"))
    listed = ("integrity: ", "the database cannot be read", "… and")
    assert problems and all(p.startswith(listed) for p in problems)
    assert "Traceback" not in check.stderr

    result = kiosk("export", str(tmp_path / "after.zip"), "--data-dir", str(seeded_data_dir))

    assert result.returncode == 0, result.stderr
    warning = result.stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("warning: the exhibition database is damaged")
    assert good.name in warning[0] and "the damaged file is kept as exhibition.sqlite3.damaged-" in warning[0]
    [kept] = damaged_files(seeded_data_dir)
    assert kept.read_bytes() == damaged, "the damaged file is kept byte for byte, only renamed"
    assert shown_slogan(seeded_data_dir) == "第二版"
    assert kiosk("check", "--data-dir", str(seeded_data_dir)).returncode == 0
    assert newest.exists() and good.exists(), "backups are never consumed"


def test_with_no_good_backup_the_default_exhibition_is_shown_and_the_damage_kept(
    seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publish_slogan(seeded_data_dir, "改过的标语")
    database = seeded_data_dir / "exhibition.sqlite3"
    damaged = damage_pages(database)

    store = open_store(build_settings(data_dir=seeded_data_dir))
    try:
        assert store.recovery is not None and store.recovery.restored_from is None
        shown = store.exhibition.exhibition().bureau("huaihua")
        assert shown.brand.slogan.zh == DEFAULT_HUAIHUA["brand"]["slogan"]["zh"]
    finally:
        store.close()
    err = capsys.readouterr().err
    assert "warning: the exhibition database is damaged" in err and "default exhibition" in err
    [kept] = damaged_files(seeded_data_dir)
    assert kept.read_bytes() == damaged


def test_a_header_that_is_not_sqlite_is_damage_too_and_kept(
    seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    take_backup(settings, "daily")
    database = seeded_data_dir / "exhibition.sqlite3"
    database.write_bytes(b"not a database, just bytes " * 200)
    assert main(["export", str(tmp_path / "p.zip"), "--data-dir", str(seeded_data_dir)]) == 0
    assert "(file is not a database): restored from the backup" in capsys.readouterr().err
    [kept] = damaged_files(seeded_data_dir)
    assert kept.read_bytes().startswith(b"not a database")


def test_a_missing_database_is_restored_from_the_newest_good_backup(
    seeded_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publish_slogan(seeded_data_dir, "备份里的标语")
    take_backup(build_settings(data_dir=seeded_data_dir), "publish")
    (seeded_data_dir / "exhibition.sqlite3").unlink()
    assert shown_slogan(seeded_data_dir) == "备份里的标语"
    assert "exhibition database is missing: restored from the backup" in capsys.readouterr().err
    assert damaged_files(seeded_data_dir) == []


def test_the_damaged_files_write_ahead_log_is_kept_beside_it(
    seeded_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = seeded_data_dir / "exhibition.sqlite3"
    damage_pages(database)
    Path(f"{database}-wal").write_bytes(b"a write-ahead log that belongs to the damaged file")
    open_store(build_settings(data_dir=seeded_data_dir), seed=False).close()
    [kept] = damaged_files(seeded_data_dir)
    assert Path(f"{kept}-wal").read_bytes().startswith(b"a write-ahead log")


def test_a_database_from_a_newer_kiosk_is_refused_not_treated_as_damage(
    seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    take_backup(build_settings(data_dir=seeded_data_dir), "manual")
    database = seeded_data_dir / "exhibition.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = database.read_bytes()
    assert main(["export", str(tmp_path / "p.zip"), "--data-dir", str(seeded_data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the database's schema is not one this kiosk knows") and err.count("\n") == 1
    assert database.read_bytes() == before and damaged_files(seeded_data_dir) == []


def test_a_full_disk_refuses_the_import_in_one_line_and_loses_nothing(
    seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from services.package_samples import new_photo, read_entries, with_content, write_entries
    from sqlalchemy import event

    assert main(["export", str(tmp_path / "old.zip"), "--data-dir", str(seeded_data_dir)]) == 0
    photo, media = new_photo("big", (90, 10, 10), size=(2400, 1600))
    entries = {**with_content(read_entries(tmp_path / "old.zip"),
                              lambda d: d["bureaus"][0]["photos"].append(photo)), **media}
    package = write_entries(tmp_path / "new.zip", entries)
    capsys.readouterr()

    settings = build_settings(data_dir=seeded_data_dir)
    store = open_store(settings)
    before = versions.live_document(store.sessions)
    store.engine.dispose()
    pages = sqlite3.connect(seeded_data_dir / "exhibition.sqlite3").execute("PRAGMA page_count").fetchone()[0]

    # SQLite's max_page_count makes the database file full: the same SQLITE_FULL a full disk gives.
    @event.listens_for(store.engine, "connect")
    def _cap(connection, _record) -> None:  # noqa: ANN001
        connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    try:
        with pytest.raises(Exception) as refused:
            import_package(store.sessions, settings, package)
        assert str(refused.value) == "the disk is full, so nothing was imported; the exhibition is unchanged"
        assert versions.live_document(store.sessions) == before
    finally:
        store.close()
    assert main(["check", "--data-dir", str(seeded_data_dir)]) == 0
    assert [b.reason for b in list_backups(settings)] == ["import"], "the backup before it is there"


def test_a_data_folder_whose_name_has_spaces_hashes_and_chinese_recovers_too(
    seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "展览 #1 (备份)"
    seeded_data_dir.rename(folder)
    publish_slogan(folder, "特别的文件夹")
    take_backup(build_settings(data_dir=folder), "manual")
    damage_pages(folder / "exhibition.sqlite3")
    assert shown_slogan(folder) == "特别的文件夹"
    assert "restored from the backup" in capsys.readouterr().err
    assert main(["check", "--data-dir", str(folder)]) == 0
