"""A read-only data folder: the kiosk keeps showing content; saving and importing are refused in one line.

The folder is made read-only for real: a read-only bind mount in a private mount namespace
(`unshare -m`, where the tests run as root — root ignores permission bits, so `chmod` would
prove nothing), or `chmod a-w` for an ordinary user. Where neither is possible the tests say
so and skip; the decision function is tested everywhere.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.services import versions
from kiosk.services.backups import take_backup
from kiosk.services.recovery import folder_is_writable
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

BIND_READ_ONLY = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'

SHOW = """
import json, sys
from pathlib import Path
from kiosk.errors import KioskError
from kiosk.services.recovery import folder_is_writable
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

data_dir = Path(sys.argv[1])
store = open_store(build_settings(data_dir=data_dir))
shown = store.exhibition.exhibition()
pictures = [r.sha256 for b in shown.bureaus for p in b.every_photo() for r in p.renditions]
report = {
    "writable": folder_is_writable(data_dir),
    "read_only": store.read_only,
    "recovered_from": getattr(store.recovery and store.recovery.restored_from, "name", None),
    "slogan": shown.bureau("huaihua").brand.slogan.zh,
    "pictures": len(pictures),
    "bytes": sum(len(store.exhibition.media_bytes(sha) or b"") for sha in pictures),
}
store.close()
print(json.dumps(report, ensure_ascii=False))
"""


@functools.cache
def _can_bind_read_only() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"kiosk-ro-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        result = subprocess.run(["unshare", "-m", "sh", "-c", BIND_READ_ONLY, str(probe), "touch",
                                 str(probe / "x")], capture_output=True, timeout=30)
        return result.returncode != 0 and b"Read-only file system" in result.stderr
    finally:
        shutil.rmtree(probe, ignore_errors=True)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator:
    """`run(folder, *argv)`: argv run with `folder` read-only for it."""
    chmodded: list[Path] = []

    def run(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if os.geteuid() != 0:
            for path in (folder, *folder.rglob("*")):
                path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            chmodded.append(folder)
            command = list(argv)
        elif _can_bind_read_only():
            command = ["unshare", "-m", "sh", "-c", BIND_READ_ONLY, str(folder), *argv]
        else:
            pytest.skip("cannot make a folder read-only here: root without mount namespaces")
        return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)

    yield run
    for folder in chmodded:
        for path in (folder, *folder.rglob("*")):
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def show(read_only, folder: Path) -> dict:
    result = read_only(folder, sys.executable, "-c", SHOW, str(folder))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def publish_slogan(store, zh: str) -> None:
    document = versions.live_document(store.sessions)
    next(b for b in document["bureaus"] if b["slug"] == "huaihua")["brand"]["slogan"]["zh"] = zh
    versions.publish_document(store.sessions, document, origin="cli")


def test_the_decision_follows_a_real_attempt_to_write(tmp_path: Path) -> None:
    assert folder_is_writable(tmp_path / "new" / "folder")
    assert (tmp_path / "new" / "folder").is_dir() and not list((tmp_path / "new" / "folder").iterdir())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert not folder_is_writable(blocker)


def test_a_read_only_folder_still_shows_the_exhibition_and_its_pictures(
    read_only, seeded_data_dir: Path
) -> None:
    store = open_store(build_settings(data_dir=seeded_data_dir))
    publish_slogan(store, "只读也能看")
    store.close()  # checkpointed: the database is one file, with no -wal or -shm beside it
    assert not Path(f"{seeded_data_dir / 'exhibition.sqlite3'}-shm").exists()
    before = sorted((p.name, p.stat().st_size) for p in seeded_data_dir.iterdir())

    report = show(read_only, seeded_data_dir)

    assert report["writable"] is False and report["read_only"] is True
    assert report["slogan"] == "只读也能看"
    assert report["pictures"] > 20 and report["bytes"] > 1_000_000
    assert sorted((p.name, p.stat().st_size) for p in seeded_data_dir.iterdir()) == before


def test_a_read_only_folder_shows_what_is_still_in_the_write_ahead_log(
    read_only, seeded_data_dir: Path
) -> None:
    store = open_store(build_settings(data_dir=seeded_data_dir))
    try:
        publish_slogan(store, "还在预写日志里")  # the store stays open: no checkpoint yet
        assert Path(f"{seeded_data_dir / 'exhibition.sqlite3'}-wal").stat().st_size > 0
        report = show(read_only, seeded_data_dir)
    finally:
        store.close()
    assert report["read_only"] is True and report["slogan"] == "还在预写日志里"


def test_in_a_read_only_folder_import_is_refused_in_one_line_and_export_and_check_work(
    read_only, seeded_data_dir: Path, tmp_path: Path
) -> None:
    assert main(["export", str(tmp_path / "p.zip"), "--data-dir", str(seeded_data_dir)]) == 0
    refused = read_only(seeded_data_dir, sys.executable, "-m", "kiosk", "import", str(tmp_path / "p.zip"),
                        "--data-dir", str(seeded_data_dir))
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: the data folder") and "read-only" in refused.stderr
    assert refused.stderr.count("\n") == 1
    kiosk = (sys.executable, "-m", "kiosk")
    exported = read_only(seeded_data_dir, *kiosk, "export", str(tmp_path / "again.zip"),
                         "--data-dir", str(seeded_data_dir))
    assert exported.returncode == 0, exported.stderr
    checked = read_only(seeded_data_dir, *kiosk, "check", "--data-dir", str(seeded_data_dir))
    assert checked.returncode == 0, checked.stderr


def test_a_damaged_database_in_a_read_only_folder_shows_the_newest_good_backup(
    read_only, seeded_data_dir: Path
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    store = open_store(settings)
    publish_slogan(store, "备份中的标语")
    store.close()
    backup = take_backup(settings, "daily")
    database = seeded_data_dir / "exhibition.sqlite3"
    data = bytearray(database.read_bytes())
    data[len(data) // 2:len(data) // 2 + 65536] = bytes(range(256)) * 256
    database.write_bytes(bytes(data))

    report = show(read_only, seeded_data_dir)

    assert report["read_only"] is True and report["recovered_from"] == backup.name
    assert report["slogan"] == "备份中的标语"
    assert database.read_bytes() == bytes(data), "nothing could be renamed: the file is as it was"


def test_the_visitor_screens_render_from_a_read_only_folder(
    read_only, seeded_data_dir: Path, tmp_path: Path
) -> None:
    result = read_only(seeded_data_dir, sys.executable, "-m", "kiosk", "screenshot", str(tmp_path / "shots"),
                       "--data-dir", str(seeded_data_dir))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shots" / "home.png").stat().st_size > 10_000
    assert (tmp_path / "shots" / "bureau.png").exists()


def test_a_read_only_folder_can_still_be_backed_up_elsewhere(
    read_only, seeded_data_dir: Path, tmp_path: Path
) -> None:
    store = open_store(build_settings(data_dir=seeded_data_dir))
    publish_slogan(store, "只读里的备份")
    store.close()
    target = tmp_path / "usb" / "kiosk.sqlite3"
    result = read_only(seeded_data_dir, sys.executable, "-m", "kiosk", "backup", str(target),
                       "--data-dir", str(seeded_data_dir))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as db:
        live = db.execute("SELECT document FROM published_versions ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "只读里的备份" in live
