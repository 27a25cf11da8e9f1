"""The audit log's plain type and vocabulary: who did what to which field, when, from where.

An entry records outcomes only — never a PIN or any other secret.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Where an action came from.
ORIGIN_KIOSK = "kiosk"  # the touchscreen
ORIGIN_LAPTOP = "laptop"  # `kiosk --admin` in a window
ORIGIN_CLI = "cli"  # a command in a terminal

# Actions of admin entry (others — edit, publish, restore, import, trash … — are named by
# the services that perform them).
ADMIN_ENTER = "admin.enter"
ADMIN_FAIL = "admin.fail"
ADMIN_LOCKOUT = "admin.lockout"
ADMIN_LOCKED_TRY = "admin.locked"  # a PIN typed while entry was locked; not checked
ADMIN_LEAVE = "admin.leave"
ADMIN_TIMEOUT = "admin.timeout"
PIN_SET = "pin.set"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime  # timezone-aware, UTC
    origin: str
    action: str
    target: str = ""  # e.g. "bureau:huaihua"
    field: str = ""
    old: str = ""
    new: str = ""
