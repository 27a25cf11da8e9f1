"""A screen with a device pixel ratio of 2 (QT_SCALE_FACTOR=2, as on a 4K panel at 200 %): the
visitor sees the same screens laid out the same, with text and photos drawn from twice the pixels
(crisp, not a small picture blown up), nothing cut off, and every touch target at least the
minimum size in device-independent pixels. Each ratio runs in a process of its own: Qt reads the
scale factor once, at start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

LOGICAL = (1280, 720)
MIN_TOUCH_PX = 64  # the smallest touch target at 1080p (tests/ui/helpers.py), scaled with the window
PROBE = r'''
import json, sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication

from kiosk.ui.input_method import use_virtual_keyboard

use_virtual_keyboard()
app = QGuiApplication([])
from kiosk.app import admin_services  # noqa: E402
from kiosk.devtools import driving  # noqa: E402
from kiosk.services.startup import open_store  # noqa: E402
from kiosk.settings import build_settings  # noqa: E402
from kiosk.ui.window import build_kiosk  # noqa: E402

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
settings = replace(build_settings(data_dir=folder, windowed=True), idle_enabled=False)
store = open_store(settings)
kiosk = build_kiosk(app, store.exhibition, settings, admin=admin_services(store, settings), animations=False)
win = kiosk.window
win.resize(*json.loads(sys.argv[3]))
win.show()
assert driving.wait_until(lambda: driving.find(win, "overviewEntry") is not None)
report = {"dpr": win.devicePixelRatio(), "size": [win.width(), win.height()], "screens": {}}


def rect(item):
    r = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return [r.x(), r.y(), r.width(), r.height()]


def look(name):
    driving.settle(win)
    grab = win.grabWindow()
    grab.save(str(out / f"{name}.png"))
    shown = [i for i in driving.items(win) if driving.is_shown(i)]
    report["screens"][name] = {
        "grab": [grab.width(), grab.height()],
        "tappables": [
            [i.objectName(), i.width(), i.height()] for i in shown
            if (i.inherits("QQuickAbstractButton") or i.inherits("QQuickMouseArea")) and i.objectName()
            and driving.in_window(win, i)
        ],
        "items": {i.objectName(): rect(i) for i in reversed(shown) if i.objectName()},
        "texts": {
            i.objectName(): {"rect": rect(i), "truncated": bool(i.property("truncated")),
                             "content": [i.property("contentWidth"), i.property("contentHeight")],
                             "text": i.property("text")}
            for i in shown if i.inherits("QQuickText") and i.objectName() and i.property("text")
        },
    }


look("home")
driving.tap_named(win, "bureauTile_huaihua")
assert driving.wait_until(lambda: driving.find(win, "bureauName") is not None)
look("bureau")
print(json.dumps(report))
kiosk.close()
'''


@pytest.fixture(scope="module")
def renders(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict]:
    """ratio → what the probe saw (layout, texts, tappables), its grabs in ["out"]."""
    folder = tmp_path_factory.mktemp("high-dpi")
    shutil.copytree(seeded_template, folder / "data")
    script = folder / "probe.py"
    script.write_text(PROBE, encoding="utf-8")
    seen = {}
    for ratio in (1, 2):
        out = folder / f"out{ratio}"
        out.mkdir()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(ratio)}
        result = subprocess.run(
            [sys.executable, str(script), str(folder / "data"), str(out), json.dumps(LOGICAL)],
            env=env, capture_output=True, text=True, timeout=180,
        )
        assert result.returncode == 0, result.stderr
        assert "Warning" not in result.stderr and "warning" not in result.stderr, result.stderr
        seen[ratio] = {**json.loads(result.stdout), "out": out}
    return seen


def _crop(render: dict, screen: str, rect: list[float], scale: int) -> Image.Image:
    image = Image.open(render["out"] / f"{screen}.png").convert("L")
    x, y, w, h = (round(v * scale) for v in rect)
    return image.crop((x, y, x + w, y + h))


def _sharp_edges(image: Image.Image, step: int = 96) -> int:
    """How many neighbouring pixel pairs differ by at least `step` of 255 (a blown-up picture
    spreads each edge over several pixels and has hardly any)."""
    left = image.crop((0, 0, image.width - 1, image.height))
    right = image.crop((1, 0, image.width, image.height))
    return sum(ImageChops.difference(left, right).histogram()[step:])


def _detailed_blocks(image: Image.Image) -> float:
    """The share of 2×2 pixel blocks over ink that are not one flat colour (a picture drawn at
    half the pixels and doubled has none)."""
    px = image.load()
    inked = detailed = 0
    for y in range(0, image.height - 1, 2):
        for x in range(0, image.width - 1, 2):
            block = (px[x, y], px[x + 1, y], px[x, y + 1], px[x + 1, y + 1])
            if min(block) < 200:
                inked += 1
                detailed += max(block) - min(block) > 24
    return detailed / max(1, inked)


def test_the_screens_get_twice_the_pixels_and_keep_their_layout(renders) -> None:
    one, two = renders[1], renders[2]
    assert (one["dpr"], two["dpr"]) == (1.0, 2.0)
    assert one["size"] == two["size"] == list(LOGICAL)
    for screen in ("home", "bureau"):
        assert one["screens"][screen]["grab"] == list(LOGICAL)
        assert two["screens"][screen]["grab"] == [2 * LOGICAL[0], 2 * LOGICAL[1]]
        items_one, items_two = one["screens"][screen]["items"], two["screens"][screen]["items"]
        assert set(items_two) == set(items_one), screen
        for name, rect in items_two.items():
            # Text set at twice the pixels may round a line's height differently: a pixel or two.
            assert rect == pytest.approx(items_one[name], abs=4), (screen, name)


@pytest.mark.parametrize(("screen", "name"), [("home", "exhibitionTitle"), ("bureau", "bureauName")])
def test_text_is_drawn_from_the_device_pixels(renders, screen, name) -> None:
    rect = renders[2]["screens"][screen]["texts"][name]["rect"]
    one, two = _crop(renders[1], screen, rect, 1), _crop(renders[2], screen, rect, 2)
    assert _sharp_edges(two) >= 1.5 * _sharp_edges(one) > 0, name
    assert _detailed_blocks(two) > 0.2, name


@pytest.mark.parametrize(("screen", "name"), [("home", "tileImage"), ("bureau", "bureauHero")])
def test_photos_are_decoded_for_the_device_pixels(renders, screen, name) -> None:
    rect = renders[2]["screens"][screen]["items"][name]
    one, two = _crop(renders[1], screen, rect, 1), _crop(renders[2], screen, rect, 2)
    assert _sharp_edges(two) >= 1.5 * _sharp_edges(one) > 0, name


def test_no_text_is_cut_off_at_2x(renders) -> None:
    width, height = LOGICAL
    for screen, seen in renders[2]["screens"].items():
        assert seen["texts"], screen
        for name, text in seen["texts"].items():
            x, y, w, h = text["rect"]
            assert not text["truncated"], (screen, name, text["text"])
            assert text["content"][0] <= w + 1, (screen, name, text["text"])
            assert x >= 0 and x + min(w, text["content"][0]) <= width + 1, (screen, name)
            assert y >= 0 and y + min(h, text["content"][1]) <= height + 1, (screen, name)


def test_touch_targets_keep_their_size_in_device_independent_pixels(renders) -> None:
    target = max(MIN_TOUCH_PX, round(MIN_TOUCH_PX * min(LOGICAL) / 1080)) - 0.5
    for screen, seen in renders[2]["screens"].items():
        assert {"languageSwitch"} <= {name for name, _, _ in seen["tappables"]}, screen
        for name, w, h in seen["tappables"]:
            assert w >= target and h >= target, (screen, name, w, h)
