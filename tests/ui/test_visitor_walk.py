"""A long scripted visitor: 1,000 taps, swipes, pinches, language switches and idle resets in one
process. After every step the visitor sees what the step was for (the screen, the bureau, the
story, the language), and memory after warm-up stays within 5 % of its size then."""

from __future__ import annotations

import os
import random

import pytest
from helpers import double_tap, horizontal_swipe, pinch, screen, vertical_swipe
from PySide6.QtTest import QTest

from kiosk.devtools import driving

STEPS = 1000
WARM_UP = 400  # the decoded-image cache (32 MB) and QML's caches fill first
PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def _glide_out(win, name: str) -> None:
    """A visitor waits for a flung list to come to rest before tapping in it (a tap on a gliding
    list stops it, as on any touch screen)."""
    def resting() -> bool:
        flick = driving.find(win, name)
        return flick is None or not flick.property("moving")  # None: the drag tapped through

    assert driving.wait_until(resting, 5.0)


def _step(kiosk, rng: random.Random, device) -> str:
    """One thing a visitor does; checks that the kiosk then shows what it was for."""
    win, nav = kiosk.window, kiosk.navigator
    where, depth, language = screen(win), len(nav.pages()), kiosk.session.property("language")
    roll = rng.random()
    if roll < 0.06:
        driving.tap_named(win, "languageSwitch")
        assert kiosk.session.property("language") != language
        return "language"
    if where == "homeScreen":
        if roll < 0.2:
            driving.tap_named(win, "overviewEntry")
            assert nav.current().kind == "overview"
            return "overview"
        tile = rng.choice(driving.find_all(win, "bureauTile_"))
        driving.tap(win, tile)
        assert nav.current().kind == "bureau"
        assert "bureauTile_" + nav.current().property("slug") == tile.objectName()
        return "tile"
    if roll < 0.14:
        driving.tap_named(win, "homeButton")
        assert nav.at_home()
        return "home"
    if where == "bureauScreen":
        stories, thumbs = driving.find_all(win, "storyItem_"), driving.find_all(win, "photoThumb_")
        if roll < 0.45 and stories:
            story = rng.choice(stories).objectName()
            driving.tap_first(win, story)
            assert nav.current().kind == "story" and "storyItem_" + nav.current().property("key") == story
            return "story"
        pictures = thumbs + driving.find_all(win, "bureauHero")
        if roll < 0.7 and pictures:
            driving.tap_first(win, rng.choice(pictures).objectName())
            assert nav.current().kind == "viewer"
            return "photo"
        if roll < 0.8:
            vertical_swipe(win, driving.find(win, "bureauFlick"), rng.choice((-1, 1)), steps=4, delay=4)
            _glide_out(win, "bureauFlick")
            return "flick"
    elif where == "storyScreen":
        if roll < 0.5:
            vertical_swipe(win, driving.find(win, "storyFlick"), rng.choice((-1, 1)), steps=4, delay=4)
            _glide_out(win, "storyFlick")
            return "flick"
        if roll < 0.7 and driving.find_all(win, "storyPhoto_"):
            driving.tap_first(win, "storyPhoto_")
            assert nav.current().kind == "viewer"
            return "photo"
    elif where == "photoScreen":
        frames = [f for f in driving.find_all(win, "photoFrame") if driving.in_window(win, f)]
        frame = frames[0] if frames else None
        if roll < 0.45:
            photos = driving.find(win, "photoList")
            before, count = photos.property("currentIndex"), photos.property("count")
            turns = photos.property("interactive")  # a zoomed photo pans instead
            direction = rng.choice((-1, 1))  # -1 drags leftwards: the next photo
            horizontal_swipe(win, photos, direction, steps=5, delay=4)
            wanted = min(max(before - direction, 0), count - 1) if turns else before
            assert driving.wait_until(lambda: photos.property("currentIndex") == wanted, 1.0), (
                before, wanted, photos.property("currentIndex"), count
            )
            return "swipe"
        if roll < 0.6 and frame is not None:
            pinch(win, device, driving.centre(win, frame), 200, rng.choice((120, 400)), steps=3)
            return "pinch"
        if roll < 0.7 and frame is not None:
            double_tap(win, driving.centre(win, frame))
            QTest.qWait(1)
            return "double-tap"
    elif where == "overviewScreen":
        if roll < 0.4:
            vertical_swipe(win, driving.find(win, "overviewFlick"), rng.choice((-1, 1)), steps=4, delay=4)
            _glide_out(win, "overviewFlick")
            return "flick"
        if roll < 0.6:
            driving.tap_named(win, "provinceBureauButton")
            assert nav.current().kind == "bureau" and nav.current().property("isProvince")
            return "province"
    driving.tap_named(win, "backButton")
    assert len(nav.pages()) == depth - 1
    return "back"


@pytest.mark.slow
def test_a_thousand_steps(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_enabled=True, idle_timeout_s=1.0, idle_countdown_s=0.3)
    win = kiosk.window
    rng = random.Random(20240601)
    device = QTest.createTouchDevice()
    done: dict[str, int] = {}
    baseline = 0
    for step in range(STEPS):
        if step == WARM_UP:
            baseline = _rss()
        if step % 200 == 150:  # an idle reset: the visitor walks away from a panel, in English
            if screen(win) == "homeScreen":
                driving.tap_first(win, "bureauTile_")
            if kiosk.session.property("language") == "zh":
                driving.tap_named(win, "languageSwitch")
            assert not kiosk.navigator.at_home()
            qtbot.waitUntil(lambda: screen(win) == "homeScreen", timeout=5000)  # nobody touches
            assert kiosk.navigator.at_home() and kiosk.session.property("language") == "zh"
            done["idle"] = done.get("idle", 0) + 1
            continue
        kind = _step(kiosk, rng, device)
        done[kind] = done.get(kind, 0) + 1
        QTest.qWait(0)
    growth = _rss() - baseline
    # Shown with `pytest -rP`: the figure to watch as screens grow.
    print(f"visitor walk: {STEPS} steps {done}; RSS {baseline / 2**20:.0f} MB after warm-up, "
          f"grew {growth / 2**20:.1f} MB")
    assert win.isVisible()
    assert {"tile", "story", "photo", "swipe", "pinch", "language", "back", "home", "idle"} <= done.keys(), (
        done
    )
    assert growth <= 0.05 * baseline, (
        f"RSS grew {growth / 2**20:.1f} MB after warm-up, from {baseline / 2**20:.0f} MB ({done})"
    )
