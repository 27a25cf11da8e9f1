"""Getting into admin mode: the hidden corner, the PIN pad, the lock-out, Leave and the timeout.

Every key is a finger's tap on the pad; the PIN is checked by the real security service over a
real database (scrypt hash, lock-out persisted)."""

from __future__ import annotations

from pathlib import Path

from helpers import PIN, enter_pin, screen

from kiosk.devtools import driving
from kiosk.services.startup import open_store
from kiosk.settings import build_settings


def _message(win) -> str:
    return driving.find(win, "pinMessage").property("text")


def test_a_three_second_press_in_the_corner_opens_the_pin_pad(open_kiosk, pin_store):
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    corner = driving.find(win, "adminCorner")
    driving.tap(win, corner, hold_ms=1000)  # a short press does nothing
    assert driving.find(win, "pinPad") is None
    driving.tap(win, corner, hold_ms=3300)
    assert driving.wait_until(lambda: driving.find(win, "pinPad") is not None)
    assert _message(win) == ""


def test_the_right_pin_enters_and_leave_returns_to_visitors(open_kiosk, pin_store):
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    kiosk.admin.requestEntry()  # what `kiosk --admin` does at start
    enter_pin(win, PIN)
    assert driving.wait_until(lambda: driving.find(win, "adminDesk") is not None)
    assert driving.find(win, "pinPad") is None
    driving.tap_named(win, "adminLeave")
    assert driving.wait_until(lambda: driving.find(win, "adminDesk") is None)
    assert screen(win) == "homeScreen"


def test_wrong_pins_fail_and_the_fifth_locks_entry_across_a_restart(open_kiosk, pin_store, settings):
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    kiosk.admin.requestEntry()
    enter_pin(win, "000000")
    assert driving.find(win, "adminDesk") is None
    assert _message(win) == "密码错误，还可尝试 4 次"
    for _ in range(4):
        enter_pin(win, "000000")
    assert "已锁定" in _message(win)
    enter_pin(win, PIN)  # the keys are off while locked: even the right PIN does not enter
    assert driving.find(win, "adminDesk") is None
    kiosk.close()

    # A restart: the same database, a new window.
    reopened = open_store(build_settings(data_dir=Path(pin_store.engine.url.database).parent))
    try:
        again = open_kiosk(reopened)
        again.admin.requestEntry()
        assert driving.wait_until(lambda: "已锁定" in _message(again.window))
        assert again.admin.property("lockedSeconds") > 0
    finally:
        reopened.close()


def test_until_a_pin_is_set_the_pad_says_how_to_set_one(open_kiosk, visitor_store):
    kiosk = open_kiosk(visitor_store)
    kiosk.admin.requestEntry()
    assert driving.wait_until(lambda: driving.find(kiosk.window, "pinPad") is not None)
    assert "kiosk set-pin" in _message(kiosk.window)
    driving.tap_named(kiosk.window, "pinCancel")
    assert driving.wait_until(lambda: driving.find(kiosk.window, "pinPad") is None)


def test_admin_closes_by_itself_after_its_timeout_and_pauses_the_visitor_reset(open_kiosk, pin_store):
    kiosk = open_kiosk(
        pin_store, admin_idle_timeout_s=1.5, idle_enabled=True, idle_timeout_s=0.3, idle_countdown_s=0.5
    )
    win = kiosk.window
    seen = []
    kiosk.idle.activeChanged.connect(
        lambda: seen.append((kiosk.admin.property("stage"), kiosk.idle.property("active")))
    )
    driving.tap_named(win, "bureauTile_huaihua")
    kiosk.admin.requestEntry()
    enter_pin(win, PIN)
    assert driving.wait_until(lambda: driving.find(win, "adminDesk") is not None)
    assert driving.wait_until(lambda: driving.find(win, "adminDesk") is None, 5.0)  # by itself
    assert kiosk.admin.timeouts == 1
    # The visitor countdown (after 0.3 s) never showed while admin mode was open; it runs again
    # once visitors have the kiosk back, and takes them Home.
    assert not any(active for stage, active in seen if stage != "closed")
    assert driving.wait_until(lambda: screen(win) == "homeScreen", 20.0)
