"""The installed form: a wheel carries everything the app reads at run time, and runs anywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _source_files() -> list[str]:
    """Every module, QML file and data file of kiosk/ and db/, named as the wheel names them
    (db/ installs as kiosk/db/)."""
    files = []
    for folder, prefix in ((ROOT / "kiosk", "kiosk"), (ROOT / "db", "kiosk/db")):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                files.append(f"{prefix}/{path.relative_to(folder).as_posix()}")
    return files


def test_the_source_tree_has_what_the_app_reads() -> None:
    """The wheel test below compares against the tree: make sure the tree walk finds the files
    the app cannot run without (so an empty walk cannot pass it)."""
    files = set(_source_files())
    assert {
        "kiosk/ui/qml/Main.qml",
        "kiosk/ui/pages/bureau.py",
        "kiosk/db/migrations/env.py",
        "kiosk/db/exhibition/exhibition.json",
        "kiosk/assets/fonts/NotoSansSC-Regular.otf",
    } <= files


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_runs_from_any_folder(tmp_path: Path) -> None:
    # Build from a copy, so nothing is written into the working tree (build/, *.egg-info).
    source = tmp_path / "source"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "dist"), str(source)],
        check=True, cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(set(_source_files()) - names)
    assert not missing, f"in the source tree but not in the wheel: {missing}"
    assert not any(name.startswith(("tests/", "db/", "benchmarks/")) for name in names)

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
