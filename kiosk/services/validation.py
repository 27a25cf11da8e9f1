"""Rules an edit must pass before it is saved or published, with messages for the field.

Limits (in Chinese characters; a Latin letter or digit counts half, as it takes about half
the width): a brand name at most 16 (a Home tile's headline: it wraps and shrinks, and the
longest in the article has 14), a focus line at most 20 (the tile's headline where there is
no brand name), a slogan at most 24 (the panel's quote block; the longest in the article has
13), a bureau name at most 24, a city at most 8. English texts may run 4× as many characters.

Every character must be one the bundled fonts draw — in regular and in bold, as headings are
bold — or visitors would see boxes: Chinese text in Noto Sans CJK SC, English text in Noto
Sans or, falling back, Noto Sans CJK SC. The fonts' own `cmap` tables say which those are.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from kiosk.assets.fonts import FONTS_DIR
from kiosk.content.types import Exhibition, LocalizedText
from kiosk.errors import KioskError
from kiosk.media.glyph_coverage import font_code_points

LIMITS_ZH = {"brand.name": 16, "focus": 20, "brand.slogan": 24, "name": 24, "city": 8}
ENGLISH_FACTOR = 4
CHINESE_FONTS = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")
LATIN_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
_ALWAYS_DRAWABLE = frozenset({ord("\n")})  # a paragraph break is layout, not a glyph
_SHOWN_AT = 6  # characters listed in a message, at most


class ValidationError(KioskError):
    """An edit refused; `field` names the field (e.g. "bureaus.huaihua.brand.slogan")."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True, slots=True)
class GlyphCoverage:
    """The code points the bundled fonts draw, in both weights."""

    chinese: frozenset[int]
    english: frozenset[int]  # Latin faces, or the Chinese face they fall back to

    def missing(self, text: str, *, english: bool = False) -> list[str]:
        """The distinct characters of `text` that would show as boxes, in order of appearance."""
        covered = self.english if english else self.chinese
        seen: dict[str, None] = {}
        for ch in text:
            if ord(ch) not in covered and ord(ch) not in _ALWAYS_DRAWABLE:
                seen.setdefault(ch, None)
        return list(seen)


@functools.cache
def bundled_glyph_coverage() -> GlyphCoverage:
    """What the fonts inside the package draw (read once: the files never change while running)."""
    regular, bold = (font_code_points(FONTS_DIR / n) for n in CHINESE_FONTS)
    latin_regular, latin_bold = (font_code_points(FONTS_DIR / n) for n in LATIN_FONTS)
    chinese = regular & bold
    return GlyphCoverage(chinese=chinese, english=chinese | (latin_regular & latin_bold))


def _describe(chars: list[str]) -> str:
    shown = ", ".join(f"“{c}” (U+{ord(c):04X})" for c in chars[:_SHOWN_AT])
    more = f" and {len(chars) - _SHOWN_AT} more" if len(chars) > _SHOWN_AT else ""
    return f"{shown}{more}"


def check_text_drawable(path: str, value: LocalizedText, coverage: GlyphCoverage | None = None) -> None:
    coverage = coverage or bundled_glyph_coverage()
    for part, text, english in (("zh", value.zh, False), ("en", value.en, True)):
        missing = coverage.missing(text, english=english)
        if missing:
            raise ValidationError(
                f"{path}.{part}",
                f"the kiosk's font cannot draw {_describe(missing)}; visitors would see boxes",
            )


def display_width(text: str) -> float:
    """Width in Chinese characters: a wide (CJK, full-width) character 1, any other ½."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text if ch != "\n")


def check_length(path: str, value: LocalizedText) -> None:
    """Refuse a text too long for where it is shown (only fields with a limit are checked)."""
    limit = next((n for suffix, n in LIMITS_ZH.items() if path.endswith("." + suffix)), None)
    if limit is None:
        return
    if display_width(value.zh) > limit:
        raise ValidationError(
            f"{path}.zh", f"too long for its place: at most {limit} Chinese characters "
            f"(this has {display_width(value.zh):g})"
        )
    if len(value.en) > limit * ENGLISH_FACTOR:
        raise ValidationError(
            f"{path}.en", f"too long for its place: at most {limit * ENGLISH_FACTOR} characters "
            f"(this has {len(value.en)})"
        )


def exhibition_texts(exhibition: Exhibition) -> Iterator[tuple[str, LocalizedText]]:
    """Every visitor-facing text with its field path, as the editing functions name fields."""
    ex = exhibition
    for name in ("title", "programme", "theme", "introduction"):
        yield f"exhibition.{name}", getattr(ex, name)
    for name in ("reporter", "source", "editor", "reprint_statement"):
        yield f"credits.{name}", getattr(ex.credits, name)
    for s in ex.sections:
        for name in ("title", "lead", "body"):
            yield f"sections.{s.key}.{name}", getattr(s, name)
    for b in ex.bureaus:
        for name in ("name", "city", "focus", "summary"):
            yield f"bureaus.{b.slug}.{name}", getattr(b, name)
        for name in ("name", "slogan", "concept"):
            value = getattr(b.brand, name)
            if value is not None:
                yield f"bureaus.{b.slug}.brand.{name}", value
        for s in b.stories:
            for name in ("title", "summary", "body", "source", "credit"):
                value = getattr(s, name)
                if value is not None:
                    yield f"stories.{s.key}.{name}", value
        for p in b.every_photo():
            yield f"photos.{p.key}.caption", p.caption
            if p.credit is not None:
                yield f"photos.{p.key}.credit", p.credit
    for f in ex.figures:
        for name in ("label", "unit", "qualifier"):
            value = getattr(f, name)
            if value is not None:
                yield f"figures.{f.key}.{name}", value
    for e in ex.timeline:
        yield f"timeline.{e.key}.title", e.title
        yield f"timeline.{e.key}.text", e.text


def check_drawable(exhibition: Exhibition, coverage: GlyphCoverage | None = None) -> None:
    """Refuse an exhibition with a character the bundled fonts cannot draw (first one found)."""
    coverage = coverage or bundled_glyph_coverage()
    for path, value in exhibition_texts(exhibition):
        check_text_drawable(path, value, coverage)
    for zh, en in exhibition.glossary:
        check_text_drawable("glossary", LocalizedText(zh or "-", en), coverage)
