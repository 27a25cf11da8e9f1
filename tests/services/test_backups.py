"""Backups (online, rotated, daily), `kiosk backup`, `kiosk restore` and `kiosk check`, on real files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.errors import KioskError
from kiosk.services import versions
from kiosk.services.backups import (
    backup_after_publish,
    list_backups,
    take_backup,
    take_daily_backup_if_due,
)
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

NOON = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def publish_slogan(store, zh: str) -> None:
    document = versions.live_document(store.sessions)
    next(b for b in document["bureaus"] if b["slug"] == "huaihua")["brand"]["slogan"]["zh"] = zh
    versions.publish_document(store.sessions, document, origin="cli")


def table_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_a_backup_taken_while_the_kiosk_reads_and_writes_holds_everything_pictures_included(
    seeded_store, seeded_data_dir: Path
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    reading = sqlite3.connect(seeded_data_dir / "exhibition.sqlite3")
    reading.execute("BEGIN")
    reading.execute("SELECT count(*) FROM media_blobs").fetchone()  # a reader mid-transaction
    try:
        publish_slogan(seeded_store, "备份时的标语")  # in the WAL, not yet in the main file
        path = take_backup(settings, "manual")
    finally:
        reading.close()

    assert path.parent == seeded_data_dir / "backups"
    assert path.name.startswith("exhibition-") and path.name.endswith("-manual.sqlite3")
    assert not Path(f"{path}-wal").exists(), "a backup is one self-contained file"
    counts = table_counts(path)
    assert counts == table_counts(seeded_data_dir / "exhibition.sqlite3")
    assert counts["media_blobs"] > 20
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        live = db.execute("SELECT document FROM published_versions ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "备份时的标语" in live
    assert main(["check", "--database-url", f"sqlite:///{path}", "--data-dir", str(seeded_data_dir)]) == 0


def test_only_the_newest_backups_are_kept(seeded_data_dir: Path) -> None:
    settings = replace(build_settings(data_dir=seeded_data_dir), backups_kept=3)
    taken = [take_backup(settings, reason, now=NOON + timedelta(minutes=i))
             for i, reason in enumerate(["daily", "publish", "import", "restore", "publish"])]
    assert [b.path for b in list_backups(settings)] == taken[:1:-1]
    assert not taken[0].exists() and not taken[1].exists()


def test_backups_in_one_second_are_all_kept_and_listed_in_the_order_taken(seeded_data_dir: Path) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    taken = [take_backup(settings, reason, now=NOON) for reason in ("restore", "publish", "import", "daily")]
    assert len(set(taken)) == 4 and all(path.exists() for path in taken)
    assert [b.path for b in list_backups(settings)] == taken[::-1], "newest first, whatever the reasons"


def test_a_daily_backup_is_taken_when_none_is_a_day_old(seeded_data_dir: Path) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    first = take_daily_backup_if_due(settings, now=NOON)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert take_daily_backup_if_due(settings, now=NOON + timedelta(hours=23)) is None
    assert take_daily_backup_if_due(settings, now=NOON + timedelta(hours=25)) is not None


def test_backup_after_publish_never_raises(tmp_path: Path) -> None:
    assert backup_after_publish(build_settings(data_dir=tmp_path / "no-database-here")) is None


def test_a_damaged_database_is_not_backed_up_and_pushes_no_good_backup_out(seeded_data_dir: Path) -> None:
    settings = replace(build_settings(data_dir=seeded_data_dir), backups_kept=1)
    good = take_backup(settings, "daily", now=NOON)
    database = seeded_data_dir / "exhibition.sqlite3"
    data = bytearray(database.read_bytes())
    data[len(data) // 2:len(data) // 2 + 65536] = b"\xff" * 65536
    database.write_bytes(bytes(data))
    with pytest.raises(KioskError, match="the database is damaged, so no backup was kept"):
        take_backup(settings, "publish", now=NOON + timedelta(hours=1))
    assert [b.path for b in list_backups(settings)] == [good]


def test_kiosk_backup_to_a_chosen_file(seeded_data_dir: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "usb" / "kiosk.sqlite3"
    assert main(["backup", str(target), "--data-dir", str(seeded_data_dir)]) == 0
    assert capsys.readouterr().out.startswith(str(target))
    assert table_counts(target)["published_versions"] == 1
    assert list_backups(build_settings(data_dir=seeded_data_dir)) == []


def test_kiosk_restore_publishes_the_backups_exhibition_as_a_new_version(
    seeded_data_dir: Path, tmp_path: Path, capsys
) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    store = open_store(settings)
    publish_slogan(store, "旧的标语")
    saved = tmp_path / "saved.sqlite3"
    assert main(["backup", str(saved), "--data-dir", str(seeded_data_dir)]) == 0
    publish_slogan(store, "新的标语")
    store.close()
    capsys.readouterr()

    assert main(["restore", str(saved), "--data-dir", str(seeded_data_dir)]) == 0
    assert capsys.readouterr().out.startswith("version 4 is live: restored the backup saved.sqlite3")

    store = open_store(settings)
    try:
        newest, *older = versions.list_versions(store.sessions)
        assert newest.origin == "restore" and len(older) == 3, "nothing lost: the restore is one more version"
        assert store.exhibition.exhibition().bureau("huaihua").brand.slogan.zh == "旧的标语"
    finally:
        store.close()
    assert [b.reason for b in list_backups(settings)] == ["publish", "restore"]
    assert main(["check", "--data-dir", str(seeded_data_dir)]) == 0


def _not_a_database(path: Path) -> None:
    path.write_text("just text")


def _from_a_newer_kiosk(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'abcdef_future'")


def _empty(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        for table in ("version_media", "published_versions", "renditions", "photos", "stories", "figures",
                      "timeline_events", "sections", "bureaus", "exhibitions"):
            db.execute(f"DELETE FROM {table}")


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 65536] = b"\x00\x01" * 32768
    path.write_bytes(bytes(data))


def _damaged_picture(path: Path) -> None:
    with sqlite3.connect(path) as db:
        sha = db.execute("SELECT sha256 FROM version_media LIMIT 1").fetchone()[0]
        db.execute("UPDATE media_blobs SET data = zeroblob(size) WHERE sha256 = ?", (sha,))


REFUSED = {
    "not a database": (_not_a_database, "cannot be read (file is not a database)"),
    "from a newer kiosk": (_from_a_newer_kiosk, "revision 'abcdef_future' is not one this kiosk knows"),
    "without an exhibition": (_empty, "it holds no exhibition"),
    "damaged pages": (_damaged, "saved.sqlite3 cannot be restored:"),
    "a damaged picture": (_damaged_picture, "is damaged"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_bad_backup_is_refused_and_changes_nothing(
    case: str, seeded_data_dir: Path, tmp_path: Path, capsys
) -> None:
    spoil, expected = REFUSED[case]
    saved = tmp_path / "saved.sqlite3"
    assert main(["backup", str(saved), "--data-dir", str(seeded_data_dir)]) == 0
    spoil(saved)
    capsys.readouterr()
    assert main(["restore", str(saved), "--data-dir", str(seeded_data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and expected in err, err
    store = open_store(build_settings(data_dir=seeded_data_dir))
    try:
        assert [v.origin for v in versions.list_versions(store.sessions)] == ["seed"]
    finally:
        store.close()


def test_kiosk_check_lists_missing_and_damaged_pictures(seeded_data_dir: Path, capsys) -> None:
    database = seeded_data_dir / "exhibition.sqlite3"
    with sqlite3.connect(database) as db:
        first, second = (r[0] for r in db.execute("SELECT sha256 FROM renditions ORDER BY sha256 LIMIT 2"))
        db.execute("UPDATE media_blobs SET data = zeroblob(size) WHERE sha256 = ?", (first,))
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DELETE FROM media_blobs WHERE sha256 = ?", (second,))
    assert main(["check", "--data-dir", str(seeded_data_dir)]) == 1
    head, *lines = capsys.readouterr().err.splitlines()
    assert head.startswith("error: ") and head.endswith("problems:")
    damaged = f"media: {first} is damaged (its bytes no longer match their SHA-256), needed by version 1"
    assert damaged in lines
    assert f"media: {second} is missing, needed by version 1" in lines
    assert any(line.startswith("foreign key: renditions row") for line in lines)


def test_kiosk_check_finds_a_version_whose_visitor_parts_are_not_its_document(
    seeded_data_dir: Path, capsys
) -> None:
    database = seeded_data_dir / "exhibition.sqlite3"
    assert main(["check", "--data-dir", str(seeded_data_dir)]) == 0
    capsys.readouterr()
    with sqlite3.connect(database) as db:
        db.execute("UPDATE version_parts SET document = replace(document, '怀化', '某地')"
                   " WHERE part = 'home'")
    assert main(["check", "--data-dir", str(seeded_data_dir)]) == 1
    head, *lines = capsys.readouterr().err.splitlines()
    assert head.startswith("error: ") and lines == ["version 1: what visitors read of it is not its document"]
