"""List models pass Qt's model tester; the overview shows figures exactly as printed."""

from __future__ import annotations

import pytest
from helpers import screen
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from kiosk.devtools import driving
from kiosk.ui.typeface import FAMILY, LATIN_FAMILY

MODELS = (
    ("home", "bureaus"),
    ("home", "figures"),
    ("overview", "figures"),
    ("overview", "sections"),
    ("bureau", "photos"),
    ("bureau", "stripPhotos"),
    ("bureau", "stories"),
    ("story", "photos"),
    ("viewer", "photos"),
)


def _open(win, kind: str) -> None:
    """Tap to a page of `kind`, the hunan bureau's (it has photos, a strip and stories)."""
    if kind == "home":
        return
    driving.tap_named(win, "overviewEntry")
    if kind == "overview":
        return
    driving.tap_named(win, "provinceBureauButton")
    if kind == "bureau":
        return
    if kind == "story":
        driving.tap_first(win, "storyItem_")
        return
    driving.tap_first(win, "photoThumb_")


@pytest.mark.parametrize(("kind", "name"), MODELS)
def test_every_list_model_passes_the_model_tester(kiosk, qtmodeltester, kind, name):
    win = kiosk.window
    _open(win, kind)
    assert driving.wait_until(lambda: kiosk.navigator.current().kind == kind)
    page = kiosk.navigator.current()
    model = page.models()[name]
    assert model.rowCount() > 0 or (kind, name) == ("story", "photos")
    qtmodeltester.check(model)
    driving.tap_named(win, "languageSwitch")  # dataChanged over every row, still consistent
    qtmodeltester.check(model)


def test_the_models_roles_are_qts_display_role_and_its_user_roles(kiosk):
    """Qt's DisplayRole gives a row's first value, and the screens' roles begin after UserRole
    (the models spell both numbers out, so they need not import Qt's namespace at start)."""
    model = kiosk.navigator.current().models()["bureaus"]
    names = model.roleNames()
    assert min(names) == Qt.ItemDataRole.UserRole + 1
    first = model.index(0)
    slug = model.rows()[0].slug
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == model.data(first, min(names)) == slug
    assert model.data(first) == slug


def _figure_text(win, key):
    card = driving.find(win, f"figure_{key}")
    value = next(i for i in driving.walk(card) if i.objectName() == "figureValue")
    return value.property("text")


def test_figures_show_exactly_as_printed(kiosk):
    """Each card shows its number as the exhibition document writes it (the article's "1596",
    "91.3"), not as a number type would format it back."""
    from kiosk.services.seeding import default_exhibition_data

    printed = {f["key"]: f["value"] for f in default_exhibition_data()["figures"]}
    win = kiosk.window
    driving.tap_named(win, "overviewEntry")
    assert driving.wait_until(lambda: screen(win) == "overviewScreen")
    shown = {card.objectName()[len("figure_"):]: _figure_text(win, card.objectName()[len("figure_"):])
             for card in driving.find_all(win, "figure_", shown=False)}
    assert shown == printed
    assert {"1596", "63", "91.3"} <= set(shown.values())


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
