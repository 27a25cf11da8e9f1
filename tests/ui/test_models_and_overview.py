"""List models pass Qt's model tester; the overview shows figures exactly as printed."""

from __future__ import annotations

import pytest
from helpers import screen
from PySide6.QtGui import QFontDatabase

from kiosk.ui import driving
from kiosk.ui.typeface import FAMILY, LATIN_FAMILY

MODELS = (
    "bureaus",
    "stories",
    "bureauPhotos",
    "stripPhotos",
    "storyPhotos",
    "viewerPhotos",
    "figures",
    "sections",
)


@pytest.mark.parametrize("name", MODELS)
def test_every_list_model_passes_the_model_tester(kiosk, qtmodeltester, name):
    win = kiosk.window
    driving.tap_named(win, "overviewEntry")
    driving.tap_named(win, "provinceBureauButton")
    driving.tap_first(win, "storyItem_")
    driving.wait_until(lambda: screen(win) == "storyScreen")
    driving.tap_named(win, "backButton")
    driving.tap_first(win, "photoThumb_")
    model = kiosk.state.models()[name]
    assert model.rowCount() > 0 or name == "storyPhotos"
    qtmodeltester.check(model, force_py=True)
    driving.tap_named(win, "languageSwitch")  # dataChanged over every row, still consistent
    qtmodeltester.check(model, force_py=True)


def _figure_text(win, key):
    card = driving.find(win, f"figure_{key}")
    value = next(i for i in driving.walk(card) if i.objectName() == "figureValue")
    return value.property("text")


def test_figures_show_exactly_as_printed(kiosk, reader):
    win = kiosk.window
    driving.tap_named(win, "overviewEntry")
    assert driving.wait_until(lambda: screen(win) == "overviewScreen")
    for figure in reader.exhibition().figures:
        assert _figure_text(win, figure.key) == str(figure.value)
    shown = {str(f.value) for f in reader.exhibition().figures}
    assert {"1596", "63"} <= shown and any("." in v for v in shown)


def test_figures_count_up_then_settle_on_the_printed_value(make_kiosk, reader, qtbot):
    """Whatever the machine's pace: the count starts below the figure (read in the same call as the
    tap, before any frame), rises, and ends exactly as printed."""
    kiosk = make_kiosk(animations=True)
    win = kiosk.window
    figure = max(reader.exhibition().figures, key=lambda f: f.value)
    driving.tap_named(win, "overviewEntry")  # the page and its cards are built during the tap
    card = driving.find(win, f"figure_{figure.key}", shown=False)  # still fading in
    assert card is not None
    assert not card.property("done")
    observed = [card.property("shown")]
    assert observed[0] < float(figure.value)

    def finished() -> bool:
        observed.append(card.property("shown"))
        return bool(card.property("done"))

    qtbot.waitUntil(finished, timeout=5000)
    assert observed == sorted(observed)  # it only counts up
    assert observed[-1] == pytest.approx(float(figure.value))
    assert _figure_text(win, figure.key) == str(figure.value)


def test_credits_are_shown(kiosk):
    win = kiosk.window
    driving.tap_named(win, "overviewEntry")
    credits = driving.find(win, "credits")
    texts = " ".join(i.property("text") or "" for i in driving.walk(credits) if i.inherits("QQuickText"))
    for expected in ("红网时刻记者 丁斯斯", "红网", "黄瑞婷", "转载"):
        assert expected in texts


def test_only_the_bundled_font_is_installed(kiosk):
    generic = {"Monospace", "Sans Serif", "Serif"}  # fontconfig aliases, backed by no file
    assert set(QFontDatabase.families()) - generic == {FAMILY, LATIN_FAMILY}
