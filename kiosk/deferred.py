"""Objects built on first use, so that what a visitor never needs is never loaded for them.

Admin mode's services import SQLAlchemy, Alembic and Pillow (~0.5 s and ~40 MB); the visitor's
screens need none of them. The composition root hands the screens `OnFirstUse` stand-ins,
which build the real service the first time an attribute is read — when an editor opens the
PIN pad — and then forward to it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class OnFirstUse:
    """Stands in for `build()`'s result, built (once, thread-safely) when an attribute is first
    read; every attribute is then the real object's."""

    __slots__ = ("_build", "_built", "_lock")

    def __init__(self, build: Callable[[], Any]) -> None:
        object.__setattr__(self, "_build", build)
        object.__setattr__(self, "_built", None)
        object.__setattr__(self, "_lock", threading.Lock())

    def built(self) -> bool:
        """Whether the real object exists yet (nothing is built by asking)."""
        return self._built is not None

    def resolve(self) -> Any:
        """The real object, built now if it is not yet."""
        if self._built is None:
            with self._lock:
                if self._built is None:
                    object.__setattr__(self, "_built", self._build())
        return self._built

    def __getattr__(self, name: str) -> Any:
        return getattr(self.resolve(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.resolve(), name, value)
