"""The admin PIN and lock-out on a real SQLite file through the real migrations; time is a
parameter, so nothing sleeps."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.errors import KioskError
from kiosk.services.security import (
    AdminGate,
    PinStatus,
    check_pin,
    has_pin,
    lock_delay_s,
    lock_state,
    set_pin,
)
from kiosk.services.startup import OpenedStore, open_store
from kiosk.settings import build_settings
from kiosk.store import audit

PIN = "739164"
WRONG = "111111"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _open(folder: Path) -> OpenedStore:
    return open_store(build_settings(data_dir=folder), seed=False)


@pytest.fixture
def store(tmp_path: Path):
    opened = _open(tmp_path)
    set_pin(opened.sessions, PIN, origin="cli", now=T0)
    yield opened
    opened.close()


def _actions(store: OpenedStore) -> list[str]:
    with store.sessions() as session:
        return [entry.action for entry in reversed(audit.entries(session, limit=1000))]


def _fail(store: OpenedStore, times: int, now: datetime) -> list:
    return [check_pin(store.sessions, WRONG, origin="kiosk", now=now) for _ in range(times)]


def test_without_a_pin_nobody_gets_in(tmp_path: Path) -> None:
    opened = _open(tmp_path)
    assert not has_pin(opened.sessions)
    assert check_pin(opened.sessions, PIN, origin="kiosk", now=T0).status is PinStatus.NO_PIN
    assert check_pin(opened.sessions, "", origin="kiosk", now=T0).status is PinStatus.NO_PIN
    opened.close()


def test_the_right_pin_enters_and_is_audited(store: OpenedStore) -> None:
    assert has_pin(store.sessions)
    result = check_pin(store.sessions, PIN, origin="kiosk", now=T0)
    assert result.ok and result.status is PinStatus.OK
    assert _actions(store) == ["pin.set", "admin.enter"]
    with store.sessions() as session:
        entry = audit.entries(session, limit=1)[0]
    assert (entry.origin, entry.at) == ("kiosk", T0)


def test_the_database_holds_a_salted_scrypt_hash_not_the_pin(tmp_path: Path, store: OpenedStore) -> None:
    with sqlite3.connect(tmp_path / "exhibition.sqlite3") as connection:
        (stored,) = connection.execute("SELECT pin_hash FROM admin_secrets").fetchone()
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**17), "8", "1")
    assert PIN not in stored
    set_pin(store.sessions, PIN, origin="cli", now=T0)  # the same PIN again: a new salt
    with sqlite3.connect(tmp_path / "exhibition.sqlite3") as connection:
        (again,) = connection.execute("SELECT pin_hash FROM admin_secrets").fetchone()
    assert again.split("$")[4] != salt and again.split("$")[5] != key


def test_a_wrong_pin_fails_with_the_attempts_left(store: OpenedStore) -> None:
    results = _fail(store, 4, T0)
    assert [r.status for r in results] == [PinStatus.WRONG] * 4
    assert [r.attempts_left for r in results] == [4, 3, 2, 1]
    assert not any(r.ok for r in results)
    assert _actions(store) == ["pin.set"] + ["admin.fail"] * 4


def test_the_fifth_failure_locks_even_the_right_pin_out(store: OpenedStore) -> None:
    *_, fifth = _fail(store, 5, T0)
    assert fifth.status is PinStatus.LOCKED
    assert fifth.locked_for_s == 30 and fifth.locked_until == T0 + timedelta(seconds=30)
    right_pin = check_pin(store.sessions, PIN, origin="kiosk", now=T0 + timedelta(seconds=10))
    assert right_pin.status is PinStatus.LOCKED and right_pin.locked_for_s == pytest.approx(20)
    assert _actions(store) == ["pin.set"] + ["admin.fail"] * 5 + ["admin.lockout", "admin.locked"]


def test_the_lock_survives_a_restart_and_opens_after_its_delay(tmp_path: Path, store: OpenedStore) -> None:
    _fail(store, 5, T0)
    store.close()

    reopened = _open(tmp_path)  # a fresh engine on the same file: the kiosk restarted
    state = lock_state(reopened.sessions, T0 + timedelta(seconds=29))
    assert state.locked and state.locked_for_s == pytest.approx(1)
    early = check_pin(reopened.sessions, PIN, origin="kiosk", now=T0 + timedelta(seconds=29))
    assert early.status is PinStatus.LOCKED

    later = T0 + timedelta(seconds=31)
    assert not lock_state(reopened.sessions, later).locked
    assert lock_state(reopened.sessions, later).attempts_left == 5
    assert check_pin(reopened.sessions, PIN, origin="kiosk", now=later).ok
    reopened.close()


def test_each_lockout_in_a_row_lasts_longer_and_a_right_pin_resets_them(store: OpenedStore) -> None:
    assert _fail(store, 5, T0)[-1].locked_for_s == 30
    second = T0 + timedelta(seconds=31)
    assert _fail(store, 5, second)[-1].locked_for_s == 60
    third = second + timedelta(seconds=61)
    assert _fail(store, 5, third)[-1].locked_for_s == 120

    open_again = third + timedelta(seconds=121)
    assert check_pin(store.sessions, PIN, origin="kiosk", now=open_again).ok
    assert _fail(store, 5, open_again)[-1].locked_for_s == 30  # back to the first delay


def test_delays_grow_to_a_cap() -> None:
    delays = [lock_delay_s(n) for n in range(1, 10)]
    assert delays[:4] == [30, 60, 120, 300]
    assert delays == sorted(delays) and delays[-1] == delays[-2] == 3600


def test_a_clock_set_back_cannot_lock_longer_than_the_delay(store: OpenedStore) -> None:
    _fail(store, 5, T0)
    a_year_earlier = T0 - timedelta(days=365)
    assert lock_state(store.sessions, a_year_earlier).locked_for_s == 30


def test_setting_a_new_pin_clears_the_lock(store: OpenedStore) -> None:
    _fail(store, 5, T0)
    set_pin(store.sessions, "20261201", origin="cli", now=T0 + timedelta(seconds=1))
    assert not lock_state(store.sessions, T0 + timedelta(seconds=2)).locked
    assert not check_pin(store.sessions, PIN, origin="kiosk", now=T0 + timedelta(seconds=2)).ok
    assert check_pin(store.sessions, "20261201", origin="kiosk", now=T0 + timedelta(seconds=3)).ok


@pytest.mark.parametrize(
    ("pin", "message"),
    [("73916", "at least 6 digits"), ("73916a", "digits only"), ("७३९१६४", "digits only"), ("", "digits")],
)
def test_a_bad_new_pin_is_refused_without_repeating_it(tmp_path: Path, pin: str, message: str) -> None:
    opened = _open(tmp_path)
    with pytest.raises(KioskError, match=message) as refused:
        set_pin(opened.sessions, pin, origin="cli")
    assert not pin or pin not in str(refused.value)
    assert not has_pin(opened.sessions)
    opened.close()


def test_the_gate_audits_entry_leave_and_timeout_with_its_origin_and_clock(store: OpenedStore) -> None:
    now = [T0]
    gate = AdminGate(store.sessions, origin="laptop", clock=lambda: now[0])
    assert gate.has_pin() and gate.locked_for_s() == 0
    assert gate.check(PIN).ok
    gate.left()
    for _ in range(5):
        gate.check(WRONG)
    now[0] = T0 + timedelta(seconds=12)
    assert gate.locked_for_s() == pytest.approx(18)
    gate.timed_out()
    with store.sessions() as session:
        entries = audit.entries(session, limit=3)
    assert [e.action for e in entries] == ["admin.timeout", "admin.lockout", "admin.fail"]
    assert {e.origin for e in entries} == {"laptop"}
