"""Telling systemd the kiosk is up and alive (`Type=notify`, `WatchdogSec=`), with no dependency.

systemd passes `NOTIFY_SOCKET` (a unix datagram socket; a leading `@` means the abstract
namespace) to a `Type=notify` service, and `WATCHDOG_USEC` (with `WATCHDOG_PID`) when the unit
sets `WatchdogSec=`. The kiosk sends `READY=1` once Home is on screen, then `WATCHDOG=1` from
a timer on the UI thread — so a frozen event loop stops the feeding and systemd restarts the
kiosk. Without `NOTIFY_SOCKET` (a laptop, Windows, tests) every call does nothing.

A notification that cannot be sent is logged once and never raises: the watchdog must not be
what stops an exhibition.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

log = logging.getLogger(__name__)


class SystemdNotifier:
    """sd_notify over `$NOTIFY_SOCKET`. Build one with `SystemdNotifier.from_environment()`."""

    def __init__(self, address: str | None, *, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self._watchdog_usec = watchdog_usec
        self._socket: socket.socket | None = None
        self._failed = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> SystemdNotifier:
        """From `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` (this process's, or unset)."""
        env = os.environ if environ is None else environ
        usec: int | None = None
        pid = env.get("WATCHDOG_PID", "")
        if env.get("WATCHDOG_USEC", "").isdigit() and (not pid or pid == str(os.getpid())):
            usec = int(env["WATCHDOG_USEC"]) or None
        return cls(env.get("NOTIFY_SOCKET"), watchdog_usec=usec)

    @property
    def enabled(self) -> bool:
        """Whether a service manager is listening (else every call is a no-op)."""
        return self.address is not None and os.name == "posix"  # AF_UNIX datagrams

    @property
    def feed_interval_s(self) -> float | None:
        """How often to call `feed()`: half the watchdog period (systemd's advice), or None when
        the unit has no watchdog."""
        return self._watchdog_usec / 2_000_000 if self._watchdog_usec else None

    def notify(self, state: str) -> bool:
        """Send one notification (`KEY=VALUE` lines); whether it was delivered."""
        if not self.enabled:
            return False
        assert self.address is not None
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            if self._socket is None:
                import socket  # only under a service manager: not on every start

                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto(state.encode("utf-8"), target)
        except OSError as exc:
            if not self._failed:
                log.warning("cannot notify the service manager at %s: %s", self.address, exc)
                self._failed = True
            return False
        return True

    def notify_ready(self, status: str = "Home on screen") -> bool:
        """The kiosk is up: systemd's start job for a `Type=notify` unit completes."""
        return self.notify(f"READY=1\nSTATUS={status}")

    def feed(self) -> bool:
        """Still alive: resets the unit's `WatchdogSec=` timer."""
        return self.notify("WATCHDOG=1")

    def notify_stopping(self) -> bool:
        """A clean exit is under way (so a slow shutdown is not taken for a hang)."""
        return self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
