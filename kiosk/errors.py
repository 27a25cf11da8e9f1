"""The one error type the command line reports as a single `error: …` line."""


class KioskError(Exception):
    """Work refused or failed for a reason the operator can act on; the message says it in a line."""
