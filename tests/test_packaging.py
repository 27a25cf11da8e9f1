"""The installed form: a wheel carries everything the app reads at run time, and runs anywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_wheel_installed_elsewhere_runs_from_any_folder(tmp_path: Path) -> None:
    # Build from a copy, so nothing is written into the working tree (build/, *.egg-info).
    source = tmp_path / "source"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(".git", ".venv", "build", "*.egg-info", "__pycache__", ".*_cache"),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "dist"), str(source)],
        check=True, cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kiosk/db/migrations/env.py",
        "kiosk/db/migrations/script.py.mako",
        "kiosk/db/migrations/versions/0001_initial_exhibition_schema.py",
        "kiosk/db/exhibition/exhibition.json",
        "kiosk/db/exhibition/source-article.zh.txt",
        "kiosk/ui/qml/Main.qml",
        "kiosk/assets/fonts/NotoSansSC-Regular.otf",
        "kiosk/assets/fonts/NotoSans-Regular.ttf",
        "kiosk/assets/fonts/OFL.txt",
    }
    assert expected <= names, sorted(expected - names)
    assert not any(name.startswith(("tests/", "db/")) for name in names)

    installed = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(installed), str(wheel)],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [sys.executable, "-c", "import kiosk; print(kiosk.__file__)"],
        capture_output=True, text=True, check=True, cwd=elsewhere, env=env,
    )
    assert where.stdout.startswith(str(installed)), where.stdout  # the wheel, not the checkout
    shot = subprocess.run(
        [sys.executable, "-m", "kiosk", "screenshot", "shots", "--data-dir", "data", "--size", "1280x720"],
        capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300,
    )
    assert shot.returncode == 0, shot.stderr
    assert (elsewhere / "shots" / "home.png").stat().st_size > 10_000
