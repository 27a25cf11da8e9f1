"""The first frame: the exhibition's name shows before the database opens."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from kiosk.ui import driving
from kiosk.ui.splash import Splash


def test_splash_shows_the_exhibition_name_without_touching_the_database(qapp, settings):
    splash = Splash(qapp, replace(settings, fullscreen=False))
    try:
        texts = [i.property("text") for i in driving.items(splash.window) if i.property("text")]
        assert "湖南税务“一局一品”党建品牌展" in texts
        assert any("Preparing the exhibition" in t for t in texts)
        assert splash.window.isVisible()
        assert splash.typefaces.family("zh") == "Noto Sans CJK SC"
    finally:
        splash.close()
    assert not splash.window.isVisible()


def test_the_app_reaches_its_splash_without_importing_the_database_layer():
    heavy = "('sqlalchemy', 'alembic', 'PIL')"
    code = f"import sys, kiosk.app; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
