"""`kiosk screenshot`: every visitor screen rendered offscreen to a PNG.

The caller sets QT_QPA_PLATFORM=offscreen before any Qt object exists. Screens are reached by
the taps a visitor would make; animations are off so figures show their final values.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.content.types import BureauKind, Language
from kiosk.services.reader import ExhibitionReader
from kiosk.settings import Settings
from kiosk.ui import driving
from kiosk.ui.window import build_kiosk

PREFERRED_BUREAU = "huaihua"


def _pick(reader: ExhibitionReader, language: str) -> tuple[str, str | None, str | None]:
    """The bureau for bureau.png, and a story and its bureau for story.png: the longest story (in
    the language shown) among those with photos, so the reader shows text beside its pictures;
    the longest of all where none has a photo."""
    ex = reader.exhibition()
    lang = Language(language)
    cities = [b for b in ex.bureaus if b.kind is not BureauKind.PROVINCE]
    bureau = next((b.slug for b in cities if b.slug == PREFERRED_BUREAU), cities[0].slug if cities else "")
    stories = [(b, s) for b in ex.bureaus for s in b.stories]
    if not stories:
        return bureau, None, None
    b, s = max(stories, key=lambda bs: (bool(bs[1].photos), len(bs[1].body.text(lang))))
    return bureau, b.slug, s.key


def render_screenshots(
    reader: ExhibitionReader,
    settings: Settings,
    outdir: Path,
    *,
    size: tuple[int, int] = (1920, 1080),
    language: str = "zh",
) -> list[Path]:
    """Render home, bureau, story, photo, overview (and its sections) and idle screens to PNGs."""
    app = QGuiApplication.instance() or QGuiApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    quiet = replace(settings, idle_enabled=False, default_language=Language(language), fullscreen=False)
    kiosk = build_kiosk(app, reader, quiet, animations=False)
    win = kiosk.window
    win.resize(*size)
    win.show()
    written: list[Path] = []

    def shot(name: str) -> None:
        driving.settle(win)
        path = outdir / f"{name}.png"
        if not win.grabWindow().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    try:
        driving.wait_until(lambda: driving.find(win, "overviewEntry") is not None)
        shot("home")
        bureau_slug, story_bureau, story_key = _pick(reader, language)
        driving.tap_named(win, f"bureauTile_{bureau_slug}")
        shot("bureau")
        if story_key is not None:
            driving.tap_named(win, "homeButton")
            if story_bureau == kiosk.state.exhibition.get("provinceSlug"):
                driving.tap_named(win, "overviewEntry")
                driving.tap_named(win, "provinceBureauButton")
            else:
                driving.tap_named(win, f"bureauTile_{story_bureau}")
            driving.tap_named(win, f"storyItem_{story_key}")
            shot("story")
            if driving.find_all(win, "storyPhoto_"):
                driving.tap_first(win, "storyPhoto_")
            else:
                driving.tap_named(win, "backButton")
        if driving.find(win, "photoList") is None:
            driving.tap_named(win, "homeButton")
            driving.tap_named(win, f"bureauTile_{bureau_slug}")
            if driving.wait_until(lambda: driving.find(win, "bureauHero") is not None, 2.0):
                driving.tap_named(win, "bureauHero")
        if driving.find(win, "photoList") is not None:
            shot("photo")
        driving.tap_named(win, "homeButton")
        driving.tap_named(win, "overviewEntry")
        shot("overview")
        sections = driving.find_all(win, "section_")
        if len(sections) > 1:  # the second section, with the bureaus it tells of
            driving.find(win, "overviewFlick").setProperty("contentY", sections[1].property("y"))
            shot("overview-sections")
        driving.tap_named(win, "homeButton")
        driving.tap_named(win, f"bureauTile_{bureau_slug}")
        kiosk.idle.show_countdown_now()
        driving.wait_until(lambda: driving.find(win, "idleContinue") is not None)
        shot("idle")
    finally:
        kiosk.close()
        del kiosk
    return written
