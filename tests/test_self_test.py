"""`kiosk --self-test` passes on a whole installation and names what is missing from a broken one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # each runs a whole self-test (seconds to tens of seconds)


def _self_test(python_path: Path | None, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test sets offscreen itself
    if python_path is not None:
        env["PYTHONPATH"] = str(python_path)
    return subprocess.run([sys.executable, "-m", "kiosk", "--self-test", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def _installed_copy(tmp_path: Path) -> Path:
    """The package laid out as an install lays it out (db/ as kiosk/db), outside the checkout."""
    site = tmp_path / "site"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "kiosk", site / "kiosk", ignore=ignore)
    shutil.copytree(ROOT / "db", site / "kiosk" / "db", ignore=ignore)
    return site


def test_the_self_test_passes_and_leaves_its_pictures_in_the_data_folder(tmp_path):
    result = _self_test(None, tmp_path, "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    for check in ("store", "QML: every file compiles", "Home renders", "fonts", "every screen renders"):
        assert f"ok   {check}" in result.stdout
    assert (tmp_path / "data" / "self-test" / "home.png").stat().st_size > 10_000


def test_a_missing_screen_file_fails_with_its_name(tmp_path):
    site = _installed_copy(tmp_path)
    (site / "kiosk" / "ui" / "qml" / "TopBar.qml").unlink()
    result = _self_test(site, tmp_path)
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "QML" in line and "TopBar" in line
    assert "Traceback" not in result.stderr


def test_missing_bundled_fonts_fail_the_self_test(tmp_path):
    site = _installed_copy(tmp_path)
    for font in (site / "kiosk" / "assets" / "fonts").glob("NotoSansSC-*"):
        font.unlink()
    result = _self_test(site, tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("error:") == 1 and "Traceback" not in result.stderr
