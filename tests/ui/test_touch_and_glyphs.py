"""Touch targets are big enough at every size; every exhibition text renders with the bundled fonts,
in the family its language is set in."""

from __future__ import annotations

import pytest
from helpers import screen, tappables, touch_target
from PySide6.QtGui import QFont, QTextLayout

from kiosk.content.texts import localized_texts
from kiosk.devtools import driving
from kiosk.ui.strings import CHROME, LANGUAGE_NAMES, SPLASH, chrome_strings
from kiosk.ui.typeface import FAMILY, LATIN_FAMILY


def _visit_every_screen(kiosk):
    """Yield once per screen, each one on screen when yielded: home, overview, bureau (hunan:
    photos and stories), photo, story, idle."""
    win = kiosk.window

    def reached(name: str) -> None:
        assert driving.wait_until(lambda: screen(win) == name), f"{screen(win)} instead of {name}"

    reached("homeScreen")
    yield "home"
    driving.tap_named(win, "overviewEntry")
    reached("overviewScreen")
    yield "overview"
    driving.tap_named(win, "provinceBureauButton")
    reached("bureauScreen")
    yield "bureau"
    driving.tap_first(win, "photoThumb_")
    reached("photoScreen")
    yield "photo"
    driving.tap_named(win, "backButton")
    reached("bureauScreen")
    driving.tap_first(win, "storyItem_")
    reached("storyScreen")
    yield "story"
    kiosk.idle.show_countdown_now()
    assert driving.wait_until(lambda: driving.find(win, "idleContinue") is not None)
    yield "idle"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160)])
def test_every_tappable_item_is_big_enough(make_kiosk, size):
    kiosk = make_kiosk(size)
    win = kiosk.window
    target = touch_target(win) - 0.5
    checked = {}
    for where in _visit_every_screen(kiosk):
        driving.settle(win)
        checked[where] = 0
        for item in tappables(win):
            if item.objectName() == "" and item.inherits("QQuickMouseArea"):
                continue  # the idle overlay's full-window catcher
            assert item.width() >= target and item.height() >= target, (
                f"{where}: {item.objectName() or item.metaObject().className()} is "
                f"{item.width():.0f}×{item.height():.0f}, needs {target:.0f}"
            )
            assert item.objectName(), f"{where}: a tappable {item.metaObject().className()} has no objectName"
            checked[where] += 1
    # Every screen was reached and had its own buttons measured (Home: fourteen tiles and more).
    assert list(checked) == ["home", "overview", "bureau", "photo", "story", "idle"]
    assert all(checked.values()), checked
    assert checked["home"] >= 14 + 2, checked


def _texts(reader) -> dict[str, list[str]]:
    """Every text each language's screens can show. English screens can show Chinese too: a
    missing translation falls back to it, and the switch to Chinese is labelled "中文"."""
    ex = reader.exhibition()
    seen: dict[str, list[str]] = {"zh": [], "en": []}

    for text in localized_texts(ex):
        seen["zh"].extend(t for t in (text.zh,) if t)
        seen["en"].extend(t for t in (text.en, text.zh) if t)
    for language in ("zh", "en"):
        seen[language].extend(chrome_strings(language).values())
    seen["zh"].extend(t["zh"] for t in CHROME.values())
    seen["en"].extend(t["zh"] for t in CHROME.values())
    seen["en"].extend(LANGUAGE_NAMES.values())
    seen["zh"].extend(LANGUAGE_NAMES.values())
    seen["zh"].extend(t["zh"] for t in SPLASH.values())  # the splash sets each in its language's face
    seen["en"].extend(t["en"] for t in SPLASH.values())
    return seen


def _runs(text: str, font: QFont):
    layout = QTextLayout(text.replace("\n", " "), font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    return layout.glyphRuns()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_bundled_fonts_have_every_glyph(kiosk, reader, language):
    """Each language's texts, set as that language's screens set them, render from the bundled
    files alone (tests hide the system's fonts): no glyph 0 (a box), no other family."""
    allowed = set(kiosk.typefaces.families(language))
    assert allowed == ({FAMILY} if language == "zh" else {LATIN_FAMILY, FAMILY})
    missing = set()
    for bold in (False, True):
        font = kiosk.typefaces.font(language, pixel_size=30, bold=bold)
        for text in _texts(reader)[language]:
            for run in _runs(text, font):
                assert run.rawFont().familyName() in allowed, (text, run.rawFont().familyName())
                if 0 in run.glyphIndexes():
                    missing.update(ch for ch in text if ch.strip())
    assert not missing, f"characters without a glyph in {allowed} (sample): {sorted(missing)[:40]}"


def test_english_sets_latin_in_noto_sans_and_chinese_in_the_cjk_face(kiosk):
    font = kiosk.typefaces.font("en", pixel_size=40)
    runs = _runs("Party Building’s “Three Essays”: Service", font)
    assert [r.rawFont().familyName() for r in runs] == [LATIN_FAMILY]
    # Proportional punctuation: ’ and “ are far narrower than a full-width (1 em) glyph.
    for mark in "’“:":
        (run,) = _runs(mark, font)
        assert (
            run.positions()[-1].x() + run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())[-1].x() < 20
        )
    mixed = {r.rawFont().familyName(): r for r in _runs("Huaihua 怀化 →", font)}
    assert set(mixed) == {LATIN_FAMILY, FAMILY}
    assert 0 not in mixed[FAMILY].glyphIndexes()
    (zh_run,) = _runs("还在浏览吗？", kiosk.typefaces.font("zh", pixel_size=40))
    assert zh_run.rawFont().familyName() == FAMILY


def test_language_switch_changes_the_font_at_once(kiosk):
    win = kiosk.window
    title = driving.find(win, "exhibitionTitle")
    assert title.property("font").family() == FAMILY
    assert kiosk.font_family == FAMILY
    driving.tap_named(win, "languageSwitch")
    assert title.property("font").families() == [LATIN_FAMILY, FAMILY]
    assert title.property("font").bold()  # the Label's own settings survive the switch
    assert kiosk.font_family == LATIN_FAMILY
    driving.tap_named(win, "bureauTile_huaihua")
    assert driving.wait_until(lambda: driving.find(win, "bureauName") is not None)
    assert driving.find(win, "bureauName").property("font").family() == LATIN_FAMILY
    driving.tap_named(win, "languageSwitch")
    assert driving.find(win, "bureauName").property("font").families() == [FAMILY]
