"""`kiosk screenshot`: every visitor screen rendered offscreen to a PNG.

The caller sets QT_QPA_PLATFORM=offscreen before any Qt object exists. Screens are reached by
the taps a visitor would make; animations are off so figures show their final values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.app import admin_services, open_exhibition_store
from kiosk.content.presentation import bureau_gallery
from kiosk.content.types import Language
from kiosk.devtools import driving
from kiosk.devtools.admin_screenshots import render_admin_screenshots
from kiosk.services.reader import ExhibitionReader
from kiosk.services.startup import OpenedStore
from kiosk.settings import Settings
from kiosk.ui.input_method import use_virtual_keyboard
from kiosk.ui.window import build_kiosk


@dataclass(frozen=True)
class Picks:
    """What each screenshot shows: `bureau` the richest panel (most pictures and stories, so its
    photo strip and story list show), `gallery` the bureau whose photo gallery is longest (the
    viewer's "1 / N" with N ≥ 2 where any has two), `story` (with `story_bureau`) the longest
    story with photos."""

    bureau: str
    gallery: str
    story_bureau: str | None
    story: str | None


def _pick(reader: ExhibitionReader, language: str) -> Picks:
    """The bureau for bureau.png and photo.png, and a story and its bureau for story.png: the
    longest story (in the language shown) among those with photos, so the reader shows text beside
    its pictures; the longest of all where none has a photo."""
    ex = reader.exhibition()
    lang = Language(language)
    bureaus = list(ex.bureaus)
    if not bureaus:
        return Picks("", "", None, None)
    pictures = {b.slug: len(bureau_gallery(b)) for b in bureaus}
    richest = max(bureaus, key=lambda b: (pictures[b.slug] + len(b.stories), pictures[b.slug]))
    gallery = max(bureaus, key=lambda b: pictures[b.slug])
    stories = [(b, s) for b in bureaus for s in b.stories]
    if not stories:
        return Picks(richest.slug, gallery.slug, None, None)
    b, s = max(stories, key=lambda bs: (bool(bs[1].photos), len(bs[1].body.text(lang))))
    return Picks(richest.slug, gallery.slug, b.slug, s.key)


def _scroll_to(win: QQuickWindow, flick_name: str, item_name: str) -> bool:
    """Scroll a Flickable so the named item heads its view (as far as it scrolls); whether it moved."""
    flick, item = driving.find(win, flick_name), driving.find(win, item_name)
    if flick is None or item is None:
        return False
    y = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
    top = max(0.0, min(y - item.height(), flick.property("contentHeight") - flick.height()))
    if top < 1:
        return False
    flick.setProperty("contentY", top)
    return True


def render_screenshots(
    store: OpenedStore,
    settings: Settings,
    outdir: Path,
    *,
    size: tuple[int, int] = (1920, 1080),
    language: str = "zh",
) -> list[Path]:
    """Render home, bureau (and, scrolled, its photos and stories), story, photo, overview (and its
    sections) and idle screens to PNGs."""
    app = QGuiApplication.instance() or QGuiApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    quiet = replace(settings, idle_enabled=False, default_language=Language(language), fullscreen=False)
    reader = store.exhibition
    kiosk = build_kiosk(app, reader, quiet, admin=admin_services(store, quiet), animations=False)
    win, navigator = kiosk.window, kiosk.navigator
    win.resize(*size)
    win.show()
    written: list[Path] = []

    def shot(name: str) -> None:
        driving.settle(win)
        path = outdir / f"{name}.png"
        if not win.grabWindow().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    def open_bureau(slug: str) -> None:
        """From Home, as a visitor gets there: the province through the overview, a city by its tile."""
        if slug == navigator.property("provinceSlug"):
            driving.tap_named(win, "overviewEntry")
            driving.tap_named(win, "provinceBureauButton")
        else:
            driving.tap_named(win, f"bureauTile_{slug}")
        driving.wait_until(lambda: driving.find(win, "bureauName") is not None)

    try:
        driving.wait_until(lambda: driving.find(win, "overviewEntry") is not None)
        shot("home")
        picks = _pick(reader, language)
        open_bureau(picks.bureau)
        shot("bureau")
        if _scroll_to(win, "bureauFlick", "photosHeading"):  # its photo strip and stories
            shot("bureau-media")
        if picks.story is not None and picks.story_bureau is not None:
            driving.tap_named(win, "homeButton")
            open_bureau(picks.story_bureau)
            driving.tap_named(win, f"storyItem_{picks.story}")
            shot("story")
        driving.tap_named(win, "homeButton")
        open_bureau(picks.gallery)
        if driving.wait_until(lambda: driving.find(win, "bureauHero") is not None, 2.0):
            driving.tap_named(win, "bureauHero")  # the gallery from its first picture
            if driving.wait_until(lambda: driving.find(win, "photoList") is not None):
                shot("photo")
        driving.tap_named(win, "homeButton")
        driving.tap_named(win, "overviewEntry")
        shot("overview")
        sections = driving.find_all(win, "section_")
        if len(sections) > 1:  # the second section, with the bureaus it tells of
            driving.find(win, "overviewFlick").setProperty("contentY", sections[1].property("y"))
            shot("overview-sections")
        driving.tap_named(win, "homeButton")
        open_bureau(picks.bureau)
        kiosk.idle.show_countdown_now()
        driving.wait_until(lambda: driving.find(win, "idleContinue") is not None)
        shot("idle")
    finally:
        kiosk.dispose()
        del kiosk
    return written


def take_screenshots(settings: Settings, outdir: Path, size: tuple[int, int]) -> list[Path]:
    """`kiosk screenshot`: open the store as `kiosk run` does and render every screen to PNG
    in `outdir`, offscreen."""

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_virtual_keyboard()
    store = open_exhibition_store(settings)
    try:
        language = settings.default_language.value
        shots = render_screenshots(store, settings, outdir, size=size, language=language)
        return shots + render_admin_screenshots(store, settings, outdir, size=size, language=language)
    finally:
        store.close()
