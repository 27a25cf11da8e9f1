"""Rules for presenting content that need no Qt: what a panel shows, and how texts split.

The screens' adapters (`kiosk/ui/pages`) call these; they are plain functions over the
`content` types, so they are tested without a window.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from kiosk.content.types import Bureau, Language, Photo


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs: blocks separated by a blank line, stripped, none empty."""
    blocks = text.replace("\r\n", "\n").split("\n\n")
    return [b.strip() for b in blocks if b.strip()]


def _letters(text: str) -> str:
    """`text` without punctuation, spaces or case: what two wordings are compared by."""
    return "".join(ch for ch in text.casefold() if unicodedata.category(ch)[0] in "LN")


def repeats(text: str, phrase: str) -> bool:
    """Whether `text` already says `phrase` word for word (punctuation, spacing and case aside)."""
    needle = _letters(phrase)
    return bool(needle) and needle in _letters(text)


def bureau_gallery(bureau: Bureau) -> list[Photo]:
    """Every picture of a bureau, each once: its cover (the panel's hero), its gallery, its
    stories' photos."""
    seen: set[str] = set()
    photos: list[Photo] = []
    for photo in bureau.every_photo():
        if photo.key not in seen:
            seen.add(photo.key)
            photos.append(photo)
    return photos


def concept_shown(bureau: Bureau, language: Language) -> str:
    """The brand concept to show beside the summary, or "" where the summary already says it.

    Judged on the Chinese original (the English texts are translations of it, worded apart) and
    on the language shown, so the block goes in both languages alike."""
    concept = bureau.brand.concept
    if concept is None:
        return ""
    if any(repeats(bureau.summary.text(lang), concept.text(lang)) for lang in {Language.ZH, language}):
        return ""
    return concept.text(language)


def figure_decimals(value: Decimal) -> int:
    """Digits after the point as printed: Decimal("91.3") → 1, Decimal("1596") → 0."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def joined(separator: str, *parts: str) -> str:
    """The non-empty `parts` joined by `separator` (a figure's qualifier and year, a credit line)."""
    return separator.join(part for part in parts if part)
