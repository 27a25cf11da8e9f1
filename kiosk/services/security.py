"""The admin PIN and the lock-out: set it, check it, and count failures in the database.

The PIN itself is never stored, logged, audited or put in an exception message: the database
holds a salted scrypt hash (N=2^17, r=8, p=1, 16-byte salt, 32-byte key) and audit rows hold
outcomes only. Five wrong PINs in a row lock entry for a delay that grows with every lock-out
in a row (30 s, 1 min, 2 min, 5 min, 15 min, 30 min, then 1 h each time); a right PIN, or a new
PIN set from the command line, clears it. The state is a row of `admin_secrets`, so a restart
keeps the lock. Time comes in as a parameter (`now`) or a clock, so tests never sleep.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.content import audit as actions
from kiosk.errors import KioskError
from kiosk.store import audit
from kiosk.store.audit import as_utc
from kiosk.store.models import AdminSecretRow

Clock = Callable[[], datetime]

MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 32
ATTEMPTS_BEFORE_LOCK = 5
LOCK_DELAYS_S = (30.0, 60.0, 120.0, 300.0, 900.0, 1800.0, 3600.0)  # the last one repeats


@dataclass(frozen=True, slots=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1
    key_bytes: int = 32
    salt_bytes: int = 16

    @property
    def maxmem(self) -> int:
        """Room for scrypt's 128·r·N bytes, twice over (OpenSSL's default cap is 32 MiB)."""
        return 2 * 128 * self.r * self.n + 1024 * 1024


PIN_SCRYPT = ScryptParams()
_SCHEME = "scrypt"


class PinStatus(enum.StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"  # entry is locked: the PIN was not even checked
    NO_PIN = "no-pin"  # no PIN has been set yet (`kiosk set-pin`)


@dataclass(frozen=True, slots=True)
class PinResult:
    """The outcome of one PIN entry."""

    status: PinStatus
    attempts_left: int | None = None  # wrong PINs still allowed before entry locks
    locked_until: datetime | None = None  # UTC, when status is LOCKED
    locked_for_s: float = 0.0  # > 0 when status is LOCKED

    @property
    def ok(self) -> bool:
        return self.status is PinStatus.OK


@dataclass(frozen=True, slots=True)
class LockState:
    has_pin: bool
    locked_until: datetime | None  # UTC; None when entry is open
    locked_for_s: float  # 0 when entry is open
    attempts_left: int  # wrong PINs still allowed before the next lock-out
    lockouts: int  # lock-outs in a row since the last right PIN

    @property
    def locked(self) -> bool:
        return self.locked_for_s > 0


def _utc_now() -> datetime:
    return datetime.now(UTC)


# -- hashing -------------------------------------------------------------------------------
def validate_pin(pin: str) -> None:
    """Refuse a PIN that is not 6+ ASCII digits; the message never repeats the PIN."""
    if not (pin.isascii() and pin.isdigit()):
        raise KioskError("the PIN must be digits only (0-9)")
    if len(pin) < MIN_PIN_DIGITS:
        raise KioskError(f"the PIN must be at least {MIN_PIN_DIGITS} digits")
    if len(pin) > MAX_PIN_DIGITS:
        raise KioskError(f"the PIN must be at most {MAX_PIN_DIGITS} digits")


def hash_pin(pin: str, params: ScryptParams = PIN_SCRYPT) -> str:
    """`scrypt$N$r$p$salt$key` (base64): the parameters travel with the hash."""
    salt = secrets.token_bytes(params.salt_bytes)
    key = _scrypt(pin, salt, params.n, params.r, params.p, params.key_bytes)
    return "$".join((_SCHEME, str(params.n), str(params.r), str(params.p), _b64(salt), _b64(key)))


def verify_pin(pin: str, encoded: str) -> bool:
    """Whether `pin` matches `encoded`, compared in constant time; a malformed hash is False."""
    try:
        scheme, n, r, p, salt, key = encoded.split("$")
        if scheme != _SCHEME or int(n) > 2**20 or int(r) > 16 or int(p) > 4:  # no 2 TiB tamper
            return False
        expected = base64.b64decode(key, validate=True)
        actual = _scrypt(pin, base64.b64decode(salt, validate=True), int(n), int(r), int(p), len(expected))
    except ValueError:  # also binascii.Error; scrypt's own refusals of bad parameters
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, key_bytes: int) -> bytes:
    maxmem = ScryptParams(n=n, r=r, p=p).maxmem
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=key_bytes)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def lock_delay_s(lockouts: int) -> float:
    """How long the `lockouts`-th lock-out in a row lasts (1 → 30 s, …, capped)."""
    return LOCK_DELAYS_S[min(max(lockouts, 1), len(LOCK_DELAYS_S)) - 1]


# -- the service ---------------------------------------------------------------------------
def has_pin(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return session.get(AdminSecretRow, 1) is not None


def set_pin(sessions: sessionmaker[Session], pin: str, *, origin: str, now: datetime | None = None) -> None:
    """Store a new PIN (its hash), clearing failures and any lock-out; audited as `pin.set`."""
    validate_pin(pin)
    encoded = hash_pin(pin)
    moment = as_utc(now) if now is not None else _utc_now()
    with sessions.begin() as session:
        row = session.get(AdminSecretRow, 1)
        if row is None:
            row = AdminSecretRow(id=1)
            session.add(row)
        row.pin_hash, row.set_at = encoded, moment
        row.failed_attempts, row.locked_until, row.lockouts = 0, None, 0
        audit.append(session, action=actions.PIN_SET, target="admin", origin=origin, at=moment)


def lock_state(sessions: sessionmaker[Session], now: datetime | None = None) -> LockState:
    moment = as_utc(now) if now is not None else _utc_now()
    with sessions() as session:
        row = session.get(AdminSecretRow, 1)
        if row is None:
            return LockState(False, None, 0.0, ATTEMPTS_BEFORE_LOCK, 0)
        return _state(row, moment)


def check_pin(
    sessions: sessionmaker[Session], pin: str, *, origin: str, now: datetime | None = None
) -> PinResult:
    """Check one PIN entry: OK (entry audited, failures cleared), WRONG (audited, with the
    attempts left; the fifth in a row locks entry, audited), LOCKED (not checked), or NO_PIN."""
    moment = as_utc(now) if now is not None else _utc_now()
    with sessions() as session:
        row = session.get(AdminSecretRow, 1)
        if row is None:
            return PinResult(PinStatus.NO_PIN)
        state, encoded = _state(row, moment), row.pin_hash
    if state.locked:
        with sessions.begin() as session:
            audit.append(session, action=actions.ADMIN_LOCKED_TRY, target="admin", origin=origin, at=moment)
        return PinResult(PinStatus.LOCKED, 0, state.locked_until, state.locked_for_s)
    matches = verify_pin(pin, encoded)  # slow: outside any transaction
    with sessions.begin() as session:
        # Take the row's write lock first, so two screens counting at once lose no failure.
        session.execute(update(AdminSecretRow).where(AdminSecretRow.id == 1).values(id=1))
        row = session.scalars(select(AdminSecretRow).where(AdminSecretRow.id == 1)).one()
        if matches:
            row.failed_attempts, row.locked_until, row.lockouts = 0, None, 0
            audit.append(session, action=actions.ADMIN_ENTER, target="admin", origin=origin, at=moment)
            return PinResult(PinStatus.OK)
        return _count_failure(session, row, moment, origin)


def _count_failure(session: Session, row: AdminSecretRow, moment: datetime, origin: str) -> PinResult:
    row.failed_attempts += 1
    left = max(ATTEMPTS_BEFORE_LOCK - row.failed_attempts, 0)
    note = f"{left} attempts left"
    audit.append(session, action=actions.ADMIN_FAIL, target="admin", new=note, origin=origin, at=moment)
    if left > 0:
        return PinResult(PinStatus.WRONG, attempts_left=left)
    row.lockouts += 1
    delay = lock_delay_s(row.lockouts)
    row.failed_attempts, row.locked_until = 0, moment + timedelta(seconds=delay)
    audit.append(
        session,
        action=actions.ADMIN_LOCKOUT,
        target="admin",
        new=f"locked for {delay:g} s (lock-out {row.lockouts} in a row)",
        origin=origin,
        at=moment,
    )
    return PinResult(PinStatus.LOCKED, 0, row.locked_until, delay)


def _state(row: AdminSecretRow, moment: datetime) -> LockState:
    remaining = 0.0
    if row.locked_until is not None:
        # Never longer than the lock-out's own delay: a clock set back cannot lock for a year.
        remaining = min((as_utc(row.locked_until) - moment).total_seconds(), lock_delay_s(row.lockouts))
    if remaining <= 0:
        return LockState(True, None, 0.0, ATTEMPTS_BEFORE_LOCK - row.failed_attempts, row.lockouts)
    return LockState(True, moment + timedelta(seconds=remaining), remaining, 0, row.lockouts)


class AdminGate:
    """The PIN pad's view of all this for one screen (`origin` kiosk or laptop), with a clock:
    what `kiosk/app.py` hands the admin controller (its `PinGate` protocol)."""

    def __init__(self, sessions: sessionmaker[Session], *, origin: str, clock: Clock = _utc_now) -> None:
        self._sessions, self._origin, self._clock = sessions, origin, clock

    def has_pin(self) -> bool:
        return has_pin(self._sessions)

    def check(self, pin: str) -> PinResult:
        return check_pin(self._sessions, pin, origin=self._origin, now=self._clock())

    def lock_state(self) -> LockState:
        return lock_state(self._sessions, self._clock())

    def locked_for_s(self) -> float:
        return self.lock_state().locked_for_s

    def left(self) -> None:
        """The editor pressed Leave."""
        self._record(actions.ADMIN_LEAVE)

    def timed_out(self) -> None:
        """Admin mode closed by itself after the idle timeout."""
        self._record(actions.ADMIN_TIMEOUT)

    def _record(self, action: str) -> None:
        with self._sessions.begin() as session:
            audit.append(session, action=action, target="admin", origin=self._origin, at=self._clock())
