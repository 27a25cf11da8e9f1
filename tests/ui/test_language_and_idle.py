"""The zh/en switch changes every visible text at once; idle returns the kiosk to Home."""

from __future__ import annotations

from helpers import screen, text

from kiosk.devtools import driving
from kiosk.ui.strings import CHROME, chrome_strings


def test_language_switch_changes_visible_text(kiosk, reader):
    win = kiosk.window
    ex = reader.exhibition()
    assert text(win, "exhibitionTitle") == ex.title.zh
    assert text(win, "languageSwitch") == "English"

    driving.tap_named(win, "languageSwitch")
    assert driving.wait_until(lambda: text(win, "exhibitionTitle") == ex.title.en)
    assert text(win, "languageSwitch") == "中文"

    huaihua = ex.bureau("huaihua")
    driving.tap_named(win, "bureauTile_huaihua")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    assert text(win, "bureauName") == huaihua.name.en
    assert text(win, "homeButton") == "Home"

    driving.tap_named(win, "languageSwitch")  # switching on a panel updates it in place
    assert driving.wait_until(lambda: text(win, "bureauName") == huaihua.name.zh)
    assert text(win, "homeButton") == "首页"
    assert text(win, "backButton").endswith("返回")


class Countdowns:
    """What the visitor saw of each countdown, recorded as it happened (not read after a wait, so
    a slow machine changes nothing): where it began, and the numbers the overlay showed."""

    def __init__(self, kiosk) -> None:
        self.began: list[tuple[str, str]] = []  # (screen, language) when the overlay came up
        self.numbers: list[list[str]] = []  # per countdown, the numbers shown on the overlay
        self.expired = 0
        win, idle = kiosk.window, kiosk.idle

        def active() -> None:
            if idle.property("active"):
                self.began.append((screen(win), kiosk.session.property("language")))
                self.numbers.append([])
                shown()

        def shown() -> None:
            if idle.property("active") and driving.find(win, "idleOverlay") is not None:
                self.numbers[-1].append(text(win, "idleCountdown"))

        def expired() -> None:
            self.expired += 1

        idle.activeChanged.connect(active)
        idle.remainingChanged.connect(shown)
        idle.expired.connect(expired)


def test_idle_countdown_returns_home_in_default_language(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_enabled=True, idle_timeout_s=0.4, idle_countdown_s=2.0)
    win = kiosk.window
    countdowns = Countdowns(kiosk)
    driving.tap_named(win, "bureauTile_huaihua")
    driving.tap_named(win, "languageSwitch")
    qtbot.waitUntil(lambda: countdowns.expired == 1, timeout=10_000)
    # The countdown that ran out began where this visitor left off, counted down by whole seconds…
    assert countdowns.began[-1] == ("bureauScreen", "en")
    numbers = [int(n) for n in countdowns.numbers[-1]]
    assert numbers[0] == 2 and numbers[-1] == 0 and numbers == sorted(set(numbers), reverse=True)
    # … and the next visitor finds Home, in Chinese, with no overlay.
    qtbot.waitUntil(lambda: screen(win) == "homeScreen", timeout=4000)
    assert kiosk.session.property("language") == "zh"
    assert driving.find(win, "idleOverlay") is None


def test_an_english_kiosk_starts_in_english_and_idle_returns_it_to_english(make_kiosk, reader, qtbot):
    """`kiosk --lang en`: English is the default a visitor finds and the next one is given."""
    from kiosk.content.types import Language

    kiosk = make_kiosk(idle_enabled=True, idle_timeout_s=0.4, idle_countdown_s=0.5,
                       default_language=Language.EN)
    win = kiosk.window
    countdowns = Countdowns(kiosk)
    assert text(win, "exhibitionTitle") == reader.exhibition().title.en
    assert text(win, "languageSwitch") == "中文"
    driving.tap_named(win, "languageSwitch")  # this visitor reads Chinese, on a panel
    driving.tap_first(win, "bureauTile_")
    qtbot.waitUntil(lambda: countdowns.expired == 1, timeout=10_000)  # they walk away
    assert countdowns.began[-1] == ("bureauScreen", "zh")
    qtbot.waitUntil(lambda: screen(win) == "homeScreen", timeout=4000)
    assert kiosk.session.property("language") == "en"
    assert text(win, "exhibitionTitle") == reader.exhibition().title.en


def test_continue_cancels_the_countdown(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_enabled=True, idle_timeout_s=0.4, idle_countdown_s=3.0)
    win = kiosk.window
    driving.tap_named(win, "bureauTile_huaihua")
    qtbot.waitUntil(lambda: driving.find(win, "idleContinue") is not None, timeout=3000)
    countdowns = Countdowns(kiosk)
    driving.tap_named(win, "idleContinue")
    qtbot.waitUntil(lambda: driving.find(win, "idleOverlay") is None, timeout=1000)
    assert screen(win) == "bureauScreen"
    assert countdowns.expired == 0  # cancelled, not run out


def test_idle_stays_quiet_at_home_in_default_language(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_enabled=True, idle_timeout_s=0.2, idle_countdown_s=1.0)
    shown = []
    kiosk.idle.activeChanged.connect(lambda: shown.append(kiosk.idle.property("active")))
    # Several quiet spells end with nothing to undo: each is skipped, none shows the countdown.
    qtbot.waitUntil(lambda: kiosk.idle.countdowns_skipped() >= 3, timeout=3000)
    assert shown == []


def test_chinese_chrome_uses_full_width_punctuation():
    """Chinese sets ？ ！ ： ， ； （ ） full-width (the idle title is "还在浏览吗？")."""
    assert chrome_strings("zh")["idleTitle"].endswith("？")
    for key, texts in CHROME.items():
        half = [ch for ch in texts["zh"] if ch in "?!:;,()"]
        assert not half, f"{key}: {texts['zh']!r} has half-width {half}"


def test_idle_watches_the_kiosk_window_not_the_whole_application(make_kiosk, qapp):
    """Input to the window counts; events to other objects never pass through the (Python) filter."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent

    kiosk = make_kiosk(idle_enabled=True, idle_timeout_s=60, idle_countdown_s=5)
    before = kiosk.idle.events_seen()
    driving.tap_named(kiosk.window, "languageSwitch")
    assert kiosk.idle.events_seen() >= before + 2  # press and release
    seen = kiosk.idle.events_seen()
    other = QObject()
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    qapp.sendEvent(other, key)
    assert kiosk.idle.events_seen() == seen
