"""Admin mode's idle timeout as plain timing, with an injected monotonic clock."""

from __future__ import annotations

import pytest

from kiosk.services.admin_session import AdminSession
from kiosk.settings import build_settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_session_expires_after_the_timeout_without_input() -> None:
    clock = Clock()
    session = AdminSession(timeout_s=300, clock=clock)
    assert not session.is_open and not session.expired()
    session.open()
    clock.now += 299
    assert not session.expired() and session.remaining_s() == pytest.approx(1)
    clock.now += 1
    assert session.expired() and session.remaining_s() == 0


def test_input_starts_the_idle_time_again() -> None:
    clock = Clock()
    session = AdminSession(timeout_s=300, clock=clock)
    session.open()
    clock.now += 250
    session.touch()
    clock.now += 250
    assert not session.expired()
    assert session.entered_at == 1000.0 and session.last_input == 1250.0
    clock.now += 50
    assert session.expired()


def test_a_closed_session_never_expires_and_input_does_not_reopen_it() -> None:
    clock = Clock()
    session = AdminSession(timeout_s=60, clock=clock)
    session.open()
    session.close()
    clock.now += 3600
    session.touch()
    assert not session.is_open and not session.expired()


def test_the_default_timeout_is_the_settings_five_minutes() -> None:
    timeout = build_settings().admin_idle_timeout_s
    assert timeout == 300
    assert AdminSession(timeout_s=timeout).timeout_s == 300
    with pytest.raises(ValueError, match="positive"):
        AdminSession(timeout_s=0)
