"""The command line as an operator uses it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image


def kiosk(*args: str, env_extra: dict[str, str] | None = None, timeout: float = 240):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


@pytest.mark.slow
def test_screenshot_renders_every_screen_from_an_empty_data_dir(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = kiosk("screenshot", str(out), "--size", "1080x1920", "--lang", "en",
                   "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    names = {p.stem for p in out.glob("*.png")}
    assert {"home", "bureau", "story", "photo", "overview", "idle"} <= names
    admin = {"admin-pin", "admin-lockout", "admin-dashboard", "admin-bureau-editor", "admin-story-editor",
             "admin-photo-browser", "admin-import-progress", "admin-preview", "admin-versions", "admin-trash",
             "admin-audit", "admin-export", "admin-import-summary", "admin-backups"}
    assert admin <= names, sorted(admin - names)
    with Image.open(out / "home.png") as home:
        assert home.size == (1080, 1920)
    assert (tmp_path / "data" / "exhibition.sqlite3").exists()


def test_usage_errors_exit_2() -> None:
    result = kiosk("screenshot", "out", "--size", "huge")
    assert result.returncode == 2
    assert "expected WIDTHxHEIGHT" in result.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-5", "0", "soon"])
def test_an_idle_timeout_that_is_no_duration_is_a_usage_error(value: str) -> None:
    result = kiosk("run", "--windowed", "--idle-timeout", value)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "seconds" in errors[0], result.stderr


def test_unusable_data_dir_is_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = kiosk("screenshot", str(tmp_path / "out"), "--data-dir", str(blocker))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text() == "a file where the data folder should be"


def _corrupt(folder: Path) -> Path:
    folder.mkdir()
    database = folder / "exhibition.sqlite3"
    database.write_bytes(b"not a database, just bytes " * 200)
    return database


def test_corrupt_database_is_set_aside_kept_and_the_screens_show_the_default_exhibition(
    tmp_path: Path, capsys
) -> None:
    from kiosk.cli import main

    database = _corrupt(tmp_path / "data")
    before = database.read_bytes()
    assert main(["screenshot", str(tmp_path / "out"), "--data-dir", str(tmp_path / "data")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: the exhibition database is damaged (file is not a database): no good "
                          "backup, so the default exhibition is shown; the damaged file is kept as ")
    [kept] = (tmp_path / "data").glob("exhibition.sqlite3.damaged-*")
    assert kept.read_bytes() == before
    assert (tmp_path / "out" / "home.png").exists()


def test_database_from_a_newer_kiosk_is_refused(tmp_path: Path, seeded_data_dir: Path, capsys) -> None:
    import sqlite3

    from kiosk.cli import main

    with sqlite3.connect(seeded_data_dir / "exhibition.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert main(["screenshot", str(tmp_path / "out"), "--data-dir", str(seeded_data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the database's schema is not one this kiosk knows")
    assert len(err.splitlines()) == 1


def test_missing_database_driver_is_one_line_and_the_splash_goes(qapp, tmp_path: Path, capsys) -> None:
    from PySide6.QtGui import QGuiApplication

    from kiosk.cli import main

    url = "postgresql://kiosk@db.invalid/exhibition"  # the test extra installs no PostgreSQL driver
    assert main(["run", "--windowed", "--data-dir", str(tmp_path), "--database-url", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no database driver for postgresql")
    assert len(err.splitlines()) == 1
    assert not [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]
