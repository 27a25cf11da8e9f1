"""What admin mode needs from the services, as small protocols: the composition root
(`kiosk/app.py`) hands it the real services; the screens never see the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class PinCheck(Protocol):
    """The outcome of one PIN entry: let in, or not and why."""

    @property
    def ok(self) -> bool: ...

    @property
    def attempts_left(self) -> int | None:
        """Wrong PINs still allowed before entry locks (None: not counted)."""
        ...

    @property
    def locked_for_s(self) -> float:
        """> 0: entry is locked for this long."""
        ...


class PinGate(Protocol):
    def has_pin(self) -> bool:
        """Whether an admin PIN has been set (`kiosk set-pin`)."""
        ...

    def check(self, pin: str) -> PinCheck:
        """Check a PIN; counts failures and locks entry after too many (audited)."""
        ...

    def locked_for_s(self) -> float:
        """Seconds entry stays locked (0 when it is not)."""
        ...

    def left(self) -> None:
        """The editor pressed Leave (audited)."""
        ...

    def timed_out(self) -> None:
        """Admin mode closed by itself after the idle timeout (audited)."""
        ...


@dataclass(frozen=True)
class AdminServices:
    """Everything admin mode works through, built by the composition root from the open store."""

    gate: PinGate
