"""The first frame: the exhibition's name shows before the database opens."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from kiosk.devtools import driving
from kiosk.ui.splash import Splash
from kiosk.ui.strings import SPLASH


def test_splash_shows_the_exhibition_name_without_touching_the_database(qapp, settings):
    splash = Splash(qapp, replace(settings, fullscreen=False))
    try:
        texts = {i.objectName(): i.property("text") for i in driving.items(splash.window) if i.objectName()}
        assert texts["splashTitleZh"] == SPLASH["splashTitle"]["zh"] == "湖南税务“一局一品”党建品牌展"
        assert texts["splashTitleEn"] == SPLASH["splashTitle"]["en"]
        assert "Preparing the exhibition" in texts["splashPreparing"]
        assert splash.window.isVisible()
        assert splash.typefaces.family("zh") == "Noto Sans CJK SC"
    finally:
        splash.close()
    assert not splash.window.isVisible()


def test_splash_words_match_the_exhibition_title(seeded_exhibition):
    """The splash cannot read the database; its title is written in strings.py and kept equal to
    the default exhibition's, in both languages."""
    assert SPLASH["splashTitle"]["zh"] == seeded_exhibition.title.zh
    assert SPLASH["splashTitle"]["en"] == seeded_exhibition.title.en


def test_the_app_reaches_its_splash_without_importing_the_database_layer():
    heavy = "('sqlalchemy', 'alembic', 'PIL')"
    code = f"import sys, kiosk.app; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
