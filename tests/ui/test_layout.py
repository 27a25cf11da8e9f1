"""Home shows every tile whole (cover uncovered, name never cut), the bureau panel leads with its
cover, and a figure's unit stays with its number, in both languages at every size."""

from __future__ import annotations

import pytest
from helpers import screen
from PySide6.QtCore import QRectF

from kiosk.devtools import driving

SIZES = [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160), (1280, 1024)]


def _rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _shown_texts(win, root):
    return [
        i
        for i in driving.walk(root)
        if i.inherits("QQuickText") and driving.is_shown(i) and i.property("text")
    ]


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_tiles_show_cover_and_whole_name(make_kiosk, reader, size, language):
    kiosk = make_kiosk(size)
    win = kiosk.window
    kiosk.session.setLanguage(language)
    driving.settle(win)
    home = driving.find(win, "homeScreen")
    grid = driving.find(win, "bureauGrid")
    s = min(size) / 1080

    for text in _shown_texts(win, home):  # nothing on Home is elided or cut short
        assert not text.property("truncated"), text.property("text")

    tiles = driving.find_all(win, "bureauTile_")
    bureaus = {b.slug: b for b in reader.exhibition().bureaus if b.slug != "hunan"}
    slugs = set(bureaus)
    assert {t.objectName()[len("bureauTile_") :] for t in tiles} == slugs
    wide = size[0] >= 1.5 * size[1]
    if wide:  # a landscape kiosk: every tile on screen at once, nothing to scroll
        assert not grid.property("interactive"), f"the grid scrolls at {size}"
    window_rect = QRectF(0, 0, win.width(), win.height())
    for name in ("exhibitionTitle", "languageSwitch", "overviewEntry"):
        assert window_rect.contains(_rect(driving.find(win, name))), name
    rects = []
    for tile in tiles:
        parts = {
            i.objectName(): i
            for i in driving.walk(tile)
            if i.objectName()
            in {"tileImage", "tileName", "tileCity", "tilePlaceholder", "tilePlaceholderText"}
        }
        image, name, city = parts["tileImage"], parts["tileName"], parts["tileCity"]
        cover = _rect(image)
        # The whole 16:10 art is painted, and no text sits on it but the placeholder chip.
        assert image.property("paintedWidth") == pytest.approx(image.width(), abs=1.5)
        assert image.property("paintedHeight") == pytest.approx(image.width() / 1.6, abs=1.5)
        for text in _shown_texts(win, tile):
            if text.objectName() != "tilePlaceholderText":
                assert not _rect(text).intersects(cover), (tile.objectName(), text.property("text"))
        bureau = bureaus[tile.objectName()[len("bureauTile_") :]]
        _check_placeholder_chip(bureau, parts, cover, language, s)
        # The name fits its box (wrapped, shrunk at most to a readable size), never elided.
        assert name.property("contentHeight") <= name.height() + 1, (tile.objectName(), name.property("text"))
        assert name.property("contentWidth") <= name.width() + 1, (tile.objectName(), name.property("text"))
        assert name.property("font").pixelSize() >= round(16 * max(0.5, s)), name.property("text")
        assert city.property("lineCount") == 1
        rect = _rect(tile)
        if wide:
            assert window_rect.contains(rect), (tile.objectName(), rect)
        for other in rects:
            assert not rect.intersects(other), tile.objectName()
        rects.append(rect)


def _check_placeholder_chip(bureau, parts, cover: QRectF, language: str, s: float) -> None:
    """Placeholder art carries a legible chip exactly over its own tiny mark (kiosk/media/placeholder.py
    draws it at 3.7–32.6 % across, 6.4–13.3 % down, dashed rule included), clear of the art's
    title (bottom left, below 40 % down) and motif (right of 44 % across)."""
    chip, label = parts["tilePlaceholder"], parts["tilePlaceholderText"]
    shown = driving.is_shown(chip)
    assert shown == (bureau.cover is not None and bureau.cover.is_placeholder), bureau.slug
    if not shown:
        return
    w, h = cover.width(), cover.height()
    mark = QRectF(cover.left() + 0.037 * w, cover.top() + 0.064 * h, 0.289 * w, 0.069 * h)
    box = _rect(chip)
    assert box.contains(mark), (bureau.slug, box, mark)
    assert box.right() < cover.left() + 0.44 * w and box.bottom() < cover.top() + 0.40 * h, bureau.slug
    assert label.property("text") == ("示意图" if language == "zh" else "Placeholder")
    assert _rect(label).width() <= box.width() and label.property("contentWidth") <= box.width()
    assert label.property("font").pixelSize() >= 12 * max(1, s) - 0.5  # the art's own is ~7 px at 1080p


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_bureau_panel_leads_with_its_whole_cover(make_kiosk, reader, size):
    kiosk = make_kiosk(size)
    win = kiosk.window
    huaihua = reader.exhibition().bureau("huaihua")
    driving.tap_named(win, "bureauTile_huaihua")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    driving.settle(win)
    hero = driving.find(win, "bureauHero")
    name = driving.find(win, "bureauName")
    picture = hero.property("contentItem")
    assert picture.property("paintedWidth") == pytest.approx(hero.width(), abs=1.5)
    assert picture.property("paintedHeight") == pytest.approx(hero.width() / 1.6, abs=1.5)
    if size[0] > size[1]:  # landscape: the hero heads the right column
        assert _rect(hero).left() > _rect(name).right()
        assert _rect(hero).top() < _rect(name).bottom()
    else:  # portrait: on top, full width
        assert _rect(hero).bottom() < _rect(name).top()
        assert hero.width() == pytest.approx(win.width() - 2 * _rect(hero).left(), abs=1)
    # Huaihua has its cover only: no strip of one repeated picture.
    assert len(huaihua.photos) == 0 and not any(s.photos for s in huaihua.stories)
    assert driving.find(win, "photoStrip") is None

    driving.tap_named(win, "bureauHero")
    assert driving.wait_until(lambda: screen(win) == "photoScreen")
    assert driving.find(win, "photoList").property("count") == 1


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_figure_units_stay_with_their_numbers(make_kiosk, size, language):
    kiosk = make_kiosk(size)
    win = kiosk.window
    kiosk.session.setLanguage(language)
    driving.tap_named(win, "overviewEntry")
    assert driving.wait_until(lambda: screen(win) == "overviewScreen")
    driving.settle(win)
    cards = driving.find_all(win, "figure_")
    assert cards
    below = set()
    for card in cards:
        parts = {
            i.objectName(): i for i in driving.walk(card) if i.objectName() in {"figureValue", "figureUnit"}
        }
        value, unit = _rect(parts["figureValue"]), _rect(parts["figureUnit"])
        assert _rect(card).contains(unit)
        for text in _shown_texts(win, card):  # every line of the card inside it: nothing clipped
            bottom = _rect(text).top() + text.property("contentHeight")
            assert bottom <= _rect(card).bottom() + 1, (card.objectName(), text.property("text"))
        assert parts["figureUnit"].property("lineCount") == 1
        if abs(unit.left() - value.left()) < 1:  # under the number: right under it
            below.add(True)
            assert value.center().y() < unit.top() < value.bottom() + value.height() * 0.3
        else:  # beside it, on its baseline
            below.add(False)
            assert unit.left() >= value.right() - 1
            assert value.top() < unit.center().y() < value.bottom()
    assert len(below) == 1, "every card places its unit the same way"
