"""Every visitor-facing text of an exhibition, for checks that must see all of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from kiosk.content.types import LocalizedText


def localized_texts(value: object) -> Iterator[LocalizedText]:
    """Each `LocalizedText` inside `value` (an Exhibition, a Bureau, …), depth first."""
    if isinstance(value, LocalizedText):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from localized_texts(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            yield from localized_texts(getattr(value, field.name))
