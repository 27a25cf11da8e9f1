"""The installed form: a wheel carries everything the app reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_migrations_exhibition_qml_and_font(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kiosk/db/migrations/env.py",
        "kiosk/db/migrations/script.py.mako",
        "kiosk/db/migrations/versions/0001_initial_exhibition_schema.py",
        "kiosk/db/exhibition/exhibition.json",
        "kiosk/ui/qml/Main.qml",
        "kiosk/assets/fonts/NotoSansSC-Regular.otf",
        "kiosk/assets/fonts/NotoSans-Regular.ttf",
        "kiosk/assets/fonts/OFL.txt",
    }
    assert expected <= names, sorted(expected - names)
    assert not any(name.startswith(("tests/", "db/")) for name in names)
