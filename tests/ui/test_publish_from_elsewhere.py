"""A running kiosk shows a publish made by another process on the same database: an operator
adds a photo with `kiosk photos add` from a terminal while visitors are at Home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import first_city
from PIL import Image

from kiosk.devtools import driving


def test_a_photo_added_from_the_terminal_appears_on_the_running_kiosk(open_kiosk, pin_store, tmp_path: Path):
    kiosk = open_kiosk(pin_store, publish_poll_s=0.5)
    win = kiosk.window
    slug = first_city(kiosk)
    before = kiosk.navigator.exhibition()
    picture = tmp_path / "new.jpg"
    Image.new("RGB", (800, 500), (30, 120, 60)).save(picture, "JPEG")
    data_dir = Path(pin_store.engine.url.database).parent
    added = subprocess.run(
        [sys.executable, "-m", "kiosk", "photos", "add", "--bureau", slug, str(picture),
         "--caption-zh", "终端添加", "--data-dir", str(data_dir)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )
    assert added.returncode == 0, added.stderr
    # Within the poll (0.5 s here; 2 s by default) Home has the new exhibition…
    assert driving.wait_until(lambda: kiosk.navigator.exhibition() is not before, 10.0)
    photos = kiosk.navigator.exhibition().bureau(slug).every_photo()
    assert any(p.caption.zh == "终端添加" for p in photos)
    # … and the visitor who opens the panel sees the picture.
    driving.tap_named(win, f"bureauTile_{slug}")
    key = next(p.key for p in photos if p.caption.zh == "终端添加")
    assert driving.wait_until(lambda: driving.find(win, f"photoThumb_{key}", shown=False) is not None)
    backups = list((data_dir / "backups").glob("*publish*"))
    assert backups, "the new version was backed up"
