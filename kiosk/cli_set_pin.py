"""`kiosk set-pin`: read a new admin PIN twice — from the terminal without echo, or two lines
of stdin — and store its hash. Neither the PIN nor any of its digits is ever printed."""

from __future__ import annotations

import getpass
from typing import TextIO

from kiosk.content.audit import ORIGIN_CLI
from kiosk.errors import KioskError
from kiosk.settings import Settings


def read_new_pin(stdin: TextIO) -> str:
    """The new PIN, entered twice and checked; KioskError (without the PIN) when refused."""
    from kiosk.services.security import validate_pin

    if stdin.isatty():
        first = getpass.getpass("New admin PIN (6 or more digits): ")
        validate_pin(first)
        second = getpass.getpass("The same PIN again: ")
    else:
        first, second = _line(stdin), _line(stdin)
        validate_pin(first)
    if second != first:
        raise KioskError("the two PINs differ; nothing was changed")
    return first


def _line(stdin: TextIO) -> str:
    line = stdin.readline()
    if not line:
        raise KioskError("expected the new PIN twice, one per line, on stdin")
    return line.strip()


def set_pin_command(settings: Settings, stdin: TextIO) -> str:
    """Read, check and store the PIN; returns the confirmation to print."""
    pin = read_new_pin(stdin)
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.services.security import set_pin
    from kiosk.services.startup import open_store

    store = open_store(settings, seed=False)
    try:
        set_pin(store.sessions, pin, origin=ORIGIN_CLI)
    except SQLAlchemyError as exc:  # its text would carry the statement's parameters
        cause = type(getattr(exc, "orig", None) or exc).__name__
        raise KioskError(f"could not store the PIN in the database ({cause})") from None
    finally:
        store.close()
    return f"admin PIN set for {settings.data_dir}; earlier failures and any lock-out are cleared"
