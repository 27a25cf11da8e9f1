"""When admin mode ends by itself: after `timeout_s` without the editor's input.

Plain timing, no Qt: the UI reports input (`touch`) and asks `expired()` (or `remaining_s()` to
arm a single timer). Time is a monotonic clock, injected, so a wall-clock change never ends or
prolongs a session, and tests never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MonotonicClock = Callable[[], float]


class AdminSession:
    """One stay in admin mode: open after the right PIN, until Leave or the idle timeout."""

    def __init__(self, *, timeout_s: float = 300.0, clock: MonotonicClock = time.monotonic) -> None:
        if timeout_s <= 0:
            raise ValueError("the admin idle timeout must be positive")
        self.timeout_s = timeout_s
        self._clock = clock
        self.entered_at: float | None = None
        self.last_input: float | None = None

    @property
    def is_open(self) -> bool:
        return self.entered_at is not None

    def open(self) -> None:
        self.entered_at = self.last_input = self._clock()

    def touch(self) -> None:
        """The editor did something (a touch, a key, a drag): the idle time starts again."""
        if self.is_open:
            self.last_input = self._clock()

    def close(self) -> None:
        self.entered_at = self.last_input = None

    def remaining_s(self, now: float | None = None) -> float:
        """Seconds before the session expires (0 when expired or closed)."""
        if self.last_input is None:
            return 0.0
        moment = self._clock() if now is None else now
        return max(self.timeout_s - (moment - self.last_input), 0.0)

    def expired(self, now: float | None = None) -> bool:
        """Open, and idle for the whole timeout: time to go back to visitors (the draft stays)."""
        return self.is_open and self.remaining_s(now) <= 0
