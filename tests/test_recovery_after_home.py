"""A kiosk's start checks only what Home reads; every page is checked once Home is up. Damage
found then ends the kiosk with one line, and its next start recovers from the newest backup."""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from test_recovery import damaged_files, publish_slogan, shown_slogan
from test_run_lifecycle import _messages

from kiosk.services.backups import take_backup
from kiosk.services.recovery import (
    mark_for_whole_check,
    prepare_database,
    whole_check_mark,
    whole_file_damage,
)
from kiosk.services.startup import open_store
from kiosk.settings import build_settings


def damage_table(database: Path, table: str) -> None:
    """Overwrite the root page of `table` (one of the editor's draft tables, which Home never
    reads) with noise; every other page stays as it was."""
    with sqlite3.connect(database) as db:
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
                          (table,)).fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    assert root > 1
    with open(database, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(random.Random(root).randbytes(size))


def test_damage_outside_homes_tables_is_found_by_the_whole_check_and_recovered_at_the_next_start(
    seeded_data_dir: Path,
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    database = seeded_data_dir / "exhibition.sqlite3"
    good = take_backup(settings, "manual")
    damage_table(database, "texts")

    assert prepare_database(settings, database, whole=False).recovery is None  # Home's tables: whole
    reason = whole_file_damage(database)
    assert reason is not None and reason.startswith("is damaged")

    mark_for_whole_check(database)
    prepared = prepare_database(settings, database, whole=False)
    assert prepared.recovery is not None and prepared.recovery.restored_from == good
    assert not whole_check_mark(database).exists()
    assert whole_file_damage(database) is None


def _break_homes_index(database: Path) -> None:
    with sqlite3.connect(database) as db:
        db.execute("UPDATE version_parts SET document = '{\"exhibition\": ' WHERE part = 'home'")
    db.close()


def test_what_home_shows_is_read_at_open_and_damage_there_is_recovered_before_it_shows(
    seeded_data_dir: Path,
) -> None:
    """A kiosk's start checks no pages before Home: it reads and parses Home's index instead, and
    an index that cannot be read (a page SQLite calls damaged, or text that is no longer JSON)
    sets the file aside and restores the newest good backup at once."""
    settings = build_settings(data_dir=seeded_data_dir)
    database = seeded_data_dir / "exhibition.sqlite3"
    publish_slogan(seeded_data_dir, "第二版")
    good = take_backup(settings, "manual")
    for damage in (_break_homes_index, lambda db: damage_table(db, "version_parts")):
        damage(database)
        store = open_store(settings, whole_check=False)
        try:
            assert store.recovery is not None and store.recovery.restored_from == good
            assert store.recovery.reason.startswith("is damaged (")
            assert store.exhibition.home().bureau("huaihua").brand.slogan.zh == "第二版"
        finally:
            store.close()
    assert len(damaged_files(seeded_data_dir)) == 2


def _run_kiosk(data_dir: Path, notify: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": str(notify)}
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed", "--no-idle", "--data-dir", str(data_dir)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_a_kiosk_shows_home_then_ends_on_damage_and_its_restart_recovers(
    seeded_data_dir: Path, tmp_path: Path
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    database = seeded_data_dir / "exhibition.sqlite3"
    publish_slogan(seeded_data_dir, "第二版")
    take_backup(settings, "manual")
    damage_table(database, "texts")

    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(tmp_path / "notify.sock"))
        sock.settimeout(120)
        first = _run_kiosk(seeded_data_dir, tmp_path / "notify.sock")
        try:
            _messages(sock, b"READY=1")  # visitors got Home before the whole file was checked
            _, err = first.communicate(timeout=120)
        finally:
            first.kill()
        assert first.returncode == 1, err
        assert err.strip().splitlines()[-1].startswith("error: the exhibition database is damaged (")
        assert err.strip().endswith("; the next start recovers it from the newest backup")
        assert "Traceback" not in err
        assert whole_check_mark(database).exists() and not damaged_files(seeded_data_dir)

        second = _run_kiosk(seeded_data_dir, tmp_path / "notify.sock")
        try:
            _messages(sock, b"READY=1")
            second.send_signal(signal.SIGTERM)
            _, err = second.communicate(timeout=60)
        finally:
            second.kill()
    assert second.returncode == 0, err
    assert "warning: the exhibition database is damaged" in err and "restored from the backup" in err
    assert len(damaged_files(seeded_data_dir)) == 1 and not whole_check_mark(database).exists()
    assert whole_file_damage(database) is None
    assert shown_slogan(seeded_data_dir) == "第二版"


def test_a_picture_on_a_damaged_page_is_a_quiet_tile_not_a_crash(qapp, seeded_data_dir: Path) -> None:
    """Home's tiles are drawn before the whole file is checked: a picture SQLite cannot read
    shows as the quiet tile of a missing one (the check then restarts the kiosk into recovery)."""
    from PySide6.QtCore import QSize

    from kiosk.services.exhibition import ExhibitionService
    from kiosk.ui.media_provider import MediaImageProvider

    database = seeded_data_dir / "exhibition.sqlite3"
    damage_table(database, "media_blobs")
    reader = ExhibitionService.for_sqlite_file(database)
    try:
        sha = reader.home().bureaus[1].cover.renditions[-1].sha256
        try:
            reader.media_bytes(sha)
            raise AssertionError("the damaged page was read")
        except sqlite3.DatabaseError:
            pass
        size = QSize()
        tile = MediaImageProvider(reader).requestImage(sha, size, QSize(320, 200))
    finally:
        reader.close()
    assert not tile.isNull() and size.width() > 0
    assert len({tile.pixelColor(x, y).name() for x in range(tile.width()) for y in range(tile.height())}) == 1
