"""Plain exhibition types: what every layer passes around.

No Qt, no SQLAlchemy: the store builds these from rows, services hand them to the
screens, and the seed and content-package code read and write them as JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Language(StrEnum):
    """A language a visitor can read the exhibition in."""

    ZH = "zh"
    EN = "en"


class TextOrigin(StrEnum):
    """Where a text comes from: quoted from the source article, or written for the exhibition."""

    ARTICLE = "article"
    EXHIBITION = "exhibition"


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A visitor-facing text: the Chinese original and its English translation."""

    zh: str
    en: str = ""
    origin: TextOrigin = TextOrigin.EXHIBITION

    def text(self, language: Language | str) -> str:
        """The text in `language`; English falls back to Chinese where it is missing."""
        if Language(language) is Language.EN and self.en.strip():
            return self.en
        return self.zh


def text_in(value: LocalizedText | None, language: Language | str) -> str:
    """`value.text(language)`, or "" where the field is empty (a bureau with no slogan)."""
    return value.text(language) if value is not None else ""


class RenditionKind(StrEnum):
    """The sizes the media pipeline renders every photo to."""

    DISPLAY = "display"  # fits 2560×2560: full-screen photo viewer, crisp at 4K
    THUMB = "thumb"  # fits 960×960: tiles and photo strips, crisp at 4K


@dataclass(frozen=True, slots=True)
class Rendition:
    """One rendered size of a photo; its bytes live in the store, addressed by SHA-256."""

    kind: RenditionKind
    sha256: str
    width: int
    height: int
    mime: str = "image/jpeg"


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo (or, until real photos exist, placeholder artwork) with its caption."""

    key: str
    caption: LocalizedText
    credit: LocalizedText | None = None
    renditions: tuple[Rendition, ...] = ()
    is_placeholder: bool = False

    def rendition(self, kind: RenditionKind) -> Rendition | None:
        return next((r for r in self.renditions if r.kind is kind), None)


@dataclass(frozen=True, slots=True)
class Story:
    """An example the article tells, attributed as the article attributes it."""

    key: str
    bureau_slug: str
    title: LocalizedText
    summary: LocalizedText
    body: LocalizedText  # paragraphs separated by a blank line
    source: LocalizedText  # e.g. 红网 · 丁斯斯
    credit: LocalizedText | None = None
    photos: tuple[Photo, ...] = ()
    hidden: bool = False  # kept in the exhibition for editors, never shown to visitors


class BureauKind(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    PREFECTURE = "prefecture"  # 湘西土家族苗族自治州


@dataclass(frozen=True, slots=True)
class Brand:
    """A bureau's party-building brand; any part is None where the article gives none."""

    name: LocalizedText | None = None
    slogan: LocalizedText | None = None
    concept: LocalizedText | None = None


@dataclass(frozen=True, slots=True)
class Bureau:
    """One bureau's exhibition panel."""

    slug: str
    kind: BureauKind
    name: LocalizedText  # 怀化市税务局
    city: LocalizedText  # 怀化
    brand: Brand
    focus: LocalizedText  # what the tile leads with where there is no brand name
    summary: LocalizedText  # the panel's text: what the article says of this bureau
    colour: str  # the panel's accent, "#rrggbb"
    cover: Photo | None = None
    photos: tuple[Photo, ...] = ()
    stories: tuple[Story, ...] = ()
    hidden: bool = False  # kept in the exhibition for editors, never shown to visitors

    def every_photo(self) -> tuple[Photo, ...]:
        """The cover, the gallery, then each story's photos: every picture of the panel."""
        cover = (self.cover,) if self.cover is not None else ()
        return cover + self.photos + tuple(p for s in self.stories for p in s.photos)


@dataclass(frozen=True, slots=True)
class Figure:
    """A headline figure exactly as the article prints it."""

    key: str
    label: LocalizedText
    value: Decimal  # Decimal("91.3"): kept as printed, never rounded
    unit: LocalizedText
    qualifier: LocalizedText | None = None  # e.g. 国税地税征管体制改革以来
    year: int | None = None
    bureau_slug: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A milestone; `year` is None where the article gives no date (order is the position)."""

    key: str
    title: LocalizedText
    text: LocalizedText
    year: int | None = None
    bureau_slug: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """One of the article's three sections, the structure of the province overview."""

    key: str
    title: LocalizedText
    lead: LocalizedText  # the section's opening thought
    body: LocalizedText  # what the section says, paragraphs separated by a blank line
    bureau_slugs: tuple[str, ...] = ()
    figure_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Credits:
    reporter: LocalizedText
    source: LocalizedText
    editor: LocalizedText
    reprint_statement: LocalizedText


@dataclass(frozen=True, slots=True)
class Exhibition:
    """The whole exhibition as visitors see it."""

    title: LocalizedText  # 湖南税务"一局一品"党建品牌展
    programme: LocalizedText  # 一局一品
    theme: LocalizedText  # 传承红色基因、明规执纪守正
    introduction: LocalizedText
    credits: Credits
    sections: tuple[Section, ...] = ()
    bureaus: tuple[Bureau, ...] = ()  # hunan first, then display order
    figures: tuple[Figure, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    glossary: tuple[tuple[str, str], ...] = field(default=())
    # Set where this is Home's index (`kiosk.content.home_index`): `bureaus` are tiles, without
    # stories or gallery, and `bureau(slug)` reads the whole panel through it. None: whole.
    whole_bureau: Callable[[str], Bureau | None] | None = field(default=None, compare=False, repr=False)

    @property
    def is_index(self) -> bool:
        """Whether `bureaus` are Home's tiles only (`bureau(slug)` gives a whole one)."""
        return self.whole_bureau is not None

    def bureau(self, slug: str) -> Bureau | None:
        """The bureau's whole panel, or None where the exhibition has no such bureau."""
        tile = next((b for b in self.bureaus if b.slug == slug), None)
        if tile is None or self.whole_bureau is None:
            return tile
        return self.whole_bureau(slug)
