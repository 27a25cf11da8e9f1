"""The command line as an operator uses it: real subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image


def kiosk(*args: str, env_extra: dict[str, str] | None = None, timeout: float = 240):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def test_screenshot_renders_every_screen_from_an_empty_data_dir(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = kiosk("screenshot", str(out), "--size", "1080x1920", "--lang", "en",
                   "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    names = {p.stem for p in out.glob("*.png")}
    assert {"home", "bureau", "story", "photo", "overview", "idle"} <= names
    with Image.open(out / "home.png") as home:
        assert home.size == (1080, 1920)
    assert (tmp_path / "data" / "exhibition.sqlite3").exists()


def test_usage_errors_exit_2() -> None:
    result = kiosk("screenshot", "out", "--size", "huge")
    assert result.returncode == 2
    assert "expected WIDTHxHEIGHT" in result.stderr


def test_unusable_data_dir_is_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = kiosk("screenshot", str(tmp_path / "out"), "--data-dir", str(blocker))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text() == "a file where the data folder should be"
