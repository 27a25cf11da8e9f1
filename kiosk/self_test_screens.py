"""The self-test's screens: Home, every visitor screen, and admin mode, each rendered offscreen to
a picture that must not be blank. Driven by taps at items found by objectName, as a finger would.

`ADMIN_WALK` lists what admin mode shows beyond the PIN pad and the desk: extend it when a
screen is added there (the self-test fails if a listed item cannot be reached).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.settings import Settings, build_settings

SIZE = (1920, 1080)
# A PIN set only on the throw-away copy of the database the admin walk runs on.
SELF_TEST_PIN = "739164"
# (item to tap, item that must then be on screen, picture name). "nav_*" stands for every
# section button of the desk, each tapped in turn; "edit_*" for the first bureau's edit button.
ADMIN_WALK: tuple[tuple[str, str, str], ...] = (
    ("nav_*", "adminDesk", "admin-{name}"),
    ("nav_bureaus", "deskBureaus", "admin-bureaus"),
    ("edit_*", "backToBureaus", "admin-bureau-editor"),
    ("previewButton", "previewPane", "admin-preview"),
    ("backToEditing", "adminDesk", "admin-desk-again"),
)


class SelfTestFailure(KioskError):
    """One check failed; its message says which and why."""


def check_picture(image, what: str) -> None:
    """A grab with content: not null, and more than a handful of colours (text, tiles, art)."""
    if image.isNull() or image.width() < 100:
        raise SelfTestFailure(f"{what}: nothing was drawn")
    colours = set()
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 36)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
    if len(colours) < 8:
        raise SelfTestFailure(f"{what}: the picture is blank ({len(colours)} colours)")


def _build(app, store, settings: Settings):
    from kiosk.app import admin_services
    from kiosk.ui.window import build_kiosk

    quiet = replace(settings, idle_enabled=False, fullscreen=False)
    kiosk = build_kiosk(app, store.exhibition, quiet, admin=admin_services(store, quiet), animations=False)
    kiosk.window.resize(*SIZE)
    return kiosk


def render_home(app, store, settings: Settings, outdir: Path):
    """Home's first frame, its tiles, a non-blank picture; the kiosk's typefaces and tile count."""
    from kiosk.devtools import driving

    kiosk = _build(app, store, settings)
    window = kiosk.window
    frames: list[float] = []
    window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))
    window.show()
    try:
        if not driving.wait_until(lambda: bool(frames), 10.0):
            raise SelfTestFailure("Home: no frame was drawn in 10 s")
        if not driving.wait_until(lambda: driving.find(window, "homeScreen") is not None, 5.0):
            raise SelfTestFailure("Home: no item called 'homeScreen' on screen")
        tiles = driving.find_all(window, "bureauTile_")
        expected = len([b for b in store.exhibition.exhibition().bureaus if b.slug != "hunan"])
        if expected and not tiles:
            raise SelfTestFailure(f"Home: no bureau tiles shown (the exhibition has {expected} city bureaus)")
        driving.settle(window)
        image = window.grabWindow()
        check_picture(image, "Home")
        image.save(str(outdir / "home-self-test.png"))
        return kiosk.typefaces, len(tiles)
    finally:
        kiosk.dispose()
        del kiosk


def render_every_screen(store, settings: Settings, outdir: Path) -> list[str]:
    """Every visitor screen the screenshot tool reaches; their names."""
    from PySide6.QtGui import QImage

    from kiosk.devtools.screenshot import render_screenshots

    paths = render_screenshots(store, settings, outdir, size=SIZE, language="zh")
    if not paths:
        raise SelfTestFailure("screens: the screenshot tool rendered nothing")
    for path in paths:
        check_picture(QImage(str(path)), f"screen {path.stem}")
    return [p.stem for p in paths]


def _throwaway_copy(store, scratch: Path) -> Path:
    """The open SQLite database copied (online backup) into a scratch data folder."""
    source = getattr(store, "database_path", None)
    if source is None:
        raise SelfTestFailure("admin: only an SQLite database can be copied for the admin walk")
    folder = scratch / "admin-data"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with sqlite3.connect(source) as src, sqlite3.connect(folder / Path(source).name) as dst:
        src.backup(dst)
    return folder


def render_admin_screens(app, store, settings: Settings, scratch: Path, outdir: Path) -> list[str]:
    """Admin mode on a copy of the database: PIN pad, desk, every `ADMIN_WALK` step; their names."""
    from kiosk.app import open_exhibition_store
    from kiosk.devtools import driving
    from kiosk.services.security import set_pin

    folder = _throwaway_copy(store, scratch)
    copy_settings = build_settings(data_dir=folder, windowed=True)
    copy = open_exhibition_store(copy_settings)
    set_pin(copy.sessions, SELF_TEST_PIN, origin="self-test")
    kiosk = _build(app, copy, replace(settings, data_dir=folder, database_url=copy_settings.database_url))
    window = kiosk.window
    window.show()
    shown: list[str] = []

    def shot(name: str) -> None:
        driving.settle(window)
        image = window.grabWindow()
        check_picture(image, f"admin screen {name}")
        image.save(str(outdir / f"{name}.png"))
        shown.append(name)

    def expect(name: str, after: str) -> None:
        if not driving.wait_until(lambda: driving.find(window, name) is not None, 10.0):
            raise SelfTestFailure(f"admin: nothing called {name!r} on screen after {after}")

    try:
        expect("homeScreen", "start")
        kiosk.admin.requestEntry()  # what `kiosk --admin` and the 3-second corner press do
        expect("pinPad", "asking for admin mode")
        shot("admin-pin-pad")
        for digit in SELF_TEST_PIN:
            driving.tap_named(window, f"pinKey_{digit}")
        driving.tap_named(window, "pinKey_ok")
        expect("adminDesk", "typing the PIN")
        shot("admin-desk")
        for tap, then, picture in ADMIN_WALK:
            if tap.endswith("*"):
                found = driving.find_all(window, tap[:-1])
                if not found:
                    raise SelfTestFailure(f"admin: nothing called {tap!r} on screen")
                targets = [item.objectName() for item in found] if tap == "nav_*" else [found[0].objectName()]
            else:
                targets = [tap]
            for name in targets:
                driving.tap_named(window, name)
                expect(then, f"tapping {name}")
                shot(picture.format(name=name.removeprefix("nav_")))
        driving.tap_named(window, "adminLeave")
        expect("homeScreen", "leaving admin mode")
    except LookupError as exc:  # the driver's "nothing called … on screen"
        raise SelfTestFailure(f"admin: {exc}") from exc
    finally:
        kiosk.dispose()
        del kiosk
        copy.close()
    return shown
