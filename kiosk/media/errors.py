"""The one exception the media pipeline raises for bad input."""

from __future__ import annotations


class MediaError(ValueError):
    """A file the kiosk refuses: `str(error)` is one line a person can act on.

    Callers print it as ``error: <message>``; it never holds a traceback or a newline.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
